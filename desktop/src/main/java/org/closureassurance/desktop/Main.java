package org.closureassurance.desktop;

import java.awt.GraphicsEnvironment;
import org.closureassurance.desktop.cli.ClosureAssuranceCommand;
import org.closureassurance.desktop.gui.DesktopApp;
import picocli.CommandLine;

/**
 * Entry point of {@code closure-assurance.jar}. Without arguments it opens the desktop
 * application when there is a display, and otherwise runs the default bundled scenario and
 * prints the summary; anything else is the command line, whose {@code gui [FILE]} opens the
 * desktop application (on {@code FILE}).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        boolean display = !GraphicsEnvironment.isHeadless();
        if (args.length == 0 && display) {
            DesktopApp.launch(null);
            return;
        }
        String[] effective = args.length == 0 ? new String[] {"run"} : args;
        CommandLine cl = ClosureAssuranceCommand.create();
        int code = cl.execute(effective);
        if (!ClosureAssuranceCommand.openedAWindow(cl)) {
            System.exit(code);
        }
    }
}
