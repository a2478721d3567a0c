package org.closureassurance.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.closureassurance.simulator.model.AfterForfeiture;
import org.closureassurance.simulator.model.DiscountStep;
import org.closureassurance.simulator.model.Economics;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;

/** The report states a discount schedule, escalation and the work after forfeiture in words. */
class EconomicsAssumptionsTest {
    private static String rows(Economics e, AfterForfeiture a) {
        Html.Table t = new Html.Table(null, "assumptions", "Setting", "Assumption");
        EconomicsAssumptions.addRows(t, e, a, "USD");
        return t.render();
    }

    @Test
    void aSingleRateWithoutAdditionsIsOneRowAsBefore() {
        String html = rows(new Economics(Value.of(0.03)), AfterForfeiture.NONE);
        assertTrue(html.contains("<th scope=\"row\">Discount rate (real)</th><td>3 %</td>"), html);
        assertFalse(html.contains("escalation"), html);
        assertFalse(html.contains("walks away"), html);
    }

    @Test
    void aScheduleEscalationAndTheWorkAfterForfeitureAreSaidInWords() {
        Economics e = new Economics(null, List.of(new DiscountStep(0, Value.of(0.035)),
                new DiscountStep(30, Value.of(0.03))), Value.of(0.01));
        AfterForfeiture a = new AfterForfeiture(new Uniform(1, 3), Value.of(1.5e6), Value.of(15), Value.of(0.1));
        String html = rows(e, a);
        assertTrue(html.contains("3.5 % from year 0; 3 % from year 30; the last rate holds for ever"), html);
        assertTrue(html.contains("<th scope=\"row\">Real cost escalation</th><td>1 % a year above general inflation"), html);
        assertTrue(html.contains("uniform from 1 to 3 years (whole years) to mobilise a contractor"), html);
        assertTrue(html.contains("care and maintenance costs USD 1.5 M a year"), html);
        assertTrue(html.contains("charges 15 % more"), html);
        assertTrue(html.contains("10 % of any shortfall is recovered from the operator&#39;s estate"), html);
        assertEquals(3, html.split("<tr>", -1).length - 2, html);
    }
}
