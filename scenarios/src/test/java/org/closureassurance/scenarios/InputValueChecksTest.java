package org.closureassurance.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.closureassurance.simulator.model.InputField;
import org.closureassurance.simulator.model.InputKey;
import org.closureassurance.simulator.model.Scenario;
import org.junit.jupiter.api.Test;

/** A sweep's value is checked as the scenario file would be with that number in the field. */
class InputValueChecksTest {
    private static final Scenario BASE = BundledScenarios.load("regulator-base-case");

    @Test
    void acceptsAValueTheFileCouldHold() {
        assertEquals(List.of(), InputValueChecks.check(BASE, InputKey.of(InputField.DISCOUNT_RATE), 0.07));
        assertEquals(List.of(), InputValueChecks.check(BASE,
                InputKey.of(InputField.DOMAIN_AREA, "Roads, pads and plant site"), 12.5));
        assertEquals(List.of(), InputValueChecks.check(BASE, InputKey.scheduleStep("Reclamation surety bond", 1), 1e6));
    }

    @Test
    void refusesANegativeAreaAtTheQuantitysValueKeepingItsUnit() {
        List<ValidationError> errors = InputValueChecks.check(BASE,
                InputKey.of(InputField.DOMAIN_AREA, "Roads, pads and plant site"), -5);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("rehabilitation[2].area.value", errors.get(0).path());
        assertTrue(errors.get(0).message().contains(">= 0"), errors.get(0).message());
    }

    @Test
    void refusesARateOfMinusOneOrBelowAndAScheduleStepBelowZero() {
        assertEquals("economics.discountRate",
                InputValueChecks.check(BASE, InputKey.of(InputField.DISCOUNT_RATE), -1).get(0).path());
        assertEquals("assurance[0].schedule[1].amount",
                InputValueChecks.check(BASE, InputKey.scheduleStep("Reclamation surety bond", 1), -1).get(0).path());
    }

    @Test
    void aFieldTheFileLeavesAtItsDefaultIsCheckedToo() {
        // the base case has no escalation and no afterForfeiture section: both are added to be checked
        assertEquals(List.of(), InputValueChecks.check(BASE, InputKey.of(InputField.REAL_COST_ESCALATION), 0.01));
        assertEquals(List.of(), InputValueChecks.check(BASE, InputKey.of(InputField.MOBILISATION_DELAY), 2));
        assertEquals("afterForfeiture.careAndMaintenancePerYear",
                InputValueChecks.check(BASE, InputKey.of(InputField.CARE_AND_MAINTENANCE), -2).get(0).path());
    }

    @Test
    void anInputTheScenarioDoesNotHaveIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InputValueChecks.check(BASE,
                InputKey.of(InputField.DOMAIN_AREA, "No such domain"), 1));
        assertTrue(e.getMessage().startsWith("rehabilitation/No such domain/area"), e.getMessage());
    }
}
