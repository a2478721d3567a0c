package org.closureassurance.desktop.gui.portfolio;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.closureassurance.desktop.gui.files.ScenarioFiles;
import org.closureassurance.scenarios.AtomicFile;
import org.closureassurance.scenarios.LoadResult;
import org.closureassurance.scenarios.PortfolioError;
import org.closureassurance.scenarios.PortfolioLoad;
import org.closureassurance.scenarios.PortfolioOutline;
import org.closureassurance.scenarios.PortfolioReader;
import org.closureassurance.scenarios.PortfolioWriter;
import org.closureassurance.scenarios.RegisterLines;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.scenarios.ScenarioWriter;
import org.closureassurance.scenarios.bundled.BundledPortfolios;
import org.closureassurance.simulator.portfolio.Portfolio;
import org.closureassurance.simulator.portfolio.ScenarioSite;

/**
 * The presenter of the portfolio window's files: Open (a portfolio file, every problem named by
 * file, row and cell), New from register (a CSV or XLSX file whose columns are mapped once and
 * remembered), Save and Save as (atomically, through the portfolio writer), and the scenario
 * files of scenario sites, read again when the user comes back from editing one. Files are read
 * and written on the background executor; before anything replaces unsaved edits it asks
 * whether to save them, as the scenario editor does.
 */
public final class PortfolioFiles {
    /** What the window does for this presenter: dialogs, the title, the status line. */
    public interface View {
        ScenarioFiles.View.Unsaved askToSave(String documentName);

        Optional<Path> choosePortfolio();

        Optional<Path> chooseRegister();

        /** Asks how the file's headers map onto the register's columns, starting from {@code guess}. */
        Optional<ColumnMapping> askMapping(String file, ColumnMapping guess);

        Optional<Path> chooseFileToSave(String suggestedName);

        void showProblems(String title, List<String> problems);

        void showError(String title, String message);

        /** Another document is shown, or the title changed. */
        void documentChanged(PortfolioDocument document, String title);

        void status(String message);
    }

    private final MappingMemory mappings;
    private final Executor background;
    private final Executor ui;
    private final View view;
    private PortfolioDocument document;
    private Path path;
    private Path folder;
    private String suggested = "portfolio.json";

    public PortfolioFiles(MappingMemory mappings, Executor background, Executor ui, View view) {
        this.mappings = mappings;
        this.background = background;
        this.ui = ui;
        this.view = view;
    }

    /** The document shown, or null before one is opened. */
    public PortfolioDocument document() {
        return document;
    }

    /** The document's file; null until saved. */
    public Path path() {
        return path;
    }

    /** {@code *file.json — Portfolio name — Closure Assurance}. */
    public String title() {
        if (document == null) {
            return "Portfolio — " + ScenarioFiles.APPLICATION;
        }
        String file = path == null ? suggested : path.getFileName().toString();
        return (document.isDirty() ? "*" : "") + file + " — " + document.name() + " — " + ScenarioFiles.APPLICATION;
    }

    /** Asks for a portfolio file and opens it. */
    public void open() {
        whenDiscardable(() -> view.choosePortfolio().ifPresent(this::read));
    }

    /** Opens the portfolio {@code file}. */
    public void open(Path file) {
        whenDiscardable(() -> read(file));
    }

    /** Opens the bundled portfolio {@code name} as a new, unsaved document, its scenario files saved with it. */
    public void openBundled(String name) {
        whenDiscardable(() -> background.execute(() -> {
            try {
                PortfolioLoad load = BundledPortfolios.load(name);
                PortfolioOutline outline = PortfolioOutline.of(BundledPortfolios.bytes(name));
                PortfolioDocument d = PortfolioDocument.of(((PortfolioLoad.Loaded) load).portfolio(), outline);
                ui.execute(() -> {
                    show(d, null, null, name + ".json");
                    view.status("Opened the bundled " + name + ": " + d.size() + " sites. Save as… keeps a copy "
                            + "with its scenario files.");
                });
            } catch (RuntimeException e) {
                ui.execute(() -> view.showError("Could not open " + name, describe(e)));
            }
        }));
    }

