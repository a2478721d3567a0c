package org.closureassurance.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.closureassurance.scenarios.json.JsonLimits;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonPath;
import org.closureassurance.scenarios.json.JsonProblem;
import org.closureassurance.scenarios.json.ParsedJson;
import org.closureassurance.scenarios.json.JsonTreeReader;
import org.closureassurance.simulator.value.Value;

/**
 * Reads a scenario file ({@code closure-assurance/1}, docs/scenario-format.md) into a validated
 * {@link org.closureassurance.simulator.model.Scenario}, or into every problem the file has,
 * each named by its JSON path. Never throws on the file's content: malformed JSON, bad bytes,
 * limits and impossible values all come back as {@link ValidationError}s.
 */
public final class ScenarioReader {
    private ScenarioReader() {
    }

    /** Reads a scenario from UTF-8 bytes. */
    public static LoadResult read(byte[] utf8) {
        return read(utf8, JsonLimits.DEFAULT);
    }

    /** Reads a scenario from UTF-8 bytes within the given limits. */
    public static LoadResult read(byte[] utf8, JsonLimits limits) {
        try {
            return bind(JsonTreeReader.parse(utf8, limits));
        } catch (RuntimeException e) {
            return internalError(e);
        }
    }

    /** Reads a scenario from text (as if it had been saved as UTF-8). */
    public static LoadResult readString(String json) {
        try {
            return bind(JsonTreeReader.parse(json, JsonLimits.DEFAULT));
        } catch (RuntimeException e) {
            return internalError(e);
        }
    }

    /**
     * Reads a scenario from a JSON tree built in memory (by a program that embeds the
     * simulator, say), checked exactly as a file's tree is.
     */
    public static LoadResult read(JsonNode tree) {
        try {
            return ScenarioBinder.bind(tree, List.of());
        } catch (RuntimeException e) {
            return internalError(e);
        }
    }

    /**
     * Reads one Value (a number or a distribution object) at JSON {@code path}, as the reader
     * reads every Value of a file; null after adding its problems to {@code errors}. Lets a form
     * check a distribution on its own, in the file reader's words, while it is being edited.
     */
    public static Value readValue(JsonNode node, String path, List<ValidationError> errors) {
        int before = errors.size();
        Value v = ValueReader.read(node, path, errors);
        if (v == null && errors.size() == before) {
            errors.add(new ValidationError(path, "must be a finite number"));
        }
        return v;
    }

    /** Reads a scenario file; a file that cannot be read is reported like any other problem. */
    public static LoadResult read(Path file) {
        long limit = JsonLimits.DEFAULT.maxBytes();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) limit + 1);
            if (bytes.length > limit) {
                return invalid("the file is too large (more than " + limit + " bytes)");
            }
            return read(bytes);
        } catch (NoSuchFileException e) {
            return invalid("cannot read " + file + ": no such file");
        } catch (IOException | SecurityException e) {
            return invalid("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static LoadResult bind(ParsedJson parsed) {
        List<ValidationError> errors = new ArrayList<>();
        for (JsonProblem p : parsed.problems()) {
            errors.add(new ValidationError(p.path(), p.message()));
        }
        if (parsed.root() == null) {
            return new LoadResult.Invalid(errors);
        }
        return ScenarioBinder.bind(parsed.root(), errors);
    }

    private static LoadResult invalid(String message) {
        return new LoadResult.Invalid(List.of(new ValidationError(JsonPath.ROOT, message)));
    }

    private static LoadResult internalError(RuntimeException e) {
        return invalid("internal error while reading the scenario (please report it): " + e);
    }
}
