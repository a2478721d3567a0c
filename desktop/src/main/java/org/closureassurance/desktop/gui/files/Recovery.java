package org.closureassurance.desktop.gui.files;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import org.closureassurance.desktop.gui.form.ScenarioForm;

/**
 * Unsaved edits written to the recovery folder by a session that did not end normally.
 *
 * @param file     the recovery file
 * @param savedAt  when the edits were written
 * @param document the scenario file being edited, or null when it had none yet
 * @param label    what the document was called (its file name, or "Untitled")
 * @param form     the edits
 */
public record Recovery(Path file, Instant savedAt, Path document, String label, ScenarioForm form) {
    public Recovery {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(form, "form");
    }
}
