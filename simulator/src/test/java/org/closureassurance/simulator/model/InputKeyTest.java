package org.closureassurance.simulator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class InputKeyTest {

    /** The paths of docs/scenario-format.md, "Paths", one of each shape. */
    @Test
    void spellsThePathsOfTheFormat() {
        assertEquals("closureYear", InputKey.of(InputField.CLOSURE_YEAR).path());
        assertEquals("economics/discountRate", InputKey.of(InputField.DISCOUNT_RATE).path());
        assertEquals("forfeiture/afterClosure", InputKey.of(InputField.FORFEITURE_AFTER_CLOSURE).path());
        assertEquals("costItems/Plant demolition/amount",
                InputKey.of(InputField.COST_AMOUNT, "Plant demolition").path());
        assertEquals("waterTreatment/Pit/duration.halfLifeYears",
                InputKey.of(InputField.WATER_HALF_LIFE_YEARS, "Pit").path());
        assertEquals("rehabilitation/Dump/setback.reworkCostPerArea",
                InputKey.of(InputField.SETBACK_REWORK_COST, "Dump").path());
        assertEquals("assurance/Surety/schedule[1].amount", InputKey.scheduleStep("Surety", 1).path());
    }

    @ParameterizedTest
    @EnumSource(InputField.class)
    void parsesBackEveryFieldsPath(InputField field) {
        InputKey key = keyOf(field, "A b", 12);
        assertEquals(Optional.of(key), InputKey.parse(key.path()));
    }

    /** A key of {@code field}: of the element {@code owner} in a list, of step {@code index} of a schedule. */
    private static InputKey keyOf(InputField field, String owner, int index) {
        if (field.indexed()) {
            return field.section().isList() ? InputKey.scheduleStep(owner, index) : InputKey.discountStep(index);
        }
        return field.section().isList() ? InputKey.of(field, owner) : InputKey.of(field);
    }

    @Test
    void aDiscountStepsRateHasTheSchedulesPath() {
        assertEquals("economics/discountRate[2].rate", InputKey.discountStep(2).path());
        assertEquals(Optional.of(InputKey.discountStep(2)), InputKey.parse("economics/discountRate[2].rate"));
        assertEquals(Optional.empty(), InputKey.parse("economics/discountRate[2].amount"));
    }

    /** Two fields of one section with one path would make a correlation ambiguous. */
    @Test
    void noTwoFieldsShareAPath() {
        Set<String> paths = new HashSet<>();
        for (InputField f : InputField.values()) {
            InputKey key = keyOf(f, "x", 0);
            assertTrue(paths.add(key.path()), key.path());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "economics/closureYear", "costItems/A/nope", "costItems/amount",
        "assurance/S/schedule[x].amount", "assurance/S/schedule[01].amount", "assurance/S/schedule[].amount",
        "simulation/brandNewInput", "closureYear/x"})
    void parsesNoInputFromOtherPaths(String path) {
        assertEquals(Optional.empty(), InputKey.parse(path));
    }

    @Test
    void refusesAKeyOfTheWrongShape() {
        assertThrows(IllegalArgumentException.class, () -> InputKey.of(InputField.COST_AMOUNT));
        assertThrows(IllegalArgumentException.class, () -> InputKey.of(InputField.DISCOUNT_RATE, "x"));
        assertThrows(IllegalArgumentException.class, () -> InputKey.of(InputField.SCHEDULE_STEP_AMOUNT, "x"));
        assertThrows(IllegalArgumentException.class, () -> new InputKey(InputField.INSTRUMENT_AMOUNT, "x", 0));
    }
}
