package org.closureassurance.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The worker steps a domain's recovery as a gap (exponential) or odds (logistic) multiplied by
 * the growth factor each year. These tests hold that stepping to docs/model.md's
 * recurrences, written out here literally, year by year.
 */
class RecoveryStepTest {
    /** Rounding of the two forms drifts by a few ulps of 1 a year at most; 200 years stay far inside the 1e-12 completion tolerance. */
    private static final double TOLERANCE = 1e-13;

    private static double exponentialByModel(double index, double rate) {
        return 1.0 - (1.0 - index) * Math.exp(-rate);
    }

    private static double logisticByModel(double index, double rate) {
        double g = Math.exp(rate);
        return index * g / (1.0 - index + index * g);
    }

    @Test
    void exponentialGapStepsAsTheModelsRecurrence() {
        for (double rate : new double[] {0.001, 0.09, 0.3, 2.0}) {
            for (double start : new double[] {0.0, 0.05, 0.5, 0.999}) {
                double byModel = start;
                double state = RehabilitationKernel.geometricState(start, false);
                double growth = Math.exp(-rate);
                for (int year = 1; year <= 200; year++) {
                    byModel = exponentialByModel(byModel, rate);
                    state = RehabilitationKernel.grow(state, growth);
                    assertEquals(byModel, 1.0 - state, TOLERANCE, "rate " + rate + ", I0 " + start + ", year " + year);
                }
            }
        }
    }

    @Test
    void logisticOddsStepAsTheModelsRecurrence() {
        for (double rate : new double[] {0.001, 0.25, 1.0, 3.0}) {
            for (double start : new double[] {0.0, 1e-6, 0.03, 0.5, 0.97}) {
                double byModel = start;
                double state = RehabilitationKernel.geometricState(start, true);
                double growth = Math.exp(rate);
                for (int year = 1; year <= 200; year++) {
                    byModel = logisticByModel(byModel, rate);
                    state = RehabilitationKernel.grow(state, growth);
                    assertEquals(byModel, RehabilitationKernel.fromOdds(state), TOLERANCE,
                            "rate " + rate + ", I0 " + start + ", year " + year);
                }
            }
        }
    }

    @Test
    void extremesKeepTheirLimits() {
        // Logistic with an infinite factor: any I > 0 reaches 1 in one year, I = 0 stays 0 (0 * inf is not NaN here).
        double inf = Double.POSITIVE_INFINITY;
        assertEquals(1.0, RehabilitationKernel.fromOdds(RehabilitationKernel.grow(RehabilitationKernel.geometricState(0.2, true), inf)));
        assertEquals(0.0, RehabilitationKernel.fromOdds(RehabilitationKernel.grow(RehabilitationKernel.geometricState(0.0, true), inf)));
        // I = 1 has infinite odds and stays 1; odds that overflow mean the reference condition.
        assertEquals(1.0, RehabilitationKernel.fromOdds(RehabilitationKernel.grow(RehabilitationKernel.geometricState(1.0, true), 1.5)));
        assertEquals(1.0, RehabilitationKernel.fromOdds(RehabilitationKernel.grow(1e308, 10.0)));
        // Exponential with an infinite rate (factor 0) closes the whole gap in one year.
        assertEquals(1.0, 1.0 - RehabilitationKernel.grow(RehabilitationKernel.geometricState(0.3, false), 0.0));
    }
}
