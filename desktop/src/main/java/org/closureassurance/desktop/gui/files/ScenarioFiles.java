package org.closureassurance.desktop.gui.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.closureassurance.desktop.gui.editor.Problem;
import org.closureassurance.desktop.gui.editor.ScenarioEditor;
import org.closureassurance.desktop.gui.form.ScenarioForm;
import org.closureassurance.desktop.gui.form.ScenarioForms;
import org.closureassurance.scenarios.LoadResult;
import org.closureassurance.scenarios.PortfolioReader;
import org.closureassurance.scenarios.ScenarioFormat.Top;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.scenarios.ScenarioWriter;
import org.closureassurance.scenarios.ValidationError;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.closureassurance.simulator.model.Scenario;

/**
 * The presenter of the document: which file the scenario in the editor belongs to, and the
 * File menu's New, Open, Open example, Open recent, Save and Save As. Reading and writing
 * happen on the background executor (saving atomically, with a {@code .bak} of the previous
 * file); results come back on the UI executor. Before anything replaces unsaved edits it asks
 * whether to save them. It also keeps the window title ({@code *} while unsaved) and the
 * SHA-256 of the file as last read or written, which the HTML report records.
 */
public final class ScenarioFiles {
    /** What the window does for the document presenter: dialogs and the title. */
    public interface View {
        /** The answer to "save the changes first?". */
        enum Unsaved { SAVE, DISCARD, CANCEL }

        Unsaved askToSave(String documentName);

        Optional<Path> chooseFileToOpen();

        Optional<Path> chooseFileToSave(String suggestedName);

        /** Offers edits left by a crash; empty declines them all. */
        Optional<Recovery> askToRestore(List<Recovery> leftovers);

        void showProblems(String title, List<String> problems);

        void showError(String title, String message);

        /** The title or the recent files have changed. */
        void documentChanged(String title, List<Path> recentFiles);
    }

    /** The application's name, ending every window title. */
    public static final String APPLICATION = "Closure Assurance";
    private static final String UNTITLED = "Untitled";

    private final ScenarioEditor editor;
    private final RecentFiles recent;
    private final Executor background;
    private final Executor ui;
    private final View view;
    private Path path;
    private String label = UNTITLED;
    private String sha256;
    private Consumer<Path> portfolios;

    public ScenarioFiles(ScenarioEditor editor, RecentFiles recent, Executor background, Executor ui, View view) {
        this.editor = editor;
        this.recent = recent;
        this.background = background;
        this.ui = ui;
        this.view = view;
        editor.addListener(e -> fire());
    }

    /** Hands a portfolio file chosen in Open to {@code opener} (the portfolio window) instead of reading it here. */
    public void openPortfoliosWith(Consumer<Path> opener) {
        portfolios = opener;
    }

    /** The document's file, or null when it has none yet. */
    public Path path() {
        return path;
    }

    /** What the document is called: its file name, or "Untitled", or an example's name. */
    public String documentName() {
        return path != null ? path.getFileName().toString() : label;
    }

    /** The window title: {@code *name.json — Scenario name — Closure Assurance}. */
    public String title() {
        String name = editor.form().general().text(Top.NAME.name()).strip();
        return (editor.isDirty() ? "*" : "") + documentName() + (name.isEmpty() ? "" : " — " + name) + " — "
                + APPLICATION;
    }

    /**
     * The SHA-256 (hex) of the file the editor's scenario is exactly as read or written, or null
     * when there are unsaved edits or no file.
     */
    public String sha256() {
        return editor.isDirty() ? null : sha256;
    }

    /**
     * Opens {@code file}, or the default example when it is null or cannot be opened, then runs
     * {@code then} on the UI executor.
     */
    public void openInitial(Path file, Runnable then) {
        if (file == null) {
            loadBundled(BundledScenarios.defaultName(), then);
        } else {
            read(file, () -> {
                if (path == null) {
                    loadBundled(BundledScenarios.defaultName(), then);
                } else {
                    then.run();
                }
            });
        }
    }

    public void newScenario() {
        whenDiscardable(() -> {
            path = null;
            label = UNTITLED;
            sha256 = null;
            editor.load(ScenarioForms.blank());
        });
    }

    /** Asks for a file and opens it. */
    public void open() {
        whenDiscardable(() -> view.chooseFileToOpen().ifPresent(f -> read(f, () -> { })));
    }

    /** Opens {@code file} (a recent file, a file dropped on the window). */
    public void open(Path file) {
        whenDiscardable(() -> read(file, () -> { }));
    }

    /** Reads the bundled examples on the background executor and hands them to {@code then} on the UI executor. */
    public void loadExamples(java.util.function.Consumer<List<Example>> then) {
        background.execute(() -> {
            List<Example> out = new ArrayList<>();
            for (String id : BundledScenarios.names()) {
                Scenario s = BundledScenarios.load(id);
                out.add(new Example(id, audience(id), s.name(), s.description() == null ? "" : s.description()));
            }
            ui.execute(() -> then.accept(out));
        });
    }

