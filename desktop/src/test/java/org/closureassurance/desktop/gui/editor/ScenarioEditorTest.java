package org.closureassurance.desktop.gui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.closureassurance.desktop.gui.form.FieldAddress;
import org.closureassurance.desktop.gui.form.ScenarioForm;
import org.closureassurance.desktop.gui.form.ScenarioForms;
import org.closureassurance.desktop.gui.form.ValueForm;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;

class ScenarioEditorTest {
    private static final FieldAddress SEED = FieldAddress.general("simulation.seed");
    private static final FieldAddress RATE = FieldAddress.general("economics.discountRate");

    private final ScenarioForm regulator = ScenarioForms.of(BundledScenarios.load(BundledScenarios.defaultName()));
    private final ScenarioEditor editor = new ScenarioEditor(regulator);

    @Test
    void startsCleanWithNothingToUndo() {
        assertFalse(editor.isDirty());
        assertFalse(editor.canUndo());
        assertNotNull(editor.scenario());
    }

    @Test
    void typingIntoOneFieldIsOneUndoStep() {
        editor.setField(SEED, "4");
        editor.setField(SEED, "42");
        editor.setField(RATE, ValueForm.constant("0.05"));

        editor.undo();
        assertEquals("42", editor.form().general().text("simulation.seed"));
        editor.undo();
        assertEquals(regulator, editor.form());
        assertFalse(editor.canUndo());
        assertFalse(editor.isDirty());
    }

    @Test
    void sealingEndsTheStep() {
        editor.setField(SEED, "4");
        editor.sealEdit();
        editor.setField(SEED, "42");

        editor.undo();

        assertEquals("4", editor.form().general().text("simulation.seed"));
    }

    @Test
    void redoReappliesAndANewEditForgetsIt() {
        editor.setField(SEED, "7");
        editor.undo();
        editor.redo();
        assertEquals("7", editor.form().general().text("simulation.seed"));
        assertTrue(editor.isDirty());

        editor.undo();
        editor.setField(RATE, ValueForm.constant("0.01"));
        assertFalse(editor.canRedo());
    }

    @Test
    void dirtyFollowsTheSavedStateNotTheHistory() {
        editor.setField(SEED, "7");
        editor.markSaved(editor.form());
        assertFalse(editor.isDirty());

        editor.undo();
        assertTrue(editor.isDirty());
    }

    @Test
    void anInvalidEditDisablesTheScenarioUntilFixed() {
        editor.setField(RATE, ValueForm.constant("abc"));
        assertNull(editor.scenario());
        assertEquals("economics.discountRate", editor.assembly().errors().get(0).path());

        editor.setField(RATE, ValueForm.constant("0.04"));
        assertEquals(Value.of(0.04), editor.scenario().economics().discountRate());
    }

    @Test
    void renamingAnElementKeepsItsCorrelations() {
        FieldAddress name = FieldAddress.of("costItems", 0, "name");

        editor.setField(name, "Dumps");

        assertEquals("costItems/Dumps/unitCost", editor.form().element("correlations", 0).text("a"));
        assertNotNull(editor.scenario());
        editor.undo();
        assertEquals(regulator, editor.form());
    }

    @Test
    void addsDuplicatesMovesAndDeletesElements() {
        int n = regulator.elements("riskEvents").size();

        int added = editor.addElement("riskEvents");
        int copy = editor.duplicate("riskEvents", 0);
        int moved = editor.move("riskEvents", copy, -1);
        editor.delete("riskEvents", added + 1);

        List<String> names = editor.form().elements("riskEvents").stream().map(e -> e.text("name")).toList();
        assertEquals(n, added);
        assertEquals(0, moved);
        assertEquals(n + 1, names.size());
        assertEquals("Tailings spillway upgrade (copy)", names.get(0));
        assertEquals("Tailings spillway upgrade", names.get(1));
        assertEquals(0, editor.move("riskEvents", 0, -1));
    }

    @Test
    void aNewElementIsNamedUniquelyAndShowsWhatIsMissing() {
        editor.addElement("costItems");
        int second = editor.addElement("costItems");

        assertEquals("New cost item 2", editor.form().element("costItems", second).text("name"));
        // A new cost item is a lump sum with no amount yet; the file reader names the element.
        assertTrue(editor.assembly().errors().stream().anyMatch(e -> e.path().equals("costItems[9]")
                && e.message().equals("needs either amount, or quantity and unitCost")));
    }

    @Test
    void aNewCorrelationPairsTwoSampledInputs() {
        int i = editor.addElement("correlations");

        assertEquals("economics/discountRate", editor.form().element("correlations", i).text("a"));
        assertEquals("closureYear", editor.form().element("correlations", i).text("b"));
    }

    @Test
    void tellsListenersAfterEveryChange() {
        AtomicInteger told = new AtomicInteger();
        editor.addListener(e -> told.incrementAndGet());

        editor.setField(SEED, "1");
        editor.setField(SEED, "1");
        editor.undo();
        editor.load(ScenarioForms.blank());

        assertEquals(3, told.get());
        assertFalse(editor.canUndo());
    }

    @Test
    void offersTheCategoriesInUse() {
        assertEquals(List.of("demolition", "detoxification", "earthworks", "mob-demob", "monitoring",
                "water-treatment", "rehabilitation"), editor.categories());
    }
}
