package org.closureassurance.desktop.gui.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.closureassurance.scenarios.FieldType;
import org.closureassurance.scenarios.FormatField;
import org.closureassurance.scenarios.ScenarioFormat.Measure;
import org.closureassurance.scenarios.ScenarioFormat.Top;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonNode.JsonArray;
import org.closureassurance.scenarios.json.JsonNode.JsonBoolean;
import org.closureassurance.scenarios.json.JsonNode.JsonNumber;
import org.closureassurance.scenarios.json.JsonNode.JsonObject;
import org.closureassurance.scenarios.json.JsonNode.JsonString;
import org.closureassurance.simulator.model.Scenario;

/**
 * The editor's form as the JSON tree a scenario file holds, and back. The app reads a form
 * with the file reader ({@code ScenarioReader.read(tree)}) and fills a form from the tree the
 * file writer makes, so forms and files share one binder, one writer and one set of messages.
 * Both directions follow the fields {@link ScenarioSchema} derives from the format: only fields
 * shown for an element (its variant, its {@link ShapeChoice}, its switched-on objects) go into
 * the tree; what the user typed goes in as typed (a number as a number, anything else as
 * text), so that the reader words each problem as it would in a file.
 */
public final class FormTree {
    private FormTree() {
    }

    /** The tree of {@code form}: the file {@link #form} would have been filled from. */
    public static JsonObject tree(ScenarioForm form) {
        Map<String, JsonNode> top = new LinkedHashMap<>();
        top.put(Top.FORMAT.name(), new JsonString(Scenario.FORMAT));
        top.putAll(write(form.general(), ScenarioSchema.generalFields()).members());
        for (String section : ScenarioForm.SECTIONS) {
            List<FieldSpec> fields = ScenarioSchema.forSection(section).fields();
            List<JsonNode> elements = new ArrayList<>();
            form.elements(section).forEach(e -> elements.add(write(e, fields)));
            if (!elements.isEmpty()) {
                top.put(section, new JsonArray(elements));
            }
        }
        return new JsonObject(top);
    }

    /** The form that shows {@code tree}; parts a form cannot hold (unknown fields, say) are left out. */
    public static ScenarioForm form(JsonNode tree) {
        JsonObject root = tree instanceof JsonObject o ? o : new JsonObject(Map.of());
        Map<String, List<ElementForm>> sections = new LinkedHashMap<>();
        for (String section : ScenarioForm.SECTIONS) {
            List<ElementForm> elements = new ArrayList<>();
            if (root.get(section) instanceof JsonArray list) {
                List<FieldSpec> fields = ScenarioSchema.forSection(section).fields();
                for (JsonNode n : list.elements()) {
                    elements.add(fill(n instanceof JsonObject o ? o : new JsonObject(Map.of()), fields));
                }
            }
            sections.put(section, elements);
        }
        return new ScenarioForm(fill(root, ScenarioSchema.generalFields()), sections);
    }

