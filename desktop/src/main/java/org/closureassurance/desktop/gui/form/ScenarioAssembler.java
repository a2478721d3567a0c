package org.closureassurance.desktop.gui.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.closureassurance.scenarios.LoadResult;
import org.closureassurance.scenarios.ScenarioFormat.Top;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.scenarios.ValidationError;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonNode.JsonArray;
import org.closureassurance.scenarios.json.JsonNode.JsonObject;
import org.closureassurance.scenarios.json.JsonPath;
import org.closureassurance.simulator.model.SampledInput;
import org.closureassurance.simulator.model.Scenario;

/**
 * Reads the editor's form with the scenario file reader: the form becomes the JSON tree a file
 * would hold ({@link FormTree}), and {@link ScenarioReader} turns that into the scenario or its
 * problems, so the editor names every problem as opening the file would.
 */
public final class ScenarioAssembler {
    private ScenarioAssembler() {
    }

    /** The scenario of {@code form}, or its problems. */
    public static Assembly assemble(ScenarioForm form) {
        JsonObject tree = FormTree.tree(form);
        LoadResult read = ScenarioReader.read(tree);
        if (read.isValid()) {
            Scenario s = read.scenarioOrThrow();
            return new Assembly(s, s.sampledInputs(), List.of());
        }
        return new Assembly(null, draftInputs(tree, read.errors()), read.errors());
    }

    /**
     * The sampled inputs of the scenario without the elements that have problems and without
     * its correlations, so that a typo in one cost item does not hide every other input from
     * the correlation editor; empty while the rest has problems too.
     */
    private static List<SampledInput> draftInputs(JsonObject tree, List<ValidationError> errors) {
        Map<String, JsonNode> kept = new LinkedHashMap<>(tree.members());
        kept.remove(Top.CORRELATIONS.name());
        for (String section : ScenarioForm.SECTIONS) {
            if (kept.get(section) instanceof JsonArray list) {
                List<JsonNode> sound = new ArrayList<>();
                for (int i = 0; i < list.elements().size(); i++) {
                    String at = JsonPath.index(section, i);
                    if (errors.stream().noneMatch(e -> Assembly.isUnder(e.path(), at))) {
                        sound.add(list.elements().get(i));
                    }
                }
                kept.put(section, new JsonArray(sound));
            }
        }
        LoadResult draft = ScenarioReader.read(new JsonObject(kept));
        return draft.isValid() ? draft.scenarioOrThrow().sampledInputs() : List.of();
    }
}
