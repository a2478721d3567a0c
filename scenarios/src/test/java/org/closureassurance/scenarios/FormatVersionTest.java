package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.BrokenScenarios.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.closureassurance.scenarios.ScenarioFormatTest.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One format name, {@code closure-assurance/1}, whose 0.2 additions are optional fields; a
 * wrong name is explained, and a mistyped field anywhere in a file is answered with the field
 * meant.
 */
class FormatVersionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "closure-assurance/2|: a later version of the format than this tool reads (the additions of version 0.2 of "
                + "the model are optional fields of closure-assurance/1)",
        "closure-assurance/17|: a later version of the format than this tool reads (the additions of version 0.2 "
                + "of the model are optional fields of closure-assurance/1)",
        "closure-assurance/0|: there is no such version of the format",
        "closure_assurance/1|' (did you mean \"closure-assurance/1\"?)'",
        "Closure-Assurance/1|' (did you mean \"closure-assurance/1\"?)'",
        "closure-assurance/1.2|' (did you mean \"closure-assurance/1\"?)'",
        "mine-closure 0.2|: this is not a closure-assurance scenario file, or its format line was changed",
    })
    void aWrongFormatNameSaysWhatItLooksLike(String format, String why) {
        LoadResult r = ScenarioReader.readString(scenario("format", "'" + format + "'"));
        assertEquals(List.of("format: must be \"closure-assurance/1\", was \"" + format + "\"" + why),
                r.errors().stream().map(ValidationError::toString).toList());
    }

    @Test
    void aFileUsingTheAdditionsDeclaresTheSameFormat() {
        LoadResult r = ScenarioReader.readString(scenario("costItems", "[{'name': 'A', 'amount': 1}]",
                "overruns", "[{'name': 'O', 'multiplier': {'dist': 'estimate-class', 'class': 5}}]"));
        assertTrue(r.isValid(), r::errorReport);
        assertTrue(ScenarioWriter.write(r.scenarioOrThrow()).startsWith("{\n  \"format\": \"closure-assurance/1\""));
    }

    /**
     * In every object of the schema (each variant of an object whose fields depend on a word,
     * a Value's distribution objects, the 0.2 sections), a field typed in capitals is unknown
     * and the message names the field meant: the hint comes from the object's own field list.
     */
    @Test
    void aMistypedFieldInEveryObjectGetsDidYouMean() {
        int checked = 0;
        for (Place p : ScenarioFormatTest.places()) {
            for (Map<String, String> base : p.bases()) {
                for (String field : ScenarioFormatTest.allowed(p, base)) {
                    String typo = field.toUpperCase(Locale.ROOT);
                    Map<String, String> o = new LinkedHashMap<>(base);
                    o.put(typo, "1");
                    String at = ScenarioFormatTest.path(p, typo);
                    List<String> errors = ScenarioFormatTest.errors(p, o);
                    assertTrue(errors.stream().anyMatch(e -> e.startsWith(at + ": unknown field \"" + typo + "\"")
                            && e.endsWith("(did you mean \"" + field + "\"?)")), at + " " + errors);
                    checked++;
                }
            }
        }
        assertTrue(checked > 100, "checked " + checked);
    }

    @Test
    void quantitiesRatesAndTheNewSectionsHintToo() {
        List<String> errors = new ArrayList<>();
        for (String json : List.of(
                scenario("overrun", "[]"),
                scenario("costItems", "[{'name': 'A', 'quantity': {'value': 1, 'unti': 'm3'}, "
                        + "'unitCost': {'value': 1, 'per': 'm3'}}]"),
                scenario("costItems", "[{'name': 'A', 'quantity': {'value': 1, 'unit': 'm3'}, "
                        + "'unitCost': {'value': 1, 'pre': 'm3'}}]"),
                scenario("costItems", "[{'name': 'A', 'amount': 1, 'category': 'x'}]",
                        "overruns", "[{'name': 'O', 'multiplier': 1.2, 'appliesTO': ['x']}]"))) {
            errors.addAll(ScenarioReader.readString(json).errors().stream().map(ValidationError::toString).toList());
        }
        assertEquals("overrun: unknown field \"overrun\" (did you mean \"overruns\"?)", errors.get(0));
        assertTrue(errors.contains("costItems[0].quantity.unti: unknown field \"unti\" in a quantity (did you mean \"unit\"?)"),
                errors.toString());
        assertTrue(errors.contains("costItems[0].unitCost.pre: unknown field \"pre\" in a rate (did you mean \"per\"?)"),
                errors.toString());
        assertTrue(errors.contains("overruns[0].appliesTO: unknown field \"appliesTO\" (did you mean \"appliesTo\"?)"),
                errors.toString());
    }
}
