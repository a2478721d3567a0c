package org.closureassurance.desktop.gui.form;

/** One option of a choice field: the id stored in the form, and what the user reads. */
public record Choice(String id, String label) {
    @Override
    public String toString() {
        return label;
    }
}
