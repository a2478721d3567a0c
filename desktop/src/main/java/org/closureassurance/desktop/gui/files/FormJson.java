package org.closureassurance.desktop.gui.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.closureassurance.desktop.gui.form.DistributionKind;
import org.closureassurance.desktop.gui.form.ElementForm;
import org.closureassurance.desktop.gui.form.ScenarioForm;
import org.closureassurance.desktop.gui.form.ValueForm;
import org.closureassurance.scenarios.json.JsonLimits;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonNode.JsonArray;
import org.closureassurance.scenarios.json.JsonNode.JsonObject;
import org.closureassurance.scenarios.json.JsonNode.JsonString;
import org.closureassurance.scenarios.json.JsonPrinter;
import org.closureassurance.scenarios.json.JsonTreeReader;
import org.closureassurance.scenarios.json.ParsedJson;

/**
 * The recovery file format: the editor's form exactly as typed, including text that is not yet
 * a valid scenario (which a scenario file could not hold), with the document it belongs to.
 * Every entry is a string, a Value form ({@code {"kind": ..., "parameters": {...}}}) or a list
 * of row forms.
 */
final class FormJson {
    static final String FORMAT = "closure-assurance-recovery/1";

    private FormJson() {
    }

    static String write(ScenarioForm form, Path document, String label) {
        Map<String, JsonNode> top = new LinkedHashMap<>();
        // "format" and "kind" below are keys of this recovery format, not scenario fields.
        top.put("format", new JsonString(FORMAT));
        if (document != null) {
            top.put("document", new JsonString(document.toString()));
        }
        top.put("label", new JsonString(label));
        top.put("general", element(form.general()));
        Map<String, JsonNode> sections = new LinkedHashMap<>();
        for (String s : ScenarioForm.SECTIONS) {
            List<JsonNode> list = new ArrayList<>();
            for (ElementForm e : form.elements(s)) {
                list.add(element(e));
            }
            sections.put(s, new JsonArray(list));
        }
        top.put("sections", new JsonObject(sections));
        return JsonPrinter.print(new JsonObject(top));
    }

    private static JsonNode element(ElementForm e) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        for (Map.Entry<String, Object> f : e.fields().entrySet()) {
            m.put(f.getKey(), entry(f.getValue()));
        }
        return new JsonObject(m);
    }

    private static JsonNode entry(Object o) {
        if (o instanceof ValueForm v) {
            Map<String, JsonNode> p = new LinkedHashMap<>();
            v.parameters().forEach((k, t) -> p.put(k, new JsonString(t)));
            return new JsonObject(Map.of("kind", new JsonString(v.kind().id()), "parameters", new JsonObject(p)));
        }
        if (o instanceof List<?> rows) {
            List<JsonNode> list = new ArrayList<>();
            for (Object r : rows) {
                list.add(element((ElementForm) r));
            }
            return new JsonArray(list);
        }
        return new JsonString((String) o);
    }

    /** What {@link #write} wrote: form, document and label. */
    record Content(ScenarioForm form, Path document, String label) {
    }

    /**
     * Reads a recovery file's text.
     *
     * @throws IllegalArgumentException if it is not one
     */
    static Content read(String text) {
        ParsedJson parsed = JsonTreeReader.parse(text, JsonLimits.DEFAULT);
        if (!parsed.problems().isEmpty() || !(parsed.root() instanceof JsonObject top)
                || !(top.get("format") instanceof JsonString f) || !f.value().equals(FORMAT)) {
            throw new IllegalArgumentException("not a recovery file");
        }
        Path document = top.get("document") instanceof JsonString d ? Path.of(d.value()) : null;
        String label = top.get("label") instanceof JsonString l ? l.value() : "Untitled";
        ElementForm general = element(top.get("general"));
        Map<String, List<ElementForm>> sections = new LinkedHashMap<>();
        if (top.get("sections") instanceof JsonObject s) {
            for (String name : ScenarioForm.SECTIONS) {
                if (s.get(name) instanceof JsonArray a) {
                    List<ElementForm> list = new ArrayList<>();
                    for (JsonNode n : a.elements()) {
                        list.add(element(n));
                    }
                    sections.put(name, list);
                }
            }
        }
        return new Content(new ScenarioForm(general, sections), document, label);
    }

    private static ElementForm element(JsonNode node) {
        if (!(node instanceof JsonObject o)) {
            throw new IllegalArgumentException("an element must be an object");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> f : o.members().entrySet()) {
            m.put(f.getKey(), entry(f.getValue()));
        }
        return new ElementForm(m);
    }

    private static Object entry(JsonNode n) {
        if (n instanceof JsonString s) {
            return s.value();
        }
        if (n instanceof JsonArray a) {
            List<ElementForm> rows = new ArrayList<>();
            for (JsonNode r : a.elements()) {
                rows.add(element(r));
            }
            return rows;
        }
        if (n instanceof JsonObject o && o.get("kind") instanceof JsonString k
                && DistributionKind.byId(k.value()) != null && o.get("parameters") instanceof JsonObject p) {
            Map<String, String> params = new LinkedHashMap<>();
            p.members().forEach((key, v) -> params.put(key, v instanceof JsonString s ? s.value() : ""));
            return new ValueForm(DistributionKind.of(k.value(), params.keySet()), params);
        }
        throw new IllegalArgumentException("unreadable entry " + n.describe());
    }
}
