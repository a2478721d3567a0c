package org.closureassurance.desktop.gui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.closureassurance.desktop.gui.form.FormTree;
import org.closureassurance.desktop.gui.form.PackRules;
import org.closureassurance.desktop.gui.form.ScenarioForm;
import org.closureassurance.desktop.gui.form.ScenarioForms;
import org.closureassurance.scenarios.RulePack;
import org.closureassurance.scenarios.RulePacks;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.closureassurance.scenarios.json.JsonLimits;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonNode.JsonArray;
import org.closureassurance.scenarios.json.JsonNode.JsonBoolean;
import org.closureassurance.scenarios.json.JsonNode.JsonNumber;
import org.closureassurance.scenarios.json.JsonNode.JsonObject;
import org.closureassurance.scenarios.json.JsonNode.JsonString;
import org.closureassurance.scenarios.json.JsonTreeReader;
import org.closureassurance.simulator.model.Requirement;
import org.junit.jupiter.api.Test;

/** Adding a rule from a bundled pack on the requirements page. */
class PackRuleAdditionTest {
    private static final String REQUIREMENTS = "requirements";
    /** The bundled regulator case without its own rules: a closure package whose base estimate the rules can use. */
    private static final ScenarioForm PACKAGE = ScenarioForms.of(BundledScenarios.load(BundledScenarios.defaultName()))
            .withElements(REQUIREMENTS, List.of());

    /**
     * Every rule of every pack (all four rule types, the nested add-on brackets of Nevada's
     * SRCE among them): the scenario's tree gains exactly the rule as the pack's file writes it,
     * and the scenario read from the form holds the pack's rule.
     */
    @Test
    void choosingAPacksRuleAddsThatRuleAsThePackHoldsIt() throws IOException {
        int rules = 0;
        for (RulePack pack : PackRules.packs()) {
            List<JsonNode> written = packFile(pack.id());
            for (int i = 0; i < pack.requirements().size(); i++) {
                Requirement rule = pack.requirements().get(i);
                ScenarioEditor editor = new ScenarioEditor(PACKAGE);

                int at = editor.addRule(rule);

                List<JsonNode> now = requirements(FormTree.tree(editor.form()));
                assertEquals(0, at);
                assertEquals(1, now.size(), pack.id());
                assertEquals(plain(written.get(i)), plain(now.get(0)), pack.id() + " " + rule.name());
                assertTrue(editor.assembly().errors().isEmpty(), editor.assembly().errors().toString());
                assertEquals(List.of(rule), editor.scenario().requirements(), pack.id() + " " + rule.name());
                rules++;
            }
        }
        assertTrue(rules >= RulePacks.ids().size());
    }

    @Test
    void addingARuleIsOneUndoableEdit() {
        ScenarioForm blank = ScenarioForms.blank();
        ScenarioEditor editor = new ScenarioEditor(blank);
        editor.addRule(RulePacks.load("nevada-srce").requirements().get(0));
        assertTrue(editor.isDirty());

        editor.undo();

        assertEquals(blank, editor.form());
        assertFalse(editor.isDirty());
    }

    /** A rule already in the scenario under the same name: the added one is told apart, as Add does. */
    @Test
    void aSecondCopyOfARuleGetsItsOwnName() {
        Requirement rule = RulePacks.load("smcra-minimum").requirements().get(0);
        ScenarioEditor editor = new ScenarioEditor(ScenarioForms.blank());
        editor.addRule(rule);

        int second = editor.addRule(rule);

        assertEquals(1, second);
        assertEquals(rule.name() + " 2", editor.form().element(REQUIREMENTS, 1).text("name"));
    }

    private static List<JsonNode> packFile(String id) throws IOException {
        try (InputStream in = RulePacks.class.getResourceAsStream("bundled/rules/" + id + ".json")) {
            return requirements(JsonTreeReader.parse(in.readAllBytes(), JsonLimits.DEFAULT).root());
        }
    }

    private static List<JsonNode> requirements(JsonNode root) {
        return ((JsonArray) ((JsonObject) root).members().get(REQUIREMENTS)).elements();
    }

    /** The tree with members in name order and numbers as their values, so "1e6" and "1000000" agree. */
    private static Object plain(JsonNode n) {
        if (n instanceof JsonObject o) {
            Map<String, Object> m = new TreeMap<>();
            o.members().forEach((k, v) -> m.put(k, plain(v)));
            return m;
        }
        if (n instanceof JsonArray a) {
            List<Object> l = new ArrayList<>();
            a.elements().forEach(e -> l.add(plain(e)));
            return l;
        }
        if (n instanceof JsonNumber num) {
            return num.value();
        }
        if (n instanceof JsonString s) {
            return s.value();
        }
        return n instanceof JsonBoolean b ? b.value() : null;
    }
}
