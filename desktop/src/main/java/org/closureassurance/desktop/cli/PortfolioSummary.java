package org.closureassurance.desktop.cli;

import static org.closureassurance.desktop.cli.SummaryTable.money;
import static org.closureassurance.desktop.cli.SummaryTable.percent;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.closureassurance.simulator.portfolio.FundResult;
import org.closureassurance.simulator.portfolio.PortfolioResults;
import org.closureassurance.simulator.portfolio.SiteResult;

/**
 * The readable summary that {@code portfolio} prints: how many sites forfeit, the register's
 * shortfall and what the public pays, the fund's chance of running dry and the contribution that
 * would have kept it solvent, then the sites with the largest shares of the worst futures.
 */
final class PortfolioSummary {
    /** How many sites the list of the largest tail shares shows. */
    private static final int TOP_SITES = 5;

    private PortfolioSummary() {
    }

    /** The summary; {@code totalSeconds} is the whole run, the statistics' reduction included. */
    static String of(PortfolioResults r, double totalSeconds) {
        String c = r.currency() == null ? "" : r.currency();
        StringBuilder s = new StringBuilder();
        s.append(r.portfolio()).append('\n');
        s.append(SummaryTable.runLine(r.iterations(), r.seed(), r.sampling(), r.run(), totalSeconds));
        s.append('\n');
        row(s, "Sites", String.format(Locale.ROOT, "%,d", r.sites()));
        row(s, "Forfeitures within the horizon", String.format(Locale.ROOT, "mean %s, P90 %s",
                count(r.forfeitures().mean()), count(r.forfeitures().p90())));
        row(s, "Security against liability, year 0", money(c, r.aggregate().year0().assurance().mean()) + " against "
                + money(c, r.aggregate().year0().liability().mean()) + " (means)");
        row(s, "Total shortfall (PV) mean", money(c, r.totalShortfall().mean()));
        row(s, "Total shortfall (PV) P90", money(c, r.totalShortfall().p90()));
        row(s, "Unfunded public cost (PV) mean", money(c, r.expectedUnfundedPublicCost())
                + String.format(Locale.ROOT, "  (standard error %s)", money(c, r.unfundedPublicCost().standardError())));
        fund(s, r.fund());
        List<SiteResult> top = r.perSite().stream()
                .filter(x -> x.tailContribution() > 0)
                .sorted(Comparator.comparingDouble(SiteResult::tailContribution).reversed())
                .limit(TOP_SITES).toList();
        if (!top.isEmpty()) {
            s.append("\nLargest shares of the worst 5 % of total shortfall (mean PV over those futures)\n");
            for (SiteResult x : top) {
                s.append(String.format(Locale.ROOT, "  %-14s %s%n", money(c, x.tailContribution()), x.name()));
            }
        }
        return s.toString();
    }

    private static void fund(StringBuilder s, FundResult f) {
        if (f == null) {
            row(s, "Pooled fund", "none: every shortfall is a public cost");
            return;
        }
        row(s, "Fund exhaustion probability", percent(f.exhaustionProbability())
                + "  (95 % interval " + percent(f.exhaustionProbabilityCI95().lower()) + " to "
                + percent(f.exhaustionProbabilityCI95().upper()) + ")");
        row(s, "Contribution that suffices in 80 %", contribution(f.requiredContributionPercent().p80()));
        row(s, "Contribution that suffices in 90 %", contribution(f.requiredContributionPercent().p90()));
        row(s, "Contribution that suffices in 95 %", contribution(f.requiredContributionPercent().p95()));
    }

    /** A contribution percent of the estimates a year; infinite when none suffices. */
    private static String contribution(double percent) {
        if (Double.isNaN(percent)) {
            return "n/a";
        }
        return Double.isInfinite(percent) ? "none suffices (a payout falls due before contributions can pay it)"
                : String.format(Locale.ROOT, "%.2f %% of the estimate a year", percent);
    }

    private static String count(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.2f", x);
    }

    private static void row(StringBuilder s, String label, String value) {
        s.append(String.format(Locale.ROOT, "%-38s %s%n", label, value));
    }
}
