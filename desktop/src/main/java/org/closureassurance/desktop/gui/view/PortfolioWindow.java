package org.closureassurance.desktop.gui.view;

import java.awt.BorderLayout;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JProgressBar;
import javax.swing.JTabbedPane;
import javax.swing.JTextField;
import javax.swing.JToolBar;
import javax.swing.WindowConstants;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.closureassurance.desktop.gui.files.ScenarioFiles;
import org.closureassurance.desktop.gui.form.NumberText;
import org.closureassurance.desktop.gui.portfolio.ColumnMapping;
import org.closureassurance.desktop.gui.portfolio.PortfolioCompare;
import org.closureassurance.desktop.gui.portfolio.PortfolioDocument;
import org.closureassurance.desktop.gui.portfolio.PortfolioExports;
import org.closureassurance.desktop.gui.portfolio.PortfolioFiles;
import org.closureassurance.desktop.gui.portfolio.PortfolioRun;
import org.closureassurance.desktop.gui.portfolio.PortfolioRuns;
import org.closureassurance.desktop.gui.run.RunProgress;
import org.closureassurance.desktop.gui.sweep.PortfolioSweepField;
import org.closureassurance.desktop.gui.sweep.PortfolioSweepPresenter;
import org.closureassurance.desktop.gui.sweep.SweepKind;

/**
 * The portfolio window: the register's sites (Sites), the charts and tables of the last run
 * (Results) and two runs side by side (Compare), with a toolbar to open, import, save, edit,
 * run and export. It binds widgets to the portfolio presenters and answers their dialogs; it
 * decides nothing itself.
 */
