package org.closureassurance.desktop.gui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.closureassurance.desktop.gui.form.Assembly;
import org.closureassurance.desktop.gui.form.ElementForm;
import org.closureassurance.desktop.gui.form.FieldAddress;
import org.closureassurance.desktop.gui.form.PackRules;
import org.closureassurance.desktop.gui.form.ScenarioAssembler;
import org.closureassurance.desktop.gui.form.ScenarioForm;
import org.closureassurance.desktop.gui.form.ScenarioSchema;
import org.closureassurance.desktop.gui.form.SectionSpec;
import org.closureassurance.scenarios.CorrelationFormat.Correlation;
import org.closureassurance.scenarios.CostFormat.CostItem;
import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.scenarios.ScenarioFormat.Top;
import org.closureassurance.simulator.model.IndirectCost;
import org.closureassurance.simulator.model.Requirement;
import org.closureassurance.simulator.model.SampledInput;
import org.closureassurance.simulator.model.Scenario;

/**
 * The presenter of the scenario editor: holds the scenario being edited as a
 * {@link ScenarioForm}, applies every edit the views forward (fields, adding, duplicating,
 * deleting and moving elements), rebuilds and validates the scenario after each, and keeps
 * undo and redo and whether anything has changed since the last save. It knows no Swing;
 * views listen and redraw from its state.
 */
public final class ScenarioEditor {
    /** Told after every change of the form, the saved state or the history. */
    @FunctionalInterface
    public interface Listener {
        void scenarioEdited(ScenarioEditor editor);
    }

    private static final int UNDO_LIMIT = 500;
    private static final String NAME = Common.NAME.name();
    private static final String CORRELATIONS = Top.CORRELATIONS.name();

    private final EditHistory<ScenarioForm> history = new EditHistory<>(UNDO_LIMIT);
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private ScenarioForm form;
    private ScenarioForm saved;
    private Assembly assembly;
    private int document;

