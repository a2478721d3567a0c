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

    public static void main(String[] args) {
        boolean display = !GraphicsEnvironment.isHeadless();
        if (args.length > 0 && args[0].equals("gui")) {
            if (args.length > 2) {
                System.err.println("usage: closure-assurance gui [FILE]");
                System.exit(2);
            }
            if (!display) {
                System.err.println("error: the desktop application needs a display; use the command line instead "
                        + "(closure-assurance --help)");
                System.exit(1);
            }
            DesktopApp.launch(args.length == 2 ? Path.of(args[1]) : null);
            return;
        }
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
        System.exit(commandLine.execute(StartArguments.commandLine(args, commands)));
    }
}
