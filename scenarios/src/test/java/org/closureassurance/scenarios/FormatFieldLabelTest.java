package org.closureassurance.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * A field added to the schema without a form label still gets one that says how to read it,
 * so that it shows sensibly in the desktop forms; a label given in the schema wins.
 */
class FormatFieldLabelTest {

    @Test
    void anUnlabelledYearSaysWhatItCountsFrom() {
        assertEquals("Overrun from year (after closure)",
                FormatField.integer("overrunFromYear", 0, 9).measuring("closure-relative").title());
        assertEquals("First year (after base year)",
                FormatField.integer("firstYear", 0, 9).measuring("absolute").title());
    }

    @Test
    void anUnlabelledRateSaysWhetherItIsAFractionOrAPercentage() {
        assertEquals("Escalation (fraction)", FormatField.value("escalation", null).measuring("fraction per year")
                .title());
        assertEquals("Markup (%)", FormatField.value("markup", null).measuring("percent").title());
        assertEquals("Failure chance (0–1)", FormatField.value("failureChance", ScenarioFormat.PROBABILITY).title());
    }

    @Test
    void aLabelAndHelpGivenInTheSchemaWin() {
        FormatField f = FormatField.value("realCostEscalation", null).measuring("fraction per year")
                .about("`0.01` is 1 %").labelled("Real escalation (fraction)").helping("Above inflation.");

        assertEquals("Real escalation (fraction)", f.title());
        assertEquals("Above inflation.", f.hint());
    }

    @Test
    void theHelpFallsBackToTheDescriptionWithoutMarkup() {
        assertEquals("0.01 is 1 %", FormatField.value("x", null).about("`0.01` is 1 %").hint());
        assertNull(FormatField.value("x", null).hint());
    }
}
