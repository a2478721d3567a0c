package org.closureassurance.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.closureassurance.simulator.value.Constant;
import org.closureassurance.simulator.value.Discrete;
import org.closureassurance.simulator.value.LogNormal;
import org.closureassurance.simulator.value.Normal;
import org.closureassurance.simulator.value.Pert;
import org.closureassurance.simulator.value.Triangular;
import org.closureassurance.simulator.value.Uniform;
import org.junit.jupiter.api.Test;

class ValueTextTest {

    @Test
    void triangularQuantityReadsLikeACostEngineer() {
        assertEquals("triangular from 1.8 M to 2.6 M m3, most likely 2.0 M",
                ValueText.describe(new Triangular(1.8e6, 2.0e6, 2.6e6), ValueText.quantity("m3")));
    }

    @Test
    void ratesReadAsPercents() {
        assertEquals("uniform from 1 % to 5 %",
                ValueText.describe(new Uniform(0.01, 0.05), ValueText.fractionAsPercent()));
        assertEquals("triangular from 10 % to 30 %, most likely 15 %",
                ValueText.describe(new Triangular(10, 15, 30), ValueText.percentPoints()));
    }

    @Test
    void moneyCarriesItsCurrency() {
        assertEquals("log-normal with mean USD 6.5 M and standard deviation USD 1.5 M",
                ValueText.describe(new LogNormal(6.5e6, 1.5e6), ValueText.money("USD")));
        assertEquals("PERT from USD 2.1 to USD 4 per m3, most likely USD 2.6",
                ValueText.describe(new Pert(2.1, 2.6, 4.0), ValueText.moneyPer("USD", "m3")));
        assertEquals("USD 350 k", ValueText.describe(new Constant(350_000), ValueText.money("USD")));
    }

    @Test
    void nonDefaultPertWeightIsStated() {
        assertEquals("PERT from 1 to 3, most likely 2 (weight of the mode 6)",
                ValueText.describe(new Pert(1, 2, 3, 6), ValueText.plain()));
    }

    @Test
    void truncationOfNormalsIsStated() {
        assertEquals("normal with mean 3 % and standard deviation 7 %",
                ValueText.describe(new Normal(0.03, 0.07), ValueText.fractionAsPercent()));
        assertEquals("normal with mean 3 % and standard deviation 7 %, truncated to -50 % – 50 %",
                ValueText.describe(new Normal(0.03, 0.07, -0.5, 0.5), ValueText.fractionAsPercent()));
        assertEquals("normal with mean 10 years and standard deviation 2, truncated below at 0",
                ValueText.describe(new Normal(10, 2, 0, Double.POSITIVE_INFINITY), ValueText.years()));
    }

    @Test
    void discreteValuesListTheirWeights() {
        assertEquals("one of 0 (70 %) or 1 (30 %)",
                ValueText.describe(new Discrete(new double[] {0, 1}, new double[] {0.7, 0.3}), ValueText.plain()));
        assertEquals("one of 8, 10 or 12 years, equally likely",
                ValueText.describe(new Discrete(new double[] {8, 10, 12}, null), ValueText.years()));
    }

    @Test
    void degenerateDistributionsSayTheyAreNotSampled() {
        assertEquals("5 years (a uniform distribution of one value, so not sampled)",
                ValueText.describe(new Uniform(5, 5), ValueText.years()));
    }
}
