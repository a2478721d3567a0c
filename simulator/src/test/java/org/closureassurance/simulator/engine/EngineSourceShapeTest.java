package org.closureassurance.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the sources small enough to read and the engine's methods small enough for the JIT to
 * compile early: no main source file of any module over 400 lines, and no method or constructor
 * in the engine package over 60 lines, nested and local types' methods included. The methods
 * are found by {@link MethodLengths}, which counts braces outside comments and literals.
 */
class EngineSourceShapeTest {
    private static final Path ENGINE = Path.of("src/main/java/org/closureassurance/simulator/engine");
    /** The simulator module's tests run in its folder; its siblings are the other modules. */
    private static final Path MODULES = Path.of("..");

    @Test
    void noEngineMethodIsOver60Lines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        List<Path> files = javaFiles(ENGINE);
        for (Path file : files) {
            for (MethodLengths.Member m : MethodLengths.of(Files.readString(file))) {
                if (m.lines() > 60) {
                    tooLong.add(file.getFileName() + ": " + m);
                }
            }
        }
        assertTrue(files.size() >= 10, "engine sources found: " + files.size());
        assertEquals(List.of(), tooLong);
    }

    @Test
    void noMainSourceFileOfAnyModuleIsOver400Lines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        int modules = 0;
        try (Stream<Path> children = Files.list(MODULES)) {
            for (Path module : (Iterable<Path>) children.sorted()::iterator) {
                Path main = module.resolve("src/main/java");
                if (!Files.isDirectory(main)) {
                    continue;
                }
                modules++;
                for (Path file : javaFiles(main)) {
                    long lines = Files.readAllLines(file).size();
                    if (lines > 400) {
                        tooLong.add(MODULES.relativize(file) + ": " + lines + " lines");
                    }
                }
            }
        }
        assertTrue(modules >= 5, "modules with main sources found: " + modules);
        assertEquals(List.of(), tooLong);
    }

    @Test
    void theCounterFindsEveryMemberAndIgnoresBracesInCommentsAndLiterals() {
        String source = String.join("\n",
                "final class A {",
                "    @Override",
                "    public String toString() {",
                "        return \"}{\" + '}';",
                "    }",
                "    /** { */",
                "    record R(int x) {",
                "        R {",
                "            if (x < 0) { throw new IllegalArgumentException(); }",
                "        }",
                "        int twice() {",
                "            Runnable r = () -> { };",
                "            return 2 * x; // }",
                "        }",
                "    }",
                "}");
        // toString: its declaration on line 3 (the annotation not counted) to its brace on line 5;
        // the compact constructor, lines 8-10; twice() in the nested record, lines 11-14.
        assertEquals(List.of(new MethodLengths.Member(3, 3, "public String toString()"),
                new MethodLengths.Member(8, 3, "R"), new MethodLengths.Member(11, 4, "int twice()")),
                MethodLengths.of(source));
    }

    @Test
    void theCounterSeesAMethodOf61LinesInANestedType() {
        List<String> lines = new ArrayList<>(List.of("final class A {", "    static final class B {",
                "        void m(int k) {"));
        for (int k = 0; k < 59; k++) {
            lines.add("            k++;");
        }
        lines.addAll(List.of("        }", "    }", "}"));
        assertEquals(List.of(61), MethodLengths.of(String.join("\n", lines)).stream()
                .map(MethodLengths.Member::lines).toList());
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
