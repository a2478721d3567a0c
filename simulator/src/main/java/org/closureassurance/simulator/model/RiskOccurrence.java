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
    }
}
