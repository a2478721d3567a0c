package org.closureassurance.desktop.gui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.closureassurance.desktop.gui.form.Assembly;
import org.closureassurance.desktop.gui.form.DistributionKind;
import org.closureassurance.desktop.gui.form.DistributionPreview;
import org.closureassurance.desktop.gui.form.ValueForm;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.scenarios.ValidationError;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.simulator.value.Value;

/**
 * The presenter of the distribution editor dialog: holds the Value being edited as a
 * {@link ValueForm}, checks it after every change with the file reader, and keeps the
 * preview (percentiles and density sketch) of the last valid state. Changing the kind carries
 * the centre and spread over to the new kind.
 */
public final class DistributionEditor {
    private final String path;
    private final boolean optional;
    private ValueForm form;
    private List<ValidationError> errors = List.of();
    private DistributionPreview preview;
    private Value value;

    /**
     * An editor for the Value at JSON {@code path}, starting from {@code initial} (null: empty);
     * {@code optional} allows leaving a plain number empty.
     */
    public DistributionEditor(String path, ValueForm initial, boolean optional) {
        this.path = Objects.requireNonNull(path, "path");
        this.optional = optional;
        this.form = initial == null ? ValueForm.constant("") : initial;
        check();
    }

    public ValueForm form() {
        return form;
    }

    /** The problems of the current form. */
    public List<ValidationError> errors() {
        return errors;
    }

    /** The problems of parameter {@code name} ({@code value} for a plain number). */
    public List<String> errorsOf(String name) {
        String at = form.kind() == DistributionKind.CONSTANT ? path : path + "." + name;
        List<String> out = new ArrayList<>();
        for (ValidationError e : errors) {
            if (Assembly.isUnder(e.path(), at)) {
                out.add(e.message());
            }
        }
        return out;
    }

    /** The preview of the form, or null while it is not a valid Value. */
    public DistributionPreview preview() {
        return preview;
    }

    /** The Value, or null while the form has problems or is empty. */
    public Value value() {
        return value;
    }

    /** Whether the dialog may be closed with OK. */
    public boolean canAccept() {
        return errors.isEmpty();
    }

    public void setKind(DistributionKind kind) {
        form = form.convertedTo(kind);
        check();
    }

    public void setParameter(String name, String text) {
        form = form.with(name, text);
        check();
    }

    private void check() {
        List<ValidationError> out = new ArrayList<>();
        if (optional && form.isEmpty()) {
            value = null;
        } else {
            JsonNode node = form.node();
            value = node == null ? null : ScenarioReader.readValue(node, path, out);
            if (node == null) {
                out.add(new ValidationError(path, "required field is missing"));
            }
        }
        errors = List.copyOf(out);
        preview = value == null ? null : DistributionPreview.of(value);
    }
}
