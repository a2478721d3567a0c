package org.closureassurance.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.closureassurance.scenarios.AssuranceFormat.Assurance;
import org.closureassurance.scenarios.AssuranceFormat.ScheduleStep;
import org.closureassurance.scenarios.CostFormat.CostItem;
import org.closureassurance.scenarios.CostFormat.IndirectCost;
import org.closureassurance.scenarios.RehabilitationFormat.Recovery;
import org.closureassurance.scenarios.RehabilitationFormat.Rehabilitation;
import org.closureassurance.scenarios.RehabilitationFormat.Setback;
import org.closureassurance.scenarios.RiskEventFormat.RiskEvent;
import org.closureassurance.scenarios.WaterFormat.Duration;
import org.closureassurance.scenarios.WaterFormat.Water;
import org.closureassurance.simulator.model.InputField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every sampled input the model names is a field of the schema that holds a Value, in the
 * object its section and group say: the input paths of correlations and sensitivity then
 * always name fields a file can have.
 */
class InputFieldSchemaTest {
    private static final Set<FieldType> SAMPLED = EnumSet.of(FieldType.VALUE, FieldType.QUANTITY, FieldType.RATE);

    @ParameterizedTest
    @EnumSource(InputField.class)
    void namesAValueFieldOfTheSchema(InputField field) {
        FormatObject object = objectOf(field);
        assertTrue(object.fields().stream().anyMatch(f -> f.name().equals(field.key()) && SAMPLED.contains(f.type())),
                field + " in " + object);
    }

    @ParameterizedTest
    @EnumSource(value = InputField.Section.class, names = "TOP", mode = EnumSource.Mode.EXCLUDE)
    void namesASectionOfTheTopLevel(InputField.Section section) {
        FieldType type = section.isList() ? FieldType.LIST : FieldType.OBJECT;
        assertTrue(ScenarioFormat.Top.OBJECT.fields().stream()
                .anyMatch(f -> f.name().equals(section.key()) && f.type() == type), section.toString());
    }

    private static FormatObject objectOf(InputField field) {
        if (field.group() != null) {
            return switch (field.group()) {
                case DURATION -> Duration.OBJECT;
                case RECOVERY -> Recovery.OBJECT;
                case SETBACK -> Setback.OBJECT;
                case SCHEDULE -> ScheduleStep.OBJECT;
                case DISCOUNT_SCHEDULE -> ScenarioFormat.DiscountStep.OBJECT;
            };
        }
        return switch (field.section()) {
            case TOP -> ScenarioFormat.Top.OBJECT;
            case ECONOMICS -> ScenarioFormat.Economics.OBJECT;
            case FORFEITURE -> ScenarioFormat.Forfeiture.OBJECT;
            case COST_ITEMS -> CostItem.OBJECT;
            case INDIRECT_COSTS -> IndirectCost.OBJECT;
            case WATER_TREATMENT -> Water.OBJECT;
            case REHABILITATION -> Rehabilitation.OBJECT;
            case RISK_EVENTS -> RiskEvent.OBJECT;
            case ASSURANCE -> Assurance.OBJECT;
            case OVERRUNS -> OverrunFormat.Overrun.OBJECT;
            case PROVIDERS -> EconomyFormat.Provider.OBJECT;
            case AFTER_FORFEITURE -> AfterForfeitureFormat.AfterForfeiture.OBJECT;
        };
    }
}
