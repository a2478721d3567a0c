package org.closureassurance.desktop.gui.view;

import java.awt.BorderLayout;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.GroupLayout;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import org.closureassurance.charts.MoneyFormat;
import org.closureassurance.desktop.gui.editor.DistributionEditor;
import org.closureassurance.desktop.gui.form.DistributionKind;
import org.closureassurance.desktop.gui.form.DistributionPreview;
import org.closureassurance.desktop.gui.form.ValueForm;

/**
 * The distribution editor: the kind of a Value, its parameters, each parameter's problems in
 * place, and a live preview of the density with its 10th, 50th and 90th percentiles. It is the
 * view of a {@link DistributionEditor}, which does the checking.
 */
final class DistributionDialog extends JDialog {
    private static final long serialVersionUID = 1L;

    private final transient DistributionEditor editor;
    private final JComboBox<DistributionKind> kind = new JComboBox<>(DistributionKind.values());
    private final JPanel parameters = new JPanel();
    private final Map<String, JTextField> fields = new LinkedHashMap<>();
    private final Map<String, JLabel> problems = new LinkedHashMap<>();
    private final DensitySketch sketch = new DensitySketch();
    private final JLabel percentiles = new JLabel(" ");
    private final JButton ok = new JButton("OK");
    private transient ValueForm result;
    private boolean accepted;
    private boolean updating;

    private DistributionDialog(Window owner, String title, DistributionEditor editor) {
        super(owner, title, ModalityType.APPLICATION_MODAL);
        this.editor = editor;
        setName("distribution-dialog");
        kind.setName("distribution-kind");
        ok.setName("distribution-ok");
        kind.setSelectedItem(editor.form().kind());
        kind.addActionListener(e -> {
            if (!updating) {
                editor.setKind((DistributionKind) kind.getSelectedItem());
                layoutParameters();
                refresh();
            }
        });
        JPanel content = new JPanel(new BorderLayout(0, DesktopLook.px(8)));
        content.setBorder(DesktopLook.pad(14));
        content.add(layoutTop(), BorderLayout.NORTH);
        content.add(layoutPreview(), BorderLayout.CENTER);
        content.add(layoutButtons(), BorderLayout.SOUTH);
        setContentPane(content);
        layoutParameters();
        refresh();
        getRootPane().setDefaultButton(ok);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        pack();
        setMinimumSize(getSize());
        setLocationRelativeTo(owner);
    }

    /**
     * Shows the editor for the Value at {@code path} and waits: the edited form when the user
     * pressed OK (an emptied Value as an empty plain number), nothing when cancelled.
     */
    static Optional<ValueForm> edit(Window owner, String title, String path, ValueForm initial, boolean optional) {
        DistributionDialog d = new DistributionDialog(owner, title, new DistributionEditor(path, initial, optional));
        d.setVisible(true);
        return d.accepted ? Optional.of(d.result) : Optional.empty();
    }

    private JComponent layoutTop() {
        JPanel top = new JPanel(new BorderLayout(0, DesktopLook.px(8)));
        JPanel kindRow = new JPanel(new BorderLayout(DesktopLook.px(8), 0));
        kindRow.add(new JLabel("Distribution"), BorderLayout.WEST);
        kindRow.add(kind, BorderLayout.CENTER);
        top.add(kindRow, BorderLayout.NORTH);
        top.add(parameters, BorderLayout.CENTER);
        return top;
    }

    private JComponent layoutPreview() {
        JPanel preview = new JPanel(new BorderLayout(0, DesktopLook.px(4)));
        preview.setBorder(BorderFactory.createTitledBorder("Preview: what a run will draw"));
        preview.add(sketch, BorderLayout.CENTER);
        preview.add(percentiles, BorderLayout.SOUTH);
        percentiles.setBorder(DesktopLook.pad(4));
        return preview;
    }

