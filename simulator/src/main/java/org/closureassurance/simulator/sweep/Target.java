package org.closureassurance.simulator.sweep;

import java.util.List;
import java.util.Locale;
import org.closureassurance.simulator.results.Interval;
import org.closureassurance.simulator.results.RequiredAssurance;
import org.closureassurance.simulator.statistics.WilsonInterval;

/**
 * What a break-even search looks for: the value of a headline figure to reach. A point
 * {@link #reached reaches} the target when the figure is on its good side: coverage at least
 * the target, required additional assurance nil, expected public cost at most the target. The
 * optimistic and pessimistic readings do the same with the ends of the figure's 95 % interval,
 * which is how a search states the Monte Carlo uncertainty of the crossing.
 *
 * <p>{@code requiredAdditional.pNN=0} is reached exactly when the coverage probability is at
 * least NN %: no extra cash is needed for confidence q when {@code P(A >= L) >= q}. Its interval
 * is therefore the coverage's Wilson interval against q; other amounts than 0 are refused.
 */
public record Target(Figure figure, double level, double value) {
    /** The figures a search can aim at. */
    public enum Figure { COVERAGE, REQUIRED_ADDITIONAL, EXPECTED_PUBLIC_COST }

    /** How each figure is written in a target, in messages. */
    public static final List<String> NAMES = List.of("coverage", "requiredAdditional.p50", "requiredAdditional.p80",
            "requiredAdditional.p90", "requiredAdditional.p95", "requiredAdditional.p99", "expectedPublicCost");

    public Target {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("the target value must be a finite number, was " + value);
        }
        switch (figure) {
            case COVERAGE -> requireIn(value, 0, 1, "coverage");
            case REQUIRED_ADDITIONAL -> {
                if (value != 0) {
                    throw new IllegalArgumentException("a requiredAdditional target must be 0 (the assurance held "
                            + "reaches that confidence); was " + value);
                }
            }
            case EXPECTED_PUBLIC_COST -> requireIn(value, 0, Double.MAX_VALUE, "expectedPublicCost");
        }
    }

    private static void requireIn(double v, double lo, double hi, String name) {
        if (v < lo || v > hi) {
            throw new IllegalArgumentException("a " + name + " target must be between " + lo + " and " + hi
                    + ", was " + v);
        }
    }

    /**
     * Reads {@code figure=value}, such as {@code coverage=0.9} or {@code requiredAdditional.p90=0}.
     *
     * @throws IllegalArgumentException naming the known figures when the figure is unknown
     */
    public static Target parse(String text) {
        int eq = text.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("a target looks like FIGURE=VALUE (coverage=0.9), was '" + text + "'");
        }
        String name = text.substring(0, eq).trim();
        String number = text.substring(eq + 1).trim();
        double v;
        try {
            v = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the target value of " + name + " is not a number: '" + number + "'");
        }
        int i = NAMES.indexOf(name);
        if (i < 0) {
            String portfolio = name.startsWith("fund.") ? " (fund figures belong to portfolios, which a search of one "
                    + "scenario does not have)" : "";
            throw new IllegalArgumentException("unknown target figure '" + name + "'" + portfolio + "; known: "
                    + String.join(", ", NAMES));
        }
        if (i == 0) {
            return new Target(Figure.COVERAGE, Double.NaN, v);
        }
        if (i == NAMES.size() - 1) {
            return new Target(Figure.EXPECTED_PUBLIC_COST, Double.NaN, v);
        }
        double level = Integer.parseInt(name.substring(name.length() - 2)) / 100.0;
        return new Target(Figure.REQUIRED_ADDITIONAL, level, v);
    }

    /** The figure's name as a target writes it. */
    public String figureName() {
        return switch (figure) {
            case COVERAGE -> NAMES.get(0);
            case REQUIRED_ADDITIONAL -> String.format(Locale.ROOT, "requiredAdditional.p%02d", Math.round(level * 100));
            case EXPECTED_PUBLIC_COST -> NAMES.get(NAMES.size() - 1);
        };
    }

    /** The target as written: {@code coverage=0.9}. */
    @Override
    public String toString() {
        return figureName() + "=" + (value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) : Double.toString(value));
    }

    /** The figure at {@code p}. */
    public double figureAt(SweepPoint p) {
        return switch (figure) {
            case COVERAGE -> p.coverageProbability();
            case REQUIRED_ADDITIONAL -> p.requiredAdditionalAssurance().at(levelIndex());
            case EXPECTED_PUBLIC_COST -> p.expectedPublicCost();
        };
    }

    private int levelIndex() {
        double[] levels = RequiredAssurance.LEVELS;
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] == level) {
                return i;
            }
        }
        throw new IllegalStateException("no required-assurance level " + level);
    }

    /** Whether the figure at {@code p} is on the target's good side. */
    public boolean reached(SweepPoint p) {
        return switch (figure) {
            case COVERAGE -> p.coverageProbability() >= value;
            case REQUIRED_ADDITIONAL -> p.requiredAdditionalAssurance().at(levelIndex()) <= 0;
            case EXPECTED_PUBLIC_COST -> p.expectedPublicCost() <= value;
        };
    }

    /** Whether the end of the figure's 95 % interval most favourable to the target reaches it. */
    public boolean reachedOptimistically(SweepPoint p) {
        return switch (figure) {
            case COVERAGE -> p.coverageProbabilityCI95().upper() >= value;
            case REQUIRED_ADDITIONAL -> p.coverageProbabilityCI95().upper() >= level;
            case EXPECTED_PUBLIC_COST -> costInterval(p).lower() <= value;
        };
    }

    /** Whether the end of the figure's 95 % interval least favourable to the target reaches it. */
    public boolean reachedPessimistically(SweepPoint p) {
        return switch (figure) {
            case COVERAGE -> p.coverageProbabilityCI95().lower() >= value;
            case REQUIRED_ADDITIONAL -> p.coverageProbabilityCI95().lower() >= level;
            case EXPECTED_PUBLIC_COST -> costInterval(p).upper() <= value;
        };
    }

    private static Interval costInterval(SweepPoint p) {
        double half = WilsonInterval.Z95 * p.expectedPublicCostStandardError();
        return new Interval(p.expectedPublicCost() - half, p.expectedPublicCost() + half);
    }
}
