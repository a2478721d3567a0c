package org.closureassurance.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.closureassurance.simulator.model.InputField;
import org.closureassurance.simulator.model.InputKey;
import org.closureassurance.simulator.model.InputPaths;
import org.closureassurance.simulator.model.Scenario;
import org.junit.jupiter.api.Test;

class InputSlotsTest {

    /**
     * Slots are positions in document order: the discount rate, the escalation, the closure year,
     * the four after-forfeiture inputs (constants 0 here), then the two items.
     */
    @Test
    void findsEachInputAtItsPositionInDocumentOrder() {
        Scenario s = ScenarioFixture.scenario().lump("Demolition", 100, 0, 1).lump("Capping", 50, 0, 1).build();
        InputSlots slots = new InputSlots(InputPaths.all(s));
        assertEquals(0, slots.of(InputField.DISCOUNT_RATE));
        assertEquals(1, slots.of(InputField.REAL_COST_ESCALATION));
        assertEquals(2, slots.of(InputField.CLOSURE_YEAR));
        assertEquals(3, slots.of(InputField.MOBILISATION_DELAY));
        assertEquals(7, slots.of(InputField.COST_AMOUNT, "Demolition"));
        assertEquals(8, slots.of(InputKey.of(InputField.COST_AMOUNT, "Capping")));
    }

    /** A plan asking for an input the scenario lacks learns its path, not a NullPointerException. */
    @Test
    void namesAMissingInput() {
        Scenario s = ScenarioFixture.scenario().lump("Demolition", 100, 0, 1).build();
        InputSlots slots = new InputSlots(InputPaths.all(s));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> slots.of(InputField.COST_QUANTITY, "Demolition"));
        assertTrue(e.getMessage().contains("costItems/Demolition/quantity"), e.getMessage());
    }
}
