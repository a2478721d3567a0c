package org.closureassurance.desktop.gui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.closureassurance.scenarios.LoadResult;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.scenarios.ScenarioWriter;
import org.closureassurance.scenarios.ValidationError;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.closureassurance.scenarios.json.JsonLimits;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonPrinter;
import org.closureassurance.scenarios.json.JsonTreeReader;
import org.closureassurance.scenarios.json.ParsedJson;
import org.closureassurance.simulator.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The app's path (file tree into the form, the form back into a tree, the tree through the
 * file reader) against the file path (the bytes through the file reader), over every file of
 * the reliability corpus, the worked examples, the bundled scenarios and the app's own files of
 * shapes only a form's switch can hold (a discount rate as a schedule). Both must name the
 * same problems, in the same order, with the same words; and a valid file taken into the form
 * and out again must give the identical tree (the writer's tree, member for member, number
 * literal for literal) and the identical scenario.
 */
class FormPathDifferentialTest {

    /**
     * Corpus files whose JSON parses but which hold something a form has no place for, so that
     * the form cannot carry the file's problem: each with the reason. Everything else must give
     * identical errors on both paths.
     */
    private static final Map<String, String> BEYOND_A_FORM = new TreeMap<>(Map.ofEntries(
            Map.entry("corpus/base-dist-typo.json", "an unknown distribution name has no place in the distribution editor"),
            Map.entry("corpus/cost-item-both-amount-and-quantity.json", "a cost item shows one pricing at a time"),
            Map.entry("corpus/cost-items-object.json", "a section that is not a list shows as an empty section"),
            Map.entry("corpus/discrete-empty.json", "an empty list of values shows as an empty field"),
            Map.entry("corpus/dist-missing.json", "a distribution object without dist has no place in the distribution editor"),
            Map.entry("corpus/dist-unknown.json", "an unknown distribution name has no place in the distribution editor"),
            Map.entry("corpus/field-empty-key.json", "a form has no place for unknown fields"),
            Map.entry("corpus/field-include.json", "a form has no place for unknown fields"),
            Map.entry("corpus/field-key-with-dots-and-quotes.json", "a form has no place for unknown fields"),
            Map.entry("corpus/field-output-file.json", "a form has no place for unknown fields"),
            Map.entry("corpus/field-ref.json", "a form has no place for unknown fields"),
            Map.entry("corpus/field-report-path-in-simulation.json", "a form has no place for unknown fields"),
            Map.entry("corpus/format-number.json", "a form always writes the format line itself"),
            Map.entry("corpus/wrong-format.json", "a form always writes the format line itself"),
            Map.entry("corpus/horizon-string.json", "a number typed in a field is a number, whether or not a file quoted it"),
            Map.entry("corpus/missing-everything.json", "a form always has the format line and the required objects"),
            Map.entry("corpus/risk-year-with-annual-probability.json", "a risk event shows one kind of occurrence at a time"),
            Map.entry("corpus/top-level-array.json", "a form is always an object"),
            Map.entry("corpus/top-level-null.json", "a form is always an object"),
            Map.entry("corpus/top-level-number.json", "a form is always an object"),
            Map.entry("corpus/top-level-string.json", "a form is always an object"),
            Map.entry("corpus/utf8-escape-sequence-in-unknown-field.json", "a form has no place for unknown fields")));

    static Stream<Arguments> files() {
        List<Arguments> out = new ArrayList<>();
        for (Path dir : List.of(scenarios("src/test/resources/corpus"), scenarios("src/test/resources/examples"),
                desktop("src/test/resources/forms"))) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                        .sorted().forEach(p -> out.add(Arguments.of(dir.getFileName() + "/" + p.getFileName(), p)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.stream();
    }

    private static Path scenarios(String dir) {
        Path base = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        for (Path p : List.of(base.resolve("../scenarios").resolve(dir), base.resolve("scenarios").resolve(dir))) {
            if (Files.isDirectory(p)) {
                return p.normalize();
            }
        }
        throw new IllegalStateException(dir + " not found from " + base);
    }

    private static Path desktop(String dir) {
        Path base = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        for (Path p : List.of(base.resolve(dir), base.resolve("desktop").resolve(dir))) {
            if (Files.isDirectory(p)) {
                return p.normalize();
            }
        }
        throw new IllegalStateException(dir + " not found from " + base);
    }

    /** The errors of the app's path for a parsed file, or null when the file does not parse into a tree. */
    private static List<ValidationError> appErrors(byte[] bytes) {
        ParsedJson parsed = JsonTreeReader.parse(bytes, JsonLimits.DEFAULT);
        if (!parsed.problems().isEmpty() || parsed.root() == null) {
            return null;
        }
        return ScenarioReader.read(FormTree.tree(FormTree.form(parsed.root()))).errors();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void theFormNamesEveryProblemAsTheFileReaderDoes(String name, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<ValidationError> fromFile = ScenarioReader.read(bytes).errors();
        List<ValidationError> fromForm = appErrors(bytes);

        if (fromForm != null && !BEYOND_A_FORM.containsKey(name)) {
            assertEquals(fromFile, fromForm);
        }
    }

    @Test
    void onlyTheListedFilesHoldWhatAFormCannot() throws IOException {
        Map<String, String> differing = new TreeMap<>();
        int compared = 0;
        for (Arguments a : files().toList()) {
            String name = (String) a.get()[0];
            byte[] bytes = Files.readAllBytes((Path) a.get()[1]);
            List<ValidationError> fromForm = appErrors(bytes);
            if (fromForm != null) {
                compared++;
                if (!fromForm.equals(ScenarioReader.read(bytes).errors())) {
                    differing.put(name, BEYOND_A_FORM.getOrDefault(name, "not listed"));
                }
            }
        }
        assertEquals(BEYOND_A_FORM, differing);
        assertTrue(compared > 100, "only " + compared + " files parsed into a tree");
    }

    static Stream<Arguments> validFiles() {
        List<Arguments> out = new ArrayList<>();
        files().forEach(a -> {
            try {
                LoadResult r = ScenarioReader.read(Files.readAllBytes((Path) a.get()[1]));
                if (r.isValid()) {
                    out.add(Arguments.of(a.get()[0], r.scenarioOrThrow()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        BundledScenarios.names().forEach(n -> out.add(Arguments.of("bundled/" + n, BundledScenarios.load(n))));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFiles")
    void aValidScenarioComesBackOutOfTheFormIdentically(String name, Scenario scenario) {
        JsonNode written = ScenarioWriter.tree(scenario);
        ScenarioForm form = ScenarioForms.of(scenario);

        JsonNode fromForm = FormTree.tree(form);
        Assembly assembly = ScenarioAssembler.assemble(form);

        // Equal trees: the same members with the same number literals (member order aside, as in JSON).
        assertEquals(written, fromForm, () -> JsonPrinter.print(written) + "\n" + JsonPrinter.print(fromForm));
        assertEquals(List.of(), assembly.errors());
        assertEquals(scenario, assembly.scenario());
    }
}
