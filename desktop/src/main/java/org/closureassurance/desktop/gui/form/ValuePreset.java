package org.closureassurance.desktop.gui.form;

import java.util.Objects;

/**
 * A Value the editor offers in one click for a field: its label in the menu, a sentence on what
 * it stands for (the tooltip, with any warning the user should read before taking it), and the
 * Value itself.
 *
 * @param label the menu entry
 * @param note  what the preset stands for, shown as the entry's tooltip
 * @param value the Value the field takes
 */
public record ValuePreset(String label, String note, ValueForm value) {
    public ValuePreset {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(value, "value");
    }
}
