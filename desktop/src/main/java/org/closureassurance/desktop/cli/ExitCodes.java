package org.closureassurance.desktop.cli;

/** Process exit codes of the command line. */
final class ExitCodes {
    /** Success. */
    static final int OK = 0;
    /** The run failed for a reason the user cannot fix in the scenario (a bug, an I/O error). */
    static final int FAILED = 1;
    /** Usage errors, invalid scenarios, and runs refused as too large. */
    static final int INVALID = 2;

    private ExitCodes() {
    }
}
