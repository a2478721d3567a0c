package org.closureassurance.desktop.gui.view;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.GroupLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import org.closureassurance.desktop.gui.results.HeadlineFigures;

/**
 * The Answer tab: the one-sentence answer in large type, then the headline figures (coverage
 * with its interval, the additional assurance for 80, 90 and 95 % cover, the expected public
 * cost) and how the run was made.
 */
final class HeadlinePanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final JTextArea answer = new JTextArea(4, 40);
    private final JLabel coverage = PlainText.label(" ");
    private final JLabel coverageInterval = PlainText.label(" ");
    private final List<JLabel> names = new ArrayList<>();
    private final List<JLabel> values = new ArrayList<>();
    private final JLabel runLine = PlainText.label(" ");

    HeadlinePanel() {
        setBackground(Color.WHITE);
        setBorder(DesktopLook.pad(24));
        answer.setName("answer");
        answer.setEditable(false);
        answer.setLineWrap(true);
        answer.setWrapStyleWord(true);
        answer.setOpaque(false);
        answer.setBorder(BorderFactory.createEmptyBorder());
        answer.setFont(DesktopLook.font(new JLabel(), 1.35f, false));
        coverage.setName("headline-coverage");
        coverage.setFont(DesktopLook.font(coverage, 3.2f, true));
        coverage.setForeground(DesktopLook.ACCENT);
        coverageInterval.setFont(DesktopLook.font(coverageInterval, 1.1f, false));
        coverageInterval.setForeground(DesktopLook.MUTED_TEXT);
        runLine.setForeground(DesktopLook.MUTED_TEXT);
        for (int i = 0; i < 7; i++) {
            JLabel n = new JLabel(" ");
            n.setForeground(DesktopLook.MUTED_TEXT);
            n.setFont(DesktopLook.font(n, 1.1f, false));
            JLabel v = PlainText.label(" ");
            v.setFont(DesktopLook.font(v, 1.1f, true));
            names.add(n);
            values.add(v);
        }
        values.get(3).setName("headline-required-p90");
        layoutFigures();
    }

    private void layoutFigures() {
        GroupLayout g = new GroupLayout(this);
        setLayout(g);
        JLabel coverageCaption = new JLabel("Probability the assurance held covers the walk-away liability");
        coverageCaption.setFont(DesktopLook.font(coverageCaption, 1.1f, false));
        GroupLayout.ParallelGroup nameColumn = g.createParallelGroup(GroupLayout.Alignment.LEADING);
        GroupLayout.ParallelGroup valueColumn = g.createParallelGroup(GroupLayout.Alignment.LEADING);
        GroupLayout.SequentialGroup rows = g.createSequentialGroup();
        for (int i = 1; i < names.size(); i++) {
            nameColumn.addComponent(names.get(i));
            valueColumn.addComponent(values.get(i));
            rows.addGroup(g.createParallelGroup(GroupLayout.Alignment.BASELINE).addComponent(names.get(i))
                    .addComponent(values.get(i))).addGap(DesktopLook.px(8));
        }
        g.setHorizontalGroup(g.createParallelGroup(GroupLayout.Alignment.LEADING)
                .addComponent(answer, DesktopLook.px(400), DesktopLook.px(520), DesktopLook.px(800))
                .addComponent(coverageCaption)
                .addGroup(g.createSequentialGroup().addComponent(coverage).addGap(DesktopLook.px(16))
                        .addComponent(coverageInterval))
                .addGroup(g.createSequentialGroup().addGroup(nameColumn).addGap(DesktopLook.px(28))
                        .addGroup(valueColumn))
                .addComponent(runLine));
        g.setVerticalGroup(g.createSequentialGroup()
                .addComponent(answer, GroupLayout.PREFERRED_SIZE, GroupLayout.DEFAULT_SIZE, GroupLayout.PREFERRED_SIZE)
                .addGap(DesktopLook.px(24))
                .addComponent(coverageCaption)
                .addGroup(g.createParallelGroup(GroupLayout.Alignment.BASELINE).addComponent(coverage)
                        .addComponent(coverageInterval))
                .addGap(DesktopLook.px(20))
                .addGroup(rows)
                .addGap(DesktopLook.px(16))
                .addComponent(runLine));
    }

    void show(HeadlineFigures h) {
        answer.setText(h.answer());
        coverage.setText(h.coverage());
        coverageInterval.setText(h.coverageInterval());
        List<String[]> rows = h.rows();
        for (int i = 1; i < rows.size() && i < names.size(); i++) {
            names.get(i).setText(rows.get(i)[0]);
            values.get(i).setText(rows.get(i)[1]);
        }
        runLine.setText(h.runLine());
    }

    String coverageText() {
        return coverage.getText();
    }
}
