package org.closureassurance.desktop.gui.view;

import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;
import org.closureassurance.desktop.gui.portfolio.PortfolioCompare;
import org.closureassurance.desktop.gui.portfolio.PortfolioExports;
import org.closureassurance.desktop.gui.portfolio.PortfolioFiles;
import org.closureassurance.desktop.gui.portfolio.PortfolioRuns;
import org.closureassurance.desktop.gui.portfolio.SiteTableExport;

/**
 * The portfolio window's File and Run menus, with the shortcuts of the scenario window, and the
 * scenario window's way into portfolios (its File menu's Open portfolio and New portfolio from
 * register).
 */
public final class PortfolioMenus {
    /** The bundled portfolio the Open example items open. */
    public static final String EXAMPLE = "illustrative-register";

    private final JMenuItem runItem = new JMenuItem("Run");
    private final JMenuItem cancelItem = new JMenuItem("Cancel run");
    private final JMenu export = new JMenu("Export per-site table");

    /**
     * Adds Open portfolio and New portfolio from register to the File menu of {@code bar} (the
     * scenario window's), after its Open items.
     */
    public static void addTo(JMenuBar bar, Runnable openPortfolio, Runnable fromRegister, Runnable example) {
        for (int m = 0; m < bar.getMenuCount(); m++) {
            JMenu menu = bar.getMenu(m);
            if (menu != null && "File".equals(menu.getText())) {
                int at = 0;
                while (at < menu.getItemCount() && !(menu.getItem(at) instanceof JMenu)) {
                    at++;
                }
                menu.insert(item("Open portfolio…", null, openPortfolio), at + 1);
                menu.insert(item("New portfolio from register…", null, fromRegister), at + 2);
                menu.insert(item("Open example portfolio", null, example), at + 3);
                return;
            }
        }
    }

    JMenuBar build(JFrame window, PortfolioFiles files, PortfolioRuns runs, PortfolioCompare compare,
                   PortfolioExports exports) {
        int shortcut = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        JMenu file = new JMenu("File");
        file.setMnemonic(KeyEvent.VK_F);
        file.add(item("Open portfolio…", KeyStroke.getKeyStroke(KeyEvent.VK_O, shortcut), files::open));
        file.add(item("New portfolio from register…", null, files::newFromRegister));
        file.add(item("Open example portfolio", null, () -> files.openBundled(EXAMPLE)));
        file.addSeparator();
        file.add(item("Save", KeyStroke.getKeyStroke(KeyEvent.VK_S, shortcut), files::save));
        file.add(item("Save as…", KeyStroke.getKeyStroke(KeyEvent.VK_S, shortcut | InputEvent.SHIFT_DOWN_MASK),
                files::saveAs));
        file.addSeparator();
        export.add(item("CSV…", null, () -> exports.export(SiteTableExport.Format.CSV)));
        export.add(item("XLSX…", null, () -> exports.export(SiteTableExport.Format.XLSX)));
        export.setEnabled(false);
        file.add(export);
        file.addSeparator();
        file.add(item("Close", KeyStroke.getKeyStroke(KeyEvent.VK_W, shortcut),
                () -> files.close(() -> window.setVisible(false))));
        JMenu run = new JMenu("Run");
        run.setMnemonic(KeyEvent.VK_R);
        cancelItem.addActionListener(e -> runs.cancel());
        run.add(runItem);
        run.add(cancelItem);
        run.addSeparator();
        run.add(item("Pin for comparison", null, compare::pin));
        run.add(item("Clear comparison", null, compare::clear));
        JMenuBar bar = new JMenuBar();
        bar.add(file);
        bar.add(run);
        return bar;
    }

    /** Run starts what the window's Run button starts. */
    void onRun(Runnable start) {
        runItem.addActionListener(e -> start.run());
    }

    void runState(boolean running, boolean cancelling) {
        runItem.setEnabled(!running);
        cancelItem.setEnabled(running && !cancelling);
    }

    void exportsAvailable(boolean available) {
        export.setEnabled(available);
    }

    private static JMenuItem item(String text, KeyStroke key, Runnable action) {
        JMenuItem i = new JMenuItem(text);
        if (key != null) {
            i.setAccelerator(key);
        }
        i.addActionListener(e -> action.run());
        return i;
    }
}
