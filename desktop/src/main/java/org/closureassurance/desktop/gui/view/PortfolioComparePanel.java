package org.closureassurance.desktop.gui.view;

import java.awt.BorderLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import org.closureassurance.charts.ChartTable;
import org.closureassurance.desktop.gui.portfolio.PortfolioCompare;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;

/** The Compare tab of the portfolio window: what is pinned as A, and A against the latest run B, figures and curves. */
final class PortfolioComparePanel extends JPanel implements PortfolioCompare.View {
    private static final long serialVersionUID = 1L;
    static final String HOW = "Pin a run (Run > Pin for comparison), change the levy or the register, and run "
            + "again: the two runs' figures appear here side by side.";

    private final JLabel pinned = PlainText.label(HOW);
    private final ChartTablePanel table = new ChartTablePanel("table:portfolio-compare");
    private final ChartPanel curves = new ChartPanel(null, 640, 360, 320, 200, 4000, 3000, true, true, true, true,
            true, true);
    private Runnable pinState = () -> { };
    private boolean canPin;

    PortfolioComparePanel() {
        super(new BorderLayout(0, DesktopLook.GAP));
        curves.setName("chart:portfolio-compare");
        add(pinned, BorderLayout.NORTH);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, table, curves);
        split.setResizeWeight(0.5);
        add(split, BorderLayout.CENTER);
    }

    void onPinState(Runnable r) {
        pinState = r;
    }

    boolean canPin() {
        return canPin;
    }

    @Override
    public void pinChanged(boolean canPin, String pinnedLabel) {
        this.canPin = canPin;
        pinned.setText(pinnedLabel == null ? HOW : "A (pinned): " + pinnedLabel);
        pinState.run();
    }

    @Override
    public void comparisonChanged(ChartTable comparison, JFreeChart exhaustion) {
        table.show(comparison);
        if (exhaustion != null) {
            ChartTooltips.install(exhaustion);
        }
        curves.setChart(exhaustion);
    }
}
