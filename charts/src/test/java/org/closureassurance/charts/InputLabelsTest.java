package org.closureassurance.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.closureassurance.scenarios.FormatField;
import org.closureassurance.scenarios.ScenarioFormat;
import org.closureassurance.simulator.model.InputField;
import org.closureassurance.simulator.model.InputKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class InputLabelsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "costItems/Plant demolition/amount                            | Plant demolition — amount",
        "economics/discountRate                                       | Discount rate",
        "waterTreatment/Pit lake ARD/flow                             | Pit lake ARD — flow",
        "closureYear                                                  | Closure year",
        "forfeiture/afterClosure                                      | Forfeiture hazard after closure",
        "costItems/Pit backfill/unitCost                              | Pit backfill — unit cost",
        "indirectCosts/Contingency/percent                            | Contingency — percent",
        "rehabilitation/Waste dump/recovery.rate                      | Waste dump — recovery rate",
        "rehabilitation/Dump/setback.reworkCostPerArea                | Dump — rework cost",
        "waterTreatment/Heap draindown/duration.years                 | Heap draindown — duration",
        "waterTreatment/Seepage/duration.halfLifeYears                | Seepage — half-life",
        "riskEvents/Tailings spillway upgrade/cost                    | Tailings spillway upgrade — cost",
        "assurance/Reclamation surety/schedule[1].amount              | Reclamation surety — amount from schedule step 2",
        "assurance/Parent/guarantorFailsWithOperatorProbability       | Parent — guarantor failure probability",
        "waterTreatment/Pit/someNewField                              | Pit — some new field",
        "economics/discountRate[1].rate                               | Discount rate from schedule step 2",
        "economics/realCostEscalation                                 | Real cost escalation",
        "afterForfeiture/mobilisationDelayYears                       | Mobilisation delay after forfeiture",
        "simulation/brandNewInput                                     | Brand new input",
        "forfeiture/year                                              | Forfeiture year",
        "rehabilitation/Dump/maintenanceCostPerAreaYear               | Dump — maintenance cost",
        "assurance/Fund/annualFeeRate                                 | Fund — annual fee rate",
        "assurance/Surety/schedule[x].amount                          | Surety — schedule[x] amount",
    })
    void saysPathsInPlainWords(String path, String label) {
        assertEquals(label, InputLabels.label(path));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "costItems/Plant demolition/amount     | cost item",
        "riskEvents/Spill/probability          | risk event",
        "waterTreatment/Pit/probability        | water treatment",
        "economics/discountRate                | ''",
        "closureYear                           | ''",
        "costItems/Pit/someNewField            | cost item",
    })
    void namesTheSectionOfAnElement(String path, String section) {
        assertEquals(section, InputLabels.section(path));
    }

    /** Every field of the model reads in words, never as its JSON name stands. */
    @ParameterizedTest
    @EnumSource(InputField.class)
    void labelsEveryInputFieldInWordsOfItsOwn(InputField field) {
        InputKey key = field.indexed() ? InputKey.scheduleStep("E", 0)
                : field.section().isList() ? InputKey.of(field, "E") : InputKey.of(field);
        String label = InputLabels.label(key.path());
        assertEquals(InputLabels.label(key), label);
        boolean camelCase = !field.key().equals(field.key().toLowerCase(java.util.Locale.ROOT));
        assertFalse(camelCase && label.contains(field.key()), label);
    }

    /**
     * A field the format adds with a default has no words in {@link InputLabels}: the chart says
     * it in the words of its name, as the scenario format's form does before its reading
     * ("(fraction)", from the field's measure).
     */
    @Test
    void saysAFieldWithoutWordsOfItsOwnAsTheFormDoes() {
        FormatField escalation = ScenarioFormat.Economics.REAL_COST_ESCALATION;
        String label = InputLabels.label(InputKey.of(InputField.REAL_COST_ESCALATION));

        assertEquals("Real cost escalation", label);
        assertEquals(label + " (fraction)", escalation.title());
    }
}
