package org.closureassurance.desktop.cli;

import java.io.PrintWriter;

/** How the sweep commands refuse: one {@code error:} line with the problem, exit code 2. */
final class CommandErrors {
    private CommandErrors() {
    }

    /** Prints {@code e}'s message as an error line; returns {@link ExitCodes#INVALID}. */
    static int invalid(PrintWriter err, RuntimeException e) {
        err.println("error: " + e.getMessage());
        err.flush();
        return ExitCodes.INVALID;
    }
}
