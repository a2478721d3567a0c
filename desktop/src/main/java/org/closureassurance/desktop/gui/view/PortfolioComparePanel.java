package org.closureassurance.desktop.gui.view;

import java.awt.BorderLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.closureassurance.charts.ChartTable;
import org.closureassurance.desktop.gui.portfolio.PortfolioCompare;

/** The Compare tab of the portfolio window: what is pinned as A, and A against the latest run B. */
final class PortfolioComparePanel extends JPanel implements PortfolioCompare.View {
    private static final long serialVersionUID = 1L;
    static final String HOW = "Pin a run (Run > Pin for comparison), change the levy or the register, and run "
            + "again: the two runs' figures appear here side by side.";

    private final JLabel pinned = PlainText.label(HOW);
    private final ChartTablePanel table = new ChartTablePanel("table:portfolio-compare");
    private Runnable pinState = () -> { };
    private boolean canPin;

    PortfolioComparePanel() {
        super(new BorderLayout(0, DesktopLook.GAP));
        add(pinned, BorderLayout.NORTH);
        add(table, BorderLayout.CENTER);
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
    public void comparisonChanged(ChartTable comparison) {
        table.show(comparison);
    }
}
