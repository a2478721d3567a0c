package org.closureassurance.desktop.gui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.scenarios.json.JsonLimits;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonTreeReader;
import org.junit.jupiter.api.Test;

/**
 * The economics page's choice between one discount rate and a schedule of steps: a schedule
 * file opens as the schedule's table, the switch writes only the chosen shape, and switching
 * back and forth loses neither the rate nor the steps.
 */
class DiscountScheduleFormTest {
    private static final String CHOICE = "economics.discountBy";
    private static final String RATE = "economics.discountRate";
    private static final String SCHEDULE = "economics.discountSchedule";
    private static final String FILE = """
            {"format": "closure-assurance/1", "name": "Schedule", "currency": "USD", "baseYear": 2026,
             "simulation": {"iterations": 1000, "seed": 3, "horizonYears": 40},
             "economics": {"discountRate": [{"fromYear": 0, "rate": 0.035},
                                            {"fromYear": 30, "rate": {"dist": "uniform", "min": 0.02, "max": 0.03}}]},
             "closureYear": 10, "forfeiture": {"mode": "at-closure"},
             "costItems": [{"name": "Works", "category": "earthworks", "amount": 1000000, "startYear": 0,
                            "durationYears": 1}]}""";

    private static ScenarioForm form() {
        return FormTree.form(JsonTreeReader.parse(FILE.getBytes(StandardCharsets.UTF_8), JsonLimits.DEFAULT).root());
    }

    private static JsonNode economics(ScenarioForm form) {
        return FormTree.tree(form).get("economics");
    }

    @Test
    void aScheduleFileOpensAsTheScheduleTable() {
        ElementForm general = form().general();
        SectionSpec page = ScenarioSchema.page("closure");

        assertEquals("schedule", general.text(CHOICE));
        assertNull(general.value(RATE));
        List<ElementForm> steps = general.rows(SCHEDULE);
        assertEquals(2, steps.size());
        assertEquals("30", steps.get(1).text("fromYear"));
        assertEquals(DistributionKind.UNIFORM, steps.get(1).value("rate").kind());
        assertTrue(page.field(SCHEDULE).isShownFor(general));
        assertFalse(page.field(RATE).isShownFor(general));
        assertEquals(List.of("fromYear", "rate"), page.field(SCHEDULE).rowFields().stream().map(FieldSpec::key).toList());
    }

    @Test
    void theSwitchWritesOnlyTheChosenShapeAndKeepsTheOther() {
        ScenarioForm scheduled = form();
        ScenarioForm single = scheduled.withGeneral(scheduled.general().with(CHOICE, "single")
                .with(RATE, ValueForm.constant("0.03")));
        ScenarioForm back = single.withGeneral(single.general().with(CHOICE, "schedule"));

        assertEquals(JsonTreeReader.parse("{\"discountRate\": 0.03}".getBytes(StandardCharsets.UTF_8),
                JsonLimits.DEFAULT).root(), economics(single));
        assertEquals(economics(scheduled), economics(back));
        assertTrue(ScenarioReader.read(FormTree.tree(back)).isValid());
    }

    @Test
    void aSingleRateWithNoRateTypedIsMissingAndAnEmptyScheduleNeedsAStep() {
        ScenarioForm scheduled = form();
        ScenarioForm single = scheduled.withGeneral(scheduled.general().with(CHOICE, "single"));
        ScenarioForm empty = scheduled.withGeneral(scheduled.general().with(SCHEDULE, List.of()));

        // The reader's own words for each shape, at the one file path of the field.
        assertEquals("economics.discountRate: required field is missing",
                ScenarioReader.read(FormTree.tree(single)).errors().get(0).toString());
        assertTrue(ScenarioReader.read(FormTree.tree(empty)).errors().get(0).toString()
                .startsWith("economics.discountRate: a schedule must have at least one step"));
    }
}
