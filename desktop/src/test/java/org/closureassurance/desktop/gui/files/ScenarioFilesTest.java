package org.closureassurance.desktop.gui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import org.closureassurance.desktop.gui.editor.ScenarioEditor;
import org.closureassurance.desktop.gui.form.FieldAddress;
import org.closureassurance.desktop.gui.form.ScenarioForm;
import org.closureassurance.desktop.gui.form.ScenarioForms;
import org.closureassurance.desktop.gui.form.ValueForm;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.scenarios.ScenarioWriter;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFilesTest {
    private static final Executor NOW = Runnable::run;
    private static final FieldAddress RATE = FieldAddress.general("economics.discountRate");

    @TempDir
    Path dir;

    private Preferences prefs;
    private final FakeFilesView view = new FakeFilesView();
    private final ScenarioEditor editor = new ScenarioEditor(ScenarioForms.blank());
    private ScenarioFiles files;

    @BeforeEach
    void setUp() {
        prefs = Preferences.userRoot().node("closure-assurance-test/" + UUID.randomUUID());
        files = new ScenarioFiles(editor, new RecentFiles(prefs, 8), NOW, NOW, view);
    }

    @AfterEach
    void tearDown() throws Exception {
        prefs.removeNode();
    }

    @Test
    void startsWithTheDefaultExample() {
        files.openInitial(null, () -> { });

        assertEquals(BundledScenarios.load(BundledScenarios.defaultName()), editor.scenario());
        assertEquals("regulator-base-case (example) — Copper mine, regulator base case — Closure Assurance",
                view.title);
        assertNotNull(files.sha256());
    }

    @Test
    void marksUnsavedEditsInTheTitle() {
        files.openInitial(null, () -> { });

        editor.setField(RATE, ValueForm.constant("0.05"));

        assertTrue(view.title.startsWith("*regulator-base-case (example)"));
        assertNull(files.sha256());
    }

    @Test
    void savesAtomicallyAndReopensTheSameScenario() throws Exception {
        files.openInitial(null, () -> { });
        editor.setField(RATE, ValueForm.constant("0.05"));
        Path file = dir.resolve("mine");
        view.chosenFiles.add(file);

        files.save();

        Path saved = dir.resolve("mine.json");
        assertEquals(List.of("save as regulator-base-case.json"), view.asked);
        assertFalse(editor.isDirty());
        assertEquals(saved, files.path());
        assertEquals(List.of(saved.toAbsolutePath()), view.recent);
        assertEquals(ScenarioFiles.sha256(Files.readAllBytes(saved)), files.sha256());
        assertEquals(Value.of(0.05), ScenarioReader.read(saved).scenarioOrThrow().economics().discountRate());

        editor.setField(RATE, ValueForm.constant("0.06"));
        files.save();
        assertTrue(Files.exists(dir.resolve("mine.json.bak")));

        files.newScenario();
        files.open(saved);
        assertEquals(Value.of(0.06), editor.scenario().economics().discountRate());
        assertFalse(editor.isDirty());
    }

    @Test
    void asksBeforeLosingUnsavedEditsAndCanCancel() {
        files.openInitial(null, () -> { });
        editor.setField(RATE, ValueForm.constant("0.05"));
        view.answers.add(ScenarioFiles.View.Unsaved.CANCEL);

        files.newScenario();

        assertEquals(List.of("regulator-base-case (example)"), view.asked);
        assertEquals(Value.of(0.05), editor.scenario().economics().discountRate());
    }

    @Test
    void discardingReplacesTheEdits() {
        files.openInitial(null, () -> { });
        editor.setField(RATE, ValueForm.constant("0.05"));
        view.answers.add(ScenarioFiles.View.Unsaved.DISCARD);

        files.openExample("ngo-stress-case");

        assertEquals(BundledScenarios.load("ngo-stress-case"), editor.scenario());
        assertFalse(editor.isDirty());
    }

    @Test
    void savingBeforeClosingClosesOnlyAfterTheSave() {
        files.openInitial(null, () -> { });
        editor.setField(RATE, ValueForm.constant("0.05"));
        view.answers.add(ScenarioFiles.View.Unsaved.SAVE);
        view.chosenFiles.add(dir.resolve("a.json"));
        AtomicBoolean closed = new AtomicBoolean();

        files.close(() -> closed.set(true));

        assertTrue(closed.get());
        assertTrue(Files.exists(dir.resolve("a.json")));
    }

    @Test
    void refusesToSaveAnInvalidScenarioAndSaysWhy() {
        files.openInitial(null, () -> { });
        editor.setField(RATE, ValueForm.constant("x"));
        view.chosenFiles.add(dir.resolve("bad.json"));

        files.save();

        assertEquals("Closure and economics › Real discount rate (fraction): must be a number or a distribution object"
                + " like {\"dist\": \"triangular\", ...}, was a string", view.problems.get(1));
        assertFalse(Files.exists(dir.resolve("bad.json")));
    }

    @Test
    void reportsAnInvalidFileWithItsProblemsAndKeepsTheEditor() throws Exception {
        files.openInitial(null, () -> { });
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, ScenarioWriter.write(editor.scenario()).replace("\"horizonYears\": 100",
                "\"horizonYears\": 0"), StandardCharsets.UTF_8);

        files.open(bad);

        assertEquals(List.of("bad.json is not a valid scenario file", "simulation.horizonYears: must be in 1..1000 (was 0)"),
                view.problems);
        assertEquals(BundledScenarios.load(BundledScenarios.defaultName()), editor.scenario());
    }

    @Test
    void forgetsARecentFileThatHasGone() {
        Path gone = dir.resolve("gone.json");
        new RecentFiles(prefs, 8).add(gone);

        files.open(gone);

        assertEquals(List.of(), view.recent);
        assertEquals(1, view.errors.size());
    }

    @Test
    void restoresEditsLeftByACrashAsUnsavedChangesToTheirFile() {
        files.openInitial(null, () -> { });
        Path document = dir.resolve("mine.json");
        ScenarioForm edits = editor.form().withField(RATE, ValueForm.constant("0.07"));
        Recovery leftover = new Recovery(dir.resolve("crashed.json"), java.time.Instant.EPOCH, document, "mine.json",
                edits);
        view.restoreChoice = leftover;

        assertEquals(java.util.Optional.of(leftover), files.offerRecovery(List.of(leftover)));

        assertEquals(edits, editor.form());
        assertTrue(editor.isDirty());
        assertEquals(document, files.path());
        assertTrue(view.title.startsWith("*mine.json"));
    }

    @Test
    void decliningRecoveryKeepsTheDocument() {
        files.openInitial(null, () -> { });
        Recovery leftover = new Recovery(dir.resolve("crashed.json"), java.time.Instant.EPOCH, null, "Untitled",
                ScenarioForms.blank());

        files.offerRecovery(List.of(leftover));

        assertEquals(BundledScenarios.load(BundledScenarios.defaultName()), editor.scenario());
        assertFalse(editor.isDirty());
    }

    @Test
    void startsWithTheExampleWhenTheFileGivenCannotBeOpened() {
        files.openInitial(dir.resolve("missing.json"), () -> { });

        assertEquals(BundledScenarios.load(BundledScenarios.defaultName()), editor.scenario());
    }
}
