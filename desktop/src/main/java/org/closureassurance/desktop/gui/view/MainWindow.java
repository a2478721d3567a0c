package org.closureassurance.desktop.gui.view;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.WindowConstants;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.closureassurance.desktop.gui.compare.ComparePresenter;
import org.closureassurance.desktop.gui.editor.ScenarioEditor;
import org.closureassurance.desktop.gui.files.Recovery;
import org.closureassurance.desktop.gui.files.ScenarioFiles;
import org.closureassurance.desktop.gui.results.ResultsExporter;
import org.closureassurance.desktop.gui.run.CompletedRun;
import org.closureassurance.desktop.gui.run.RunController;
import org.closureassurance.desktop.gui.run.RunProgress;
import org.closureassurance.desktop.gui.sweep.SweepField;
import org.closureassurance.desktop.gui.sweep.SweepKind;
import org.closureassurance.desktop.gui.sweep.SweepPresenter;

/**
 * The main window: menus, the run toolbar, and the Scenario, Results and Compare tabs. It is
 * the view of the document, run and export presenters: it shows what they report and turns
 * menu choices, buttons and dialogs into calls on them; the decisions are theirs.
 */
public final class MainWindow extends JFrame implements ScenarioFiles.View, RunController.View,
        ResultsExporter.View {
    private static final long serialVersionUID = 1L;
    /** The tab titles, in order. */
    public static final String SCENARIO_TAB = "Scenario";
    public static final String RESULTS_TAB = "Results";
    public static final String COMPARE_TAB = "Compare";

    private final RunToolbar toolbar;
    private final JTabbedPane tabs = new JTabbedPane();
    private final ScenarioEditorPanel editorPanel;
    private final ResultsPanel results;
    private final ComparePanel compare;
    private final JLabel statusBar = PlainText.label(" ");
    private final MainMenuBar menus;
    private transient ScenarioFiles files;
    private transient RunController runs;
    private transient ComparePresenter comparePresenter;
    private transient ResultsExporter exporter;
    private transient SweepPresenter.Factory sweeps;
    private Path lastDirectory;
    private boolean wasRunning;

    /** The window for {@code editor}; {@link #bind} connects the other presenters. */
    public MainWindow(ScenarioEditor editor) {
        super(ScenarioFiles.APPLICATION);
        setName("main-window");
        toolbar = new RunToolbar(editor);
        editorPanel = new ScenarioEditorPanel(editor, this::openSweep);
        results = new ResultsPanel(this::exportChart);
        compare = new ComparePanel(this::exportComparisonChart);
        tabs.setName("main-tabs");
        tabs.addTab(SCENARIO_TAB, editorPanel);
        tabs.addTab(RESULTS_TAB, results);
        tabs.addTab(COMPARE_TAB, compare);
        tabs.setFont(DesktopLook.font(tabs, 1.05f, true));
        statusBar.setName("status-bar");
        statusBar.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(1, 0, 0, 0, new java.awt.Color(0xD5, 0xDA, 0xE1)), DesktopLook.pad(5)));
        JPanel content = new JPanel(new BorderLayout());
        content.add(toolbar, BorderLayout.NORTH);
        content.add(tabs, BorderLayout.CENTER);
        content.add(statusBar, BorderLayout.SOUTH);
        setContentPane(content);
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        menus = new MainMenuBar(editor);
        sizeToScreen();
    }

    private void sizeToScreen() {
        Dimension wanted = new Dimension(DesktopLook.px(1480), DesktopLook.px(920));
        Rectangle screen = GraphicsEnvironment.isHeadless() ? new Rectangle(wanted)
                : GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        setSize(Math.min(wanted.width, screen.width), Math.min(wanted.height, screen.height));
        setMinimumSize(new Dimension(Math.min(DesktopLook.px(900), screen.width), Math.min(DesktopLook.px(600),
                screen.height)));
        setLocationRelativeTo(null);
    }

    /** Connects the presenters whose view this window is, and what closing the window does. */
    public void bind(ScenarioFiles f, RunController r, ComparePresenter c, ResultsExporter x, Runnable quit) {
        this.files = f;
        this.runs = r;
        this.comparePresenter = c;
        this.exporter = x;
        menus.build(this, f, r, c, this::exportAs, quit);
        setJMenuBar(menus);
        toolbar.run.addActionListener(e -> r.start());
        toolbar.cancel.addActionListener(e -> r.cancel());
        toolbar.pin.addActionListener(e -> {
            c.pin();
            status("Pinned the latest run as A: change an assumption and run again to compare.");
        });
        compare.pin.addActionListener(e -> c.pin());
        compare.clear.addActionListener(e -> c.clear());
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                quit.run();
            }
        });
        runStateChanged(r.state());
    }

    /** Connects what makes the presenters of the fields' sweep dialogs. */
    public void bindSweeps(SweepPresenter.Factory factory) {
        this.sweeps = factory;
    }

    /** Opens the dialog of a sweep or break-even search on {@code field}, beside the window. */
    private void openSweep(SweepField field, SweepKind kind) {
        if (sweeps == null) {
            return;
        }
        SweepDialog dialog = new SweepDialog(this, kind, SweepDialog.Subject.of(field), this::chooseFile);
        SweepPresenter presenter = sweeps.create(field, kind, dialog);
        dialog.bind(presenter);
        presenter.open();
        dialog.setVisible(true);
    }

    /** The Compare tab, view of the comparison presenter. */
    public ComparePresenter.View compareView() {
        return compare;
    }

    private void exportAs(ResultsExporter.Export kind) {
        chooseFile(exporter.suggestedName(kind), kind.extension()).ifPresent(f -> exporter.export(kind, f));
    }

    private void exportChart(String name, ResultsExporter.ChartFormat format) {
        String ext = format.name().toLowerCase(java.util.Locale.ROOT);
        chooseFile(exporter.suggestedName(name, format), ext).ifPresent(f -> exporter.exportChart(name, format, f));
    }

    private void exportComparisonChart(String name, ResultsExporter.ChartFormat format) {
        String ext = format.name().toLowerCase(java.util.Locale.ROOT);
        chooseFile("comparison-" + name + "." + ext, ext)
                .ifPresent(f -> exporter.exportChart(comparePresenter.freshChart(name), format, f));
    }

    private Optional<Path> chooseFile(String suggested, String extension) {
        JFileChooser chooser = new JFileChooser(lastDirectory == null ? null : lastDirectory.toFile());
        chooser.setSelectedFile(new java.io.File(chooser.getCurrentDirectory(), suggested));
        chooser.setFileFilter(new FileNameExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT) + " files",
                extension));
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        Path p = chooser.getSelectedFile().toPath();
        if (!p.getFileName().toString().contains(".")) {
            p = p.resolveSibling(p.getFileName() + "." + extension);
        }
        lastDirectory = p.getParent();
        if (java.nio.file.Files.exists(p) && JOptionPane.showConfirmDialog(this, p.getFileName()
                + " exists. Replace it?", "Replace file", JOptionPane.OK_CANCEL_OPTION) != JOptionPane.OK_OPTION) {
            return Optional.empty();
        }
        return Optional.of(p);
    }

    // ScenarioFiles.View

    @Override
    public Unsaved askToSave(String documentName) {
        Object[] options = {"Save", "Don't save", "Cancel"};
        int answer = JOptionPane.showOptionDialog(this, "Save the changes to " + documentName + " first?",
                "Unsaved changes", JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE, null, options,
                options[0]);
        return switch (answer) {
            case 0 -> Unsaved.SAVE;
            case 1 -> Unsaved.DISCARD;
            default -> Unsaved.CANCEL;
        };
    }

    @Override
    public Optional<Path> chooseFileToOpen() {
        JFileChooser chooser = new JFileChooser(lastDirectory == null ? null : lastDirectory.toFile());
        chooser.setFileFilter(new FileNameExtensionFilter("Scenario files (*.json)", "json"));
        if (chooser.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        lastDirectory = chooser.getSelectedFile().toPath().getParent();
        return Optional.of(chooser.getSelectedFile().toPath());
    }

    @Override
    public Optional<Path> chooseFileToSave(String suggestedName) {
        return chooseFile(suggestedName, "json");
    }

    @Override
    public Optional<Recovery> askToRestore(List<Recovery> leftovers) {
        Recovery newest = leftovers.get(0);
        String when = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").withZone(ZoneId.systemDefault())
                .format(newest.savedAt());
        Object[] options = {"Restore", "Discard"};
        int answer = JOptionPane.showOptionDialog(this, "Closure Assurance did not close normally last time.\n"
                        + "Unsaved changes to " + newest.label() + " from " + when + " were kept.\nRestore them?",
                "Restore unsaved changes", JOptionPane.YES_NO_OPTION, JOptionPane.QUESTION_MESSAGE, null, options,
                options[0]);
        return answer == 0 ? Optional.of(newest) : Optional.empty();
    }

    @Override
    public void showProblems(String title, List<String> problems) {
        ProblemListDialog.show(this, title, problems);
    }

    @Override
    public void showError(String title, String message) {
        JPanel panel = new JPanel(new BorderLayout(0, DesktopLook.px(6)));
        panel.add(PlainText.label(title), BorderLayout.NORTH);
        panel.add(PlainText.label(message), BorderLayout.CENTER);
        JOptionPane.showMessageDialog(this, panel, "Error", JOptionPane.ERROR_MESSAGE);
    }

    @Override
    public void documentChanged(String title, List<Path> recentFiles) {
        setTitle(title);
        // files is read when a file is chosen: the document can change before bind connects the presenters
        menus.recentFiles(recentFiles, p -> files.open(p));
    }

    // RunController.View

    @Override
    public void runStateChanged(RunController.RunState s) {
        toolbar.state(s);
        editorPanel.tooLarge(s.tooLarge());
        menus.runState(s);
        if (s.running() && !wasRunning) {
            tabs.setSelectedIndex(1);
        }
        wasRunning = s.running();
    }

    @Override
    public void progressed(RunProgress progress) {
        toolbar.progress(progress);
    }

    @Override
    public void partialResults(CompletedRun partial) {
        results.show(partial, true);
    }

    @Override
    public void runFinished(CompletedRun run) {
        results.show(run, false);
        toolbar.status(String.format(java.util.Locale.ROOT, "Done: %,d iterations in %.1f s.",
                run.results().run().completedIterations(), run.results().run().elapsedSeconds()));
    }

    @Override
    public void runCancelled(int completed, int requested, CompletedRun kept) {
        if (kept != null) {
            results.show(kept, false);
        } else {
            results.clear();
        }
        String message = RunController.cancelledMessage(completed, requested, kept != null);
        results.notice(message, DesktopLook.ERROR_TEXT);
        toolbar.status(message);
    }

    @Override
    public void runFailed(String message) {
        toolbar.status(message);
        showError("The run could not be done", message);
    }

    @Override
    public void resultsOutdated(String message) {
        results.outdated(message);
    }

    @Override
    public void resultsCleared() {
        results.clear();
        toolbar.clear();
    }

    // ResultsExporter.View

    @Override
    public void exportsAvailable(boolean available) {
        menus.exportsAvailable(available);
    }

    @Override
    public void exported(Path file) {
        status("Exported " + file);
    }

    @Override
    public void exportFailed(String message) {
        showError("Export failed", message);
    }

    /** Shows a message in the status bar. */
    public void status(String text) {
        statusBar.setText(text);
    }

    /** Shows tab {@code title}. */
    public void showTab(String title) {
        tabs.setSelectedIndex(tabs.indexOfTab(title));
    }

    /** Shows editor page {@code id}. */
    public void showEditorPage(String id) {
        editorPanel.show(id);
    }

    /** The headline coverage figure as shown. */
    public String coverageText() {
        return results.coverageText();
    }

    /** The line under the scenario name on the Results tab. */
    public String resultsNotice() {
        return results.noticeText();
    }

    /** The toolbar's status text. */
    public String runStatus() {
        return toolbar.statusText();
    }
}
