package org.closureassurance.desktop.gui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.closureassurance.desktop.gui.form.ScenarioForm;
import org.closureassurance.desktop.gui.form.ScenarioForms;
import org.closureassurance.scenarios.ValidationError;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemTest {
    private final ScenarioForm form = ScenarioForms.of(BundledScenarios.load(BundledScenarios.defaultName()));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "costItems[0].unitCost.value.max | costItems | 0 | unitCost | Cost items › Waste rock dump regrading › Unit cost max",
            "costItems[0].unitCost.per | costItems | 0 | unitCost.per | Cost items › Waste rock dump regrading › Unit cost (unit)",
            "assurance[0].schedule[1].fromYear | assurance | 0 | schedule | Assurance › Reclamation surety bond › Schedule › row 2 › From year (after base year)",
            "waterTreatment[1].duration.limit.unit | waterTreatment | 1 | duration.limit.unit | Water treatment › Dump seepage collection › Discharge limit (unit)",
            "economics.discountRate | closure | -1 | economics.discountRate | Closure and economics › Real discount rate (fraction)",
            "simulation.horizonYears | general | -1 | simulation.horizonYears | General › Horizon (years)"})
    void locatesAProblemAtItsField(String path, String page, int index, String key, String where) {
        Problem p = Problem.locate(new ValidationError(path, "m"), form);

        assertEquals(page, p.page());
        assertEquals(index, p.index());
        assertEquals(key, p.fieldKey());
        assertEquals(where, p.where());
    }

    /**
     * A discount-rate schedule is one file field ({@code economics.discountRate}) that the form
     * edits at its own key while "Schedule by year" is chosen: a step's problem leads to the
     * schedule's table and its row, not to the hidden single-rate field.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "economics.discountRate[0].fromYear | economics.discountSchedule | Closure and economics › Discount-rate schedule › row 1 › From year (after base year)",
            "economics.discountRate[2].rate.max | economics.discountSchedule | Closure and economics › Discount-rate schedule › row 3 › Rate (fraction) max",
            "economics.discountRate | economics.discountSchedule | Closure and economics › Discount-rate schedule"})
    void locatesAScheduleProblemAtTheScheduleWhileItIsChosen(String path, String key, String where) {
        ScenarioForm scheduled = form.withGeneral(form.general().with("economics.discountBy", "schedule"));

        Problem p = Problem.locate(new ValidationError(path, "m"), scheduled);

        assertEquals("closure", p.page());
        assertEquals(key, p.fieldKey());
        assertEquals(where, p.where());
    }

    @Test
    void aProblemOfAWholeElementHasNoField() {
        Problem p = Problem.locate(new ValidationError("riskEvents[2]", "m"), form);

        assertNull(p.fieldKey());
        assertEquals("Risk events › Pit wall failure remediation: m", p.text());
    }

    @Test
    void matrixProblemsBelongToTheCorrelationsPage() {
        assertEquals("correlations", Problem.locate(new ValidationError("correlations", "m"), form).page());
    }

    @Test
    void aProblemOfARuleIsShownOnTheRequirementsPageAtItsRule() {
        Problem p = Problem.locate(new ValidationError("requirements[1].estimate", "m"), form);

        assertEquals("requirements", p.page());
        assertEquals(1, p.index());
        assertEquals("estimate", p.fieldKey());
    }

    @Test
    void theFormKeepsTheScenariosRules() {
        assertEquals(BundledScenarios.load(BundledScenarios.defaultName()).requirements(),
                org.closureassurance.desktop.gui.form.ScenarioAssembler.assemble(form).scenario().requirements());
    }
}
