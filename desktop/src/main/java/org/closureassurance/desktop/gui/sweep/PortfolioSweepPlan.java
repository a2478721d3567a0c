package org.closureassurance.desktop.gui.sweep;

import java.util.Objects;
import org.closureassurance.charts.BreakEvenSentence;
import org.closureassurance.simulator.portfolio.Portfolio;
import org.closureassurance.simulator.sweep.PortfolioTarget;

/**
 * A portfolio sweep or break-even search ready to run: the field, the portfolio at the
 * iterations asked for, the values of the curve (for a search, evenly spaced over its range)
 * and, for a search, the target and range. {@link #of} reads the dialog's settings as the
 * scenario's {@link SweepPlan} does, refusing in words that name the field or the box what
 * cannot be run.
 */
public record PortfolioSweepPlan(PortfolioSweepField field, SweepKind kind, Portfolio portfolio, double[] values,
                                 PortfolioTarget target, double from, double to) {
    /** What a portfolio break-even search aims at unless told otherwise. */
    public static final String DEFAULT_TARGET = "fund.exhaustionProbability=0.1";

    public PortfolioSweepPlan {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(portfolio, "portfolio");
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * What the dialog offers first for {@code field} of {@code portfolio} (null while it has
     * problems): from 0 to twice the value now (0 to 1 when it is 0), 11 steps, the portfolio's
     * iterations, and the fund's exhaustion probability at 10 % as the target.
     */
    public static SweepSettings defaults(SweepKind kind, PortfolioSweepField field, Portfolio portfolio) {
        double now = portfolio == null ? Double.NaN : field.valueIn(portfolio);
        String to = Double.isNaN(now) ? "" : BreakEvenSentence.value(now > 0 ? 2 * now : 1);
        String iterations = portfolio == null ? "" : Integer.toString(portfolio.simulation().iterations());
        return new SweepSettings(kind, SweepSettings.Spacing.RANGE, Double.isNaN(now) ? "" : "0", to,
                Integer.toString(SweepSettings.DEFAULT_STEPS), "", iterations, DEFAULT_TARGET);
    }

    /**
     * The plan of {@code settings} for {@code field} of {@code portfolio} (null while it has problems).
     *
     * @throws IllegalArgumentException with a message for the dialog, naming the field or box at fault
     */
    public static PortfolioSweepPlan of(PortfolioSweepField field, Portfolio portfolio, SweepSettings settings) {
        if (portfolio == null) {
            throw new IllegalArgumentException("The portfolio has problems (see the sites table): fix them before a "
                    + "sweep.");
        }
        long n = SweepPlan.whole(settings.iterations(), "Iterations", 1, Integer.MAX_VALUE);
        Portfolio at = new Portfolio(portfolio.name(), portfolio.description(), portfolio.currency(),
                portfolio.baseYear(), portfolio.simulation().withIterations((int) n), portfolio.economics(),
                portfolio.economy(), portfolio.providers(), portfolio.sites(), portfolio.fund());
        PortfolioTarget target = settings.kind() == SweepKind.BREAK_EVEN ? target(settings.target()) : null;
        double[] values;
        double from = Double.NaN;
        double to = Double.NaN;
        if (settings.kind() == SweepKind.SWEEP && settings.spacing() == SweepSettings.Spacing.LIST) {
            values = SweepPlan.list(settings.values());
        } else {
            from = SweepPlan.number(settings.from(), "From");
            to = SweepPlan.number(settings.to(), "To");
            if (!(from < to)) {
                throw new IllegalArgumentException("The range is empty: From " + BreakEvenSentence.value(from)
                        + " must be below To " + BreakEvenSentence.value(to) + ".");
            }
            values = SweepPlan.range(from, to, (int) SweepPlan.whole(settings.steps(), "Steps", 2,
                    SweepPlan.MOST_STEPS));
        }
        for (double v : values) {
            field.at(at, v);
        }
        return new PortfolioSweepPlan(field, settings.kind(), at, values, target, from, to);
    }

    private static PortfolioTarget target(String text) {
        try {
            return PortfolioTarget.parse(text.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Target: " + e.getMessage() + ".", e);
        }
    }
}
