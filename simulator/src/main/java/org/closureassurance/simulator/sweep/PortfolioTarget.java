package org.closureassurance.simulator.sweep;

import java.util.List;
import org.closureassurance.simulator.results.Interval;
import org.closureassurance.simulator.statistics.WilsonInterval;

/**
 * What a portfolio break-even search looks for: the fund's exhaustion probability or the
 * expected unfunded public cost at most {@code value}. The optimistic and pessimistic readings
 * use the ends of the figure's 95 % interval (the Wilson interval of the exhaustion
 * probability; the mean plus or minus 1.96 standard errors for the cost), which is how the
 * search states the Monte Carlo uncertainty of the crossing.
 */
public record PortfolioTarget(Figure figure, double value) {
    /** The figures a portfolio search can aim at. */
    public enum Figure { EXHAUSTION_PROBABILITY, EXPECTED_UNFUNDED_PUBLIC_COST }

    /** How each figure is written in a target, as in the portfolio results file. */
    public static final List<String> NAMES = List.of("fund.exhaustionProbability", "expectedUnfundedPublicCost");

    public PortfolioTarget {
        if (!Double.isFinite(value) || value < 0
                || figure == Figure.EXHAUSTION_PROBABILITY && value > 1) {
            throw new IllegalArgumentException("a " + NAMES.get(figure.ordinal()) + " target must be "
                    + (figure == Figure.EXHAUSTION_PROBABILITY ? "between 0 and 1" : "a finite amount >= 0")
                    + ", was " + value);
        }
    }

    /**
     * Reads {@code figure=value}, such as {@code fund.exhaustionProbability=0.1}.
     *
     * @throws IllegalArgumentException naming the known figures when the figure is unknown
     */
    public static PortfolioTarget parse(String text) {
        int eq = text.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("a target looks like FIGURE=VALUE (fund.exhaustionProbability=0.1), "
                    + "was '" + text + "'");
        }
        String name = text.substring(0, eq).trim();
        String number = text.substring(eq + 1).trim();
        int i = NAMES.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("unknown target figure '" + name + "' for a portfolio; known: "
                    + String.join(", ", NAMES));
        }
        try {
            return new PortfolioTarget(Figure.values()[i], Double.parseDouble(number));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the target value of " + name + " is not a number: '" + number + "'");
        }
    }

    /** The figure's name as the results file writes it. */
    public String figureName() {
        return NAMES.get(figure.ordinal());
    }

    @Override
    public String toString() {
        return figureName() + "=" + value;
    }

    /** The figure at {@code p}. */
    public double figureAt(PortfolioSweepPoint p) {
        return switch (figure) {
            case EXHAUSTION_PROBABILITY -> p.exhaustionProbability();
            case EXPECTED_UNFUNDED_PUBLIC_COST -> p.expectedUnfundedPublicCost();
        };
    }

    /** The figure's 95 % interval at {@code p}. */
    public Interval intervalAt(PortfolioSweepPoint p) {
        return switch (figure) {
            case EXHAUSTION_PROBABILITY -> p.exhaustionProbabilityCI95();
            case EXPECTED_UNFUNDED_PUBLIC_COST -> {
                double half = WilsonInterval.Z95 * p.unfundedPublicCostStandardError();
                yield new Interval(p.expectedUnfundedPublicCost() - half, p.expectedUnfundedPublicCost() + half);
            }
        };
    }

    /** Whether the figure at {@code p} is at most the target. */
    public boolean reached(PortfolioSweepPoint p) {
        return figureAt(p) <= value;
    }

    /** Whether the lower end of the figure's 95 % interval is at most the target. */
    public boolean reachedOptimistically(PortfolioSweepPoint p) {
        return intervalAt(p).lower() <= value;
    }

    /** Whether the upper end of the figure's 95 % interval is at most the target. */
    public boolean reachedPessimistically(PortfolioSweepPoint p) {
        return intervalAt(p).upper() <= value;
    }
}