    private JComponent layoutButtons() {
        JButton cancel = new JButton("Cancel");
        cancel.addActionListener(e -> dispose());
        ok.addActionListener(e -> {
            if (editor.canAccept()) {
                result = editor.form();
                accepted = true;
                dispose();
            }
        });
        JPanel buttons = new JPanel();
        GroupLayout g = new GroupLayout(buttons);
        buttons.setLayout(g);
        g.setHorizontalGroup(g.createSequentialGroup().addGap(0, 0, Short.MAX_VALUE).addComponent(cancel)
                .addPreferredGap(javax.swing.LayoutStyle.ComponentPlacement.RELATED).addComponent(ok));
        g.setVerticalGroup(g.createParallelGroup(GroupLayout.Alignment.BASELINE).addComponent(cancel).addComponent(ok));
        g.linkSize(cancel, ok);
        return buttons;
    }

    /** One row per parameter of the current kind: label, field, problem. */
    private void layoutParameters() {
        parameters.removeAll();
        fields.clear();
        problems.clear();
        GroupLayout g = new GroupLayout(parameters);
        parameters.setLayout(g);
        g.setAutoCreateGaps(true);
        GroupLayout.ParallelGroup labels = g.createParallelGroup(GroupLayout.Alignment.TRAILING);
        GroupLayout.ParallelGroup inputs = g.createParallelGroup();
        GroupLayout.SequentialGroup rows = g.createSequentialGroup();
        List<JComponent> all = new ArrayList<>();
        for (DistributionKind.Parameter p : editor.form().kind().parameters()) {
            JLabel label = new JLabel(p.label());
            JTextField field = PlainText.inert(new JTextField(16));
            field.setName("parameter:" + p.name());
            field.setText(editor.form().parameter(p.name()));
            if (!p.required()) {
                field.setToolTipText("Optional; empty means " + p.whenEmpty());
            }
            JLabel problem = PlainText.label(" ");
            problem.setForeground(DesktopLook.ERROR_TEXT);
            TextEdits.whenEdited(field, () -> typed(p.name(), field));
            fields.put(p.name(), field);
            problems.put(p.name(), problem);
            JLabel hint = new JLabel(p.required() ? "" : "empty: " + p.whenEmpty());
            hint.setForeground(DesktopLook.MUTED_TEXT);
            labels.addComponent(label);
            inputs.addGroup(g.createSequentialGroup().addComponent(field, DesktopLook.px(160), DesktopLook.px(200),
                    Short.MAX_VALUE).addComponent(hint)).addComponent(problem);
            rows.addGroup(g.createParallelGroup(GroupLayout.Alignment.BASELINE).addComponent(label).addComponent(field)
                    .addComponent(hint)).addComponent(problem);
            all.add(field);
        }
        g.setHorizontalGroup(g.createSequentialGroup().addGroup(labels).addGroup(inputs));
        g.setVerticalGroup(rows);
        parameters.revalidate();
        parameters.repaint();
        if (isDisplayable()) {
            pack();
        }
        if (!all.isEmpty()) {
            all.get(0).requestFocusInWindow();
        }
    }

    private void typed(String name, JTextField field) {
        if (!updating) {
            editor.setParameter(name, field.getText());
            refresh();
        }
    }

    private void refresh() {
        updating = true;
        try {
            kind.setSelectedItem(editor.form().kind());
        } finally {
            updating = false;
        }
        for (Map.Entry<String, JLabel> e : problems.entrySet()) {
            List<String> messages = editor.errorsOf(e.getKey());
            e.getValue().setText(messages.isEmpty() ? " " : String.join("; ", messages));
            e.getValue().setVisible(!messages.isEmpty());
        }
        DistributionPreview p = editor.preview();
        sketch.show(p);
        percentiles.setText(p == null ? (editor.canAccept() ? "Empty: the field's default applies." : "Fix the "
                + "parameters to see the preview.") : "Mean " + MoneyFormat.compact(p.mean()) + "  ·  median "
                + MoneyFormat.compact(p.p50()) + "  ·  80 % of draws between " + MoneyFormat.compact(p.p10()) + " and "
                + MoneyFormat.compact(p.p90()));
        ok.setEnabled(editor.canAccept());
    }
}
