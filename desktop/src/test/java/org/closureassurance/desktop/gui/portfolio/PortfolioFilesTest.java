package org.closureassurance.desktop.gui.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.closureassurance.desktop.gui.files.ScenarioFiles;
import org.closureassurance.scenarios.PortfolioLoad;
import org.closureassurance.scenarios.PortfolioReader;
import org.closureassurance.scenarios.ScenarioWriter;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioFilesTest {
    private static final String REGISTER = "Site,Cost,Closes,Bond\nPit 1,5000,4,1000\nPit 2,lots,6,\n";

    @TempDir
    Path dir;

    private final Preferences prefs = Preferences.userRoot().node("closure-assurance-test/" + UUID.randomUUID());
    private final FakeView view = new FakeView();
    private final PortfolioFiles files = new PortfolioFiles(new MappingMemory(prefs), Runnable::run, Runnable::run,
            view);

    @AfterEach
    void tearDown() throws BackingStoreException {
        prefs.removeNode();
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void asksForTheColumnMappingOnceAndRemembersItForTheSameHeaders() throws IOException {
        Path register = write("register.csv", REGISTER);
        view.mapping = ColumnMapping.guess(List.of("Site", "Cost", "Closes", "Bond")).with("Site", "name")
                .with("Cost", "estimate").with("Closes", "closureYear").with("Bond", "assurance");

        files.newFromRegister(register);

        assertEquals(1, view.mappingsAsked);
        PortfolioDocument d = files.document();
        assertEquals(2, d.size());
        assertEquals("must be a number, was \"lots\"", d.problem(1, SiteColumn.ESTIMATE));
        assertTrue(view.status.endsWith("1 with problems, shown in red"), view.status);
        assertEquals("*register.portfolio.json — register — Closure Assurance", view.title);

        view.answer = ScenarioFiles.View.Unsaved.DISCARD;
        files.newFromRegister(write("next-month.csv", "Closes,Bond,Site,Cost\n4,1000,Pit 9,5000\n"));
        assertEquals(1, view.mappingsAsked, "the same headers in another order: asked no more");
        assertEquals("Pit 9", files.document().text(0, SiteColumn.NAME));
    }

    @Test
    void aRegisterWithTheFormatsOwnHeadersNeedsNoMapping() throws IOException {
        files.newFromRegister(write("r.csv", "name,estimate,closureYear\nPit 1,5000,4\n"));

        assertEquals(0, view.mappingsAsked);
        assertNotNull(files.document().portfolio());
    }

    @Test
    void anInvalidPortfolioShowsEveryProblemByFileLineAndColumn() throws IOException {
        write("register.csv", "name,estimate,closureYear\nPit 1,-5,4\n");
        Path file = write("p.json", """
                {"format": "closure-assurance-portfolio/1", "name": "P",
                 "simulation": {"iterations": 100, "horizonYears": 30}, "economics": {"discountRate": 0.03},
                 "register": {"file": "register.csv"}}""");

        files.open(file);

        assertNull(files.document());
        assertEquals("p.json is not a valid portfolio", view.problemsTitle);
        assertEquals(List.of("register.csv: line 2, column 2 (estimate): must be >= 0 (was -5)"), view.problems);
    }

    @Test
    void savesAtomicallyWhatReadsBackAndKeepsScenarioReferencesFromAnotherFolder() throws IOException {
        Files.writeString(dir.resolve("mine.json"), ScenarioWriter.write(BundledScenarios.load(
                BundledScenarios.defaultName())), StandardCharsets.UTF_8);
        Path file = write("p.json", """
                {"format": "closure-assurance-portfolio/1", "name": "P",
                 "simulation": {"iterations": 100, "horizonYears": 30}, "economics": {"discountRate": 0.03},
                 "sites": [{"name": "Mine", "scenario": "mine.json"},
                           {"name": "Pit", "estimate": 10, "closureYear": 3,
                            "forfeiture": {"mode": "annual-hazard", "beforeClosure": 0.1, "afterClosure": 0}}]}""");
        files.open(file);
        PortfolioDocument d = files.document();
        d.edit(1, SiteColumn.ESTIMATE, "20");
        assertTrue(d.isDirty());

        Files.createDirectories(dir.resolve("out"));
        Path copy = dir.resolve("out").resolve("copy.json");
        files.saveTo(copy, () -> { });

        assertFalse(d.isDirty());
        assertEquals(copy, files.path());
        PortfolioLoad again = PortfolioReader.read(copy);
        assertEquals(d.portfolio(), assertInstanceOf(PortfolioLoad.Loaded.class, again, again.errorReport())
                .portfolio());
        assertTrue(Files.readString(copy).contains("\"scenario\": \"../mine.json\""));
        assertEquals(Optional.of(dir.resolve("mine.json")), files.scenarioFile(0));
    }

    @Test
    void cancellingTheSavePromptKeepsTheUnsavedDocument() throws IOException {
        files.newFromRegister(write("r.csv", "name,estimate,closureYear\nPit 1,5000,4\n"));
        PortfolioDocument first = files.document();
        view.answer = ScenarioFiles.View.Unsaved.CANCEL;

        files.newFromRegister(write("s.csv", "name,estimate,closureYear\nPit 2,5000,4\n"));

        assertSame(first, files.document());
        assertEquals(List.of("r.portfolio.json"), view.askedToSave);
    }

    @Test
    void anEditedScenarioSiteIsReadAgainWithoutMarkingThePortfolioEdited() throws IOException {
        Path mine = dir.resolve("mine.json");
        Files.writeString(mine, ScenarioWriter.write(BundledScenarios.load(BundledScenarios.defaultName())),
                StandardCharsets.UTF_8);
        files.open(write("p.json", """
                {"format": "closure-assurance-portfolio/1", "name": "P",
                 "simulation": {"iterations": 100, "horizonYears": 30}, "economics": {"discountRate": 0.03},
                 "sites": [{"name": "Mine", "scenario": "mine.json"}]}"""));
        Files.writeString(mine, Files.readString(mine).replaceFirst("\"closureYear\": \\{[^}]*\\}", "\"closureYear\": 77"));

        files.rereadScenarios(() -> { });

        assertEquals("77", files.document().text(0, SiteColumn.CLOSURE_YEAR));
        assertFalse(files.document().isDirty());
        Files.writeString(mine, "{");
        files.rereadScenarios(() -> { });
        assertNotNull(files.document().problem(0, SiteColumn.NAME));
        assertNull(files.document().portfolio());
    }

    @Test
    void theBundledRegisterOpensWithoutProblemsAndSavesWithItsScenarioFiles() throws IOException {
        files.openBundled("illustrative-register");

        PortfolioDocument d = files.document();
        assertEquals(List.of(), d.problems());
        assertEquals(203, d.size());
        assertTrue(d.rows().stream().filter(r -> r instanceof SiteRow.Line).count() >= 190,
                "the register's lines are editable lines");
        Path copy = dir.resolve("register.json");
        files.saveTo(copy, () -> { });

        assertTrue(Files.exists(dir.resolve("regulator-base-case.json")));
        PortfolioLoad again = PortfolioReader.read(copy);
        assertEquals(d.portfolio(), assertInstanceOf(PortfolioLoad.Loaded.class, again, again.errorReport())
                .portfolio());
    }

    /** Answers the dialogs as the test says and records what was shown. */
    private static final class FakeView implements PortfolioFiles.View {
        ColumnMapping mapping;
        int mappingsAsked;
        ScenarioFiles.View.Unsaved answer = ScenarioFiles.View.Unsaved.CANCEL;
        final List<String> askedToSave = new ArrayList<>();
        String problemsTitle;
        List<String> problems;
        String title;
        String status = "";

        @Override public ScenarioFiles.View.Unsaved askToSave(String documentName) {
            askedToSave.add(documentName);
            return answer;
        }

        @Override public Optional<Path> choosePortfolio() { return Optional.empty(); }

        @Override public Optional<Path> chooseRegister() { return Optional.empty(); }

        @Override public Optional<ColumnMapping> askMapping(String file, ColumnMapping guess) {
            mappingsAsked++;
            return Optional.ofNullable(mapping);
        }

        @Override public Optional<Path> chooseFileToSave(String suggestedName) { return Optional.empty(); }

        @Override public void showProblems(String t, List<String> p) {
            problemsTitle = t;
            problems = p;
        }

        @Override public void showError(String t, String message) {
            throw new AssertionError(t + ": " + message);
        }

        @Override public void documentChanged(PortfolioDocument document, String t) {
            title = t;
        }

        @Override public void status(String message) {
            status = message;
        }
    }
}
