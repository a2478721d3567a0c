package org.closureassurance.desktop.gui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.prefs.Preferences;
import org.closureassurance.desktop.gui.editor.ScenarioEditor;
import org.closureassurance.desktop.gui.form.DistributionKind;
import org.closureassurance.desktop.gui.form.FieldAddress;
import org.closureassurance.desktop.gui.form.ScenarioForm;
import org.closureassurance.desktop.gui.form.ScenarioForms;
import org.closureassurance.desktop.gui.form.ValueForm;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {
    @TempDir
    Path dir;

    /** Edits no scenario file could hold: a triangular whose maximum is not a number yet. */
    private static ScenarioForm halfTyped() {
        ScenarioForm form = ScenarioForms.of(BundledScenarios.load(BundledScenarios.defaultName()));
        return form.withField(FieldAddress.general("economics.discountRate"),
                new ValueForm(DistributionKind.TRIANGULAR, null).with("min", "0.01").with("max", "0.0"));
    }

    @Test
    void aRunningSessionsEditsAreNotOffered() throws Exception {
        RecoveryStore running = new RecoveryStore(dir);
        running.open();
        running.write(halfTyped(), null, "Untitled");

        assertEquals(List.of(), new RecoveryStore(dir).leftovers());
        running.close();
        assertEquals(0, Files.list(dir).count());
    }

    @Test
    void editsWithoutALiveSessionAreOfferedExactlyAsTyped() throws Exception {
        Path document = dir.resolve("mine.json");
        Files.writeString(dir.resolve("crashed.json"), FormJson.write(halfTyped(), document, "mine.json"));
        RecoveryStore next = new RecoveryStore(dir);
        next.open();

        List<Recovery> leftovers = next.leftovers();

        assertEquals(1, leftovers.size());
        assertEquals(halfTyped(), leftovers.get(0).form());
        assertEquals(document, leftovers.get(0).document());
        next.discard(leftovers.get(0));
        assertEquals(List.of(), next.leftovers());
    }

    @Test
    void skipsFilesItCannotRead() throws Exception {
        Files.writeString(dir.resolve("junk.json"), "{\"format\": \"something else\"}");

        assertEquals(List.of(), new RecoveryStore(dir).leftovers());
    }

    @Test
    void autosaveWritesChangedUnsavedEditsAndClearsThemOnceSaved() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        Executor background = queued::add;
        ScenarioEditor editor = new ScenarioEditor(ScenarioForms.of(BundledScenarios.load("ngo-stress-case")));
        Preferences prefs = Preferences.userRoot().node("closure-assurance-test/autosave");
        ScenarioFiles files = new ScenarioFiles(editor, new RecentFiles(prefs, 8), Runnable::run, Runnable::run,
                new FakeFilesView());
        RecoveryStore store = new RecoveryStore(dir);
        store.open();
        RecoveryAutosave autosave = new RecoveryAutosave(store, editor, files, background);

        autosave.tick();
        assertTrue(queued.isEmpty());

        editor.setField(FieldAddress.general("simulation.seed"), "9");
        autosave.tick();
        autosave.tick();
        assertEquals(1, queued.size());
        queued.remove(0).run();
        Path written = Files.list(dir).filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
        assertEquals(editor.form(), FormJson.read(Files.readString(written)).form());

        editor.markSaved(editor.form());
        autosave.tick();
        queued.remove(0).run();
        assertFalse(Files.exists(written));
        store.close();
        prefs.removeNode();
    }
}
