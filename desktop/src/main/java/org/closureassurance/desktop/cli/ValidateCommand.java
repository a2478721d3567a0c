package org.closureassurance.desktop.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.closureassurance.scenarios.PortfolioError;
import org.closureassurance.scenarios.ValidationError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate FILE...}: prints OK or every error of each file; exit 0 when all are valid, else 2. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario or portfolio files (or bundled scenario names) and list every error with its "
                + "JSON path, or a register's line and column.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files, portfolio files, or bundled scenario or portfolio names.")
    private List<String> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean allValid = true;
        for (String f : files) {
            if (PortfolioSource.names(f)) {
                allValid &= printPortfolio(out, f);
                continue;
            }
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

    /** Checks the portfolio {@code file} (or bundled name) and every file it names; prints OK or each problem. */
    private boolean printPortfolio(PrintWriter out, String file) {
        List<PortfolioError> errors = PortfolioSource.resolve(file).load().errors();
        String prefix = files.size() > 1 ? file + ": " : "";
        if (errors.isEmpty()) {
            out.println(prefix + "OK");
            return true;
        }
        out.println(prefix + errors.size() + (errors.size() == 1 ? " error" : " errors"));
        for (PortfolioError e : errors) {
            out.println("  " + e);
        }
        return false;
    }
}
