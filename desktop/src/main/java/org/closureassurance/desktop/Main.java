package org.closureassurance.desktop;

import org.closureassurance.desktop.cli.ClosureAssuranceCommand;

/**
 * Entry point of {@code closure-assurance.jar}. With arguments it is a command-line tool;
 * without, it runs the default bundled scenario and prints the summary.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        String[] effective = args.length == 0 ? new String[] {"run"} : args;
        int code = ClosureAssuranceCommand.create().execute(effective);
        System.exit(code);
    }
}
