package org.closureassurance.desktop.cli;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.closureassurance.desktop.gui.DesktopApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gui [FILE]}: opens the desktop application. A command like the others, so the
 * top-level help lists it and {@code gui --help} prints its usage instead of opening a window.
 */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the desktop application, on FILE when given (needs a display).")
final class GuiCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Scenario file to open.")
    private Path file;

    private boolean opened;

    @Override
    public Integer call() {
        if (GraphicsEnvironment.isHeadless()) {
            spec.commandLine().getErr().println("error: the desktop application needs a display; "
                    + "use the command line instead (closure-assurance --help)");
            spec.commandLine().getErr().flush();
            return ExitCodes.FAILED;
        }
        DesktopApp.launch(file);
        opened = true;
        return ExitCodes.OK;
    }

    /** Whether a window was opened, which the process must then outlive. */
    boolean opened() {
        return opened;
    }
}
