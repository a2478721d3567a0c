package org.closureassurance.simulator.model;

import java.util.Objects;
import org.closureassurance.simulator.value.Value;

/** When a risk event can happen (docs/model.md). */
public sealed interface RiskOccurrence {

    /** Once, with {@code probability}, in closure-relative {@code year}. */
    record Once(Value probability, int year) implements RiskOccurrence {
        public Once {
            Objects.requireNonNull(probability, "probability");
            if (year < 0) {
                throw new IllegalArgumentException("year must be >= 0, was " + year);
            }
        }
    }

    /**
     * With {@code annualProbability} in each closure-relative year from {@code fromYear} to
     * {@code toYear} inclusive ({@code toYear} null: the last year before the horizon,
     * {@code H - 1 - C}), at most {@code maxOccurrences} times.
     */
    record PerYear(Value annualProbability, int fromYear, Integer toYear, int maxOccurrences) implements RiskOccurrence {
        public PerYear {
            Objects.requireNonNull(annualProbability, "annualProbability");
            if (fromYear < 0) {
                throw new IllegalArgumentException("fromYear must be >= 0, was " + fromYear);
            }
            if (toYear != null && toYear < fromYear) {
                throw new IllegalArgumentException("toYear must be >= fromYear, was " + toYear + " < " + fromYear);
            }
            if (maxOccurrences < 1) {
                throw new IllegalArgumentException("maxOccurrences must be >= 1, was " + maxOccurrences);
            }
        }

        /**
         * The most occurrences one iteration may simulate one at a time (each is a random draw and
         * a cash flow), which bounds a run's time: 10,000, ten times the longest horizon.
         */
        public static final int MAX_SIMULATED_OCCURRENCES = 10_000;

        /**
         * The most occurrences one iteration can simulate one at a time: 0 when the annual
         * probability is fixed at 0 (none happen) or at 1 (every year of the window, valued in
         * closed form); otherwise {@code maxOccurrences}, or the years of the window when fewer. A
         * window left to its default ends before the horizon, so it has at most
         * {@link SimulationSettings#MAX_HORIZON_YEARS} years.
         */
        public long simulatedOccurrences() {
            if (annualProbability.upperBound() <= 0 || annualProbability.lowerBound() >= 1) {
                return 0;
            }
            long window = toYear == null ? SimulationSettings.MAX_HORIZON_YEARS : (long) toYear - fromYear + 1;
            return Math.min(window, maxOccurrences);
        }
    }
}
