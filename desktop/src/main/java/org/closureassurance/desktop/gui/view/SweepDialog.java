package org.closureassurance.desktop.gui.view;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.GroupLayout;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.WindowConstants;
import org.closureassurance.charts.NamedChart;
import org.closureassurance.charts.PortfolioSweepCharts;
import org.closureassurance.charts.SweepCharts;
import org.closureassurance.desktop.gui.results.ResultsExporter;
import org.closureassurance.desktop.gui.run.RunProgress;
import org.closureassurance.desktop.gui.sweep.PortfolioSweepField;
import org.closureassurance.desktop.gui.sweep.PortfolioSweepOutcome;
import org.closureassurance.desktop.gui.sweep.PortfolioSweepPlan;
import org.closureassurance.desktop.gui.sweep.PortfolioSweepPresenter;
import org.closureassurance.desktop.gui.sweep.SweepControls;
import org.closureassurance.desktop.gui.sweep.SweepField;
import org.closureassurance.desktop.gui.sweep.SweepKind;
import org.closureassurance.desktop.gui.sweep.SweepOutcome;
import org.closureassurance.desktop.gui.sweep.SweepPresenter;
import org.closureassurance.desktop.gui.sweep.SweepSettings;

/**
 * The dialog of a sweep or break-even search on one field: the range or values, the target of
 * a search and the iterations; Run and Cancel with the progress and time left; then the curves
 * (the break-even marked) and the table, with CSV, PNG and SVG export. It forwards every choice
 * to its presenter ({@link SweepPresenter} for a scenario's field, {@link PortfolioSweepPresenter}
 * for a portfolio's) and shows what the presenter reports.
 */
final class SweepDialog extends JDialog implements SweepPresenter.View, PortfolioSweepPresenter.View {
    private static final long serialVersionUID = 1L;

    /**
     * What the dialog sweeps: the field as messages name it, its input's path, the table's
     * headers, the targets a search offers and the hint on them.
     */
    record Subject(String named, String inputPath, List<String> headers, List<String> targets, String targetHint) {
        /** A field of the scenario editor. */
        static Subject of(SweepField field) {
            return new Subject(field.named(), field.inputPath(), SweepOutcome.HEADERS, List.of(
                    SweepSettings.DEFAULT_TARGET, "coverage=0.5", "requiredAdditional.p90=0",
                    "requiredAdditional.p95=0", "expectedPublicCost=0"),
                    "coverage=0.9, requiredAdditional.p90=0 (p50 p80 p95 p99 too) or expectedPublicCost=AMOUNT");
        }

        /** A number of the portfolio window. */
        static Subject of(PortfolioSweepField field) {
            return new Subject(field.named(), field.inputPath(), PortfolioSweepOutcome.HEADERS, List.of(
                    PortfolioSweepPlan.DEFAULT_TARGET, "fund.exhaustionProbability=0.05",
                    "expectedUnfundedPublicCost=0"),
                    "fund.exhaustionProbability=P or expectedUnfundedPublicCost=AMOUNT");
        }
    }

    private final SweepKind kind;
    private final JRadioButton range = new JRadioButton("Range");
    private final JRadioButton list = new JRadioButton("Values");
    private final JTextField from = field("sweep-from", 9);
    private final JTextField to = field("sweep-to", 9);
    private final JTextField steps = field("sweep-steps", 4);
    private final JTextField values = field("sweep-values", 24);
    private final JTextField iterations = field("sweep-iterations", 8);
    private final JComboBox<String> target;
    private final JButton run = new JButton("Run");
    private final JButton cancel = new JButton("Cancel");
    private final JButton close = new JButton("Close");
    private final JButton exportCsv = new JButton("Export CSV…");
    private final JProgressBar progress = new JProgressBar(0, 100);
    private final JLabel status = PlainText.label(" ");
    private final JTextArea message = text("sweep-problem");
    private final JTextArea statement = text("sweep-statement");
    private final JTabbedPane charts = new JTabbedPane();
    private final transient ListTableModel<List<String>> rows;
    private final transient BiFunction<String, String, Optional<Path>> chooseFile;
    private transient SweepControls presenter;

