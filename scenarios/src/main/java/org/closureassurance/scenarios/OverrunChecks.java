package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.FieldChecks.at;
import static org.closureassurance.scenarios.FieldChecks.inRange;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.closureassurance.scenarios.json.JsonPath;
import org.closureassurance.simulator.model.CostItem;
import org.closureassurance.simulator.model.IndirectCost;
import org.closureassurance.simulator.model.Overrun;
import org.closureassurance.simulator.value.Value;

/**
 * Checks of {@code overruns[]}, on an element's parts as {@link ScenarioValidator} and the file
 * reader both pass them: a multiplier that can only be positive, and categories the scenario
 * has (a misspelt category would otherwise multiply nothing, silently).
 */
final class OverrunChecks {
    private OverrunChecks() {
    }

    static void checkOverrun(String path, Overrun o, List<ValidationError> out) {
        checkMultiplier(path, o.multiplier(), out);
    }

    static void checkMultiplier(String path, Value multiplier, List<ValidationError> out) {
        inRange(path, OverrunFormat.Overrun.MULTIPLIER, multiplier, out);
    }

    /** The categories an overrun may name: the cost items', then water treatment and rehabilitation. */
    static Set<String> categories(Collection<CostItem> items) {
        Set<String> known = new LinkedHashSet<>();
        items.stream().map(CostItem::category).filter(Objects::nonNull).forEach(known::add);
        known.add(IndirectCost.WATER_TREATMENT);
        known.add(IndirectCost.REHABILITATION);
        return known;
    }

    /**
     * Every category in each overrun's {@code appliesTo} is one of {@code known}; a null element
     * (one the reader could not build) is skipped and keeps its place in the list.
     */
    static void checkCategories(List<Overrun> overruns, Set<String> known, List<ValidationError> out) {
        for (int i = 0; i < overruns.size(); i++) {
            List<String> appliesTo = overruns.get(i) == null ? null : overruns.get(i).appliesTo();
            if (appliesTo != null) {
                checkCategories(JsonPath.index(ScenarioFormat.Top.OVERRUNS.name(), i), appliesTo, known, out);
            }
        }
    }

    static void checkCategories(String path, List<String> appliesTo, Set<String> known, List<ValidationError> out) {
        String listPath = at(path, OverrunFormat.Overrun.APPLIES_TO);
        for (int j = 0; j < appliesTo.size(); j++) {
            String category = appliesTo.get(j);
            if (!known.contains(category)) {
                out.add(new ValidationError(JsonPath.index(listPath, j), "unknown category \"" + category
                        + "\": no cost item has it " + Suggestions.hint(category, known)));
            }
        }
    }
}
