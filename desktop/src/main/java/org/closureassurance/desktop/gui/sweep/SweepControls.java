package org.closureassurance.desktop.gui.sweep;

import java.nio.file.Path;

/**
 * What the sweep dialog asks of its presenter, whether it sweeps a scenario's field or a
 * portfolio's: run the settings typed, stop, and export the last outcome.
 */
public interface SweepControls {
    /** Starts the sweep {@code settings} describe, or shows why it cannot run; nothing while one runs. */
    void start(SweepSettings settings);

    /** Asks the running sweep to stop; what it sweeps is not touched either way. */
    void cancel();

    /** A file name for an export of {@code kind} (of the chart {@code chart} for PNG and SVG). */
    String suggestedName(SweepPresenter.Export kind, String chart);

    /** Writes the last outcome as CSV, or its chart {@code chart} as PNG or SVG, to {@code file}. */
    void export(SweepPresenter.Export kind, String chart, Path file);
}