    private static String audience(String id) {
        if (id.startsWith("regulator")) {
            return "Regulator";
        }
        if (id.startsWith("company")) {
            return "Mining company";
        }
        if (id.startsWith("ngo")) {
            return "NGO";
        }
        return "Example";
    }

    /** Opens a bundled example as a new, unsaved document. */
    public void openExample(String name) {
        whenDiscardable(() -> loadBundled(name, () -> { }));
    }

    public void save() {
        if (path == null) {
            saveAs();
        } else {
            saveTo(path, () -> { });
        }
    }

    public void saveAs() {
        saveAs(() -> { });
    }

    private void saveAs(Runnable then) {
        String suggested = path != null ? path.getFileName().toString() : fileNameFor(label);
        view.chooseFileToSave(suggested).ifPresent(f -> saveTo(withJsonExtension(f), then));
    }

    /** Saves to {@code file} atomically, then runs {@code then} on the UI executor. */
    public void saveTo(Path file, Runnable then) {
        Scenario scenario = editor.scenario();
        if (scenario == null) {
            view.showProblems("The scenario cannot be saved until these problems are fixed",
                    Problem.all(editor.assembly(), editor.form()).stream().map(Problem::text).toList());
            return;
        }
        ScenarioForm snapshot = editor.form();
        background.execute(() -> {
            try {
                ScenarioWriter.writeAtomically(scenario, file);
                String sha = sha256Of(scenario);
                ui.execute(() -> {
                    path = file;
                    sha256 = sha;
                    recent.add(file);
                    editor.markSaved(snapshot);
                    then.run();
                });
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> view.showError("Could not save " + file.getFileName(), describe(e)));
            }
        });
    }

    /** Runs {@code close} once unsaved edits are saved or given up; not at all if the user cancels. */
    public void close(Runnable close) {
        whenDiscardable(close);
    }

    /** Offers the crash leftovers; restores the one chosen. */
    public Optional<Recovery> offerRecovery(List<Recovery> leftovers) {
        if (leftovers.isEmpty()) {
            return Optional.empty();
        }
        Optional<Recovery> chosen = view.askToRestore(leftovers);
        chosen.ifPresent(r -> {
            path = r.document();
            label = r.label();
            sha256 = null;
            editor.restore(r.form(), null);
        });
        return chosen;
    }

    private void whenDiscardable(Runnable action) {
        if (!editor.isDirty()) {
            action.run();
            return;
        }
        switch (view.askToSave(documentName())) {
            case SAVE -> {
                if (path == null) {
                    saveAs(action);
                } else {
                    saveTo(path, action);
                }
            }
            case DISCARD -> action.run();
            default -> {
            }
        }
    }

    private void read(Path file, Runnable then) {
        background.execute(() -> {
            if (portfolios != null && PortfolioReader.declaresPortfolio(file)) {
                ui.execute(() -> {
                    portfolios.accept(file);
                    then.run();
                });
                return;
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> {
                    if (e instanceof NoSuchFileException) {
                        recent.remove(file);
                        fire();
                    }
                    view.showError("Could not open " + file.getFileName(), describe(e));
                    then.run();
                });
                return;
            }
            LoadResult result = ScenarioReader.read(bytes);
            String sha = sha256(bytes);
            ui.execute(() -> {
                if (result.isValid()) {
                    path = file;
                    sha256 = sha;
                    recent.add(file);
                    editor.load(ScenarioForms.of(result.scenarioOrThrow()));
                } else {
                    List<String> lines = new ArrayList<>();
                    for (ValidationError e : result.errors()) {
                        lines.add(e.toString());
                    }
                    view.showProblems(file.getFileName() + " is not a valid scenario file", lines);
                }
                then.run();
            });
        });
    }

    private void loadBundled(String name, Runnable then) {
        background.execute(() -> {
            byte[] bytes = BundledScenarios.bytes(name);
            Scenario scenario = ScenarioReader.read(bytes).scenarioOrThrow();
            String sha = sha256(bytes);
            ui.execute(() -> {
                path = null;
                label = name + " (example)";
                sha256 = sha;
                editor.load(ScenarioForms.of(scenario));
                then.run();
            });
        });
    }

    private void fire() {
        view.documentChanged(title(), recent.list());
    }

    private static String fileNameFor(String label) {
        String base = label.replace(" (example)", "").replaceAll("[^A-Za-z0-9._-]+", "-");
        return (base.isBlank() ? "scenario" : base) + ".json";
    }

    private static Path withJsonExtension(Path f) {
        String name = f.getFileName().toString();
        return name.contains(".") ? f : f.resolveSibling(name + ".json");
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return e instanceof NoSuchFileException ? "The file does not exist: " + m
                : m == null ? e.getClass().getSimpleName() : m;
    }

    /**
     * The hex SHA-256 of {@code scenario} as Save writes it: what a report records for a run of
     * a scenario with unsaved edits, and the same hash the file has once it is saved.
     */
    public static String sha256Of(Scenario scenario) {
        return sha256(ScenarioWriter.write(scenario).getBytes(StandardCharsets.UTF_8));
    }

    /** The hex SHA-256 of {@code bytes}. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
