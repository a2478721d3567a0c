package org.closureassurance.desktop.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A user has only the repository: no file in it may point at a file outside it (the shared
 * folder it was specified from, its domain-facts or performance notes, the spec's own pages),
 * at a checker it does not ship, or at an issue tracker's numbers.
 */
class RepositoryReferencesTest {

    /** What a line must not contain, and why. */
    private record Rule(String why, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("a path into the shared folder outside the repository",
                    Pattern.compile("(?:\\.\\./|/work/)shared\\b")),
            new Rule("the domain-facts file outside the repository (cite docs/sources.md)",
                    Pattern.compile("DOMAIN-FACTS")),
            new Rule("the performance notes outside the repository", Pattern.compile("PERFORMANCE-NOTES")),
            new Rule("the worked-examples checker outside the repository", Pattern.compile("check-examples")),
            new Rule("a page of the specification, which is not shipped (cite docs/ instead)",
                    Pattern.compile("(?<![\\w/])(?:SCENARIO-FORMAT|RESULTS-FORMAT|MODEL|PORTFOLIO)\\.md")),
            new Rule("a section of the specification's model, which is not shipped (cite docs/model.md instead)",
                    Pattern.compile("\\bMODEL,? (?:section|§) ?\\d+")),
            new Rule("an issue number", Pattern.compile("(?i)\\bissues? #?\\d+\\b")),
            // "#7", but not an HTML entity (&#39;) nor a CSS colour (#444;)
            new Rule("an issue number", Pattern.compile("(?<![&\\w/])#\\d+\\b(?![;\\w])")));

    /** This file states the rules, so it holds their words; it is the one file not searched. */
    private static final Path SELF = Path.of("desktop/src/test/java/org/closureassurance/desktop/documentation/"
            + "RepositoryReferencesTest.java");

    private static List<String> problems(String text) {
        List<String> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (Rule rule : RULES) {
                Matcher m = rule.pattern().matcher(lines[i]);
                if (m.find()) {
                    found.add((i + 1) + ": \"" + m.group() + "\" is " + rule.why());
                }
            }
        }
        return found;
    }

    @Test
    void noTrackedTextFileRefersOutsideTheRepository() throws IOException {
        Path root = Repository.root();
        List<String> found = new ArrayList<>();
        List<Path> files = Repository.trackedFiles();
        for (Path relative : files) {
            Path file = root.resolve(relative);
            if (relative.equals(SELF) || !Files.isRegularFile(file)) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (isBinary(bytes)) {
                continue;
            }
            // every pattern is ASCII, so reading bytes as Latin-1 finds them in any encoding of ASCII
            for (String p : problems(new String(bytes, StandardCharsets.ISO_8859_1))) {
                found.add(relative + ":" + p);
            }
        }
        assertTrue(files.size() > 100, "the repository's files were found (" + files.size() + ")");
        assertEquals(List.of(), found);
    }

    private static boolean isBinary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest
    @ValueSource(strings = {"see ../shared/spec/MODEL.md", "as in /work/shared/DOMAIN-FACTS.md",
        "the project's DOMAIN-FACTS.md", "PERFORMANCE-NOTES.md says", "run check-examples",
        "(SCENARIO-FORMAT.md, \"Paths\")", "MODEL.md section 5", "follows MODEL section 9:", "RESULTS-FORMAT.md",
        "the targets of issue 7", "Issue #12", "(#7)", "fixed in #11."})
    void theRulesCatchReferencesOutside(String line) {
        assertFalse(problems(line).isEmpty(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"color: #444;", "Tom &amp; Jerry&#39;s", "docs/model.md", "see docs/sources.md",
        "the shared copula", "{@link Foo#bar}", "[Paths](#paths)", "costItems[2].unitCost", "issues of the day",
        "the Act, section 509", "the model section kernels"})
    void theRulesLeaveOrdinaryTextAlone(String line) {
        assertEquals(List.of(), problems(line), line);
    }
}
