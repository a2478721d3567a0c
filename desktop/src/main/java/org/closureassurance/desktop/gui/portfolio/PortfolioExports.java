package org.closureassurance.desktop.gui.portfolio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.closureassurance.scenarios.AtomicFile;

/**
 * The presenter of the portfolio window's export of the per-site table: asks where, writes the
 * last complete run's table on the background executor, and says what happened.
 */
public final class PortfolioExports implements PortfolioRuns.Listener {
    /** What the window does for the export. */
    public interface View {
        Optional<Path> chooseExport(String suggestedName, String extension);

        void status(String message);

        void showError(String title, String message);
    }

    private final Executor background;
    private final Executor ui;
    private final View view;
    private PortfolioRun last;

    public PortfolioExports(Executor background, Executor ui, View view) {
        this.background = background;
        this.ui = ui;
        this.view = view;
    }

    @Override
    public void runCompleted(PortfolioRun run) {
        last = run;
    }

    /** Asks where, then writes the last run's per-site table in {@code format}. */
    public void export(SiteTableExport.Format format) {
        if (last == null) {
            return;
        }
        String extension = format.name().toLowerCase(Locale.ROOT);
        String base = last.portfolio().name().replaceAll("[^A-Za-z0-9._-]+", "-");
        view.chooseExport(base + "-sites." + extension, extension).ifPresent(f -> write(last, format, f));
    }

    /** Writes {@code run}'s per-site table to {@code file}. */
    public void write(PortfolioRun run, SiteTableExport.Format format, Path file) {
        background.execute(() -> {
            try {
                SiteTableExport.write(run.results(), format, file);
                ui.execute(() -> view.status("Exported the per-site table of " + run.results().perSite().size()
                        + " sites to " + file.getFileName()));
            } catch (IOException e) {
                ui.execute(() -> view.showError("Could not export " + file.getFileName(), AtomicFile.reason(e)));
            } catch (RuntimeException e) {
                ui.execute(() -> view.showError("Could not export " + file.getFileName(), String.valueOf(
                        e.getMessage())));
            }
        });
    }
}
