package org.closureassurance.desktop.gui.form;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every label that shows a year or a rate says how to read it. */
class ScenarioSchemaLabelsTest {

    /** Every field, column and row field of every page. */
    static List<FieldSpec> everyLabel() {
        List<FieldSpec> out = new ArrayList<>();
        for (SectionSpec page : ScenarioSchema.pages()) {
            for (FieldSpec f : Stream.concat(page.fields().stream(), page.columns().stream()).toList()) {
                out.add(f);
                out.addAll(f.rowFields());
            }
        }
        return out;
    }

    /** Fields that hold a year (not a number of years, {@code durationYears}, nor a cost per year). */
    static Stream<Arguments> yearFields() {
        return everyLabel().stream().filter(f -> f.key().matches("(.*\\.)?((base|closure|start|from|to)Year|year)"))
                .map(f -> Arguments.of(f.key(), f.label()));
    }

    /** Fields that hold a rate, a share or a probability. */
    static Stream<Arguments> rateFields() {
        return everyLabel().stream().filter(f -> f.key().matches("(?i).*(rate|percent|probability|return|loss)"))
                .map(f -> Arguments.of(f.key(), f.label()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("yearFields")
    void everyYearSaysWhatItCountsFrom(String key, String label) {
        assertTrue(label.matches(".*\\((after closure|after base year|calendar)\\)"), key + " is labelled " + label);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rateFields")
    void everyRateSaysWhetherItIsAPercentageOrAFraction(String key, String label) {
        assertTrue(label.matches(".*\\((fraction|%|0–1)\\)"), key + " is labelled " + label);
    }
}
