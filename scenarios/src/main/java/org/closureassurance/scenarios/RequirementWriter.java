package org.closureassurance.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.closureassurance.scenarios.RequirementFormat.Requirement;
import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonNode.JsonArray;
import org.closureassurance.scenarios.json.JsonNode.JsonNumber;
import org.closureassurance.scenarios.json.JsonNode.JsonObject;
import org.closureassurance.scenarios.json.JsonNode.JsonString;
import org.closureassurance.simulator.model.Addon;
import org.closureassurance.simulator.model.Bracket;
import org.closureassurance.simulator.model.Estimate;

/**
 * Writes {@code requirements[]} rules for {@link ScenarioWriter}, field names from
 * {@link RequirementFormat}; optional fields at their defaults are left out, so a file read and
 * written again keeps its shape.
 */
final class RequirementWriter {
    private RequirementWriter() {
    }

    static JsonNode requirement(org.closureassurance.simulator.model.Requirement r) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        m.put(Common.NAME.name(), new JsonString(r.name()));
        if (r.description() != null) {
            m.put(Common.DESCRIPTION.name(), new JsonString(r.description()));
        }
        m.put(Requirement.RULE.name(), new JsonString(r.rule()));
        m.put(Requirement.ESTIMATE.name(), r.estimate() instanceof Estimate.Amount a ? JsonNumber.of(a.amount())
                : new JsonString(RequirementFormat.BASE_ESTIMATE));
        if (r instanceof org.closureassurance.simulator.model.Requirement.PercentOfEstimate p) {
            m.put(Requirement.PERCENT.name(), JsonNumber.of(p.percent()));
            putUnlessZero(m, Requirement.MINIMUM, p.minimum());
        } else if (r instanceof org.closureassurance.simulator.model.Requirement.TieredAddons t) {
            List<JsonNode> addons = new ArrayList<>();
            for (Addon a : t.addons()) {
                addons.add(addon(a));
            }
            m.put(Requirement.ADDONS.name(), new JsonArray(addons));
        } else if (r instanceof org.closureassurance.simulator.model.Requirement.Phased p) {
            m.put(Requirement.BASE.name(), JsonNumber.of(p.base()));
            m.put(Requirement.PERCENT.name(), JsonNumber.of(p.percent()));
            m.put(Requirement.START_YEARS_BEFORE_CLOSURE.name(), JsonNumber.of(p.startYearsBeforeClosure()));
            m.put(Requirement.FULL_YEARS_BEFORE_CLOSURE.name(), JsonNumber.of(p.fullYearsBeforeClosure()));
        } else if (r instanceof org.closureassurance.simulator.model.Requirement.PooledContribution p) {
            m.put(Requirement.RATE_PERCENT.name(), JsonNumber.of(p.ratePercent()));
            putUnlessZero(m, Requirement.THRESHOLD, p.threshold());
        }
        return new JsonObject(m);
    }

    private static JsonNode addon(Addon a) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        m.put(Common.NAME.name(), new JsonString(a.name()));
        List<JsonNode> brackets = new ArrayList<>();
        for (Bracket b : a.brackets()) {
            Map<String, JsonNode> bm = new LinkedHashMap<>();
            if (b.upTo() != null) {
                bm.put(RequirementFormat.Bracket.UP_TO.name(), JsonNumber.of(b.upTo()));
            }
            bm.put(RequirementFormat.Bracket.PERCENT.name(), JsonNumber.of(b.percent()));
            brackets.add(new JsonObject(bm));
        }
        m.put(RequirementFormat.Addon.BRACKETS.name(), new JsonArray(brackets));
        return new JsonObject(m);
    }

    private static void putUnlessZero(Map<String, JsonNode> m, FormatField field, double x) {
        if (x != 0) {
            m.put(field.name(), JsonNumber.of(x));
        }
    }
}
