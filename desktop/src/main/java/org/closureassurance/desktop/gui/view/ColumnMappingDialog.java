package org.closureassurance.desktop.gui.view;

import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.GroupLayout;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.WindowConstants;
import org.closureassurance.desktop.gui.portfolio.ColumnMapping;
import org.closureassurance.scenarios.PortfolioFormat.Columns;

/**
 * Asks which register column each column of an imported file holds: one row a file header,
 * a choice of the register's columns or "leave out", and what still stops the import (a
 * required column unmapped, a column mapped twice). Import is enabled once nothing does.
 */
final class ColumnMappingDialog extends JDialog {
    private static final long serialVersionUID = 1L;
    /** The choice that leaves a file column out of the import. */
    static final String LEAVE_OUT = "(leave out)";

    private transient ColumnMapping mapping;
    private final List<JComboBox<String>> choices = new ArrayList<>();
    private final JTextArea problems = PlainText.inert(new JTextArea(3, 40));
    private final JButton ok = new JButton("Import");
    private boolean accepted;

    private ColumnMappingDialog(Window owner, String file, ColumnMapping guess) {
        super(owner, "Map the columns of " + file, ModalityType.APPLICATION_MODAL);
        setName("column-mapping");
        this.mapping = guess;
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        problems.setEditable(false);
        problems.setOpaque(false);
        problems.setForeground(DesktopLook.ERROR_TEXT);
        problems.setName("mapping-problems");
        ok.setName("mapping-ok");
        ok.addActionListener(e -> {
            accepted = true;
            dispose();
        });
        JButton cancel = new JButton("Cancel");
        cancel.addActionListener(e -> dispose());
        setContentPane(layoutForm(cancel));
        getRootPane().setDefaultButton(ok);
        showProblems();
        pack();
        setLocationRelativeTo(owner);
    }

    /** Shows the dialog; the mapping chosen, or empty when cancelled. */
    static Optional<ColumnMapping> ask(Window owner, String file, ColumnMapping guess) {
        ColumnMappingDialog d = new ColumnMappingDialog(owner, file, guess);
        d.setVisible(true);
        return d.accepted ? Optional.of(d.mapping) : Optional.empty();
    }

    private JPanel layoutForm(JButton cancel) {
        JPanel p = new JPanel();
        GroupLayout g = new GroupLayout(p);
        p.setLayout(g);
        g.setAutoCreateGaps(true);
        g.setAutoCreateContainerGaps(true);
        JLabel intro = PlainText.label("Which register column does each column of the file hold?");
        GroupLayout.ParallelGroup labels = g.createParallelGroup(GroupLayout.Alignment.TRAILING);
        GroupLayout.ParallelGroup combos = g.createParallelGroup();
        GroupLayout.SequentialGroup rows = g.createSequentialGroup().addComponent(intro);
        for (String header : mapping.header()) {
            JLabel label = PlainText.label(header);
            JComboBox<String> combo = choice(header);
            label.setLabelFor(combo);
            labels.addComponent(label);
            combos.addComponent(combo);
            rows.addGroup(g.createParallelGroup(GroupLayout.Alignment.BASELINE).addComponent(label)
                    .addComponent(combo));
        }
        rows.addComponent(problems).addGroup(g.createParallelGroup().addComponent(ok).addComponent(cancel));
        g.setVerticalGroup(rows);
        g.setHorizontalGroup(g.createParallelGroup().addComponent(intro)
                .addGroup(g.createSequentialGroup().addGroup(labels).addGroup(combos)).addComponent(problems)
                .addGroup(GroupLayout.Alignment.TRAILING, g.createSequentialGroup().addComponent(ok)
                        .addComponent(cancel)));
        return p;
    }

    private JComboBox<String> choice(String header) {
        List<String> items = new ArrayList<>();
        items.add(LEAVE_OUT);
        items.addAll(Columns.ALL);
        JComboBox<String> combo = new JComboBox<>(items.toArray(String[]::new));
        combo.setRenderer(new PlainText.ListRenderer());
        combo.setName("map:" + header);
        String column = mapping.columnOf(header);
        combo.setSelectedItem(column == null ? LEAVE_OUT : column);
        combo.addActionListener(e -> {
            Object chosen = combo.getSelectedItem();
            mapping = mapping.with(header, LEAVE_OUT.equals(chosen) ? null : (String) chosen);
            showProblems();
        });
        choices.add(combo);
        return combo;
    }

    private void showProblems() {
        List<String> p = mapping.problems();
        problems.setText(String.join("\n", p));
        ok.setEnabled(p.isEmpty());
    }
}
