package org.closureassurance.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.closureassurance.simulator.model.InputField;
import org.junit.jupiter.api.Test;

/**
 * The scenarios module spells a scenario field's name only in the schema ({@link ScenarioFormat}
 * and its section files): the reader, the validator and the writer take names from the schema.
 * A few files may hold a field's name for another reason, listed with it below. Over the
 * modules, a field's name is spelled in at most two main files: the schema (or the model's
 * {@link InputField}, whose names the schema takes), and one other place with its reason beside
 * it. scripts/field-literals counts the same, and lists the files.
 */
class FieldLiteralsTest {
    /** Files that hold such a literal for a reason of their own, and the names they may hold. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            // the results file is another format, whose keys partly coincide with the scenario's
            "ResultsJson.java", Set.of("assurance", "closureYear", "currency", "durationYears", "format",
                    "iterations", "max", "mean", "min", "name", "rehabilitation", "sampling", "sd", "seed",
                    "target", "type", "waterTreatment", "years", "p10", "p90", "economy", "factor", "scenario",
                    "requirements", "rule", "estimate"),
            // the column of the bundled reference class of closure-cost cases (another file), a word a requirement's field shares
            "ClosureCostCase.java", Set.of("estimate"),
            // labels of the field reference's columns and of dimensions, a unit symbol, null-check names
            "FieldReference.java", Set.of("type"),
            "FieldType.java", Set.of("rate"),
            "Dimension.java", Set.of("area", "flow"),
            "UnitTable.java", Set.of("a"),
            "KnownUnit.java", Set.of("description", "unit"),
            "JsonNode.java", Set.of("value"),
            // the sweep file is another format too: its identifier, each entry's value and the scenario it varied
            "SweepJson.java", Set.of("format", "value", "scenario"),
            // the portfolio results file is a results format too, whose keys partly coincide with the portfolio's
            "PortfolioResultsJson.java", Set.of("assurance", "category", "currency", "economy", "format", "fund",
                    "iterations", "name", "p10", "p90", "providers", "sampling", "seed", "sites"));

    /** The modules whose main sources hold to the rule of two files, as paths from this module. */
    private static final List<String> MODULES = List.of("../simulator", "../scenarios", "../charts", "../desktop",
            "../benchmarks");

    /**
     * Names that are also ordinary words or keys of other JSON, exempt from the rule of two
     * files; every other name of the format is specific.
     */
    static final Set<String> GENERIC = Set.of(
            // keys every list element or distribution has, and words of any JSON
            "name", "description", "type", "kind", "value", "unit", "per", "format",
            // distribution parameters, also the statistics of the results file
            "min", "max", "mode",
            // units of time and words of messages (`year` is also a forfeiture mode, `years` a duration type)
            "year", "years", "a", "b",
            // run settings, also the results file's run description
            "seed", "iterations",
            // words of labels and messages
            "amount", "probability", "cost", "schedule",
            // also the appliesTo category of land flows and the report's section id
            "rehabilitation",
            // section names that are also words of table headings and of the benchmarks' model parts
            "forfeiture", "assurance",
            // a discrete distribution's list, also the sweep command's option; a portfolio site's
            // scenario file, also a key of the results and sweep documents and of recovery files
            "values", "scenario");

    /** The results files' schemas: other documents, whose keys partly coincide with the scenario's. */
    private static final Set<String> RESULTS_SCHEMAS = Set.of("ResultsJson.java", "PortfolioResultsJson.java");

    /** The files of the schema: {@link ScenarioFormat} and the sections declared beside it. */
    private static final List<Class<?>> SCHEMA = List.of(ScenarioFormat.class, CostFormat.class,
            CorrelationFormat.class, WaterFormat.class, RehabilitationFormat.class, RiskEventFormat.class,
            AssuranceFormat.class, OverrunFormat.class, EconomyFormat.class, AfterForfeitureFormat.class,
            PortfolioFormat.class, RequirementFormat.class);

