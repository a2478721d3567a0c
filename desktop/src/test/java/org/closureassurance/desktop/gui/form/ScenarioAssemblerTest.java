package org.closureassurance.desktop.gui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.closureassurance.scenarios.LoadResult;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.scenarios.ScenarioWriter;
import org.closureassurance.scenarios.ValidationError;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.closureassurance.simulator.model.SampledInput;
import org.closureassurance.simulator.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioAssemblerTest {

    /** A small valid scenario; each case below breaks it the same way in the file and in the form. */
    private static final String BASE = """
            {"format": "closure-assurance/1", "name": "Small mine",
             "simulation": {"iterations": 100, "seed": 3, "horizonYears": 40},
             "economics": {"discountRate": 0.03},
             "closureYear": 5,
             "forfeiture": {"mode": "at-closure"},
             "costItems": [
               {"name": "Dump", "category": "earthworks",
                "quantity": {"value": 1000, "unit": "m3"}, "unitCost": {"value": 2, "per": "m3"}},
               {"name": "Plant", "amount": {"dist": "triangular", "min": 10, "mode": 12, "max": 20}}],
             "assurance": [{"type": "bond", "name": "Surety", "amount": 5000}]}
            """;

    private static Scenario base() {
        return ScenarioReader.readString(BASE).scenarioOrThrow();
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void bundledScenariosComeBackUnchangedThroughTheForm(String name) {
        Scenario s = BundledScenarios.load(name);

        Assembly a = ScenarioAssembler.assemble(ScenarioForms.of(s));

        assertEquals(List.of(), a.errors());
        assertEquals(s, a.scenario());
    }

    static Stream<String> bundled() {
        return BundledScenarios.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenTheSameWay")
    void namesEachProblemAsTheFileReaderDoes(String what, String json, UnaryOperator<ScenarioForm> edit) {
        LoadResult fromFile = ScenarioReader.readString(json);

        Assembly fromForm = ScenarioAssembler.assemble(edit.apply(ScenarioForms.of(base())));

        assertFalse(fromFile.isValid());
        assertEquals(fromFile.errors(), fromForm.errors());
        assertNull(fromForm.scenario());
    }

    static Stream<Arguments> brokenTheSameWay() {
        FieldAddress plant = FieldAddress.of("costItems", 1, "amount");
        return Stream.of(
                Arguments.of("max below mode",
                        BASE.replace("\"mode\": 12, \"max\": 20", "\"mode\": 12, \"max\": 5"),
                        edit(plant, ((ValueForm) ScenarioForms.of(base()).field(plant)).with("max", "5"))),
                Arguments.of("negative amount",
                        BASE.replace("\"amount\": 5000", "\"amount\": -5"),
                        edit(FieldAddress.of("assurance", 0, "amount"), ValueForm.constant("-5"))),
                Arguments.of("probability above one",
                        BASE.replace("\"at-closure\"}", "\"annual-hazard\", \"beforeClosure\": 1.5}"),
                        (UnaryOperator<ScenarioForm>) f -> f
                                .withField(FieldAddress.general("forfeiture.mode"), "annual-hazard")
                                .withField(FieldAddress.general("forfeiture.beforeClosure"), ValueForm.constant("1.5"))),
                Arguments.of("duplicate name",
                        BASE.replace("\"name\": \"Plant\"", "\"name\": \"Dump\""),
                        edit(FieldAddress.of("costItems", 1, "name"), "Dump")),
                Arguments.of("unit of another dimension",
                        BASE.replace("\"per\": \"m3\"", "\"per\": \"ha\""),
                        edit(FieldAddress.of("costItems", 0, "unitCost.per"), "ha")),
                Arguments.of("horizon out of range",
                        BASE.replace("\"horizonYears\": 40", "\"horizonYears\": 0"),
                        edit(FieldAddress.general("simulation.horizonYears"), "0")),
                Arguments.of("unknown correlation input",
                        BASE.replace("\"assurance\"", "\"correlations\": [{\"a\": \"costItems/Plant/amount\", "
                                + "\"b\": \"costItems/Dump/amount\", \"rho\": 0.5}], \"assurance\""),
                        (UnaryOperator<ScenarioForm>) f -> f.withElements("correlations", List.of(ElementForm.of(
                                "a", "costItems/Plant/amount", "b", "costItems/Dump/amount", "rho", "0.5")))));
    }

    private static UnaryOperator<ScenarioForm> edit(FieldAddress at, Object entry) {
        return f -> f.withField(at, entry);
    }

    @Test
    void reportsTextThatIsNotANumberAtTheParameter() {
        FieldAddress plant = FieldAddress.of("costItems", 1, "amount");
        ScenarioForm form = ScenarioForms.of(base());
        form = form.withField(plant, ((ValueForm) form.field(plant)).with("mode", "twelve"));

        Assembly a = ScenarioAssembler.assemble(form);

        assertEquals(List.of(new ValidationError("costItems[1].amount.mode", "must be a number, was a string")),
                a.errors());
        assertEquals(1, a.errorsUnder("costItems[1].amount").size());
        assertTrue(a.errorsUnder("costItems[1].amountX").isEmpty());
    }

    @Test
    void reportsEveryProblemOfTheFormInOnePass() {
        ScenarioForm form = ScenarioForms.of(base())
                .withField(FieldAddress.of("costItems", 0, "startYear"), "soon")
                .withField(FieldAddress.of("costItems", 1, "name"), "Dump");

        Assembly a = ScenarioAssembler.assemble(form);

        assertEquals(List.of(
                new ValidationError("costItems[0].startYear", "must be a whole number, was a string"),
                new ValidationError("costItems[1].name",
                        "duplicate name \"Dump\" (also costItems[0]); names must be unique within costItems")),
                a.errors());
    }

    @Test
    void aTypoInOneElementDoesNotHideTheOtherInputsFromCorrelations() {
        ScenarioForm form = ScenarioForms.of(base()).withField(FieldAddress.of("costItems", 0, "startYear"), "soon");

        Assembly a = ScenarioAssembler.assemble(form);

        assertNull(a.scenario());
        // The triangular amount of the sound second item is the one sampled input left.
        assertEquals(List.of("costItems/Plant/amount"), a.inputs().stream().map(SampledInput::path).toList());
    }

    @Test
    void aMissingRequiredValueIsReportedAndNotAlsoAsOutOfRange() {
        ScenarioForm form = ScenarioForms.of(base())
                .withField(FieldAddress.general("economics.discountRate"), ValueForm.constant(""));

        Assembly a = ScenarioAssembler.assemble(form);

        assertEquals(List.of(new ValidationError("economics.discountRate", "required field is missing")), a.errors());
    }

    @Test
    void switchingACostItemToLumpSumUsesItsAmount() {
        FieldAddress pricing = FieldAddress.of("costItems", 0, ShapeChoice.PRICING);
        ScenarioForm form = ScenarioForms.of(base()).withField(pricing, "lump-sum");

        Assembly missing = ScenarioAssembler.assemble(form);
        Assembly given = ScenarioAssembler.assemble(
                form.withField(FieldAddress.of("costItems", 0, "amount"), ValueForm.constant("2000")));

        assertEquals(List.of(new ValidationError("costItems[0]", "needs either amount, or quantity and unitCost")),
                missing.errors());
        assertTrue(given.isValid());
        assertFalse(given.scenario().costItems().get(0).isPriced());
    }

    @Test
    void theBlankScenarioIsValid() {
        assertTrue(ScenarioAssembler.assemble(ScenarioForms.blank()).isValid());
    }

    @Test
    void sortsProblemsInPageOrder() {
        ScenarioForm form = ScenarioForms.of(base())
                .withField(FieldAddress.of("assurance", 0, "amount"), ValueForm.constant("-1"))
                .withField(FieldAddress.general("closureYear"), ValueForm.constant("x"));

        List<ValidationError> errors = ScenarioAssembler.assemble(form).errors();

        assertEquals("closureYear", errors.get(0).path());
        assertEquals("assurance[0].amount", errors.get(1).path());
    }

    @Test
    void aSectionAddedToTheSchemaComesThroughTheFormUnchanged() {
        // overruns[] and the two log-normal forms were added to the schema after the forms were
        // derived from it; nothing in the desktop names them.
        Scenario s = ScenarioReader.readString(BASE.replace("\"assurance\"", "\"overruns\": ["
                + "{\"name\": \"Class 4\", \"multiplier\": {\"dist\": \"estimate-class\", \"class\": 4}},"
                + "{\"name\": \"Earthworks\", \"multiplier\": {\"dist\": \"lognormal\", \"p10\": 1.1, \"p90\": 1.6},"
                + " \"appliesTo\": [\"earthworks\"]}], \"assurance\"")).scenarioOrThrow();

        ScenarioForm form = ScenarioForms.of(s);
        Assembly a = ScenarioAssembler.assemble(form);

        assertEquals(2, form.elements("overruns").size());
        assertEquals(List.of(), a.errors());
        assertEquals(s, a.scenario());
        assertEquals(ScenarioWriter.tree(s), FormTree.tree(form));
    }
}
