package org.closureassurance.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.closureassurance.simulator.model.Overrun;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.value.EstimateClass;
import org.closureassurance.simulator.value.LogNormalRange;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;

class OverrunAssumptionsTest {

    @Test
    void statesEachMultiplierItsMeanAndWhatItAppliesTo() {
        // Class 4 is the log-normal with P10 0.70 and P90 1.50: mu = (ln 0.7 + ln 1.5) / 2 = 0.024395,
        // sigma = (ln 1.5 - ln 0.7) / (2 * 1.2815516) = 0.297351, mean exp(mu + sigma^2 / 2) = 1.07101.
        String html = new OverrunAssumptions(List.of(
                new Overrun("Estimate accuracy", null, new EstimateClass(4), null),
                new Overrun("Water scope", null, new LogNormalRange(0.9, 1.8), List.of("water-treatment")),
                new Overrun("Discount", null, Value.of(0.95), List.of()))).render();
        assertTrue(html.contains("<td>the accuracy of an AACE class 4 estimate: log-normal with 10th percentile 0.7 "
                + "and 90th percentile 1.5</td>"), html);
        assertTrue(html.contains("<td>1.071: raises the flows by 7.1 % on average</td>"), html);
        assertTrue(html.contains("<td>every cost item</td>"), html);
        assertTrue(html.contains("<td>log-normal with 10th percentile 0.9 and 90th percentile 1.8</td>"), html);
        assertTrue(html.contains("<td>water-treatment</td>"), html);
        assertTrue(html.contains("<td>0.95: lowers the flows by 5 % on average</td>"), html);
        assertTrue(html.contains("<td>nothing</td>"), html);
        assertTrue(html.contains("multipliers that apply to the same flow multiply together"), html);
    }

    @Test
    void saysSoWhenThereAreNone() {
        assertEquals(Html.paragraph("No overruns: every cost is taken as estimated (after its indirect costs)."),
                new OverrunAssumptions(List.of()).render());
    }

    @Test
    void theReportCarriesTheSubsection() {
        Scenario s = Fixtures.copperMine().withOverruns(List.of(new Overrun("Estimate accuracy", null,
                new EstimateClass(3), null)));
        String html = AssuranceReport.html(s, Fixtures.copperMineResults(),
                new ReportContext(null, "0.1.0", "2026-11-23 10:00 UTC"));
        assertTrue(html.contains("<section id=\"assumptions-overruns\">"));
        assertTrue(html.contains("an AACE class 3 estimate"));
    }
}