    /** Every field name the schema declares, by reflection over its field constants. */
    static Set<String> fieldNames() {
        Set<String> names = new TreeSet<>();
        for (Class<?> c : SCHEMA.stream().flatMap(s -> Stream.of(s.getDeclaredClasses())).toList()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == FormatField.class) {
                    try {
                        names.add(((FormatField) f.get(null)).name());
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
        return names;
    }

    /** Words of the format ({@code year} is a forfeiture mode, {@code years} a duration type). */
    private static Set<String> words() {
        Set<String> words = new TreeSet<>();
        for (FormatObject o : ScenarioFormat.objects()) {
            o.fields().forEach(f -> words.addAll(f.words()));
        }
        words.addAll(ScenarioFormat.Distribution.DIST.words());
        return words;
    }

    /** The source without comments, so Javadoc examples of the format do not count. */
    private static String code(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void onlyTheSchemaSpellsAFieldName() throws IOException {
        Set<String> names = fieldNames();
        Set<String> words = words();
        Set<String> schemaFiles = new TreeSet<>();
        SCHEMA.forEach(c -> schemaFiles.add(c.getSimpleName() + ".java"));
        Map<String, List<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = file.getFileName().toString();
                if (schemaFiles.contains(name)) {
                    continue;
                }
                String code = code(file);
                for (String field : names) {
                    if (spells(code, field) && !words.contains(field)
                            && !ALLOWED.getOrDefault(name, Set.of()).contains(field)) {
                        found.computeIfAbsent(name, k -> new ArrayList<>()).add(field);
                    }
                }
            }
        }
        assertEquals(Map.of(), found);
    }

    /**
     * Whether {@code code} holds the literal {@code "name"} other than as the name of an earlier
     * argument of its own call ({@code requireNonNull(currency, "currency")}, {@code Checks.finite(mean,
     * "mean")}): such a literal names a Java parameter and stays right if the JSON name changes.
     */
    static boolean spells(String code, String name) {
        String literal = "\"" + name + "\"";
        Pattern argument = Pattern.compile("[(,]\\s*" + Pattern.quote(name) + "\\s*,[^()]*" + Pattern.quote(literal));
        return code.lines().anyMatch(line -> line.contains(literal) && !argument.matcher(line).find());
    }

    /** Every name of the format: the schema's fields and the model's sampled inputs and their objects. */
    static Set<String> allNames() {
        Set<String> names = new TreeSet<>(fieldNames());
        Stream.of(InputField.values()).forEach(f -> names.add(f.key()));
        Stream.of(InputField.Section.values()).filter(s -> !s.key().isEmpty()).forEach(s -> names.add(s.key()));
        Stream.of(InputField.Group.values()).forEach(g -> names.add(g.key()));
        return names;
    }

    /** For each specific name, the main files that spell it, the schema's files counted as one. */
    static Map<String, Set<String>> spellings(Set<String> names, List<String> modules) throws IOException {
        Set<String> schemaFiles = new TreeSet<>();
        SCHEMA.forEach(c -> schemaFiles.add(c.getSimpleName() + ".java"));
        Map<String, Set<String>> out = new TreeMap<>();
        for (String module : modules) {
            try (Stream<Path> files = Files.walk(Path.of(module, "src/main/java"))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String name = file.getFileName().toString();
                    if (RESULTS_SCHEMAS.contains(name)) {
                        continue;
                    }
                    String label = schemaFiles.contains(name) ? "the schema" : file.toString();
                    String code = code(file);
                    for (String field : names) {
                        if (spells(code, field)) {
                            out.computeIfAbsent(field, k -> new TreeSet<>()).add(label);
                        }
                    }
                }
            }
        }
        return out;
    }

    @Test
    void aSpecificFieldNameIsSpelledInAtMostTwoMainFiles() throws IOException {
        Map<String, Set<String>> over = new TreeMap<>();
        spellings(allNames(), MODULES).forEach((name, files) -> {
            if (files.size() > 2 && !GENERIC.contains(name)) {
                over.put(name, files);
            }
        });
        assertEquals(Map.of(), over);
    }

    /** The count catches a third spelling: here, a copy of the schema's name in a plan file. */
    @Test
    void countsAThirdSpellingOfAName() {
        String plan = "int slot = slots.get(p + \"maintenanceCostPerAreaYear\");";
        assertTrue(spells(plan, "maintenanceCostPerAreaYear"));
        assertFalse(spells("Objects.requireNonNull(area, \"area\");", "area"));
        assertFalse(spells("Checks.ordered(min, max, \"min\", \"max\");", "max"));
        assertTrue(spells("w.name(\"closureYear\").value(closureYear);", "closureYear"));
    }

    @Test
    void theSchemaDeclaresTheFieldsThisTestLooksFor() {
        Set<String> names = fieldNames();
        assertTrue(names.containsAll(List.of("maintenanceCostPerAreaYear", "halfLifeYears", "reworkCostPerArea",
                "discountRate", "min", "weights", "durationYears", "rho", "maxOccurrences",
                "guarantorFailsWithOperatorProbability")), names.toString());
    }
}
