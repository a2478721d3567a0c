package org.closureassurance.desktop.gui.sweep;

import java.util.Objects;
import java.util.Optional;
import org.closureassurance.desktop.gui.form.FieldAddress;
import org.closureassurance.simulator.model.InputKey;

/**
 * A field of the scenario editor that a sweep can hold: the label the form shows, the JSON
 * path of the field (what messages name, as the problems list does) and the input it is.
 */
public record SweepField(String label, String fieldPath, InputKey key) {
    public SweepField {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(fieldPath, "fieldPath");
        Objects.requireNonNull(key, "key");
    }

    /**
     * The input edited at {@code address}, in an element called {@code elementName} (ignored at
     * the top level), labelled {@code label}; empty when the field is no input a sweep can hold
     * (a name, a unit, a schedule's list).
     */
    public static Optional<SweepField> of(FieldAddress address, String elementName, String label) {
        String path;
        if (address.section() == null) {
            path = address.key().replaceFirst("\\.", "/");
        } else if (elementName == null || elementName.isBlank()) {
            return Optional.empty();
        } else {
            path = address.section() + "/" + elementName + "/" + address.key();
        }
        // the path as the form's problems write it (waterTreatment[1].duration.halfLifeYears)
        String fieldPath = address.section() == null ? address.key() : address.elementPath() + "." + address.key();
        return InputKey.parse(path).map(k -> new SweepField(label, fieldPath, k));
    }

    /** The input's path, as sweeps and results name it: {@code economics/discountRate}. */
    public String inputPath() {
        return key.path();
    }

    /** How messages name the field: {@code Discount rate (economics.discountRate)}. */
    public String named() {
        return label + " (" + fieldPath + ")";
    }
}
