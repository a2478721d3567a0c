package org.closureassurance.desktop.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.closureassurance.scenarios.AtomicFile;
import org.closureassurance.scenarios.LoadResult;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.scenarios.ValidationError;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.closureassurance.scenarios.json.JsonLimits;

/**
 * Where a scenario named on the command line comes from: standard input for {@code -}, a file
 * when one exists at that path, otherwise a bundled scenario of that name. Either way the bytes
 * are kept so the report can record their hash.
 */
record ScenarioSource(String label, byte[] bytes, LoadResult result) {
    /** The argument that means "read the scenario from standard input". */
    static final String STANDARD_INPUT = "-";

    /** Loads {@code arg} as {@link #resolve} does, or the bundled default scenario when a command names no file. */
    static ScenarioSource resolveOrDefault(String arg) {
        return resolve(arg == null ? org.closureassurance.scenarios.bundled.BundledScenarios.defaultName() : arg);
    }

    /**
     * Loads {@code arg}: {@code -} reads standard input; a path that exists is read whatever it
     * is (a file, a named pipe, {@code /dev/stdin}); otherwise a bundled scenario of that name.
     */
    static ScenarioSource resolve(String arg) {
        if (arg.isBlank()) {
            return invalid("(empty name)", "$", "the scenario name is empty: give a scenario file, a bundled "
                    + "scenario name (see the scenarios command), or - to read standard input");
        }
        if (STANDARD_INPUT.equals(arg)) {
            return read("standard input", System.in);
        }
        Path path = Path.of(arg);
        if (Files.isDirectory(path)) {
            return invalid(arg, "$", "is a directory, not a scenario file");
        }
        if (Files.exists(path)) {
            try (InputStream in = Files.newInputStream(path)) {
                return read(arg, in);
            } catch (IOException e) {
                return invalid(arg, "$", "cannot read the file: " + AtomicFile.reason(e));
            }
        }
        if (BundledScenarios.names().contains(stripJson(arg))) {
            byte[] bytes = BundledScenarios.bytes(arg);
            return new ScenarioSource("bundled:" + stripJson(arg), bytes, ScenarioReader.read(bytes));
        }
        return invalid(arg, "$", "no such file, and no bundled scenario of that name (bundled: "
                + String.join(", ", BundledScenarios.names()) + ")");
    }

    /**
     * Reads at most the size limit and one byte more, so a huge file or an endless stream is
     * refused as too large without being read whole.
     */
    private static ScenarioSource read(String label, InputStream in) {
        long limit = JsonLimits.DEFAULT.maxBytes();
        try {
            byte[] bytes = in.readNBytes((int) limit + 1);
            if (bytes.length > limit) {
                return invalid(label, "$", "the file is too large (more than " + limit + " bytes)");
            }
            return new ScenarioSource(label, bytes, ScenarioReader.read(bytes));
        } catch (IOException e) {
            return invalid(label, "$", "cannot read the file: " + AtomicFile.reason(e));
        }
    }

    /** Prints this source's errors (label, count, one path and message per line) to {@code err}. */
    void printErrors(java.io.PrintWriter err) {
        err.println(label + ": " + result.errors().size() + (result.errors().size() == 1 ? " error" : " errors"));
        for (ValidationError e : result.errors()) {
            err.println("  " + e);
        }
        err.flush();
    }

    private static String stripJson(String name) {
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    private static ScenarioSource invalid(String label, String path, String message) {
        return new ScenarioSource(label, new byte[0],
                new LoadResult.Invalid(List.of(new ValidationError(path, message))));
    }
}
