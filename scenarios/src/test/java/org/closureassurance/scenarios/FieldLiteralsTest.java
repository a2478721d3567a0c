package org.closureassurance.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The scenarios module spells a scenario field's name only in the schema ({@link ScenarioFormat}
 * and its section files): the reader, the validator and the writer take names from the schema.
 * (scripts/field-literals counts the same over every module.) A few files may hold a field's
 * name for another reason, listed with it below.
 */
class FieldLiteralsTest {
    /** Files that hold such a literal for a reason of their own, and the names they may hold. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            // the results file is another format, whose keys partly coincide with the scenario's
            "ResultsJson.java", Set.of("assurance", "closureYear", "currency", "durationYears", "format",
                    "iterations", "max", "mean", "min", "name", "rehabilitation", "sampling", "sd", "seed",
                    "target", "type", "waterTreatment", "years", "requirements"),
            "RequirementsJson.java", Set.of("name", "rule", "estimate"),
            // labels of the field reference's columns and of dimensions, a unit symbol, null-check names
            "FieldReference.java", Set.of("rate", "type"),
            "FieldType.java", Set.of("rate"),
            "Dimension.java", Set.of("area", "flow"),
            "UnitTable.java", Set.of("a"),
            "KnownUnit.java", Set.of("description", "unit"),
            "JsonNode.java", Set.of("value"));

    /** The files of the schema: {@link ScenarioFormat} and the sections declared beside it. */
    private static final List<Class<?>> SCHEMA = List.of(ScenarioFormat.class, CostFormat.class,
            CorrelationFormat.class, WaterFormat.class, RehabilitationFormat.class, RiskEventFormat.class,
            AssuranceFormat.class, RequirementFormat.class);

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
                    if (code.contains("\"" + field + "\"") && !words.contains(field)
                            && !ALLOWED.getOrDefault(name, Set.of()).contains(field)) {
                        found.computeIfAbsent(name, k -> new ArrayList<>()).add(field);
                    }
                }
            }
        }
        assertEquals(Map.of(), found);
    }

    @Test
    void theSchemaDeclaresTheFieldsThisTestLooksFor() {
        Set<String> names = fieldNames();
        assertTrue(names.containsAll(List.of("maintenanceCostPerAreaYear", "halfLifeYears", "reworkCostPerArea",
                "discountRate", "min", "weights", "durationYears", "rho", "maxOccurrences",
                "guarantorFailsWithOperatorProbability")), names.toString());
    }
}
