package org.closureassurance.desktop.gui.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.closureassurance.scenarios.FieldType;
import org.closureassurance.scenarios.FormatField;
import org.closureassurance.scenarios.ScenarioFormat.Top;

/**
 * The whole editable state of a scenario in the editor: the top-level fields (name, settings,
 * economics, closure, forfeiture) in {@code general}, and each list section's elements in file
 * order. Immutable, so that undo keeps earlier states as they are and equality says whether
 * anything has changed since the last save.
 *
 * @param general  the top-level fields, keyed by JSON path ({@code simulation.seed})
 * @param sections section name ({@code costItems}) to its elements, every section present
 */
public record ScenarioForm(ElementForm general, Map<String, List<ElementForm>> sections) {
    /** The list sections, in file order, as the scenario format declares them. */
    public static final List<String> SECTIONS = Top.OBJECT.fields().stream()
            .filter(f -> f.type() == FieldType.LIST).map(FormatField::name).toList();

    public ScenarioForm {
        Objects.requireNonNull(general, "general");
        Map<String, List<ElementForm>> copy = new LinkedHashMap<>();
        for (String s : SECTIONS) {
            List<ElementForm> list = sections == null ? null : sections.get(s);
            copy.put(s, list == null ? List.of() : List.copyOf(list));
        }
        if (sections != null && !SECTIONS.containsAll(sections.keySet())) {
            throw new IllegalArgumentException("unknown sections in " + sections.keySet());
        }
        sections = Collections.unmodifiableMap(copy);
    }

    /** The elements of {@code section}. */
    public List<ElementForm> elements(String section) {
        List<ElementForm> list = sections.get(section);
        if (list == null) {
            throw new IllegalArgumentException("no section " + section);
        }
        return list;
    }

    /** The element at {@code index} of {@code section}. */
    public ElementForm element(String section, int index) {
        return elements(section).get(index);
    }

    /** The same scenario with other top-level fields. */
    public ScenarioForm withGeneral(ElementForm g) {
        return new ScenarioForm(g, sections);
    }

    /** The same scenario with other elements in {@code section}. */
    public ScenarioForm withElements(String section, List<ElementForm> elements) {
        elements(section);
        Map<String, List<ElementForm>> copy = new LinkedHashMap<>(sections);
        copy.put(section, elements);
        return new ScenarioForm(general, copy);
    }

    /** The same scenario with element {@code index} of {@code section} replaced. */
    public ScenarioForm withElement(String section, int index, ElementForm element) {
        List<ElementForm> list = new ArrayList<>(elements(section));
        list.set(index, element);
        return withElements(section, list);
    }

    /** The form that holds the field at {@code address}. */
    public ElementForm holder(FieldAddress address) {
        return address.section() == null ? general : element(address.section(), address.index());
    }

    /** The entry at {@code address} (a String, a {@link ValueForm}, a list of rows) or null. */
    public Object field(FieldAddress address) {
        return holder(address).get(address.key());
    }

    /** The same scenario with the field at {@code address} set to {@code entry}. */
    public ScenarioForm withField(FieldAddress address, Object entry) {
        ElementForm changed = holder(address).with(address.key(), entry);
        return address.section() == null ? withGeneral(changed)
                : withElement(address.section(), address.index(), changed);
    }
}
