package org.closureassurance.desktop.gui.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Executor;
import org.closureassurance.desktop.gui.editor.ScenarioEditor;
import org.closureassurance.desktop.gui.form.ScenarioForm;

/**
 * Writes unsaved edits to the {@link RecoveryStore} now and then (the application ticks it
 * every 30 seconds), and removes them once the document is saved, so a crash loses at most
 * the last half minute of work. The form is captured on the caller's (UI) thread; the writing
 * happens on the background executor.
 */
public final class RecoveryAutosave {
    private final RecoveryStore store;
    private final ScenarioEditor editor;
    private final ScenarioFiles files;
    private final Executor background;
    private ScenarioForm written;

    public RecoveryAutosave(RecoveryStore store, ScenarioEditor editor, ScenarioFiles files, Executor background) {
        this.store = store;
        this.editor = editor;
        this.files = files;
        this.background = background;
    }

    /** Writes the edits if they are unsaved and have changed since the last tick; clears them once saved. */
    public void tick() {
        ScenarioForm form = editor.form();
        if (editor.isDirty()) {
            if (!form.equals(written)) {
                written = form;
                String text = FormJson.write(form, files.path(), files.documentName());
                background.execute(() -> io(() -> store.write(text)));
            }
        } else if (written != null) {
            written = null;
            background.execute(() -> io(store::clear));
        }
    }

    /** An I/O step of the store. */
    @FunctionalInterface
    interface Step {
        void run() throws IOException;
    }

    private static void io(Step step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not update the recovery file", e);
        }
    }
}
