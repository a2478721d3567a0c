package org.closureassurance.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartSetTest {

    @Test
    void holdsEveryChartOfARunInReadingOrder() {
        ChartSet set = ChartSet.of(Fixtures.copperMineResults());
        assertEquals(List.of("liability-distribution", "coverage-timeline", "bond-sizing-curve", "sensitivity",
                "water-treatment-duration", "water-treatment-value", "rehabilitation-completion",
                "condition-recovery"), set.names());
        for (NamedChart c : set.charts()) {
            assertFalse(c.caption().isBlank(), c.name());
            assertFalse(c.chart().getTitle().getText().isBlank(), c.name());
        }
    }

    @Test
    void leavesOutWaterAndLandChartsWhenTheRunHasNone() {
        ResultsEdit e = new ResultsEdit(Fixtures.copperMineResults());
        e.waterTreatment = List.of();
        e.rehabilitation = List.of();
        ChartSet set = ChartSet.of(e.build());
        assertEquals(List.of(ChartSet.LIABILITY_DISTRIBUTION, ChartSet.COVERAGE_TIMELINE, ChartSet.BOND_SIZING_CURVE,
                ChartSet.SENSITIVITY), set.names());
    }

    @Test
    void findsAChartByName() {
        ChartSet set = ChartSet.of(Fixtures.copperMineResults());
        assertTrue(set.get(ChartSet.BOND_SIZING_CURVE).isPresent());
        assertTrue(set.get("pie").isEmpty());
    }

    @Test
    void chartNamesAreSafeForFiles() {
        assertThrows(IllegalArgumentException.class, () -> new NamedChart("../x", "c",
                ChartSet.of(Fixtures.copperMineResults()).charts().get(0).chart()));
    }
}
