package org.closureassurance.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the engine's sources small enough to read and for the JIT to compile early: no class
 * over 400 lines, no method or constructor over 60. A member is counted from the first line of
 * its declaration (indented four spaces, with a parameter list) to its closing brace at the
 * same indentation; nested types are not members here.
 */
class EngineSourceShapeTest {
    private static final Path ENGINE = Path.of("src/main/java/org/closureassurance/simulator/engine");
    private static final Pattern MEMBER = Pattern.compile("^ {4}[A-Za-z<].*\\(.*");
    private static final Pattern NESTED_TYPE = Pattern.compile("\\b(class|record|enum|interface)\\b");

    @Test
    void noEngineClassIsOver400LinesAndNoMethodOver60() throws IOException {
        List<String> tooLong = new ArrayList<>();
        int files = 0;
        try (Stream<Path> sources = Files.list(ENGINE)) {
            for (Path file : (Iterable<Path>) sources.filter(p -> p.toString().endsWith(".java"))::iterator) {
                files++;
                List<String> lines = Files.readAllLines(file);
                if (lines.size() > 400) {
                    tooLong.add(file.getFileName() + ": " + lines.size() + " lines");
                }
                tooLong.addAll(longMembers(file.getFileName().toString(), lines));
            }
        }
        assertTrue(files >= 10, "engine sources found: " + files);
        assertEquals(List.of(), tooLong);
    }

    @Test
    void theCounterSeesAMemberOf61Lines() {
        List<String> lines = new ArrayList<>(List.of("final class A {", "    void m() {"));
        for (int k = 0; k < 59; k++) {
            lines.add("        k++;");
        }
        lines.add("    }");
        assertEquals(List.of("A.java: line 2, 61 lines"), longMembers("A.java", lines));
        lines.remove(2);
        assertEquals(List.of(), longMembers("A.java", lines));
    }

    private static List<String> longMembers(String name, List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!MEMBER.matcher(line).matches() || NESTED_TYPE.matcher(line).find() || line.contains(" = ")) {
                continue;
            }
            int open = i;
            while (open < lines.size() && !lines.get(open).contains("{") && !lines.get(open).endsWith(";")) {
                open++;
            }
            if (open == lines.size() || !lines.get(open).contains("{")) {
                continue;
            }
            int end = open;
            while (end < lines.size() && !lines.get(end).equals("    }")) {
                end++;
            }
            if (end - i + 1 > 60) {
                out.add(name + ": line " + (i + 1) + ", " + (end - i + 1) + " lines");
            }
            i = end;
        }
        return out;
    }
}
