package org.closureassurance.desktop.gui.form;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.closureassurance.simulator.value.Discrete;
import org.closureassurance.simulator.value.Triangular;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;

class DistributionPreviewTest {

    @Test
    void percentilesOfATriangularMatchItsClosedForm() {
        DistributionPreview p = DistributionPreview.of(new Triangular(0, 1, 2));

        // symmetric triangular on [0, 2]: F(x) = x^2 / 2 below the mode, so P10 = sqrt(0.2)
        assertEquals(Math.sqrt(0.2), p.p10(), 1e-12);
        assertEquals(1.0, p.p50(), 1e-12);
        assertEquals(2 - Math.sqrt(0.2), p.p90(), 1e-12);
        assertEquals(1.0, p.mean(), 1e-12);
    }

    @Test
    void aUniformSketchIsFlatAtOneOverItsWidth() {
        DistributionPreview p = DistributionPreview.of(new Uniform(2, 6));

        for (double d : p.density()) {
            assertEquals(0.25, d, 1e-9);
        }
        assertTrue(p.x()[0] > 2 && p.x()[p.x().length - 1] < 6);
    }

    @Test
    void discreteAndFixedValuesArePoints() {
        DistributionPreview d = DistributionPreview.of(new Discrete(new double[] {0, 1}, new double[] {3, 1}));
        DistributionPreview c = DistributionPreview.of(Value.of(5));

        assertTrue(d.points());
        assertArrayEquals(new double[] {0.75, 0.25}, d.density(), 1e-12);
        assertTrue(c.points());
        assertEquals(5, c.p50());
    }
}
