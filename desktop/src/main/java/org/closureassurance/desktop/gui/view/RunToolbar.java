package org.closureassurance.desktop.gui.view;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JSeparator;
import javax.swing.JTextField;
import javax.swing.SwingConstants;
import org.closureassurance.desktop.gui.editor.ScenarioEditor;
import org.closureassurance.desktop.gui.form.Choice;
import org.closureassurance.desktop.gui.form.ElementForm;
import org.closureassurance.desktop.gui.form.FieldAddress;
import org.closureassurance.desktop.gui.form.FieldSpec;
import org.closureassurance.desktop.gui.form.ScenarioSchema;
import org.closureassurance.desktop.gui.run.RunController;
import org.closureassurance.desktop.gui.run.RunProgress;
import org.closureassurance.scenarios.ScenarioFormat.Simulation;
import org.closureassurance.scenarios.ScenarioFormat.Top;

/**
 * The toolbar: Run and Cancel, the run's iterations, seed and sampling method (the scenario's
 * own simulation settings, edited in place) and Pin for comparison on one row; under them the
 * progress bar and the run's status (iterations per second, time left, why a run stopped).
 * The controls never shrink below their preferred widths; a status too long for the window is
 * cut short with "…" and shown whole in its tooltip, so no message can squeeze an input.
 */
