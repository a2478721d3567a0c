package org.closureassurance.scenarios;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.scenarios.ScenarioFormat.DiscountStep;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonPath;
import org.closureassurance.simulator.model.Economics;
import org.closureassurance.simulator.value.Value;

/**
 * Binds {@code economics} for {@link ScenarioBinder}: one discount rate or a schedule of steps,
 * then the fields the schema binds to the model ({@link BoundValues}). The checks that weigh the rates against the water streams
 * ({@link EconomicsChecks}) run once every section is read.
 */
final class EconomicsBinder {
    private final List<ValidationError> errors;

    /** A binder that reports into {@code errors}, the list the whole file reports into. */
    EconomicsBinder(List<ValidationError> errors) {
        this.errors = errors;
    }

    /** The section's economics, or null when any part of it is unreadable (reported). */
    Economics economics(JsonFields f) {
        f.allow("", ScenarioFormat.Economics.OBJECT, null);
        boolean scheduled = f.node(ScenarioFormat.Economics.DISCOUNT_RATE.name()) instanceof JsonNode.JsonArray;
        Value rate = scheduled ? null : f.value(ScenarioFormat.Economics.DISCOUNT_RATE);
        List<org.closureassurance.simulator.model.DiscountStep> steps = scheduled ? schedule(f) : null;
        Economics read = scheduled ? (steps == null ? null : Economics.scheduled(steps))
                : (rate == null ? null : new Economics(rate));
        return BoundValues.bind(f, ScenarioFormat.Economics.OBJECT, Economics.class, read);
    }

    /** The steps of a discount schedule; null when the list is empty or a step is unreadable. */
    private List<org.closureassurance.simulator.model.DiscountStep> schedule(JsonFields economics) {
        List<JsonNode> nodes = economics.list(ScenarioFormat.Economics.DISCOUNT_RATE);
        if (nodes.isEmpty()) {
            economics.error(ScenarioFormat.Economics.DISCOUNT_RATE, "a schedule must have at least one step, "
                    + "like [{\"fromYear\": 0, \"rate\": 0.035}]");
            return null;
        }
        List<org.closureassurance.simulator.model.DiscountStep> steps = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonFields s = JsonFields.open(nodes.get(i),
                    JsonPath.index(economics.path(ScenarioFormat.Economics.DISCOUNT_RATE), i),
                    "{\"fromYear\": 0, \"rate\": 0.035}", errors);
            if (s == null) {
                economics.fail();
                continue;
            }
            s.allow(" in a discount step", DiscountStep.OBJECT, null);
            Integer from = s.integer(DiscountStep.FROM_YEAR);
            Value rate = s.value(DiscountStep.RATE);
            if (s.complete()) {
                steps.add(new org.closureassurance.simulator.model.DiscountStep(from, rate));
            } else {
                economics.fail();
            }
        }
        return steps.size() == nodes.size() ? steps : null;
    }
}
