package org.closureassurance.scenarios.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.closureassurance.scenarios.LoadResult;
import org.closureassurance.scenarios.ValidationError;

/**
 * The reliability corpus: broken, hostile and extreme-but-valid scenario files under
 * {@code src/test/resources/corpus}, each {@code NAME.json} with its expected outcome in
 * {@code NAME.expected} (the word {@code VALID}, or the reader's error lines exactly).
 * Read from the source tree, not the class path, so that record mode can write beside them
 * and other modules' tests can find them.
 */
public final class Corpus {
    /** What an {@code .expected} file holds for a file that reads into a scenario. */
    public static final String VALID = "VALID";

    private Corpus() {
    }

    /** The corpus folder, found from the module's base directory (or the project root). */
    public static Path directory() {
        Path base = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        for (Path candidate : List.of(base.resolve("src/test/resources/corpus"),
                base.resolve("../scenarios/src/test/resources/corpus"),
                base.resolve("scenarios/src/test/resources/corpus"))) {
            if (Files.isDirectory(candidate)) {
                return candidate.normalize();
            }
        }
        throw new IllegalStateException("corpus folder not found from " + base);
    }

    /** The names of every case ({@code NAME} of {@code NAME.json}), sorted. */
    public static List<String> names() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of case {@code name}. */
    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(directory().resolve(name + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path of case {@code name}'s scenario file. */
    public static Path file(String name) {
        return directory().resolve(name + ".json");
    }

    /** The expected outcome of case {@code name}, or null when it has not been recorded. */
    public static String expected(String name) {
        Path p = directory().resolve(name + ".expected");
        try {
            return Files.exists(p) ? normalise(Files.readString(p, StandardCharsets.UTF_8)) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the expected outcome of case {@code name} (record mode). */
    static void record(String name, String outcome) {
        try {
            Files.writeString(directory().resolve(name + ".expected"), outcome + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reading's outcome as an {@code .expected} file states it. */
    public static String outcome(LoadResult result) {
        if (result.isValid()) {
            return VALID;
        }
        return result.errors().stream().map(ValidationError::toString).collect(Collectors.joining("\n"));
    }

    private static String normalise(String text) {
        return text.replace("\r\n", "\n").stripTrailing();
    }
}
