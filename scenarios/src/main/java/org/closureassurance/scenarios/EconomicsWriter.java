package org.closureassurance.scenarios;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonNode.JsonArray;
import org.closureassurance.scenarios.json.JsonNode.JsonNumber;
import org.closureassurance.simulator.model.AfterForfeiture;
import org.closureassurance.simulator.model.DiscountStep;
import org.closureassurance.simulator.model.Economics;

/**
 * Writes {@code economics} (one rate or a schedule of steps, then the fields the schema binds to
 * the model, each unless it holds its default) and {@code afterForfeiture} (fields that are not
 * 0) for {@link ScenarioWriter}.
 */
final class EconomicsWriter {
    private EconomicsWriter() {
    }

    static JsonNode economics(Economics e) {
        ScenarioWriter.Fields f = new ScenarioWriter.Fields();
        if (e.isScheduled()) {
            List<JsonNode> steps = new ArrayList<>();
            for (DiscountStep step : e.discountSchedule()) {
                steps.add(new ScenarioWriter.Fields()
                        .put(ScenarioFormat.DiscountStep.FROM_YEAR, JsonNumber.of(step.fromYear()))
                        .put(ScenarioFormat.DiscountStep.RATE, ValueWriter.value(step.rate())).json());
            }
            f.put(ScenarioFormat.Economics.DISCOUNT_RATE, new JsonArray(steps));
        } else {
            f.put(ScenarioFormat.Economics.DISCOUNT_RATE, ValueWriter.value(e.discountRate()));
        }
        BoundValues.write(f, ScenarioFormat.Economics.OBJECT, Economics.class, e);
        return f.json();
    }

    static JsonNode afterForfeiture(AfterForfeiture a) {
        ScenarioWriter.Fields f = new ScenarioWriter.Fields();
        f.putUnlessDefault(AfterForfeitureFormat.AfterForfeiture.MOBILISATION_DELAY_YEARS, a.mobilisationDelayYears());
        f.putUnlessDefault(AfterForfeitureFormat.AfterForfeiture.CARE_AND_MAINTENANCE_PER_YEAR,
                a.careAndMaintenancePerYear());
        f.putUnlessDefault(AfterForfeitureFormat.AfterForfeiture.THIRD_PARTY_PREMIUM_PERCENT,
                a.thirdPartyPremiumPercent());
        f.putUnlessDefault(AfterForfeitureFormat.AfterForfeiture.ESTATE_RECOVERY_RATE, a.estateRecoveryRate());
        return f.json();
    }
}
