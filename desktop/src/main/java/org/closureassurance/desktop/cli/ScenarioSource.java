package org.closureassurance.desktop.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.closureassurance.scenarios.LoadResult;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.scenarios.ValidationError;
import org.closureassurance.scenarios.bundled.BundledScenarios;

/**
 * Where a scenario named on the command line comes from: a file when one exists at that
 * path, otherwise a bundled scenario of that name. Either way the bytes are kept so the
 * report can record their hash.
 */
record ScenarioSource(String label, byte[] bytes, LoadResult result) {

    /** Loads {@code arg} as a file path or a bundled scenario name. */
    static ScenarioSource resolve(String arg) {
        Path path = Path.of(arg);
        if (Files.isRegularFile(path)) {
            try {
                if (Files.size(path) > org.closureassurance.scenarios.json.JsonLimits.DEFAULT.maxBytes()) {
                    return new ScenarioSource(arg, new byte[0], ScenarioReader.read(path));
                }
                byte[] bytes = Files.readAllBytes(path);
                return new ScenarioSource(arg, bytes, ScenarioReader.read(bytes));
            } catch (java.io.IOException e) {
                return invalid(arg, "$", "cannot read the file: " + e.getMessage());
            }
        }
        if (Files.isDirectory(path)) {
            return invalid(arg, "$", "is a directory, not a scenario file");
        }
        if (BundledScenarios.names().contains(stripJson(arg))) {
            byte[] bytes = BundledScenarios.bytes(arg);
            return new ScenarioSource("bundled:" + stripJson(arg), bytes, ScenarioReader.read(bytes));
        }
        return invalid(arg, "$", "no such file, and no bundled scenario of that name (bundled: "
                + String.join(", ", BundledScenarios.names()) + ")");
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
