package org.closureassurance.desktop.gui.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The editable state of one scenario element (a cost item, a water stream, the general
 * settings): field key to what the user has entered. Keys are the element's JSON field paths
 * ({@code startYear}, {@code duration.halfLifeYears}, {@code quantity.unit}), so a validation
 * error's path leads straight back to the field. Each entry is a {@link String} (text, whole
 * numbers, choices, units), a {@link ValueForm} (a Value) or a list of {@code ElementForm}s (a
 * bond schedule, an accrual curve). An absent key is an empty field.
 *
 * @param fields key to entry, in insertion order
 */
public record ElementForm(Map<String, Object> fields) {

    public ElementForm {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            Object v = e.getValue();
            if (v instanceof List<?> list) {
                for (Object o : list) {
                    if (!(o instanceof ElementForm)) {
                        throw new IllegalArgumentException(e.getKey() + ": lists hold element forms only");
                    }
                }
                v = List.copyOf(list);
            } else if (v != null && !(v instanceof String) && !(v instanceof ValueForm)) {
                throw new IllegalArgumentException(e.getKey() + ": unsupported entry " + v.getClass().getSimpleName());
            }
            if (v != null) {
                copy.put(e.getKey(), v);
            }
        }
        fields = Collections.unmodifiableMap(copy);
    }

    /** An element with no field filled in. */
    public static ElementForm empty() {
        return new ElementForm(Map.of());
    }

    /** The text at {@code key}, "" when empty. */
    public String text(String key) {
        return fields.get(key) instanceof String s ? s : "";
    }

    /** The Value form at {@code key}, or null when the field is empty. */
    public ValueForm value(String key) {
        return fields.get(key) instanceof ValueForm v ? v : null;
    }

    /** The rows of the list at {@code key}, empty when there are none. */
    @SuppressWarnings("unchecked")
    public List<ElementForm> rows(String key) {
        return fields.get(key) instanceof List<?> l ? (List<ElementForm>) l : List.of();
    }

    /** The raw entry at {@code key}, or null. */
    public Object get(String key) {
        return fields.get(key);
    }

    /**
     * The same element with {@code key} set to {@code entry}; null, empty text and an empty
     * plain number clear the field.
     */
    public ElementForm with(String key, Object entry) {
        Map<String, Object> copy = new LinkedHashMap<>(fields);
        boolean clear = entry == null || (entry instanceof String s && s.isEmpty())
                || (entry instanceof ValueForm v && v.isEmpty());
        if (clear) {
            copy.remove(key);
        } else {
            copy.put(key, entry);
        }
        return new ElementForm(copy);
    }

    /** A builder-style shorthand for setting several fields. */
    public static ElementForm of(Object... keysAndEntries) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndEntries.length; i += 2) {
            m.put((String) keysAndEntries[i], keysAndEntries[i + 1]);
        }
        return new ElementForm(m);
    }
}
