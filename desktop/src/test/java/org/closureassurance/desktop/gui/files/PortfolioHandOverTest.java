package org.closureassurance.desktop.gui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.closureassurance.desktop.gui.editor.ScenarioEditor;
import org.closureassurance.desktop.gui.form.ScenarioForms;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Open in the scenario window hands a portfolio file to the portfolio window and leaves the scenario as it was. */
class PortfolioHandOverTest {
    @TempDir
    Path dir;

    private final Preferences prefs = Preferences.userRoot().node("closure-assurance-test/" + UUID.randomUUID());
    private final FakeFilesView view = new FakeFilesView();
    private final ScenarioEditor editor = new ScenarioEditor(ScenarioForms.blank());
    private final ScenarioFiles files = new ScenarioFiles(editor, new RecentFiles(prefs, 8), Runnable::run,
            Runnable::run, view);

    @AfterEach
    void tearDown() throws Exception {
        prefs.removeNode();
    }

    @Test
    void aPortfolioFileGoesToThePortfolioWindowAndAScenarioFileStays() throws IOException {
        List<Path> handed = new ArrayList<>();
        files.openPortfoliosWith(handed::add);
        files.openInitial(null, () -> { });
        Path portfolio = dir.resolve("register.json");
        Files.writeString(portfolio, "{\"format\": \"closure-assurance-portfolio/1\", \"name\": \"P\"}",
                StandardCharsets.UTF_8);

        files.open(portfolio);

        assertEquals(List.of(portfolio), handed);
        assertEquals(BundledScenarios.load(BundledScenarios.defaultName()), editor.scenario(), "the scenario stays");
        assertEquals(List.of(), view.problems, "not read as a scenario");

        Path scenario = dir.resolve("mine.json");
        Files.writeString(scenario, org.closureassurance.scenarios.ScenarioWriter.write(
                BundledScenarios.load("ngo-stress-case")), StandardCharsets.UTF_8);
        files.open(scenario);
        assertEquals(List.of(portfolio), handed);
        assertEquals(scenario, files.path());
    }
}
