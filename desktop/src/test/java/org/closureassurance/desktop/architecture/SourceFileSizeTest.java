package org.closureassurance.desktop.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps every main class readable: no main source file of any module is over {@value #MAX_LINES}
 * lines, so a class that outgrows it is split along its concepts (one concept per file, methods
 * that fit on a screen) instead of growing on.
 */
class SourceFileSizeTest {
    static final int MAX_LINES = 400;

    /** The repository root: the parent of this module, whose pom.xml lists the modules. */
    private static Path root() {
        Path module = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        Path root = module.getParent();
        assertTrue(Files.isRegularFile(root.resolve("pom.xml")) && Files.isDirectory(module.resolve("src/main/java")),
                "the desktop module and the repository root above it were found from " + module);
        return root;
    }

    /** Every {@code .java} file under a module's {@code src/main/java}, relative to the root. */
    private static List<Path> mainSources(Path root) throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.sorted().toList()) {
                Path main = module.resolve("src/main/java");
                if (Files.isDirectory(main)) {
                    try (Stream<Path> files = Files.walk(main)) {
                        files.filter(f -> f.toString().endsWith(".java")).map(root::relativize).forEach(sources::add);
                    }
                }
            }
        }
        return sources;
    }

    @Test
    void noMainSourceFileIsOverTheLimit() throws IOException {
        Path root = root();
        List<Path> sources = mainSources(root);
        List<String> tooLong = new ArrayList<>();
        for (Path relative : sources) {
            String name = relative.toString().replace('\\', '/');
            long lines = Files.readAllLines(root.resolve(relative), StandardCharsets.UTF_8).size();
            if (lines > MAX_LINES) {
                tooLong.add(name + " (" + lines + " lines)");
            }
        }
        assertTrue(sources.stream().map(p -> p.getName(0).toString()).distinct().count() >= 4
                && sources.size() > 100, "the main sources of every module were found (" + sources.size() + ")");
        assertEquals(List.of(), tooLong, "main source files over " + MAX_LINES
                + " lines: split each along its concepts");
    }
}
