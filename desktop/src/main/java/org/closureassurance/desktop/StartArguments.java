package org.closureassurance.desktop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the jar's arguments when they are one scenario file, which is what a file manager
 * passes when a {@code .json} file is opened with the jar: {@code java -jar
 * closure-assurance.jar mine.json} opens it in the desktop application when there is a display
 * and runs it on the command line when there is none, as {@code run mine.json} would.
 */
final class StartArguments {
    private StartArguments() {
    }

    /**
     * The scenario file when {@code args} are exactly one {@code .json} file or existing file
     * that is not one of the {@code commands} or an option, else null.
     */
    static Path loneScenarioFile(String[] args, Set<String> commands) {
        if (args.length != 1 || args[0].isBlank() || args[0].startsWith("-") || commands.contains(args[0])) {
            return null;
        }
        Path file = Path.of(args[0]);
        boolean json = args[0].toLowerCase(Locale.ROOT).endsWith(".json");
        return json || Files.isRegularFile(file) ? file : null;
    }

    /** What the command line runs when no window opens: the arguments, with {@code run} before a lone file. */
    static String[] commandLine(String[] args, Set<String> commands) {
        if (args.length == 0) {
            return new String[] {"run"};
        }
        return loneScenarioFile(args, commands) != null ? new String[] {"run", args[0]} : args;
    }
}
