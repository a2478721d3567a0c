package org.closureassurance.desktop.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.closureassurance.scenarios.ValidationError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate FILE...}: prints OK or every error of each file; exit 0 when all are valid, else 2. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files (or bundled scenario names) and list every error with its JSON path.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files or bundled scenario names.")
    private List<String> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean allValid = true;
        for (String f : files) {
            ScenarioSource src = ScenarioSource.resolve(f);
            List<ValidationError> errors = src.result().errors();
            String prefix = files.size() > 1 ? src.label() + ": " : "";
            if (errors.isEmpty()) {
                out.println(prefix + "OK");
            } else {
                allValid = false;
                out.println(prefix + errors.size() + (errors.size() == 1 ? " error" : " errors"));
                for (ValidationError e : errors) {
                    out.println("  " + e);
                }
            }
        }
        out.flush();
        return allValid ? 0 : ExitCodes.INVALID;
    }
}
