package org.closureassurance.desktop.gui.form;

import java.util.List;
import java.util.Objects;

/**
 * One page of the scenario editor: a list section (cost items, water streams, ...) shown as a
 * table with a form for the selected element, or a page of top-level fields ({@code section}
 * null) shown as a form alone.
 *
 * @param id       a stable name for the page ({@code costItems}, {@code general})
 * @param section  the list section it edits ({@code costItems}), or null for top-level fields
 * @param title    the page's title in the editor
 * @param noun     what one element is called ("cost item"), for buttons and new names
 * @param fields   every field of an element (or of the page), in form order
 * @param columns  the fields shown as table columns, in order; empty for a form-only page
 * @param template a new element's fields
 * @param details  whether the selected element also gets a form under the table
 */
public record SectionSpec(String id, String section, String title, String noun, List<FieldSpec> fields,
                          List<FieldSpec> columns, ElementForm template, boolean details) {
    public SectionSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        fields = List.copyOf(fields);
        columns = List.copyOf(columns);
        template = template == null ? ElementForm.empty() : template;
    }

    /** Whether this page edits a list section rather than top-level fields. */
    public boolean isList() {
        return section != null;
    }

    /** The field (or column) with {@code key}, or null. */
    public FieldSpec field(String key) {
        for (FieldSpec f : fields) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        for (FieldSpec f : columns) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        return null;
    }
}
