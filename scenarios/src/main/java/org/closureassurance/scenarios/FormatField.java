package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.json.NumberText.format;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.closureassurance.scenarios.ValueChecks.Bounds;
import org.closureassurance.scenarios.units.Dimension;
import org.closureassurance.simulator.value.Value;

/**
 * One field of the scenario format, as {@link ScenarioFormat} declares it: the reader, the
 * validator, the writer and the field reference all take its name, default, limits and words
 * from here, so the format is spelled out once. Built with the factories and the
 * {@code withXxx}-style methods below rather than the long constructor.
 *
 * @param name the JSON key
 * @param type the JSON shape
 * @param dimension what a Quantity measures or a rate is priced per; null when any dimension
 *     is accepted or the field has no unit
 * @param measure what the number means ({@code money}, {@code closure-relative}); null if plain
 * @param bounds the range every value of a Value (or a Quantity's or rate's value) must lie in;
 *     null when not range-checked
 * @param min the smallest whole number accepted (integers only)
 * @param max the largest whole number accepted (integers only)
 * @param defaultJson the default as a JSON literal; null when there is none
 * @param required whether the field must be present and not null
 * @param presence when the field applies, if not always ({@code with unitCost}); null otherwise
 * @param words the accepted words of a {@link FieldType#WORD}, in the order messages list them
 * @param description one line on what the field means
 * @param example a JSON literal the reader accepts for this field
 * @param label what a form calls the field ({@code Horizon (years)}); null: made from the name
 * @param help one sentence a form shows as the field's tooltip; null: the description
 * @param object the object an object field holds, or each element of a list field holds, so that
 *     {@link ScenarioFormat#objectAt} finds an object shared between places through the field at
 *     each place; null for other fields
 * @param binding how an optional Value field reaches its model record, so that
 *     {@link BoundValues} reads, writes and range-checks it without code of its own; null when the
 *     section's binder, writer and checks handle the field by hand
 */
