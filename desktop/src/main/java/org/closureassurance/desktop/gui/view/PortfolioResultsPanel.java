package org.closureassurance.desktop.gui.view;

import java.awt.BorderLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import org.closureassurance.charts.NamedChart;
import org.closureassurance.desktop.gui.portfolio.PortfolioRun;
import org.jfree.chart.ChartPanel;

/**
 * The Results tab of the portfolio window: one page a chart of the run (fund exhaustion, the
 * balance fan, liability against security, forfeitures, shortfall S-curves, the top sites, fairness,
 * the required contribution), each with the table of the figures it draws beside it.
 */
final class PortfolioResultsPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    static final String NO_RUN = "Run the portfolio (F5) to see its charts and tables here.";

    private final JTabbedPane pages = new JTabbedPane(JTabbedPane.TOP, JTabbedPane.WRAP_TAB_LAYOUT);
    private final JLabel heading = PlainText.label(NO_RUN);

    PortfolioResultsPanel() {
        super(new BorderLayout(0, DesktopLook.GAP));
        pages.setName("portfolio-results");
        add(heading, BorderLayout.NORTH);
        add(pages, BorderLayout.CENTER);
    }

    /** Shows every chart of {@code run} with its table, keeping the page that was open. */
    void show(PortfolioRun run) {
        int open = pages.getSelectedIndex();
        pages.removeAll();
        heading.setText(run.label() + " · " + run.results().run().completedIterations() + " iterations in "
                + String.format(java.util.Locale.ROOT, "%.1f s", run.results().run().elapsedSeconds()));
        for (NamedChart chart : run.charts().charts()) {
            ChartPanel panel = new ChartPanel(chart.chart(), 640, 420, 320, 200, 4000, 3000, true, true, true, true,
                    true, true);
            panel.setName("chart:" + chart.name());
            panel.setToolTipText(chart.caption());
            ChartTooltips.install(chart.chart());
            ChartTablePanel table = new ChartTablePanel("table:" + chart.name());
            table.show(run.charts().table(chart.name()).orElse(null));
            JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, panel, table);
            split.setResizeWeight(0.6);
            split.setName("page:" + chart.name());
            String title = chart.chart().getTitle() == null ? chart.name() : chart.chart().getTitle().getText();
            pages.addTab(title, split);
        }
        if (open >= 0 && open < pages.getTabCount()) {
            pages.setSelectedIndex(open);
        }
    }

    JTabbedPane pages() {
        return pages;
    }
}
