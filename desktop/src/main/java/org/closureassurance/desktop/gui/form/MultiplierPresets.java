package org.closureassurance.desktop.gui.form;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.scenarios.OverrunFormat.Overrun;
import org.closureassurance.scenarios.reference.ClosureCostRatios;
import org.closureassurance.simulator.value.EstimateClass;
import org.closureassurance.simulator.value.LogNormalRange;

/**
 * The presets of an overrun's multiplier: the AACE estimate classes 1 to 5 (each read as its
 * accuracy range's P10 to P90) and the reference class of historical closure-cost ratios that
 * the app bundles, so that a user states an estimate's maturity or history's verdict in one
 * click instead of typing a distribution. Every other field has none.
 */
public final class MultiplierPresets {
    private MultiplierPresets() {
    }

    /** The presets of {@code field}: those of an overrun's multiplier, none for any other field. */
    public static List<ValuePreset> of(FieldSpec field) {
        return field.source() == Overrun.MULTIPLIER ? multiplier() : List.of();
    }

    /** The five estimate classes, from the most mature (1) to the least (5), then the reference class. */
    static List<ValuePreset> multiplier() {
        List<ValuePreset> out = new ArrayList<>();
        for (int k = EstimateClass.FIRST; k <= EstimateClass.LAST; k++) {
            out.add(estimateClass(k));
        }
        out.add(referenceClass());
        return List.copyOf(out);
    }

    private static ValuePreset estimateClass(int k) {
        LogNormalRange r = new EstimateClass(k).range();
        return new ValuePreset("AACE estimate class " + k + " (P10 " + NumberText.of(r.p10()) + ", P90 "
                + NumberText.of(r.p90()) + ")",
                "An estimate of AACE class " + k + ": its accuracy range read as the multiplier's P10 to P90.",
                ValueForm.of(new EstimateClass(k)));
    }

    private static ValuePreset referenceClass() {
        LogNormalRange fit = ClosureCostRatios.multiplier();
        int cases = ClosureCostRatios.estimates().size();
        return new ValuePreset("Historical reference class (P10 " + NumberText.of(round(fit.p10())) + ", P90 "
                + NumberText.of(round(fit.p90())) + ")",
                "A log-normal fitted to the ratios of later to early closure-cost estimates at " + cases
                        + " historical mines. "
                        + "The record is made of notorious failures, the cases that were reported, so it biases "
                        + "the multiplier upward: a stress case, not a neutral estimate.",
                ValueForm.of(fit));
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
