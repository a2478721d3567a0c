package org.closureassurance.desktop.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.closureassurance.scenarios.PortfolioError;
import org.closureassurance.scenarios.PortfolioLoad;
import org.closureassurance.scenarios.PortfolioReader;
import org.closureassurance.scenarios.bundled.BundledPortfolios;
import org.closureassurance.scenarios.json.JsonPath;

/**
 * Where a portfolio named on the command line comes from: a file when one exists at that path,
 * otherwise a bundled portfolio of that name. A portfolio names other files relative to its own,
 * so it is never read from standard input.
 *
 * @param label how messages name it
 * @param load the portfolio with every file it names, or every problem in them
 */
record PortfolioSource(String label, PortfolioLoad load) {

    /**
     * Whether {@code arg} names a portfolio rather than a scenario: a file that declares the
     * portfolio format, or, when no file is there, a bundled portfolio's name.
     */
    static boolean names(String arg) {
        if (arg == null || arg.isBlank()) {
            return false;
        }
        Path path = Path.of(arg);
        return Files.isRegularFile(path) ? PortfolioReader.declaresPortfolio(path)
                : !Files.exists(path) && BundledPortfolios.contains(arg);
    }

    /** Reads the portfolio {@code arg}: the file at that path, else the bundled portfolio of that name. */
    static PortfolioSource resolve(String arg) {
        Path path = Path.of(arg);
        if (Files.isDirectory(path)) {
            return invalid(arg, "is a directory, not a portfolio file");
        }
        if (Files.exists(path)) {
            return new PortfolioSource(arg, PortfolioReader.read(path));
        }
        if (BundledPortfolios.contains(arg)) {
            return new PortfolioSource("bundled:" + arg, BundledPortfolios.load(arg));
        }
        return invalid(arg, "no such file, and no bundled portfolio of that name (bundled: "
                + String.join(", ", BundledPortfolios.names()) + ")");
    }

    /** Prints the problems (label, count, then each with its file and place) to {@code out}. */
    void printErrors(PrintWriter out) {
        List<PortfolioError> errors = load.errors();
        out.println(label + ": " + errors.size() + (errors.size() == 1 ? " error" : " errors"));
        for (PortfolioError e : errors) {
            out.println("  " + e);
        }
        out.flush();
    }

    private static PortfolioSource invalid(String arg, String message) {
        return new PortfolioSource(arg, new PortfolioLoad.Invalid(List.of(new PortfolioError(arg, JsonPath.ROOT,
                message))));
    }
}
