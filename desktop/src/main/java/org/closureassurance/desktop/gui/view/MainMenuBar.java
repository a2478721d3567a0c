package org.closureassurance.desktop.gui.view;

import java.awt.Toolkit;
import java.awt.event.ActionListener;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.KeyStroke;
import org.closureassurance.desktop.ToolVersion;
import org.closureassurance.desktop.gui.compare.ComparePresenter;
import org.closureassurance.desktop.gui.editor.ScenarioEditor;
import org.closureassurance.desktop.gui.files.Example;
import org.closureassurance.desktop.gui.files.ScenarioFiles;
import org.closureassurance.desktop.gui.results.ResultsExporter;
import org.closureassurance.desktop.gui.run.RunController;

/**
 * The main window's menus: File, Edit, Run and Help with their shortcuts. The items whose state
 * follows the document, the run or the results (undo, redo, run, cancel, recent files, export)
 * exist from the start, so the window can keep them current before the menus are laid out.
 */
final class MainMenuBar extends JMenuBar {
    private static final long serialVersionUID = 1L;

    private final transient ScenarioEditor editor;
    private final JMenu recent = new JMenu("Open recent");
    private final JMenu export = new JMenu("Export");
    private final JMenuItem undo = new JMenuItem("Undo");
    private final JMenuItem redo = new JMenuItem("Redo");
    private final JMenuItem runItem = new JMenuItem("Run");
    private final JMenuItem cancelItem = new JMenuItem("Cancel run");
    private final JMenuItem pinItem = new JMenuItem("Pin for comparison");

    /** The menus of {@code editor}'s window; undo and redo follow its history from now on. */
    MainMenuBar(ScenarioEditor editor) {
        this.editor = editor;
        editor.addListener(e -> {
            undo.setEnabled(e.canUndo());
            redo.setEnabled(e.canRedo());
        });
        undo.setEnabled(false);
        redo.setEnabled(false);
    }

    /**
     * Lays out the menus of {@code window} and connects them to the presenters; {@code exportAs}
     * asks where to export and does it, {@code quit} closes the application.
     */
    void build(JFrame window, ScenarioFiles files, RunController runs, ComparePresenter compare,
                Consumer<ResultsExporter.Export> exportAs, Runnable quit) {
        int shortcut = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        add(fileMenu(window, files, exportAs, quit, shortcut));
        add(editMenu(window, shortcut));
        add(runMenu(runs, compare));
        add(helpMenu(window));
        export.setEnabled(false);
    }

    private JMenu fileMenu(JFrame window, ScenarioFiles files, Consumer<ResultsExporter.Export> exportAs,
                           Runnable quit, int shortcut) {
        JMenu file = new JMenu("File");
        file.setMnemonic(KeyEvent.VK_F);
        file.add(item("New", KeyStroke.getKeyStroke(KeyEvent.VK_N, shortcut), e -> files.newScenario()));
        file.add(item("Open…", KeyStroke.getKeyStroke(KeyEvent.VK_O, shortcut), e -> files.open()));
        file.add(item("Open example…", null, e -> files.loadExamples(list ->
                ExampleGalleryDialog.choose(window, list).map(Example::id).ifPresent(files::openExample))));
        file.add(recent);
        file.addSeparator();
        file.add(item("Save", KeyStroke.getKeyStroke(KeyEvent.VK_S, shortcut), e -> files.save()));
        file.add(item("Save as…", KeyStroke.getKeyStroke(KeyEvent.VK_S, shortcut | InputEvent.SHIFT_DOWN_MASK),
                e -> files.saveAs()));
        file.addSeparator();
        export.add(item("Results (JSON)…", null, e -> exportAs.accept(ResultsExporter.Export.RESULTS_JSON)));
        export.add(item("Statistics (CSV)…", null, e -> exportAs.accept(ResultsExporter.Export.STATISTICS_CSV)));
        export.add(item("Timeline (CSV)…", null, e -> exportAs.accept(ResultsExporter.Export.TIMELINE_CSV)));
        export.add(item("Assurance report (HTML)…", null,
                e -> exportAs.accept(ResultsExporter.Export.HTML_REPORT)));
        file.add(export);
        file.addSeparator();
        file.add(item("Quit", KeyStroke.getKeyStroke(KeyEvent.VK_Q, shortcut), e -> quit.run()));
        return file;
    }

    private JMenu editMenu(JFrame window, int shortcut) {
        JMenu edit = new JMenu("Edit");
        edit.setMnemonic(KeyEvent.VK_E);
        undo.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_Z, shortcut));
        undo.addActionListener(e -> editor.undo());
        redo.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_Y, shortcut));
        redo.addActionListener(e -> editor.redo());
        window.getRootPane().registerKeyboardAction(e -> editor.redo(),
                KeyStroke.getKeyStroke(KeyEvent.VK_Z, shortcut | InputEvent.SHIFT_DOWN_MASK),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        edit.add(undo);
        edit.add(redo);
        return edit;
    }

    private JMenu runMenu(RunController runs, ComparePresenter compare) {
        JMenu run = new JMenu("Run");
        run.setMnemonic(KeyEvent.VK_R);
        runItem.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_F5, 0));
        runItem.addActionListener(e -> runs.start());
        cancelItem.addActionListener(e -> runs.cancel());
        pinItem.addActionListener(e -> compare.pin());
        run.add(runItem);
        run.add(cancelItem);
        run.addSeparator();
        run.add(pinItem);
        run.add(item("Clear comparison", null, e -> compare.clear()));
        return run;
    }

    private static JMenu helpMenu(JFrame window) {
        JMenu help = new JMenu("Help");
        help.setMnemonic(KeyEvent.VK_H);
        help.add(item("Guide", KeyStroke.getKeyStroke(KeyEvent.VK_F1, 0), e -> GuideDialog.open(window)));
        help.add(item("About Closure Assurance", null, e -> JOptionPane.showMessageDialog(window,
                "Closure Assurance " + ToolVersion.current() + "\n\nMonte Carlo simulation "
                        + "of mine-closure financial assurance:\nwill the bonds and funds held cover closing the mine, "
                        + "treating its water\nand bringing its land back if the operator walks away?",
                "About", JOptionPane.INFORMATION_MESSAGE)));
        return help;
    }

    private static JMenuItem item(String text, KeyStroke key, ActionListener action) {
        JMenuItem i = new JMenuItem(text);
        if (key != null) {
            i.setAccelerator(key);
        }
        i.addActionListener(action);
        return i;
    }

    /** Lists {@code files} under "Open recent"; choosing one calls {@code open}. */
    void recentFiles(List<Path> files, Consumer<Path> open) {
        recent.removeAll();
        for (Path p : files) {
            JMenuItem i = PlainText.inert(new JMenuItem());
            i.setText(p.getFileName() + "  —  " + (p.getParent() == null ? "" : p.getParent()));
            i.addActionListener(e -> open.accept(p));
            recent.add(i);
        }
        recent.setEnabled(!files.isEmpty());
    }

    /** Enables Run and Cancel as the run state allows. */
    void runState(RunController.RunState s) {
        runItem.setEnabled(s.canRun());
        cancelItem.setEnabled(s.running() && !s.cancelling());
    }

    /** Enables the Export menu when there are results to export. */
    void exportsAvailable(boolean available) {
        export.setEnabled(available);
    }
}