    /** Asks for a register file and starts a new portfolio from it. */
    public void newFromRegister() {
        whenDiscardable(() -> view.chooseRegister().ifPresent(this::importRegister));
    }

    /** Starts a new portfolio from the register {@code file}, asking for its column mapping unless known. */
    public void newFromRegister(Path file) {
        whenDiscardable(() -> importRegister(file));
    }

    private void importRegister(Path file) {
        background.execute(() -> {
            try {
                List<String> header = RegisterLines.header(file);
                ui.execute(() -> mapThenRead(file, header));
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> view.showError("Could not read " + file.getFileName(), describe(e)));
            }
        });
    }

    private void mapThenRead(Path file, List<String> header) {
        Optional<ColumnMapping> remembered = mappings.recall(header);
        ColumnMapping guess = ColumnMapping.guess(header);
        Optional<ColumnMapping> mapping = remembered.isPresent() ? remembered
                : guess.isIdentity() ? Optional.of(guess)
                : view.askMapping(file.getFileName().toString(), guess);
        if (mapping.isEmpty()) {
            return;
        }
        if (!mapping.get().problems().isEmpty()) {
            view.showProblems("The columns of " + file.getFileName() + " cannot be imported so",
                    mapping.get().problems());
            return;
        }
        mappings.remember(mapping.get());
        background.execute(() -> {
            try {
                List<RegisterLines.Line> lines = RegisterLines.read(file, mapping.get().columnOf());
                PortfolioDocument d = PortfolioDocument.fromRegister(baseName(file), lines);
                ui.execute(() -> {
                    show(d, null, file.toAbsolutePath().getParent(), baseName(file) + ".portfolio.json");
                    int bad = (int) java.util.stream.IntStream.range(0, d.size()).filter(d::hasProblem).count();
                    view.status("Imported " + lines.size() + " sites from " + file.getFileName()
                            + (remembered.isPresent() ? " with the column mapping used last time" : "")
                            + (bad == 0 ? "" : "; " + bad + " with problems, shown in red"));
                });
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> view.showError("Could not read " + file.getFileName(), describe(e)));
            }
        });
    }

    private void read(Path file) {
        background.execute(() -> {
            PortfolioLoad load = PortfolioReader.read(file);
            if (load instanceof PortfolioLoad.Loaded loaded) {
                try {
                    PortfolioOutline outline = PortfolioOutline.read(file);
                    PortfolioDocument d = PortfolioDocument.of(loaded.portfolio(), outline);
                    ui.execute(() -> show(d, file, file.toAbsolutePath().getParent(), null));
                } catch (IOException | RuntimeException e) {
                    ui.execute(() -> view.showError("Could not open " + file.getFileName(), describe(e)));
                }
            } else {
                List<String> lines = load.errors().stream().map(PortfolioError::toString).toList();
                ui.execute(() -> view.showProblems(file.getFileName() + " is not a valid portfolio", lines));
            }
        });
    }

    private void show(PortfolioDocument d, Path file, Path dir, String suggestedName) {
        document = d;
        path = file;
        folder = dir;
        suggested = suggestedName == null ? file.getFileName().toString() : suggestedName;
        d.addListener(x -> view.documentChanged(x, title()));
        view.documentChanged(d, title());
    }

    public void save() {
        if (path == null) {
            saveAs(() -> { });
        } else {
            saveTo(path, () -> { });
        }
    }

    public void saveAs() {
        saveAs(() -> { });
    }

    private void saveAs(Runnable then) {
        if (document != null) {
            view.chooseFileToSave(path == null ? suggested : path.getFileName().toString())
                    .ifPresent(f -> saveTo(f, then));
        }
    }

    /** Saves the document to {@code file} atomically, then runs {@code then} on the UI executor. */
    public void saveTo(Path file, Runnable then) {
        Portfolio portfolio = document.portfolio();
        if (portfolio == null) {
            view.showProblems("The portfolio cannot be saved until these problems are fixed", document.problems());
            return;
        }
        Optional<String> problem = AtomicFile.problem(file);
        if (problem.isPresent()) {
            view.showError("Could not save " + file.getFileName(), problem.get());
            return;
        }
        Map<String, String> files = relocated(file.toAbsolutePath().getParent());
        PortfolioDocument saving = document;
        background.execute(() -> {
            try {
                if (folder == null) {
                    writeScenarioFiles(portfolio, files, file.toAbsolutePath().getParent());
                }
                PortfolioWriter.writeAtomically(portfolio, s -> files.get(s.name()), file);
                ui.execute(() -> {
                    if (saving == document) {
                        path = file;
                        folder = file.toAbsolutePath().getParent();
                        document.scenarioFilesMoved(files);
                        document.markSaved();
                    }
                    view.status("Saved " + file.getFileName());
                    then.run();
                });
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> view.showError("Could not save " + file.getFileName(), describe(e)));
            }
        });
    }

    /**
     * Writes each scenario site's scenario beside a portfolio that had no folder (a bundled one),
     * unless a file of that name is there already, so that the saved portfolio reads back.
     */
    private static void writeScenarioFiles(Portfolio portfolio, Map<String, String> files, Path dir)
            throws IOException {
        for (var site : portfolio.sites()) {
            if (site instanceof ScenarioSite s) {
                Path target = dir.resolve(files.get(s.name()));
                if (!java.nio.file.Files.exists(target)) {
                    ScenarioWriter.writeAtomically(s.scenario(), target);
                }
            }
        }
    }

    /** Each scenario site's file as named from {@code newFolder}. */
    private Map<String, String> relocated(Path newFolder) {
        Map<String, String> out = new HashMap<>();
        document.scenarioFiles().forEach((site, rel) -> out.put(site, folder == null || newFolder.equals(folder)
                ? rel : newFolder.relativize(folder.resolve(rel).normalize()).toString().replace('\\', '/')));
        return out;
    }

    /** The scenario file of scenario site {@code row}, for the scenario editor; empty for another kind of row. */
    public Optional<Path> scenarioFile(int row) {
        return document.rows().get(row) instanceof SiteRow.Scenario s && folder != null
                ? Optional.of(folder.resolve(s.file()).normalize()) : Optional.empty();
    }

    /** Reads every scenario site's file again (the user may have edited one), then runs {@code then}. */
    public void rereadScenarios(Runnable then) {
        if (document == null || folder == null) {
            then.run();
            return;
        }
        PortfolioDocument d = document;
        Map<String, String> files = d.scenarioFiles();
        Path dir = folder;
        background.execute(() -> {
            Map<String, LoadResult> read = new HashMap<>();
            files.forEach((site, rel) -> read.put(site, ScenarioReader.read(dir.resolve(rel))));
            ui.execute(() -> {
                read.forEach((site, result) -> d.scenarioReread(site, result.isValid()
                        ? new ScenarioSite(site, result.scenarioOrThrow()) : null, result.isValid() ? null
                        : files.get(site) + ": " + result.errors().get(0)));
                then.run();
            });
        });
    }

    /** Runs {@code close} once unsaved edits are saved or given up; not at all if the user cancels. */
    public void close(Runnable close) {
        whenDiscardable(close);
    }

    private void whenDiscardable(Runnable action) {
        if (document == null || !document.isDirty()) {
            action.run();
            return;
        }
        switch (view.askToSave(path == null ? suggested : path.getFileName().toString())) {
            case SAVE -> {
                if (path == null) {
                    saveAs(action);
                } else {
                    saveTo(path, action);
                }
            }
            case DISCARD -> action.run();
            case CANCEL -> {
            }
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "The file does not exist: " + e.getMessage();
        }
        if (e instanceof IOException io) {
            return AtomicFile.reason(io);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