public final class PortfolioWindow extends JFrame implements PortfolioFiles.View, PortfolioRuns.View,
        PortfolioExports.View {
    private static final long serialVersionUID = 1L;
    public static final int SITES_TAB = 0;
    public static final int RESULTS_TAB = 1;
    public static final int COMPARE_TAB = 2;

    private final PortfolioSitesPanel sites = new PortfolioSitesPanel();
    private final PortfolioResultsPanel results = new PortfolioResultsPanel();
    private final PortfolioComparePanel compare = new PortfolioComparePanel();
    private final JTabbedPane tabs = new JTabbedPane();
    private final JTextField iterations = new JTextField(7);
    private final JTextField levy = new JTextField(4);
    private final JButton run = new JButton("Run");
    private final JButton cancel = new JButton("Cancel");
    private final JButton pin = new JButton("Pin");
    private final JButton exportCsv = new JButton("Export sites CSV…");
    private final JButton exportXlsx = new JButton("Export sites XLSX…");
    private final JProgressBar progress = new JProgressBar(0, 100);
    private final JLabel status = PlainText.label(" ");
    private final PortfolioMenus menus = new PortfolioMenus();
    private transient PortfolioDocument shown;
    private transient PortfolioFiles files;
    private transient PortfolioSweepPresenter.Factory sweeps;
    private Path lastDirectory;

    public PortfolioWindow() {
        super("Portfolio — " + ScenarioFiles.APPLICATION);
        setName("portfolio-window");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        iterations.setName("portfolio-iterations");
        levy.setName("portfolio-levy");
        levy.setComponentPopupMenu(sweepMenu(PortfolioSweepField.LEVY));
        run.setName("portfolio-run");
        cancel.setName("portfolio-cancel");
        pin.setName("portfolio-pin");
        exportCsv.setName("portfolio-export-csv");
        exportXlsx.setName("portfolio-export-xlsx");
        status.setName("portfolio-status");
        progress.setStringPainted(true);
        tabs.addTab("Sites", sites);
        tabs.addTab("Results", results);
        tabs.addTab("Compare", compare);
        JPanel south = new JPanel(new BorderLayout(DesktopLook.GAP, 0));
        south.add(status, BorderLayout.CENTER);
        south.add(progress, BorderLayout.EAST);
        getContentPane().add(tabs, BorderLayout.CENTER);
        getContentPane().add(south, BorderLayout.SOUTH);
        runStateChanged(false, false);
        setSize(DesktopLook.px(1280), DesktopLook.px(800));
    }

    /**
     * Connects the widgets to the presenters; {@code editScenario} opens a scenario site's file in
     * the scenario editor, {@code export} exports the per-site table of the last run.
     */
    public void bind(PortfolioFiles portfolioFiles, PortfolioRuns runs, PortfolioCompare comparison,
                     PortfolioExports export, java.util.function.Consumer<Path> editScenario) {
        this.files = portfolioFiles;
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        bar.add(button("Open…", "portfolio-open", portfolioFiles::open));
        bar.add(button("New from register…", "portfolio-import", portfolioFiles::newFromRegister));
        bar.add(button("Save", "portfolio-save", portfolioFiles::save));
        bar.addSeparator();
        bar.add(button("Add site", "portfolio-add", () -> {
            if (shown != null) {
                sites.editName(shown.addSite());
            }
        }));
        bar.add(button("Remove", "portfolio-remove", () -> {
            if (shown != null) {
                shown.remove(sites.selectedRows());
            }
        }));
        bar.add(button("Edit scenario…", "portfolio-edit-scenario", () -> {
            int[] rows = sites.selectedRows();
            if (rows.length == 1) {
                portfolioFiles.scenarioFile(rows[0]).ifPresentOrElse(editScenario,
                        () -> status("Select a scenario site to edit it in the scenario editor."));
            }
        }));
        bar.addSeparator();
        bar.add(PlainText.label(" Iterations "));
        bar.add(iterations);
        bar.add(PlainText.label(" Levy % "));
        bar.add(levy);
        run.addActionListener(e -> startRun(runs));
        cancel.addActionListener(e -> runs.cancel());
        pin.addActionListener(e -> comparison.pin());
        exportCsv.addActionListener(e -> export.export(org.closureassurance.desktop.gui.portfolio.SiteTableExport
                .Format.CSV));
        exportXlsx.addActionListener(e -> export.export(org.closureassurance.desktop.gui.portfolio.SiteTableExport
                .Format.XLSX));
        bar.add(run);
        bar.add(cancel);
        bar.addSeparator();
        bar.add(pin);
        bar.add(exportCsv);
        bar.add(exportXlsx);
        getContentPane().add(bar, BorderLayout.NORTH);
        compare.onPinState(() -> pin.setEnabled(compare.canPin()));
        pin.setEnabled(false);
        exportCsv.setEnabled(false);
        exportXlsx.setEnabled(false);
        setJMenuBar(menus.build(this, portfolioFiles, runs, comparison, export));
        menus.onRun(() -> startRun(runs));
        getRootPane().registerKeyboardAction(e -> startRun(runs), javax.swing.KeyStroke.getKeyStroke(KeyEvent.VK_F5,
                0), javax.swing.JComponent.WHEN_IN_FOCUSED_WINDOW);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                portfolioFiles.close(() -> setVisible(false));
            }

            @Override
            public void windowActivated(WindowEvent e) {
                portfolioFiles.rereadScenarios(() -> { });
            }
        });
    }

    /** Connects what makes the presenters of the levy's sweep dialogs. */
    public void bindSweeps(PortfolioSweepPresenter.Factory factory) {
        this.sweeps = factory;
    }

    /** A number's context menu: Sweep… and Find break-even…, which open the sweep dialog beside the window. */
    private JPopupMenu sweepMenu(PortfolioSweepField field) {
        JPopupMenu menu = new JPopupMenu();
        for (SweepKind kind : SweepKind.values()) {
            JMenuItem item = new JMenuItem(kind.title() + "…");
            item.setName(kind == SweepKind.SWEEP ? "sweep" : "break-even");
            item.addActionListener(e -> openSweep(field, kind));
            menu.add(item);
        }
        return menu;
    }

    /** Opens the dialog of a sweep or break-even search on {@code field}; the portfolio shown is left as it is. */
    private void openSweep(PortfolioSweepField field, SweepKind kind) {
        if (sweeps == null) {
            return;
        }
        SweepDialog dialog = new SweepDialog(this, kind, SweepDialog.Subject.of(field), this::chooseExport);
        PortfolioSweepPresenter presenter = sweeps.create(field, kind, dialog);
        dialog.bind(presenter);
        presenter.open();
        dialog.setVisible(true);
    }

    /** Reads the toolbar's iterations and levy into the document, then runs it. */
    private void startRun(PortfolioRuns runs) {
        if (shown == null || runs.running()) {
            return;
        }
        OptionalDouble n = NumberText.parse(iterations.getText());
        if (n.isEmpty() || n.getAsDouble() < 1 || n.getAsDouble() != Math.rint(n.getAsDouble())) {
            showError("Cannot run", "Iterations must be a whole number of at least 1, was \"" + iterations.getText()
                    + "\".");
            return;
        }
        shown.setIterations((int) Math.min(Integer.MAX_VALUE, n.getAsDouble()));
        if (shown.settings().fund() != null) {
            OptionalDouble p = NumberText.parse(levy.getText());
            if (p.isEmpty() || p.getAsDouble() < 0) {
                showError("Cannot run", "The levy must be a percent of at least 0, was \"" + levy.getText() + "\".");
                return;
            }
            shown.setContributionPercent(p.getAsDouble());
        }
        runs.start(shown);
    }

    private static JButton button(String text, String name, Runnable action) {
        JButton b = new JButton(text);
        b.setName(name);
        b.addActionListener(e -> action.run());
        return b;
    }

    public void showTab(int tab) {
        tabs.setSelectedIndex(tab);
    }

    public String statusText() {
        return status.getText();
    }

    @Override
    public ScenarioFiles.View.Unsaved askToSave(String documentName) {
        Object[] options = {"Save", "Don't save", "Cancel"};
        int answer = JOptionPane.showOptionDialog(this, "Save the changes to " + documentName + " first?",
                "Unsaved changes", JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE, null, options,
                options[0]);
        return switch (answer) {
            case 0 -> ScenarioFiles.View.Unsaved.SAVE;
            case 1 -> ScenarioFiles.View.Unsaved.DISCARD;
            default -> ScenarioFiles.View.Unsaved.CANCEL;
        };
    }

    @Override
    public Optional<Path> choosePortfolio() {
        return choose(new FileNameExtensionFilter("Portfolio files (*.json)", "json"), false, null);
    }

    @Override
    public Optional<Path> chooseRegister() {
        return choose(new FileNameExtensionFilter("Registers (*.csv, *.xlsx)", "csv", "xlsx"), false, null);
    }

    @Override
    public Optional<Path> chooseFileToSave(String suggestedName) {
        return choose(new FileNameExtensionFilter("Portfolio files (*.json)", "json"), true, suggestedName);
    }

    @Override
    public Optional<Path> chooseExport(String suggestedName, String kind) {
        return choose(new FileNameExtensionFilter(kind.toUpperCase(java.util.Locale.ROOT) + " files", kind), true,
                suggestedName);
    }

    private Optional<Path> choose(FileNameExtensionFilter filter, boolean save, String suggested) {
        JFileChooser chooser = new JFileChooser(lastDirectory == null ? null : lastDirectory.toFile());
        chooser.setFileFilter(filter);
        if (suggested != null) {
            chooser.setSelectedFile(new java.io.File(chooser.getCurrentDirectory(), suggested));
        }
        int answer = save ? chooser.showSaveDialog(this) : chooser.showOpenDialog(this);
        if (answer != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        lastDirectory = chooser.getSelectedFile().toPath().getParent();
        return Optional.of(chooser.getSelectedFile().toPath());
    }

    @Override
    public Optional<ColumnMapping> askMapping(String file, ColumnMapping guess) {
        return ColumnMappingDialog.ask(this, file, guess);
    }

    @Override
    public void showProblems(String title, List<String> problems) {
        ProblemListDialog.show(this, title, problems);
    }

    @Override
    public void showError(String title, String message) {
        JOptionPane.showMessageDialog(this, PlainText.label(message), title, JOptionPane.ERROR_MESSAGE);
    }

    @Override
    public void documentChanged(PortfolioDocument document, String title) {
        setTitle(title);
        if (document != shown) {
            shown = document;
            sites.show(document);
            iterations.setText(Integer.toString(document.settings().simulation().iterations()));
            levy.setEnabled(document.settings().fund() != null);
            levy.setText(document.settings().fund() == null ? ""
                    : org.closureassurance.scenarios.json.NumberText.format(
                            document.settings().fund().contributionPercent()));
        } else {
            sites.refresh();
        }
    }

    @Override
    public void status(String message) {
        status.setText(message);
    }

    @Override
    public void runStateChanged(boolean running, boolean cancelling) {
        run.setEnabled(!running);
        cancel.setEnabled(running && !cancelling);
        menus.runState(running, cancelling);
        if (running && !cancelling) {
            progress.setValue(0);
            status("Running…");
        } else if (cancelling) {
            status("Cancelling…");
        }
    }

    @Override
    public void progressed(RunProgress p) {
        progress.setValue(p.percent());
        status(p.describe());
    }

    @Override
    public void runFinished(PortfolioRun r) {
        results.show(r);
        progress.setValue(100);
        exportCsv.setEnabled(true);
        exportXlsx.setEnabled(true);
        menus.exportsAvailable(true);
        status(r.label() + ": done.");
        tabs.setSelectedIndex(RESULTS_TAB);
    }

    @Override
    public void runCancelled(long completed, long requested) {
        progress.setValue(0);
        status(String.format(java.util.Locale.ROOT, "Cancelled after %,d of %,d iterations; the last complete run "
                + "is still shown.", completed, requested));
    }

    @Override
    public void runFailed(String message) {
        progress.setValue(0);
        status(message);
        showError("The run failed", message);
    }

    public PortfolioComparePanel comparePanel() {
        return compare;
    }

    PortfolioResultsPanel resultsPanel() {
        return results;
    }

    PortfolioFiles files() {
        return files;
    }
}
