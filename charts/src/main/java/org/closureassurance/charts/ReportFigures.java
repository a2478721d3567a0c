package org.closureassurance.charts;

import java.util.Locale;
import org.closureassurance.simulator.results.Interval;
import org.closureassurance.simulator.results.RequiredAssurance;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.results.Stats;

/**
 * How the report writes its figures: money in the run's currency, model years with their
 * calendar year, counts with thousands separators, and the Monte Carlo precision of a figure.
 * Every section writes through one instance, so the same figure reads the same everywhere.
 */
final class ReportFigures {

    /** A money figure over forfeiting iterations when none forfeited. */
    static final String NOT_DEFINED = "undefined (no iteration forfeited)";

    private final MoneyFormat money;
    private final Integer baseYear;

    /** Figures in {@code currency}; model years are also given as calendar years when {@code baseYear} is set. */
    ReportFigures(String currency, Integer baseYear) {
        this.money = new MoneyFormat(currency);
        this.baseYear = baseYear;
    }

    String money(double x) {
        return Double.isNaN(x) ? NOT_DEFINED : money.format(x);
    }

    String year(double y) {
        if (Double.isNaN(y)) {
            return NumberText.UNDEFINED;
        }
        String text = "year " + NumberText.number(y, 1);
        return baseYear == null ? text : text + " (" + NumberText.number(baseYear + y, 1) + ")";
    }

    /** {@code SE USD 152 k}: the standard error {@code sd / sqrt(n)} of a mean. */
    String meanError(Stats s) {
        return Double.isNaN(s.standardError()) ? "—" : "SE " + money.format(s.standardError());
    }

    /** {@code USD 57.9–59.5 M}-style 95 % interval of a percentile ({@link PercentileInterval}). */
    String interval(double[] percentiles, double p, long n) {
        Interval i = PercentileInterval.of(percentiles, p, n);
        return Double.isNaN(i.lower()) ? "—" : money.format(i.lower()) + " to " + money.format(i.upper());
    }

    /** {@code SE 0.3 %}: the binomial standard error {@code sqrt(p (1 - p) / n)} of a probability. */
    static String proportionError(double p, long n) {
        return Double.isNaN(p) || n < 1 ? "—" : "SE " + NumberText.percent(Math.sqrt(p * (1 - p) / n));
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static Stats stats(Stats s) {
        return s == null ? Stats.EMPTY : s;
    }

    static RequiredAssurance required(SimulationResults r) {
        return r.requiredAdditionalAssurance() == null ? RequiredAssurance.UNDEFINED : r.requiredAdditionalAssurance();
    }
}
