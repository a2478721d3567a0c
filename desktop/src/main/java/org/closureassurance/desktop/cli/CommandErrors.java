package org.closureassurance.desktop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.closureassurance.scenarios.AtomicFile;

/**
 * How the commands that simulate refuse: one {@code error:} line with the problem, exit code 2;
 * and how they fail when an output cannot be written: one line with the reason, exit code 1.
 */
final class CommandErrors {
    private CommandErrors() {
    }

    /** Prints {@code e}'s message as an error line; returns {@link ExitCodes#INVALID}. */
    static int invalid(PrintWriter err, RuntimeException e) {
        err.println("error: " + e.getMessage());
        err.flush();
        return ExitCodes.INVALID;
    }

    /** Prints why the outputs could not be written; returns {@link ExitCodes#FAILED}. */
    static int writeFailed(PrintWriter err, IOException e) {
        err.println("error: could not write the outputs: " + AtomicFile.reason(e));
        err.flush();
        return ExitCodes.FAILED;
    }
}
