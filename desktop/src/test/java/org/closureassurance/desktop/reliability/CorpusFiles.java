package org.closureassurance.desktop.reliability;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reliability corpus of the scenarios module ({@code scenarios/src/test/resources/corpus},
 * described in docs/reliability.md), found from this module's base directory.
 */
final class CorpusFiles {
    private CorpusFiles() {
    }

    /** The path of corpus case {@code name} ({@code NAME.json}). */
    static Path file(String name) {
        Path base = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        for (Path dir : new Path[] {base.resolve("../scenarios/src/test/resources/corpus"),
            base.resolve("scenarios/src/test/resources/corpus")}) {
            Path p = dir.resolve(name + ".json").normalize();
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("corpus file " + name + ".json not found from " + base);
    }
}
