package org.closureassurance.desktop;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.Set;
import org.closureassurance.desktop.cli.ClosureAssuranceCommand;
import org.closureassurance.desktop.gui.DesktopApp;
import picocli.CommandLine;

/**
 * Entry point of {@code closure-assurance.jar}. Without arguments it opens the desktop
 * application when there is a display, and otherwise runs the default bundled scenario and
 * prints the summary; {@code gui [FILE]} opens the desktop application (on {@code FILE}); a
 * lone scenario file is opened in the desktop application, or run when there is no display
 * ({@link StartArguments}); anything else is the command line.
 */
public final class Main {
    private Main() {
    }

    /**
     * Apache POI (the {@code .xlsx} register reader) logs through Log4j's API, which complains
     * on standard error when no logging back end is on the class path; its simple logger (errors
     * only, to standard error) is enough for a command-line tool. A setting given on the command
     * line wins.
     */
    private static final String LOG4J_CONTEXT_FACTORY = "log4j2.loggerContextFactory";

    public static void main(String[] args) {
        if (System.getProperty(LOG4J_CONTEXT_FACTORY) == null) {
            System.setProperty(LOG4J_CONTEXT_FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        boolean display = !GraphicsEnvironment.isHeadless();
        if (args.length == 0 && display) {
            DesktopApp.launch(null);
            return;
        }
        CommandLine commandLine = ClosureAssuranceCommand.create();
        Set<String> commands = commandLine.getSubcommands().keySet();
        Path file = StartArguments.loneScenarioFile(args, commands);
        if (file != null && display) {
            DesktopApp.launch(file);
            return;
        }
        int code = commandLine.execute(StartArguments.commandLine(args, commands));
        if (!ClosureAssuranceCommand.openedAWindow(commandLine)) {
            System.exit(code);
        }
    }
}