    /** An editor showing {@code initial}, unchanged. */
    public ScenarioEditor(ScenarioForm initial) {
        this.form = Objects.requireNonNull(initial, "initial");
        this.saved = initial;
        this.assembly = ScenarioAssembler.assemble(initial);
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    /** The form as edited. */
    public ScenarioForm form() {
        return form;
    }

    /** The scenario built from the form, with its problems. */
    public Assembly assembly() {
        return assembly;
    }

    /** Whether the form differs from what was last loaded or saved. */
    public boolean isDirty() {
        return !form.equals(saved);
    }

    public boolean canUndo() {
        return history.canUndo();
    }

    public boolean canRedo() {
        return history.canRedo();
    }

    /**
     * Which document is shown: a number that changes whenever {@link #load} or {@link #restore}
     * replaces the scenario (New, Open, an example, recovered edits) and never on an edit.
     */
    public int document() {
        return document;
    }

    /** Shows another document: nothing to undo, nothing unsaved. */
    public void load(ScenarioForm f) {
        history.clear();
        saved = f;
        document++;
        replace(f);
    }

    /**
     * Shows edits recovered after a crash: {@code recovered} as the current form, unsaved
     * against {@code baseline} (the file's content, or null when it had none).
     */
    public void restore(ScenarioForm recovered, ScenarioForm baseline) {
        history.clear();
        saved = baseline;
        document++;
        replace(recovered);
    }

    /** Notes that {@code f} has been written to the document's file. */
    public void markSaved(ScenarioForm f) {
        saved = f;
        fire();
    }

    /** Sets the field at {@code address}; renaming an element keeps correlations pointing at it. */
    public void setField(FieldAddress address, Object entry) {
        ScenarioForm next = form.withField(address, entry);
        if (address.section() != null && address.key().equals(NAME) && !address.section().equals(CORRELATIONS)) {
            String old = form.holder(address).text(NAME);
            String now = next.holder(address).text(NAME);
            next = renameInputs(next, address.section() + "/" + old + "/", address.section() + "/" + now + "/");
        }
        apply(next, address.path());
    }

    private static ScenarioForm renameInputs(ScenarioForm f, String from, String to) {
        if (from.equals(to)) {
            return f;
        }
        List<ElementForm> changed = new ArrayList<>();
        boolean any = false;
        for (ElementForm c : f.elements(CORRELATIONS)) {
            ElementForm r = c;
            for (String key : List.of(Correlation.A.name(), Correlation.B.name())) {
                String path = r.text(key);
                if (path.startsWith(from)) {
                    r = r.with(key, to + path.substring(from.length()));
                    any = true;
                }
            }
            changed.add(r);
        }
        return any ? f.withElements(CORRELATIONS, changed) : f;
    }

    /** Adds a new element at the end of {@code section}; returns its index. */
    public int addElement(String section) {
        SectionSpec page = ScenarioSchema.forSection(section);
        ElementForm element = page.template();
        if (!element.text(NAME).isEmpty()) {
            element = element.with(NAME, uniqueName(section, element.text(NAME)));
        }
        if (section.equals(CORRELATIONS)) {
            element = withFreePair(element);
        }
        List<ElementForm> list = new ArrayList<>(form.elements(section));
        list.add(element);
        apply(form.withElements(section, list), null);
        return list.size() - 1;
    }

    /**
     * Adds {@code rule} from a bundled pack at the end of the requirements, renamed if its name is
     * taken; an edit like any other, so undo takes it back. Returns its index.
     */
    public int addRule(Requirement rule) {
        String section = Top.REQUIREMENTS.name();
        ElementForm element = PackRules.element(rule);
        element = element.with(NAME, uniqueName(section, element.text(NAME)));
        List<ElementForm> list = new ArrayList<>(form.elements(section));
        list.add(element);
        apply(form.withElements(section, list), null);
        return list.size() - 1;
    }

    private ElementForm withFreePair(ElementForm element) {
        List<SampledInput> inputs = sampledInputs();
        if (inputs.size() >= 2) {
            return element.with(Correlation.A.name(), inputs.get(0).path())
                    .with(Correlation.B.name(), inputs.get(1).path());
        }
        return element;
    }

    /** Adds a copy of element {@code index} right after it; returns the copy's index. */
    public int duplicate(String section, int index) {
        ElementForm copy = form.element(section, index);
        if (!copy.text(NAME).isEmpty()) {
            copy = copy.with(NAME, uniqueName(section, copy.text(NAME) + " (copy)"));
        }
        List<ElementForm> list = new ArrayList<>(form.elements(section));
        list.add(index + 1, copy);
        apply(form.withElements(section, list), null);
        return index + 1;
    }

    /** Removes element {@code index} of {@code section}. */
    public void delete(String section, int index) {
        List<ElementForm> list = new ArrayList<>(form.elements(section));
        list.remove(index);
        apply(form.withElements(section, list), null);
    }

    /** Moves element {@code index} by {@code delta} places, within bounds; returns where it ends up. */
    public int move(String section, int index, int delta) {
        List<ElementForm> list = new ArrayList<>(form.elements(section));
        int target = Math.max(0, Math.min(list.size() - 1, index + delta));
        if (target == index) {
            return index;
        }
        list.add(target, list.remove(index));
        apply(form.withElements(section, list), null);
        return target;
    }

    /** Ends a run of keystrokes in one field, so the next edit is undone separately. */
    public void sealEdit() {
        history.seal();
    }

    public void undo() {
        if (history.canUndo()) {
            replace(history.undo(form));
        }
    }

    public void redo() {
        if (history.canRedo()) {
            replace(history.redo(form));
        }
    }

    /**
     * The inputs of the scenario that are sampled, for correlations: of its sound part while it
     * has problems, so that a typo elsewhere does not hide them.
     */
    public List<SampledInput> sampledInputs() {
        return assembly.inputs();
    }

    /**
     * The cost categories an indirect cost can name: those of the cost items, then the water
     * and rehabilitation categories.
     */
    public List<String> categories() {
        TreeSet<String> used = new TreeSet<>();
        for (ElementForm c : form.elements(Top.COST_ITEMS.name())) {
            if (!c.text(CostItem.CATEGORY.name()).isBlank()) {
                used.add(c.text(CostItem.CATEGORY.name()).strip());
            }
        }
        List<String> out = new ArrayList<>(used);
        out.add(IndirectCost.WATER_TREATMENT);
        out.add(IndirectCost.REHABILITATION);
        return out;
    }

    /** The valid scenario, or null while there are problems. */
    public Scenario scenario() {
        return assembly.scenario();
    }

    private String uniqueName(String section, String base) {
        List<String> names = form.elements(section).stream().map(e -> e.text(NAME)).toList();
        String name = base;
        for (int k = 2; names.contains(name); k++) {
            name = base + " " + k;
        }
        return name;
    }

    private void apply(ScenarioForm next, String coalesceKey) {
        if (next.equals(form)) {
            return;
        }
        history.record(form, coalesceKey);
        replace(next);
    }

    private void replace(ScenarioForm next) {
        form = next;
        assembly = ScenarioAssembler.assemble(next);
        fire();
    }

    private void fire() {
        for (Listener l : listeners) {
            l.scenarioEdited(this);
        }
    }
}
