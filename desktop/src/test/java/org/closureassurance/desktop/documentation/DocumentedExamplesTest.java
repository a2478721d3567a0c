package org.closureassurance.desktop.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.closureassurance.desktop.cli.ClosureAssuranceCommand;
import org.closureassurance.scenarios.LoadResult;
import org.closureassurance.scenarios.PortfolioError;
import org.closureassurance.scenarios.PortfolioReader;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.scenarios.ValidationError;
import org.closureassurance.scenarios.json.JsonLimits;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonTreeReader;
import org.closureassurance.scenarios.units.UnitTable;
import org.closureassurance.simulator.portfolio.Portfolio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What the README and docs/ show comes from the tool as it is: every JSON example validates,
 * every command the README gives runs, and the output and messages it quotes are the ones
 * the tool prints. A renamed field, option or message fails here before a user meets it.
 */
class DocumentedExamplesTest {
    private static final String JAR = "java -jar desktop/target/closure-assurance.jar ";

    /** What a partial example leaves out, completed so that it forms a whole, minimal scenario. */
    private static final Map<String, String> REQUIRED = requiredFields();

    private static Map<String, String> requiredFields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("format", "\"closure-assurance/1\"");
        m.put("name", "\"Documented example\"");
        m.put("simulation", "{\"horizonYears\": 100}");
        m.put("economics", "{\"discountRate\": 0.03}");
        m.put("closureYear", "10");
        m.put("forfeiture", "{\"mode\": \"at-closure\"}");
        return m;
    }

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome execute(List<String> args) {
        CommandLine cl = ClosureAssuranceCommand.create();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args.toArray(String[]::new));
        return new Outcome(code, out.toString(), err.toString());
    }

    /** {@code json} (an object) with every required top-level field it lacks added in front. */
    static String completed(String json) {
        JsonNode root = JsonTreeReader.parse(json, JsonLimits.DEFAULT).root();
        Map<String, JsonNode> present = root instanceof JsonNode.JsonObject o ? o.members() : Map.of();
        StringBuilder missing = new StringBuilder();
        REQUIRED.forEach((key, value) -> {
            if (!present.containsKey(key)) {
                missing.append('"').append(key).append("\": ").append(value).append(", ");
            }
        });
        int brace = json.indexOf('{');
        return json.substring(0, brace + 1) + missing + json.substring(brace + 1);
    }

    @Test
    void everyJsonExampleInTheDocsIsAValidScenario() {
        List<String> invalid = new ArrayList<>();
        int examples = 0;
        for (Path page : Repository.markdownPages()) {
            for (Repository.CodeBlock block : Repository.codeBlocks(page)) {
                if (!block.language().equals("json")) {
                    continue;
                }
                examples++;
                if (block.text().contains("\"" + Portfolio.FORMAT + "\"")) {
                    String problems = portfolioProblems(block.text());
                    if (!problems.isEmpty()) {
                        invalid.add(block.where() + ":\n" + problems);
                    }
                    continue;
                }
                LoadResult r = ScenarioReader.readString(completed(block.text()));
                if (!r.isValid()) {
                    invalid.add(block.where() + ":\n" + r.errorReport());
                }
            }
        }
        // README (1) and scenario-format.md (2) hold JSON examples; finding none means the blocks were missed
        assertTrue(examples >= 3, "JSON examples found: " + examples);
        assertEquals(List.of(), invalid);
    }

    /**
     * The problems of a portfolio example, read from a file of its own: every one but the files
     * it names, which an example does not come with.
     */
    private static String portfolioProblems(String json) {
        try {
            Path dir = Files.createTempDirectory("portfolio-example");
            Path file = Files.writeString(dir.resolve("portfolio.json"), json);
            return PortfolioReader.read(file).errors().stream()
                    .filter(e -> !e.message().startsWith("no such file"))
                    .map(PortfolioError::toString).collect(java.util.stream.Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The README's commands that run the jar, continuation lines joined, without the build before {@code &&}. */
    private static List<List<String>> readmeCommands() {
        List<List<String>> commands = new ArrayList<>();
        for (Repository.CodeBlock block : Repository.codeBlocks(Repository.root().resolve("README.md"))) {
            if (!block.language().equals("sh")) {
                continue;
            }
            for (String line : block.text().replace("\\\n", " ").split("\n")) {
                int at = line.indexOf(JAR);
                if (at >= 0) {
                    commands.add(List.of(line.substring(at + JAR.length()).strip().split("\\s+")));
                }
            }
        }
        return commands;
    }

    @Test
    void everyCommandInTheReadmeRuns(@TempDir Path dir) throws IOException {
        List<List<String>> commands = readmeCommands();
        // the quick start's run and the two that drew the pictures
        assertTrue(commands.size() >= 3, "commands found: " + commands);
        for (List<String> command : commands) {
            List<String> args = new ArrayList<>(command);
            for (int i = 0; i < args.size() - 1; i++) {
                if (List.of("--charts", "--out", "--json", "--report").contains(args.get(i))) {
                    // the README writes into folders of the repository; here, into new ones that exist as those do
                    Path folder = Files.createDirectories(dir.resolve("out" + commands.indexOf(command) + "-" + i));
                    args.set(i + 1, folder.resolve(Path.of(args.get(i + 1)).getFileName()).toString());
                }
            }
            Outcome o = execute(args);
            assertEquals(0, o.code(), "README: " + String.join(" ", command) + "\n" + o.err());
        }
    }

    @Test
    void theQuickStartShowsTheSentenceTheDefaultRunPrints() {
        List<Repository.CodeBlock> blocks = Repository.codeBlocks(Repository.root().resolve("README.md"));
        Repository.CodeBlock shown = blocks.stream()
                .filter(b -> b.language().equals("text") && b.text().startsWith("If the operator walks away"))
                .findFirst().orElseThrow(() -> new AssertionError("the README shows no quick-start answer"));
        Outcome o = execute(List.of("run", "--quiet"));
        assertEquals(0, o.code(), o.err());
        String printed = oneLine(o.out());
        assertTrue(printed.contains(oneLine(shown.text())),
                shown.where() + " shows\n" + shown.text() + "but the default run prints\n" + o.out());
    }

    @Test
    void theErrorMessagesTheDocsQuoteAreTheOnesTheReaderGives() {
        String readme = oneLine(String.join("\n", Repository.readLines(Repository.root().resolve("README.md"))));
        String format = oneLine(String.join("\n",
                Repository.readLines(Repository.root().resolve("docs/scenario-format.md"))));
        // the README's example: the third cost item's unit cost has its mode above its max
        List<String> unitCost = errors("{\"costItems\": [{\"name\": \"A\", \"amount\": 1}, {\"name\": \"B\", "
                + "\"amount\": 1}, {\"name\": \"C\", \"quantity\": {\"value\": 1, \"unit\": \"m3\"}, \"unitCost\": "
                + "{\"value\": {\"dist\": \"triangular\", \"min\": 1, \"mode\": 12, \"max\": 10}, \"per\": \"m3\"}}]}");
        assertEquals(List.of("costItems[2].unitCost.value.max: must be >= mode (was 10 < 12)"), unitCost);
        assertTrue(readme.contains(unitCost.get(0)), unitCost.get(0));
        assertTrue(format.contains(unitCost.get(0)), unitCost.get(0));
        // scenario-format.md's example of independent problems in one domain
        List<String> domain = errors("{\"rehabilitation\": [{\"name\": \"D\", \"area\": 45, \"recovery\": "
                + "{\"model\": \"exponential\", \"rate\": 0.1, \"target\": 70}}]}");
        assertEquals(2, domain.size(), domain.toString());
        for (String e : domain) {
            assertTrue(format.contains("`" + e + "`"), e);
        }
        // and its example of the shape shown for an object written as a plain value
        List<String> duration = errors("{\"waterTreatment\": [{\"name\": \"W\", \"duration\": \"perpetual\"}]}");
        assertEquals(1, duration.size(), duration.toString());
        assertTrue(format.contains("`" + duration.get(0) + "`"), duration.get(0));
    }

    /**
     * The words the reader accepts at one place, taken from the tool itself: its message for a
     * word it does not know lists the words it does ({@code (expected one of: years, decay, perpetual)}).
     */
    private static List<String> acceptedWords(String partialWithUnknownWord) {
        List<String> errors = errors(partialWithUnknownWord);
        for (String e : errors) {
            int at = e.indexOf("(expected one of: ");
            if (e.contains("\"" + UNKNOWN + "\"") && at >= 0) {
                return List.of(e.substring(at + "(expected one of: ".length(), e.lastIndexOf(')')).split(", "));
            }
        }
        throw new AssertionError("no list of accepted words in " + errors);
    }

    private static final String UNKNOWN = "zzzzzzzz";

    @Test
    void theFormatReferenceListsEveryWordTheReaderAccepts() {
        String format = String.join("\n", Repository.readLines(Repository.root().resolve("docs/scenario-format.md")));
        String u = "\"" + UNKNOWN + "\"";
        List<List<String>> vocabularies = List.of(
                acceptedWords("{\"closureYear\": {\"dist\": " + u + "}}"),
                acceptedWords("{\"simulation\": {\"horizonYears\": 100, \"sampling\": " + u + "}}"),
                acceptedWords("{\"forfeiture\": {\"mode\": " + u + "}}"),
                acceptedWords("{\"waterTreatment\": [{\"name\": \"W\", \"duration\": {\"type\": " + u + "}}]}"),
                acceptedWords("{\"rehabilitation\": [{\"name\": \"D\", \"area\": {\"value\": 1, \"unit\": \"ha\"}, "
                        + "\"recovery\": {\"model\": " + u + ", \"rate\": 0.1, \"target\": 0.7}}]}"),
                acceptedWords("{\"assurance\": [{\"name\": \"A\", \"type\": " + u + "}]}"),
                acceptedWords("{\"assurance\": [{\"name\": \"B\", \"type\": \"bond\", \"amount\": 1, \"kind\": " + u
                        + "}]}"));
        List<String> undocumented = new ArrayList<>();
        for (List<String> words : vocabularies) {
            words.stream().filter(w -> !format.contains("`" + w + "`")).forEach(undocumented::add);
        }
        assertEquals(List.of(), undocumented);
    }

    @Test
    void theReadmeNamesTheWaterDurationTypesTheReaderAccepts() {
        String readme = oneLine(String.join("\n", Repository.readLines(Repository.root().resolve("README.md"))));
        int at = readme.indexOf("`waterTreatment` (");
        assertTrue(at >= 0, "the README describes waterTreatment");
        String described = readme.substring(at, readme.indexOf(')', at));
        List<String> named = new ArrayList<>();
        Matcher m = Pattern.compile("`([a-z-]+)`").matcher(described);
        while (m.find()) {
            if (!m.group(1).equals("duration")) {
                named.add(m.group(1));
            }
        }
        List<String> accepted = acceptedWords("{\"waterTreatment\": [{\"name\": \"W\", \"duration\": {\"type\": \""
                + UNKNOWN + "\"}}]}");
        assertEquals(accepted, named, described);
    }

    @Test
    void theUnitTablesListExactlyTheUnitsTheReaderKnows() {
        for (String page : List.of("README.md", "docs/scenario-format.md")) {
            List<String> listed = new ArrayList<>();
            boolean inTable = false;
            for (String line : Repository.readLines(Repository.root().resolve(page))) {
                if (line.startsWith("| dimension |")) {
                    inTable = true;
                } else if (inTable && line.startsWith("|")) {
                    Matcher m = Pattern.compile("`([^`]+)`").matcher(line);
                    while (m.find()) {
                        listed.add(m.group(1));
                    }
                } else {
                    inTable = false;
                }
            }
            assertEquals(new TreeSet<>(UnitTable.symbols()), new TreeSet<>(listed), page);
            assertEquals(UnitTable.symbols().size(), listed.size(), page + " lists a unit twice");
        }
    }

    private static List<String> errors(String partial) {
        return ScenarioReader.readString(completed(partial)).errors().stream().map(ValidationError::toString)
                .toList();
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
