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

    /** Slots are positions in document order: the discount rate, the closure year, then the two items. */
    @Test
    void findsEachInputAtItsPositionInDocumentOrder() {
        Scenario s = ScenarioFixture.scenario().lump("Demolition", 100, 0, 1).lump("Capping", 50, 0, 1).build();
        InputSlots slots = new InputSlots(InputPaths.all(s));
        assertEquals(0, slots.of(InputField.DISCOUNT_RATE));
        assertEquals(1, slots.of(InputField.CLOSURE_YEAR));
        assertEquals(2, slots.of(InputField.COST_AMOUNT, "Demolition"));
        assertEquals(3, slots.of(InputKey.of(InputField.COST_AMOUNT, "Capping")));
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
