package org.closureassurance.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.results.SimulationResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Use it from Java" example compiles against this module and, run on the
 * bundled default scenario, prints what the API gives when called directly.
 */
class JavaExampleTest {
    private static Path readme() {
        Path dir = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("README.md")) && Files.isDirectory(d.resolve("scenarios"))) {
                return d.resolve("README.md");
            }
        }
        throw new IllegalStateException("no README.md at or above " + dir);
    }

    /** The first {@code java} block after the heading "Use it from Java". */
    private static String example() throws IOException {
        String text = Files.readString(readme(), StandardCharsets.UTF_8);
        int heading = text.indexOf("\n## Use it from Java\n");
        assertTrue(heading >= 0, "the README has no section \"Use it from Java\"");
        int start = text.indexOf("```java\n", heading);
        int end = text.indexOf("\n```", start + 1);
        assertTrue(start >= 0 && end > start, "the section shows no java block");
        return text.substring(start + "```java\n".length(), end + 1);
    }

    /** What the example printed on standard output and standard error. */
    private record Printed(String out, String err) {
    }

    private static Printed compileAndRun(Path dir, String... args) throws Exception {
        Path source = dir.resolve("RunScenario.java");
        Files.writeString(source, example(), StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = javac.run(null, diagnostics, diagnostics, "-d", dir.toString(), "-classpath",
                System.getProperty("java.class.path"), source.toString());
        assertEquals(0, status, diagnostics.toString(StandardCharsets.UTF_8));
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                JavaExampleTest.class.getClassLoader())) {
            Method main = loader.loadClass("RunScenario").getMethod("main", String[].class);
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new Printed(o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theReadmeExampleRunsAScenarioAsTheApiDoes(@TempDir Path dir) throws Exception {
        String name = BundledScenarios.defaultName();
        Path file = dir.resolve("scenario.json");
        Files.write(file, BundledScenarios.bytes(name));
        Printed printed = compileAndRun(dir, file.toString());
        // the example asks for 5,000 iterations with seed 42; results do not depend on threads
        SimulationResults expected = ClosureAssurance.run(BundledScenarios.load(name),
                RunOptions.defaults().withIterations(5_000).withSeed(42), ProgressListener.NONE);
        assertEquals(String.format("chance the assurance covers the cost: %.3f%n", expected.coverageProbability())
                + ClosureAssurance.json(expected).length() + " characters of results JSON" + System.lineSeparator(),
                printed.out());
        assertTrue(printed.err().contains("5000 of 5000 iterations"), printed.err());
    }

    @Test
    void theReadmeExamplePrintsTheProblemsOfABadFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"format\": \"closure-assurance/1\"}", StandardCharsets.UTF_8);
        Printed printed = compileAndRun(dir, file.toString());
        assertEquals("", printed.out());
        List<String> lines = printed.err().lines().toList();
        assertTrue(lines.contains("name: required field is missing"), printed.err());
    }
}
