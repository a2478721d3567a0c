package org.closureassurance.desktop.gui.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.closureassurance.charts.ChartTable;
import org.closureassurance.charts.PortfolioComparisonChart;
import org.closureassurance.desktop.gui.results.Figures;
import org.closureassurance.simulator.portfolio.FundResult;
import org.closureassurance.simulator.portfolio.PortfolioResults;
import org.closureassurance.simulator.portfolio.RequiredContribution;
import org.jfree.chart.JFreeChart;

/**
 * The presenter of the portfolio window's Compare tab, as for scenarios: pins the latest
 * complete run as A, and compares every later run, B, with it (a 1 % levy against 2 %, a register
 * with and without a factor): the headline figures of both side by side with their change, and
 * the two runs' fund exhaustion curves on one chart.
 */
public final class PortfolioCompare implements PortfolioRuns.Listener {
    /** What the Compare tab shows. */
    public interface View {
        /** Whether Pin applies, and what is pinned (null: nothing). */
        void pinChanged(boolean canPin, String pinnedLabel);

        /** The comparison to show with the two runs' fund exhaustion curves, or both null for none. */
        void comparisonChanged(ChartTable comparison, JFreeChart exhaustion);
    }

    private final View view;
    private PortfolioRun latest;
    private PortfolioRun pinned;

    public PortfolioCompare(View view) {
        this.view = view;
        view.pinChanged(false, null);
    }

    @Override
    public void runCompleted(PortfolioRun run) {
        latest = run;
        view.pinChanged(true, pinned == null ? null : pinned.label());
        compare();
    }

    /** Pins the latest run as A; the next run is compared with it. */
    public void pin() {
        if (latest != null) {
            pinned = latest;
            view.pinChanged(true, pinned.label());
            compare();
        }
    }

    /** Forgets the pinned run. */
    public void clear() {
        pinned = null;
        view.pinChanged(latest != null, null);
        view.comparisonChanged(null, null);
    }

    private void compare() {
        if (pinned == null || latest == pinned) {
            view.comparisonChanged(null, null);
        } else {
            view.comparisonChanged(table(pinned, latest), PortfolioComparisonChart.exhaustion(pinned.label(),
                    pinned.results(), latest.label(), latest.results()));
        }
    }

    /** The comparison of run {@code a} with run {@code b}: figure, A, B, change. */
    static ChartTable table(PortfolioRun a, PortfolioRun b) {
        PortfolioResults x = a.results();
        PortfolioResults y = b.results();
        String currency = x.currency() == null ? y.currency() : x.currency();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Sites", Integer.toString(x.sites()), Integer.toString(y.sites()),
                signed(y.sites() - x.sites())));
        rows.add(List.of("Contribution percent (levy)", levy(a), levy(b), ""));
        rows.add(List.of("Mean number of forfeitures", Figures.number(x.forfeitures().mean()),
                Figures.number(y.forfeitures().mean()), ""));
        money(rows, "Expected total shortfall", x, y, r -> r.totalShortfall().mean(), currency);
        money(rows, "Total shortfall, P95", x, y, r -> r.totalShortfall().p95(), currency);
        money(rows, "Expected unfunded public cost", x, y, PortfolioResults::expectedUnfundedPublicCost, currency);
        probability(rows, "Fund runs dry within the horizon", x, y, r -> r.fund() == null ? Double.NaN
                : r.fund().exhaustionProbability());
        probability(rows, "Security covers liability in year 0", x, y,
                r -> r.aggregate().year0().coverageProbability());
        rows.add(required("Levy that suffices in 80 % of futures", x.fund(), y.fund(), RequiredContribution::p80));
        rows.add(required("Levy that suffices in 90 % of futures", x.fund(), y.fund(), RequiredContribution::p90));
        rows.add(required("Levy that suffices in 95 % of futures", x.fund(), y.fund(), RequiredContribution::p95));
        return new ChartTable("A: " + a.label() + "; B: " + b.label(), List.of("Figure", "A", "B", "Change"), rows);
    }

    private static void money(List<List<String>> rows, String figure, PortfolioResults x, PortfolioResults y,
                              ToDoubleFunction<PortfolioResults> f, String currency) {
        double from = f.applyAsDouble(x);
        double to = f.applyAsDouble(y);
        rows.add(List.of(figure, Figures.money(from, currency), Figures.money(to, currency),
                Figures.moneyChange(from, to, currency)));
    }

    private static void probability(List<List<String>> rows, String figure, PortfolioResults x, PortfolioResults y,
                                    ToDoubleFunction<PortfolioResults> f) {
        double from = f.applyAsDouble(x);
        double to = f.applyAsDouble(y);
        rows.add(List.of(figure, Figures.percent(from), Figures.percent(to), Figures.pointsChange(from, to)));
    }

    private static List<String> required(String figure, FundResult a, FundResult b,
                                         ToDoubleFunction<RequiredContribution> level) {
        return List.of(figure, requiredText(a, level), requiredText(b, level), "");
    }

    private static String requiredText(FundResult fund, ToDoubleFunction<RequiredContribution> level) {
        if (fund == null || fund.requiredContributionPercent() == null) {
            return Figures.UNDEFINED;
        }
        double p = level.applyAsDouble(fund.requiredContributionPercent());
        return Double.isInfinite(p) ? "none suffices" : percentNumber(p) + " %";
    }

    private static String levy(PortfolioRun run) {
        return run.portfolio().fund() == null ? "no fund"
                : percentNumber(run.portfolio().fund().contributionPercent()) + " %";
    }

    /** A percent figure to two decimals, trailing zeros dropped: {@code 1.5}, {@code 2}. */
    static String percentNumber(double p) {
        return Double.isNaN(p) ? Figures.UNDEFINED
                : BigDecimal.valueOf(p).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String signed(int d) {
        return d == 0 ? "±0" : String.format(Locale.ROOT, "%+d", d).replace('-', '−');
    }
}