    /**
     * A dialog over {@code owner} titled for {@code kind} on {@code subject};
     * {@code chooseFile} asks where to save (suggested name, extension).
     */
    SweepDialog(Window owner, SweepKind kind, Subject subject, BiFunction<String, String, Optional<Path>> chooseFile) {
        super(owner, kind.title() + ": " + subject.named(), ModalityType.MODELESS);
        this.kind = kind;
        this.chooseFile = chooseFile;
        String named = subject.named();
        String inputPath = subject.inputPath();
        target = new JComboBox<>(subject.targets().toArray(new String[0]));
        target.setToolTipText(subject.targetHint());
        rows = new ListTableModel<>(subject.headers(), (row, index, column) -> row.get(column));
        setName("sweep-dialog");
        JPanel content = new JPanel(new BorderLayout(0, DesktopLook.px(8)));
        content.setBorder(DesktopLook.pad(10));
        JLabel heading = PlainText.label("Input " + inputPath + ". Every run draws the other inputs alike.");
        heading.setToolTipText(named + " is input " + inputPath + "; every other input is drawn alike in every run "
                + "(common random numbers), so the curve moves with this input alone.");
        JPanel top = new JPanel(new BorderLayout(0, DesktopLook.px(6)));
        top.add(heading, BorderLayout.NORTH);
        top.add(layoutSettings(), BorderLayout.CENTER);
        top.add(layoutRunning(), BorderLayout.SOUTH);
        content.add(top, BorderLayout.NORTH);
        content.add(layoutResults(), BorderLayout.CENTER);
        setContentPane(content);
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                closeDialog();
            }
        });
        setSize(DesktopLook.px(980), DesktopLook.px(760));
        setLocationRelativeTo(owner);
    }

    /** Connects the presenter whose view this dialog is. */
    void bind(SweepControls p) {
        presenter = p;
        run.addActionListener(e -> p.start(settings()));
        cancel.addActionListener(e -> p.cancel());
        close.addActionListener(e -> closeDialog());
        exportCsv.addActionListener(e -> export(SweepPresenter.Export.CSV, null));
    }

    private void closeDialog() {
        if (presenter != null) {
            presenter.cancel();
        }
        dispose();
    }

    private static JTextField field(String name, int columns) {
        JTextField f = PlainText.inert(new JTextField(columns));
        f.setName(name);
        return f;
    }

    private static JTextArea text(String name) {
        JTextArea t = PlainText.inert(new JTextArea(1, 60));
        t.setName(name);
        t.setEditable(false);
        t.setLineWrap(true);
        t.setWrapStyleWord(true);
        t.setOpaque(false);
        t.setBorder(BorderFactory.createEmptyBorder());
        return t;
    }

    private JPanel layoutSettings() {
        JPanel p = new JPanel();
        GroupLayout g = new GroupLayout(p);
        p.setLayout(g);
        g.setAutoCreateGaps(true);
        JLabel fromLabel = new JLabel("From");
        JLabel toLabel = new JLabel("To");
        JLabel stepsLabel = new JLabel(kind == SweepKind.BREAK_EVEN ? "Curve points" : "Steps");
        JLabel iterationsLabel = new JLabel("Iterations a run");
        JLabel targetLabel = new JLabel("Target");
        target.setEditable(true);
        target.setName("sweep-target");
        ButtonGroup spacing = new ButtonGroup();
        spacing.add(range);
        spacing.add(list);
        range.setName("sweep-range");
        list.setName("sweep-list");
        range.addActionListener(e -> enableSpacing());
        list.addActionListener(e -> enableSpacing());
        boolean search = kind == SweepKind.BREAK_EVEN;
        range.setVisible(!search);
        list.setVisible(!search);
        values.setVisible(!search);
        targetLabel.setVisible(search);
        target.setVisible(search);
        g.setHorizontalGroup(g.createParallelGroup()
                .addGroup(g.createSequentialGroup().addComponent(targetLabel).addComponent(target,
                        GroupLayout.PREFERRED_SIZE, DesktopLook.px(260), GroupLayout.PREFERRED_SIZE))
                .addGroup(g.createSequentialGroup().addComponent(range).addComponent(fromLabel).addComponent(from)
                        .addComponent(toLabel).addComponent(to).addComponent(stepsLabel).addComponent(steps))
                .addGroup(g.createSequentialGroup().addComponent(list).addComponent(values))
                .addGroup(g.createSequentialGroup().addComponent(iterationsLabel).addComponent(iterations,
                        GroupLayout.PREFERRED_SIZE, GroupLayout.DEFAULT_SIZE, GroupLayout.PREFERRED_SIZE)));
        g.setVerticalGroup(g.createSequentialGroup()
                .addGroup(g.createParallelGroup(GroupLayout.Alignment.BASELINE).addComponent(targetLabel)
                        .addComponent(target))
                .addGroup(g.createParallelGroup(GroupLayout.Alignment.BASELINE).addComponent(range)
                        .addComponent(fromLabel).addComponent(from).addComponent(toLabel).addComponent(to)
                        .addComponent(stepsLabel).addComponent(steps))
                .addGroup(g.createParallelGroup(GroupLayout.Alignment.BASELINE).addComponent(list).addComponent(values))
                .addGroup(g.createParallelGroup(GroupLayout.Alignment.BASELINE).addComponent(iterationsLabel)
                        .addComponent(iterations)));
        return p;
    }

    private JPanel layoutRunning() {
        run.setName("sweep-run");
        cancel.setName("sweep-cancel");
        close.setName("sweep-close");
        progress.setName("sweep-progress");
        status.setName("sweep-status");
        progress.setStringPainted(true);
        progress.setString("");
        message.setForeground(DesktopLook.ERROR_TEXT);
        message.setVisible(false);
        statement.setVisible(false);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING, DesktopLook.px(6), 0));
        buttons.add(run);
        buttons.add(cancel);
        buttons.add(close);
        buttons.add(progress);
        buttons.add(status);
        JPanel p = new JPanel(new BorderLayout(0, DesktopLook.px(4)));
        p.add(buttons, BorderLayout.NORTH);
        p.add(message, BorderLayout.CENTER);
        return p;
    }

    private JPanel layoutResults() {
        charts.setName("sweep-charts");
        JTable table = new JTable(rows);
        table.setName("sweep-table");
        table.setDefaultRenderer(Object.class, new PlainText.TableRenderer());
        charts.addTab("Table", new JScrollPane(table));
        JPanel exports = new JPanel(new FlowLayout(FlowLayout.LEADING, DesktopLook.px(6), 0));
        exportCsv.setName("sweep-export-csv");
        exportCsv.setEnabled(false);
        exports.add(exportCsv);
        exports.add(PlainText.label("Right-click a chart to export it as PNG or SVG."));
        JPanel p = new JPanel(new BorderLayout(0, DesktopLook.px(6)));
        p.add(statement, BorderLayout.NORTH);
        p.add(charts, BorderLayout.CENTER);
        p.add(exports, BorderLayout.SOUTH);
        p.setPreferredSize(new Dimension(DesktopLook.px(900), DesktopLook.px(520)));
        return p;
    }

    private void enableSpacing() {
        boolean isRange = range.isSelected() || kind == SweepKind.BREAK_EVEN;
        from.setEnabled(isRange);
        to.setEnabled(isRange);
        steps.setEnabled(isRange);
        values.setEnabled(!isRange);
    }

    /** The settings as typed. */
    private SweepSettings settings() {
        SweepSettings.Spacing spacing = list.isSelected() && kind == SweepKind.SWEEP ? SweepSettings.Spacing.LIST
                : SweepSettings.Spacing.RANGE;
        Object t = target.getEditor().getItem();
        return new SweepSettings(kind, spacing, from.getText(), to.getText(), steps.getText(), values.getText(),
                iterations.getText(), t == null ? "" : t.toString());
    }

    private void export(SweepPresenter.Export what, String chart) {
        String ext = what.name().toLowerCase(Locale.ROOT);
        chooseFile.apply(presenter.suggestedName(what, chart), ext).ifPresent(f -> presenter.export(what, chart, f));
    }

    // SweepPresenter.View

    @Override
    public void settings(SweepSettings s) {
        from.setText(s.from());
        to.setText(s.to());
        steps.setText(s.steps());
        values.setText(s.values());
        iterations.setText(s.iterations());
        target.setSelectedItem(s.target());
        (s.spacing() == SweepSettings.Spacing.LIST ? list : range).setSelected(true);
        enableSpacing();
    }

    @Override
    public void running(boolean isRunning, boolean cancelling) {
        run.setEnabled(!isRunning);
        cancel.setEnabled(isRunning && !cancelling);
        if (cancelling) {
            status.setText("Cancelling…");
        }
    }

    @Override
    public void progressed(RunProgress p) {
        progress.setValue(p.percent());
        progress.setString(p.percent() + " %");
        status.setText(p.describe());
    }

    @Override
    public void problem(String text) {
        message.setText(text == null ? "" : text);
        message.setVisible(text != null);
    }

    @Override
    public void finished(SweepOutcome outcome) {
        show(outcome.statement(), outcome.rows(), outcome.charts());
    }

    @Override
    public void finished(PortfolioSweepOutcome outcome) {
        show(outcome.statement(), outcome.rows(), outcome.charts());
    }

    private void show(String said, List<List<String>> table, List<NamedChart> shown) {
        statement.setText(said);
        statement.setVisible(true);
        rows.show(table);
        int selected = charts.getSelectedIndex();
        while (charts.getTabCount() > 1) {
            charts.removeTabAt(0);
        }
        for (int i = 0; i < shown.size(); i++) {
            NamedChart c = shown.get(i);
            ResultChartPanel panel = new ResultChartPanel(this::exportChart);
            panel.setName("sweep-chart:" + c.name());
            panel.show(c.name(), c.chart());
            charts.insertTab(title(c.name()), null, panel, c.caption(), i);
        }
        charts.setSelectedIndex(selected >= 0 && selected < charts.getTabCount() - 1 ? selected : 0);
        exportCsv.setEnabled(true);
    }

    private void exportChart(String name, ResultsExporter.ChartFormat format) {
        export(format == ResultsExporter.ChartFormat.PNG ? SweepPresenter.Export.PNG : SweepPresenter.Export.SVG, name);
    }

    private static String title(String chart) {
        return switch (chart) {
            case SweepCharts.COVERAGE -> "Coverage";
            case SweepCharts.REQUIRED_P90 -> "Required additional at P90";
            case SweepCharts.PUBLIC_COST -> "Expected public cost";
            case PortfolioSweepCharts.EXHAUSTION -> "Fund exhaustion";
            case PortfolioSweepCharts.UNFUNDED_COST -> "Expected unfunded public cost";
            default -> chart;
        };
    }

    @Override
    public void cancelled(String text) {
        status.setText(text);
    }

    @Override
    public void exported(Path file) {
        status.setText("Exported " + file);
    }
}
