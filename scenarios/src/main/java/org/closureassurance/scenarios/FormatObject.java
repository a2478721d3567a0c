package org.closureassurance.scenarios;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * One JSON object of the scenario format: its fields in the order the reader lists them in
 * messages, and, for an object whose fields depend on a word (a forfeiture's {@code mode}, an
 * instrument's {@code type}), which fields each word allows.
 *
 * @param path where the object sits, as the field reference heads it ({@code costItems[]})
 * @param intro prose the field reference puts before the table; empty for none
 * @param discriminator the field whose word chooses the variant; null when there are none
 * @param variants for each word, the names of the fields it allows, in message order
 * @param fields every field of the object, of every variant, in message order
 * @param noun what one element of a list is called in forms ({@code cost item}); null: made from the path
 */
public record FormatObject(String path, String intro, String discriminator, Map<String, List<String>> variants,
                           List<FormatField> fields, String noun) {
    public FormatObject {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        variants.forEach((word, names) -> copy.put(word, List.copyOf(names)));
        variants = Collections.unmodifiableMap(copy);
        fields = List.copyOf(fields);
    }

    /** The fields that one word of the discriminator allows, in message order. */
    record Variant(String word, List<FormatField> fields) {
        static Variant of(String word, FormatField... fields) {
            return new Variant(word, List.of(fields));
        }
    }

    /** An object whose fields are always the same. */
    static FormatObject of(String path, String intro, FormatField... fields) {
        return new FormatObject(path, intro, null, Map.of(), List.of(fields), null);
    }

    /** An object whose fields depend on the word in {@code discriminator}, one variant per word. */
    static FormatObject choosing(String path, String intro, FormatField discriminator, Variant... variants) {
        List<FormatField> all = new ArrayList<>();
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (Variant v : variants) {
            List<String> allowed = new ArrayList<>();
            for (FormatField f : v.fields()) {
                allowed.add(f.name());
                if (all.stream().noneMatch(g -> g.name().equals(f.name()))) {
                    all.add(f);
                }
            }
            names.put(v.word(), allowed);
        }
        return new FormatObject(path, intro, discriminator.name(), names, all, null);
    }

    /** The same object standing at another path (an object the format shares between places). */
    FormatObject placedAt(String otherPath) {
        return new FormatObject(otherPath, intro, discriminator, variants, fields, noun);
    }

    /** The names of every field, in message order. */
    public List<String> names() {
        return fields.stream().map(FormatField::name).toList();
    }

    /** The names of the fields the word {@code variant} allows, in message order. */
    public List<String> names(String variant) {
        List<String> allowed = variants.get(variant);
        if (allowed == null) {
            throw new NoSuchElementException(path + " has no variant " + variant);
        }
        return allowed;
    }

    /** The words that choose a variant, in message order. */
    public List<String> words() {
        return List.copyOf(variants.keySet());
    }

    /** This object, its elements called {@code text} in forms. */
    FormatObject called(String text) {
        return new FormatObject(path, intro, discriminator, variants, fields, text);
    }

    /** The field named {@code name}, or null. */
    public FormatField field(String name) {
        for (FormatField f : fields) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }
}
