package org.closureassurance.desktop.gui.form;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.closureassurance.scenarios.FormatField;
import org.closureassurance.scenarios.units.Dimension;

/**
 * The description of one editable field from which the editor builds its widget: the key it
 * edits in the {@link ElementForm}, its label, its {@link FieldKind}, and what the kind needs
 * (the unit field beside a measured Value, the choices, the fields of a row). A field may be
 * shown only for some elements ({@code duration.years} only when the duration type is
 * {@code years}).
 *
 * @param key        the field's JSON path inside its element
 * @param label      the label shown beside the widget
 * @param kind       how it is edited
 * @param help       one sentence on what the field means (tooltip), or null
 * @param unitKey    for a measured VALUE, the key of its unit field ({@code quantity.unit}); else null
 * @param dimension  for a UNIT field or a measured VALUE, the dimension of the accepted units;
 *                   null accepts every unit
 * @param sameDimensionAs for a unit that must match another unit field's dimension (a cost item's
 *                   {@code unitCost.per} and its {@code quantity.unit}), that field's key; else null
 * @param choices    for a CHOICE field, the options
 * @param rowFields  for a ROWS field, the fields of each row
 * @param shown      whether the field applies to an element
 * @param source     the field of the scenario format this edits; null for an editor-only choice
 */
public record FieldSpec(String key, String label, FieldKind kind, String help, String unitKey, Dimension dimension,
                        String sameDimensionAs, List<Choice> choices, List<FieldSpec> rowFields,
                        Predicate<ElementForm> shown, FormatField source) {

    public FieldSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind);
        choices = choices == null ? List.of() : List.copyOf(choices);
        rowFields = rowFields == null ? List.of() : List.copyOf(rowFields);
        shown = shown == null ? e -> true : shown;
    }

    /** A field of {@code kind} with nothing else set. */
    public static FieldSpec of(String key, String label, FieldKind kind) {
        return new FieldSpec(key, label, kind, null, null, null, null, null, null, null, null);
    }

    /** The same field under another label (a shorter one for a table column). */
    public FieldSpec labelled(String text) {
        return new FieldSpec(key, text, kind, help, unitKey, dimension, sameDimensionAs, choices, rowFields, shown, source);
    }

    /** The same field with a help sentence. */
    public FieldSpec help(String text) {
        return new FieldSpec(key, label, kind, text, unitKey, dimension, sameDimensionAs, choices, rowFields, shown, source);
    }

    /** The same Value field measured in units of {@code dim} (null: any), edited at {@code unitField}. */
    public FieldSpec measuredIn(String unitField, Dimension dim) {
        return new FieldSpec(key, label, kind, help, unitField, dim, sameDimensionAs, choices, rowFields, shown, source);
    }

    /** The same UNIT field restricted to {@code dim}. */
    public FieldSpec dimension(Dimension dim) {
        return new FieldSpec(key, label, kind, help, unitKey, dim, sameDimensionAs, choices, rowFields, shown, source);
    }

    /** The same unit field (or measured Value), whose unit must be of the dimension of {@code unitField}'s. */
    public FieldSpec sameDimensionAs(String unitField) {
        return new FieldSpec(key, label, kind, help, unitKey, dimension, unitField, choices, rowFields, shown, source);
    }

    /** The same CHOICE field with its options. */
    public FieldSpec choices(Choice... options) {
        return new FieldSpec(key, label, kind, help, unitKey, dimension, sameDimensionAs, List.of(options), rowFields,
                shown, source);
    }

    /** The same ROWS field with the fields of each row. */
    public FieldSpec rows(FieldSpec... fields) {
        return new FieldSpec(key, label, kind, help, unitKey, dimension, sameDimensionAs, choices, List.of(fields), shown, source);
    }

    /** The same field, editing {@code field} of the scenario format. */
    public FieldSpec editing(FormatField field) {
        return new FieldSpec(key, label, kind, help, unitKey, dimension, sameDimensionAs, choices, rowFields, shown, field);
    }

    /** The same field, shown only while {@code condition} holds. */
    public FieldSpec when(Predicate<ElementForm> condition) {
        return new FieldSpec(key, label, kind, help, unitKey, dimension, sameDimensionAs, choices, rowFields, condition, source);
    }

    /** The same field, shown only while the choice at {@code choiceKey} is one of {@code ids}. */
    public FieldSpec whenChoice(String choiceKey, String... ids) {
        List<String> allowed = List.of(ids);
        return when(e -> allowed.contains(e.text(choiceKey)));
    }

    /**
     * Where in the file this field's entry goes: its key, with the format's name of the field
     * last ({@code economics.discountRate} for the schedule edited at {@code economics.discountSchedule}).
     */
    public String path() {
        if (source == null) {
            return key;
        }
        int dot = key.lastIndexOf('.');
        return (dot < 0 ? "" : key.substring(0, dot + 1)) + source.name();
    }

    /** Whether this field applies to {@code element}. */
    public boolean isShownFor(ElementForm element) {
        return shown.test(element);
    }

    /** The label of the choice with {@code id}, or the id itself. */
    public String choiceLabel(String id) {
        for (Choice c : choices) {
            if (c.id().equals(id)) {
                return c.label();
            }
        }
        return id;
    }
}