final class RunToolbar extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final String ITERATIONS = ScenarioSchema.key(Top.SIMULATION, Simulation.ITERATIONS);
    private static final String SEED = ScenarioSchema.key(Top.SIMULATION, Simulation.SEED);
    private static final String SAMPLING = ScenarioSchema.key(Top.SIMULATION, Simulation.SAMPLING);

    final JButton run = new JButton("▶  Run");
    final JButton cancel = new JButton("Cancel");
    final JButton pin = new JButton("Pin for comparison");
    private final JTextField iterations = PlainText.inert(new JTextField(8));
    private final JTextField seed = PlainText.inert(new JTextField(10));
    private final JComboBox<Choice> sampling;
    private final JProgressBar progress = new JProgressBar(0, 100);
    private final JLabel status = PlainText.label(" ");
    private final transient ScenarioEditor editor;
    private boolean updating;

    RunToolbar(ScenarioEditor editor) {
        this.editor = editor;
        setBorder(DesktopLook.pad(6));
        FieldSpec samplingSpec = ScenarioSchema.page("general").field(SAMPLING);
        sampling = new JComboBox<>(samplingSpec.choices().toArray(new Choice[0]));
        run.setName("run");
        cancel.setName("cancel");
        pin.setName("pin");
        // Component names for the GUI tests, named after the fields they edit.
        iterations.setName(Simulation.ITERATIONS.name());
        seed.setName(Simulation.SEED.name());
        sampling.setName(Simulation.SAMPLING.name());
        progress.setName("progress");
        status.setName("run-status");
        run.setFont(DesktopLook.font(run, 1.05f, true));
        run.setToolTipText("Run the simulation (F5)");
        cancel.setToolTipText("Stop the run; the last complete results stay on screen");
        pin.setToolTipText("Keep this run as A; the next run is compared with it in the Compare tab");
        progress.setStringPainted(true);
        progress.setString("");
        progress.setPreferredSize(new Dimension(DesktopLook.px(220), progress.getPreferredSize().height));
        bind(iterations, ITERATIONS);
        bind(seed, SEED);
        sampling.addActionListener(e -> {
            if (!updating && sampling.getSelectedItem() instanceof Choice c) {
                editor.setField(FieldAddress.general(SAMPLING), c.id());
            }
        });
        setLayout(new BorderLayout(0, DesktopLook.px(4)));
        JPanel controls = new JPanel();
        controls.setLayout(new BoxLayout(controls, BoxLayout.X_AXIS));
        controls.add(fixed(run));
        gap(controls, 6);
        controls.add(fixed(cancel));
        divider(controls);
        controls.add(fixed(new JLabel("Iterations ")));
        controls.add(fixed(iterations));
        gap(controls, 12);
        controls.add(fixed(new JLabel("Seed ")));
        controls.add(fixed(seed));
        gap(controls, 12);
        controls.add(fixed(new JLabel("Sampling ")));
        controls.add(fixed(sampling));
        controls.add(Box.createHorizontalGlue());
        gap(controls, 10);
        controls.add(fixed(pin));
        status.setMinimumSize(new Dimension(0, status.getPreferredSize().height));
        status.setPreferredSize(new Dimension(DesktopLook.px(200), status.getPreferredSize().height));
        JPanel running = new JPanel(new BorderLayout(DesktopLook.px(10), 0));
        running.add(progress, BorderLayout.WEST);
        running.add(status, BorderLayout.CENTER);
        add(controls, BorderLayout.NORTH);
        add(running, BorderLayout.SOUTH);
        editor.addListener(e -> refresh());
        refresh();
    }

    private static void gap(JPanel row, int px) {
        row.add(Box.createHorizontalStrut(DesktopLook.px(px)));
    }

    private static void divider(JPanel row) {
        gap(row, 12);
        JSeparator line = new JSeparator(SwingConstants.VERTICAL);
        line.setMaximumSize(new Dimension(DesktopLook.px(2), DesktopLook.px(28)));
        row.add(line);
        gap(row, 12);
    }

    /** Keeps {@code c} at its preferred size: the row never squeezes or stretches it. */
    private static <T extends java.awt.Component> T fixed(T c) {
        c.setMinimumSize(c.getPreferredSize());
        c.setMaximumSize(c.getPreferredSize());
        return c;
    }

    private void bind(JTextField field, String key) {
        TextEdits.whenEdited(field, () -> {
            if (!updating) {
                editor.setField(FieldAddress.general(key), field.getText());
            }
        });
        field.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                editor.sealEdit();
            }
        });
    }

    /** Shows the editor's simulation settings and marks those with problems. */
    private void refresh() {
        ElementForm g = editor.form().general();
        updating = true;
        try {
            set(iterations, g.text(ITERATIONS), ITERATIONS);
            set(seed, g.text(SEED), SEED);
            for (int i = 0; i < sampling.getItemCount(); i++) {
                if (sampling.getItemAt(i).id().equals(g.text(SAMPLING))) {
                    sampling.setSelectedIndex(i);
                }
            }
        } finally {
            updating = false;
        }
    }

    private void set(JTextField field, String text, String key) {
        if (!field.getText().equals(text)) {
            field.setText(text);
        }
        var errors = editor.assembly().errorsUnder(key);
        field.setToolTipText(errors.isEmpty() ? null : "Problem: " + errors.get(0).message());
        field.setForeground(errors.isEmpty() ? javax.swing.UIManager.getColor("TextField.foreground")
                : DesktopLook.ERROR_TEXT);
    }

    void state(RunController.RunState s) {
        run.setEnabled(s.canRun());
        cancel.setEnabled(s.running() && !s.cancelling());
        iterations.setEditable(!s.running());
        seed.setEditable(!s.running());
        sampling.setEnabled(!s.running());
        if (!s.running() && !s.canRun() && s.problems() > 0) {
            run.setToolTipText("Fix the " + s.problems() + " problem(s) listed under the scenario editor first");
        } else if (s.tooLarge() != null) {
            run.setToolTipText(s.tooLarge());
        } else {
            run.setToolTipText("Run the simulation (F5)");
        }
        showSize(s.tooLarge());
        if (s.cancelling()) {
            progress.setString("Cancelling…");
            status("Cancelling… the results shown stay those of the last complete run.");
        }
    }

    /** Says why the run is too large, in the status and on Iterations, until it fits again. */
    private void showSize(String tooLarge) {
        if (tooLarge != null) {
            status(tooLarge);
            status.setForeground(DesktopLook.ERROR_TEXT);
            iterations.setForeground(DesktopLook.ERROR_TEXT);
            iterations.setToolTipText(tooLarge);
        } else if (DesktopLook.ERROR_TEXT.equals(status.getForeground())) {
            status(" ");
            status.setForeground(javax.swing.UIManager.getColor("Label.foreground"));
            set(iterations, iterations.getText(), ITERATIONS);
        }
    }

    void progress(RunProgress p) {
        progress.setValue(p.percent());
        progress.setString(p.percent() + " %");
        status(p.describe());
    }

    /** Shows no run: an empty progress bar and no status. */
    void clear() {
        progress.setValue(0);
        progress.setString("");
        status(" ");
    }

    /** Shows {@code text}, whole in the tooltip when the window is too narrow for it. */
    void status(String text) {
        status.setText(text);
        status.setToolTipText(text.isBlank() ? null : text);
    }

    /** The status text (the whole of it, however much the window shows). */
    String statusText() {
        return status.getText();
    }
}
