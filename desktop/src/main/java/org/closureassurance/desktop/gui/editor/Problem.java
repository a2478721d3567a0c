package org.closureassurance.desktop.gui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.closureassurance.desktop.gui.form.Assembly;
import org.closureassurance.desktop.gui.form.FieldSpec;
import org.closureassurance.desktop.gui.form.ScenarioForm;
import org.closureassurance.desktop.gui.form.ScenarioSchema;
import org.closureassurance.desktop.gui.form.SectionSpec;
import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.scenarios.ScenarioFormat.Measure;
import org.closureassurance.scenarios.ScenarioFormat.Top;
import org.closureassurance.scenarios.ValidationError;

/**
 * One problem of the scenario being edited, located for the user: the editor page, the element
 * and the field it belongs to, and where that is in words ("Cost items › Dump › Unit cost"),
 * with the validator's own message. The problems list shows these and jumps to the field.
 *
 * @param error    the problem as the validator names it
 * @param page     the id of the editor page that shows the field
 * @param index    the element's index in its section, or -1 for a top-level field
 * @param fieldKey the key of the field within its element or page, or null for the element itself
 * @param where    the field's place in words
 */
public record Problem(ValidationError error, String page, int index, String fieldKey, String where) {
    private static final Pattern ROW = Pattern.compile("^\\[(\\d+)]\\.?(.*)$");

    /** The problem in one line: place, then message. */
    public String text() {
        return where + ": " + error.message();
    }

    /** Every problem of {@code assembly}, located in {@code form}. */
    public static List<Problem> all(Assembly assembly, ScenarioForm form) {
        List<Problem> out = new ArrayList<>();
        for (ValidationError e : assembly.errors()) {
            out.add(locate(e, form));
        }
        return out;
    }

    /** Where in the editor {@code error} belongs. */
    public static Problem locate(ValidationError error, ScenarioForm form) {
        String path = error.path();
        String section = Assembly.sectionOf(path);
        if (section == null) {
            if (path.equals(Top.CORRELATIONS.name())) {
                SectionSpec page = ScenarioSchema.forSection(Top.CORRELATIONS.name());
                return new Problem(error, page.id(), -1, null, page.title());
            }
            SectionSpec page = ScenarioSchema.forGeneralField(path);
            String key = shownFieldKey(page, path, form);
            FieldSpec field = key == null ? null : page.field(key);
            String inside = field == null ? "" : path.substring(field.path().length());
            return new Problem(error, page.id(), -1, key, page.title() + (key == null ? "" : " › "
                    + describe(page, key, inside)));
        }
        if (ScenarioSchema.pages().stream().noneMatch(p -> section.equals(p.section()))) {
            SectionSpec first = ScenarioSchema.pages().get(0);
            return new Problem(error, first.id(), -1, null, path);
        }
        SectionSpec page = ScenarioSchema.forSection(section);
        int index = Assembly.elementIndex(path);
        String elementPath = section + "[" + index + "]";
        String rest = path.length() > elementPath.length() ? path.substring(elementPath.length() + 1) : "";
        String key = rest.isEmpty() ? null : fieldKey(page, rest);
        String name = index < form.elements(section).size()
                ? form.element(section, index).text(Common.NAME.name()) : "";
        String element = name.isBlank() ? page.noun() + " " + (index + 1) : name;
        StringBuilder where = new StringBuilder(page.title()).append(" › ").append(element);
        if (key != null) {
            where.append(" › ").append(describe(page, key, rest.substring(key.length())));
        }
        return new Problem(error, page.id(), index, key, where.toString());
    }

    /** A field in words: its label, then the part inside it ({@code max}, {@code row 2 › Amount}). */
    private static String describe(SectionSpec page, String key, String inside) {
        for (FieldSpec f : page.fields()) {
            if (key.equals(f.unitKey())) {
                return f.label() + " (unit)";
            }
        }
        FieldSpec field = page.field(key);
        String label = field == null ? key : field.label();
        Matcher row = ROW.matcher(inside);
        if (field != null && row.matches()) {
            String rowKey = row.group(2);
            String rowLabel = rowKey;
            for (FieldSpec r : field.rowFields()) {
                if (rowKey.equals(r.key()) || rowKey.startsWith(r.key() + ".")) {
                    rowLabel = r.label() + rowKey.substring(r.key().length()).replace('.', ' ');
                }
            }
            return label + " › row " + (Integer.parseInt(row.group(1)) + 1)
                    + (rowLabel.isEmpty() ? "" : " › " + rowLabel);
        }
        String rest = inside.startsWith(".") ? inside.substring(1) : inside;
        String value = Measure.VALUE.name();
        rest = rest.startsWith(value + ".") ? rest.substring(value.length() + 1) : rest.equals(value) ? "" : rest;
        return rest.isEmpty() ? label : label + " " + rest;
    }

    /**
     * The key of the top-level field {@code path} lies within; where one file field has two form
     * fields (a discount rate, one Value or a schedule), the one the form shows.
     */
    private static String shownFieldKey(SectionSpec page, String path, ScenarioForm form) {
        String key = fieldKey(page, path);
        FieldSpec field = key == null ? null : page.field(key);
        if (field == null || field.isShownFor(form.general())) {
            return key;
        }
        for (FieldSpec other : page.fields()) {
            if (other != field && other.path().equals(field.path()) && other.isShownFor(form.general())) {
                return other.key();
            }
        }
        return key;
    }

    /** The longest field key (or unit key) of {@code page} that {@code rest} lies within. */
    static String fieldKey(SectionSpec page, String rest) {
        String best = null;
        List<String> keys = new ArrayList<>();
        for (FieldSpec f : page.fields()) {
            keys.add(f.key());
            if (f.unitKey() != null) {
                keys.add(f.unitKey());
            }
        }
        for (String k : keys) {
            if (Assembly.isUnder(rest, k) && (best == null || k.length() > best.length())) {
                best = k;
            }
        }
        return best;
    }
}
