package org.closureassurance.desktop.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code scenarios}: lists the bundled scenarios that {@code run} accepts by name. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = "List the bundled scenarios (the default is marked *).")
final class ScenariosCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (String name : BundledScenarios.names()) {
            String title = BundledScenarios.load(name).name();
            out.printf("%s %-32s %s%n", name.equals(BundledScenarios.defaultName()) ? "*" : " ", name, title);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