    /** The JSON object of {@code element}, whose fields are {@code fields}. */
    static JsonObject write(ElementForm element, List<FieldSpec> fields) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (FieldSpec spec : fields) {
            FormatField f = spec.source();
            if (f == null || !spec.isShownFor(element)) {
                continue;
            }
            Map<String, Object> holder = holder(root, spec.key());
            String name = f.name();
            if (f.type() == FieldType.OBJECT) {
                if (Boolean.parseBoolean(element.text(spec.key()))) {
                    holder.putIfAbsent(name, new LinkedHashMap<String, Object>());
                }
                continue;
            }
            JsonNode node = switch (f.type()) {
                case LIST -> rows(element.rows(spec.key()), spec);
                case QUANTITY, RATE -> measured(element, spec);
                default -> scalar(f, element.get(spec.key()));
            };
            if (node != null) {
                holder.put(name, node);
            }
        }
        return json(root);
    }

    /** The object that holds the field at {@code key}, made along the way ({@code duration} for {@code duration.type}). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> holder(Map<String, Object> root, String key) {
        Map<String, Object> at = root;
        String[] parts = key.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            at = (Map<String, Object>) at.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
        }
        return at;
    }

    @SuppressWarnings("unchecked")
    private static JsonObject json(Map<String, Object> map) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> m ? json((Map<String, Object>) m) : (JsonNode) v));
        return new JsonObject(out);
    }

    /** A list of rows; an empty list only where the element must have one ({@code schedule} of a scheduled bond). */
    private static JsonNode rows(List<ElementForm> rows, FieldSpec spec) {
        FormatField f = spec.source();
        boolean needed = f.required() || ShapeChoice.ALL.stream().anyMatch(c -> c.optionOf(f) != null);
        if (rows.isEmpty() && !needed) {
            return null;
        }
        List<JsonNode> out = new ArrayList<>();
        rows.forEach(r -> out.add(write(r, spec.rowFields())));
        return new JsonArray(out);
    }

    /** A Quantity or rate: an object of its Value and its unit; an optional one only once its Value is given. */
    private static JsonNode measured(ElementForm element, FieldSpec spec) {
        ValueForm value = element.value(spec.key());
        String unit = element.text(spec.unitKey());
        if (value == null && (unit.isBlank() || !spec.source().required())) {
            return null;
        }
        Map<String, JsonNode> m = new LinkedHashMap<>();
        if (value != null) {
            m.put(Measure.VALUE.name(), value.node());
        }
        if (!unit.isBlank()) {
            m.put(unitName(spec), new JsonString(unit));
        }
        return new JsonObject(m);
    }

    private static String unitName(FieldSpec spec) {
        return spec.unitKey().substring(spec.key().length() + 1);
    }

    private static JsonNode scalar(FormatField f, Object entry) {
        if (entry instanceof ValueForm v) {
            return v.node();
        }
        if (!(entry instanceof String text)) {
            return null;
        }
        return switch (f.type()) {
            case INTEGER, NUMBER -> ValueForm.number(text);
            case VALUE -> ValueForm.constant(text).node();
            case BOOLEAN -> text.equals("true") || text.equals("false") ? new JsonBoolean(Boolean.parseBoolean(text))
                    : new JsonString(text);
            case STRINGS -> {
                List<JsonNode> items = new ArrayList<>();
                for (String item : text.split(",")) {
                    if (!item.isBlank()) {
                        items.add(new JsonString(item.strip()));
                    }
                }
                yield new JsonArray(items);
            }
            default -> new JsonString(text);
        };
    }

    /** The form of {@code object}, whose fields are {@code fields}. */
    static ElementForm fill(JsonObject object, List<FieldSpec> fields) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (FieldSpec spec : fields) {
            FormatField f = spec.source();
            if (f == null) {
                ShapeChoice.ALL.stream().filter(c -> c.isAt(spec.key())).findFirst()
                        .ifPresent(c -> m.put(spec.key(), chosen(at(object, prefixOf(spec.key())), c)));
                continue;
            }
            JsonNode node = at(object, spec.path());
            switch (f.type()) {
                case OBJECT -> m.put(spec.key(), Boolean.toString(node instanceof JsonObject));
                case LIST -> {
                    if (node instanceof JsonArray list) {
                        List<ElementForm> rows = new ArrayList<>();
                        list.elements().forEach(r -> rows.add(fill(r instanceof JsonObject o ? o
                                : new JsonObject(Map.of()), spec.rowFields())));
                        m.put(spec.key(), rows);
                    }
                }
                case QUANTITY, RATE -> fillMeasured(node, spec, m);
                case VALUE -> m.put(spec.key(), node == null || node instanceof JsonArray ? null : ValueForm.of(node));
                case STRINGS -> {
                    if (node instanceof JsonArray list) {
                        m.put(spec.key(), String.join(", ", list.elements().stream().map(FormTree::text).toList()));
                    }
                }
                default -> m.put(spec.key(), text(node));
            }
        }
        return new ElementForm(m);
    }

    /** A Quantity's or rate's Value and unit; a unit of the field's dimension stands ready while it is absent. */
    private static void fillMeasured(JsonNode node, FieldSpec spec, Map<String, Object> m) {
        String unit = null;
        if (node instanceof JsonObject q) {
            m.put(spec.key(), q.get(Measure.VALUE.name()) == null ? null : ValueForm.of(q.get(Measure.VALUE.name())));
            unit = text(q.get(unitName(spec)));
        }
        if (unit == null && node == null && spec.dimension() != null) {
            unit = spec.source().startingUnit();
        }
        m.put(spec.unitKey(), unit);
    }

    /**
     * The shape whose fields {@code object} gives; a field that has two shapes (a discount rate,
     * one Value or a list of steps) counts for the option whose shape the file's node has.
     */
    private static String chosen(JsonNode object, ShapeChoice c) {
        if (!(object instanceof JsonObject o)) {
            return c.fallback();
        }
        for (ShapeChoice.Option option : c.options()) {
            if (option.fields().stream().anyMatch(f -> gives(o, f, c))) {
                return option.id();
            }
        }
        return c.fallback();
    }

    private static boolean gives(JsonObject object, FormatField f, ShapeChoice c) {
        JsonNode node = object.get(f.name());
        boolean twoShapes = c.options().stream().flatMap(o -> o.fields().stream())
                .anyMatch(other -> other != f && other.name().equals(f.name()));
        return node != null && (!twoShapes || (f.type() == FieldType.LIST) == (node instanceof JsonArray));
    }

    /** The key of the object that holds {@code key} ({@code economics} for {@code economics.discountRate}); "" at the top. */
    private static String prefixOf(String key) {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? "" : key.substring(0, dot);
    }

    private static JsonNode at(JsonObject object, String key) {
        JsonNode at = object;
        if (key.isEmpty()) {
            return at;
        }
        for (String part : key.split("\\.")) {
            if (!(at instanceof JsonObject o)) {
                return null;
            }
            at = o.get(part);
        }
        return at;
    }

    private static String text(JsonNode n) {
        if (n instanceof JsonString s) {
            return s.value();
        }
        if (n instanceof JsonNumber num) {
            return num.literal();
        }
        return n instanceof JsonBoolean b ? Boolean.toString(b.value()) : null;
    }
}