public record FormatField(String name, FieldType type, Dimension dimension, String measure, Bounds bounds,
                          long min, long max, String defaultJson, boolean required, String presence,
                          List<String> words, String description, String example, String label, String help,
                          FormatObject object, ValueBinding<?> binding) {
    public FormatField {
        words = List.copyOf(words);
    }

    private static FormatField of(String name, FieldType type, String example) {
        return new FormatField(name, type, null, null, null, Long.MIN_VALUE, Long.MAX_VALUE, null, false, null,
                List.of(), "", example, null, null, null, null);
    }

    static FormatField string(String name) {
        return of(name, FieldType.STRING, "\"text\"");
    }

    static FormatField word(String name, List<String> words) {
        return new FormatField(name, FieldType.WORD, null, null, null, Long.MIN_VALUE, Long.MAX_VALUE, null, false,
                null, words, "", "\"" + words.get(0) + "\"", null, null, null, null);
    }

    static FormatField integer(String name, long min, long max) {
        return new FormatField(name, FieldType.INTEGER, null, null, null, min, max, null, false, null, List.of(), "",
                Long.toString(Math.max(min, Math.min(max, 1))), null, null, null, null);
    }

    static FormatField number(String name) {
        return of(name, FieldType.NUMBER, "0.5");
    }

    static FormatField bool(String name) {
        return of(name, FieldType.BOOLEAN, "true");
    }

    static FormatField value(String name, Bounds bounds) {
        return of(name, FieldType.VALUE, "0.5").within(bounds);
    }

    static FormatField quantity(String name, Dimension dimension, Bounds bounds) {
        return new FormatField(name, FieldType.QUANTITY, dimension, null, bounds, Long.MIN_VALUE, Long.MAX_VALUE,
                null, false, null, List.of(), "", "{\"value\": 1, \"unit\": \"" + unitOf(dimension) + "\"}", null, null,
                null, null);
    }

    static FormatField rate(String name, Dimension per) {
        return new FormatField(name, FieldType.RATE, per, null, Bounds.NON_NEGATIVE, Long.MIN_VALUE, Long.MAX_VALUE,
                null, false, null, List.of(), "", "{\"value\": 1, \"per\": \"" + unitOf(per) + "\"}", null, null,
                null, null);
    }

    static FormatField object(String name, String example) {
        return of(name, FieldType.OBJECT, example);
    }

    static FormatField list(String name) {
        return of(name, FieldType.LIST, "[]");
    }

    static FormatField strings(String name) {
        return of(name, FieldType.STRINGS, "[\"text\"]");
    }

    private static String unitOf(Dimension d) {
        return d == null ? "m3" : switch (d) {
            case AREA -> "ha";
            case VOLUME -> "m3";
            case FLOW -> "L/s";
            case CONCENTRATION -> "mg/L";
            default -> d.canonicalSymbol();
        };
    }

    /** This field, required. */
    FormatField asRequired() {
        return new FormatField(name, type, dimension, measure, bounds, min, max, defaultJson, true, presence, words,
                description, example, label, help, object, binding);
    }

    /** This field, taking {@code json} when left out. */
    FormatField byDefault(String json) {
        return new FormatField(name, type, dimension, measure, bounds, min, max, json, required, presence, words,
                description, json.equals("[]") ? example : json, label, help, object, binding);
    }

    /** This field, applying only {@code when} ({@code with unitCost}). */
    FormatField when(String when) {
        return new FormatField(name, type, dimension, measure, bounds, min, max, defaultJson, required, when, words,
                description, example, label, help, object, binding);
    }

    /** This field, measuring {@code what} ({@code money}, {@code closure-relative}). */
    FormatField measuring(String what) {
        return new FormatField(name, type, dimension, what, bounds, min, max, defaultJson, required, presence, words,
                description, example, label, help, object, binding);
    }

    /** This field, with every value it can take within {@code range}. */
    FormatField within(Bounds range) {
        return new FormatField(name, type, dimension, measure, range, min, max, defaultJson, required, presence,
                words, description, example, label, help, object, binding);
    }

    /** This field, described by {@code text}. */
    FormatField about(String text) {
        return new FormatField(name, type, dimension, measure, bounds, min, max, defaultJson, required, presence,
                words, text, example, label, help, object, binding);
    }

    /** This field, with {@code json} as the example the reader accepts. */
    FormatField example(String json) {
        return new FormatField(name, type, dimension, measure, bounds, min, max, defaultJson, required, presence,
                words, description, json, label, help, object, binding);
    }

    /** This field, called {@code text} in forms. */
    FormatField labelled(String text) {
        return new FormatField(name, type, dimension, measure, bounds, min, max, defaultJson, required, presence,
                words, description, example, text, help, object, binding);
    }

    /** This field, explained to form users by {@code text}. */
    FormatField helping(String text) {
        return new FormatField(name, type, dimension, measure, bounds, min, max, defaultJson, required, presence,
                words, description, example, label, text, object, binding);
    }

    /** This field, holding {@code held} (each element of a list field holds it). */
    FormatField holding(FormatObject held) {
        return new FormatField(name, type, dimension, measure, bounds, min, max, defaultJson, required, presence,
                words, description, example, label, help, held, binding);
    }

    /**
     * This Value field, reaching the model record {@code model} through its accessor {@code read}
     * and its wither {@code with}: {@link BoundValues} then binds, writes and range-checks it.
     * Give the default first; a bound field is optional, so reading it never needs the model.
     */
    <M> FormatField reaching(Class<M> model, Function<M, Value> read, BiFunction<M, Value, M> with) {
        if (type != FieldType.VALUE || defaultJson == null || required) {
            throw new IllegalStateException(name + ": only an optional Value with a default reaches the model by "
                    + "a binding");
        }
        return new FormatField(name, type, dimension, measure, bounds, min, max, defaultJson, required, presence,
                words, description, example, label, help, object, new ValueBinding<>(model, read, with));
    }

    /**
     * What a form calls the field: its {@link #label}, or else its name in words with what the
     * number counts from or how a rate reads ({@code From year (after closure)},
     * {@code Annual fee rate (fraction)}), so that a field added without a label still reads
     * sensibly.
     */
    public String title() {
        if (label != null) {
            return label;
        }
        String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        String text = Character.toUpperCase(words.charAt(0)) + words.substring(1);
        boolean percent = name.regionMatches(true, name.length() - 7, "Percent", 0, 7);
        return text + (percent ? " (%)" : ScenarioFormat.readingOf(measure, bounds));
    }

    /** The sentence a form shows as the field's tooltip: its {@link #help}, else its description; null for none. */
    public String hint() {
        if (help != null) {
            return help;
        }
        return description.isEmpty() ? null : description.replace("`", "");
    }

    /** The unit a new Quantity or rate of this field starts in ({@code ha}, {@code L/s}, {@code m3}). */
    public String startingUnit() {
        return unitOf(dimension);
    }

    /** The default of a Value field; null when it has none (reading it then requires it). */
    Value defaultValue() {
        return defaultJson == null ? null : Value.of(Double.parseDouble(defaultJson));
    }

    /** The default of an integer field; null when it has none. */
    Integer defaultInteger() {
        return defaultJson == null ? null : Integer.valueOf(defaultJson);
    }

    /** The default word of a {@link FieldType#WORD}; null when it has none. */
    String defaultWord() {
        return defaultJson == null ? null : defaultJson.substring(1, defaultJson.length() - 1);
    }

    /** The limits as the field reference states them ({@code >= 0}, {@code 1..9999}); empty if none. */
    public String limits() {
        return switch (type) {
            case VALUE, NUMBER -> bounds == null ? "" : "`" + rangeText(bounds) + "`";
            case QUANTITY, RATE -> bounds == null ? "" : "value `" + rangeText(bounds) + "`";
            case INTEGER -> integerRange();
            case WORD -> wordList();
            default -> "";
        };
    }

    private String integerRange() {
        boolean lowOpen = min == Integer.MIN_VALUE || min == Long.MIN_VALUE;
        boolean highOpen = max == Integer.MAX_VALUE || max == Long.MAX_VALUE;
        if (lowOpen && highOpen) {
            return max == Long.MAX_VALUE ? "any 64-bit integer" : "";
        }
        return highOpen ? "`>= " + min + "`" : lowOpen ? "`<= " + max + "`" : min + ".." + max;
    }

    private String wordList() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            s.append(i == 0 ? "" : i == words.size() - 1 ? " or " : ", ").append('`').append(words.get(i)).append('`');
        }
        return s.toString();
    }

    private static String rangeText(Bounds b) {
        if (b.hi() == Double.POSITIVE_INFINITY) {
            return (b.loOpen() ? "> " : ">= ") + format(b.lo());
        }
        return (b.loOpen() ? "(" : "[") + format(b.lo()) + ", " + format(b.hi()) + (b.hiOpen() ? ")" : "]");
    }
}
