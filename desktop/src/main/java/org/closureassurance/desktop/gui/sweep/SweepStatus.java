package org.closureassurance.desktop.gui.sweep;

import java.nio.file.Path;
import org.closureassurance.desktop.gui.run.RunProgress;

/**
 * What a sweep dialog shows whatever it sweeps: the settings in its boxes, whether a sweep
 * runs, its progress, a problem, a Cancel and an export. Each presenter's view adds how its
 * outcome is shown.
 */
public interface SweepStatus {
    /** The settings to show in the boxes. */
    void settings(SweepSettings settings);

    /** Whether a sweep is running (Run off, Cancel on) and whether it is being cancelled. */
    void running(boolean running, boolean cancelling);

    void progressed(RunProgress progress);

    /** Why the settings cannot be run or the run failed, in words; null clears it. */
    void problem(String message);

    /** The sweep stopped on Cancel; {@code message} says so. */
    void cancelled(String message);

    void exported(Path file);
}
