package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.FormatField.number;
import static org.closureassurance.scenarios.FormatField.string;

import org.closureassurance.scenarios.ValueChecks.Bounds;

/**
 * The {@code correlations[]} section of the scenario format: rank correlations between sampled
 * inputs. Part of {@link ScenarioFormat}.
 */
public final class CorrelationFormat {
    private CorrelationFormat() {
    }

    /** {@code correlations[]}. */
    public static final class Correlation {
        public static final FormatField A = string("a").asRequired().example("\"closureYear\"")
                .measuring("input path")
                .about("names a sampled input (see [Paths](#paths)); differs from `b`; a pair appears once")
                .labelled("Input A").helping("A sampled input of this scenario.");
        public static final FormatField B = string("b").asRequired()
                .example("\"economics/discountRate\"").measuring("input path")
                .about("names another sampled input")
                .labelled("Input B").helping("Another sampled input.");
        public static final FormatField RHO = number("rho").asRequired().within(new Bounds(-1, true, 1, true))
                .about("the Spearman rank correlation; all pairs together must be consistent (positive definite)")
                .labelled("Rank correlation (rho)").helping("Spearman rank correlation, strictly between -1 and 1.");
        public static final FormatObject OBJECT = FormatObject.of("correlations[]", "", A, B, RHO)
                .called("correlation");

        private Correlation() {
        }
    }
}
