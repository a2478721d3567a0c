package org.closureassurance.desktop.gui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.closureassurance.scenarios.ValidationError;
import org.closureassurance.simulator.value.Discrete;
import org.closureassurance.simulator.value.LogNormal;
import org.closureassurance.simulator.value.Normal;
import org.closureassurance.simulator.value.Pert;
import org.closureassurance.simulator.value.Triangular;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ValueFormTest {

    static Stream<Value> values() {
        return Stream.of(Value.of(0.1 + 0.2), new Uniform(1, 2), new Triangular(0.9, 1.0, 1.6),
                new Pert(0.9, 1.0, 1.6), new Pert(1, 2, 3, 6), new Normal(0.03, 0.07), new Normal(0.03, 0.07, -0.5, 0.5),
                new Normal(1, 2, 0, Double.POSITIVE_INFINITY), new LogNormal(40, 15),
                new Discrete(new double[] {0, 1}, new double[] {0.7, 0.3}), new Discrete(new double[] {2, 5}, null),
                Value.of(20260101), Value.of(1e-9), Value.of(3.5e21));
    }

    @ParameterizedTest
    @MethodSource("values")
    void showsEveryValueSoThatItReadsBackIdentically(Value v) {
        List<ValidationError> errors = new ArrayList<>();

        assertEquals(v, ValueForm.of(v).parse("x", errors));
        assertEquals(List.of(), errors);
    }

    @Test
    void namesEachUnreadableParameter() {
        ValueForm form = new ValueForm(DistributionKind.TRIANGULAR, null).with("min", "1").with("max", "abc");
        List<ValidationError> errors = new ArrayList<>();

        assertNull(form.parse("costItems[0].amount", errors));
        assertEquals(List.of(new ValidationError("costItems[0].amount.mode", "required field is missing"),
                new ValidationError("costItems[0].amount.max", "must be a number (was \"abc\")")), errors);
    }

    @Test
    void readsDiscreteListsAndNamesTheBadEntry() {
        ValueForm form = new ValueForm(DistributionKind.DISCRETE, null).with("values", "0, 1; x");
        List<ValidationError> errors = new ArrayList<>();

        form.parse("p", errors);

        assertEquals(List.of(new ValidationError("p.values[2]", "must be a number (was \"x\")")), errors);
    }

    @Test
    void readsGroupedDigits() {
        List<ValidationError> errors = new ArrayList<>();

        assertEquals(Value.of(3_000_000), ValueForm.constant("3 000 000").parse("p", errors));
    }

    @Test
    void aFixedNumberBecomesADistributionAroundIt() {
        ValueForm tri = ValueForm.constant("100").convertedTo(DistributionKind.TRIANGULAR);

        assertEquals(new Triangular(80, 100, 120), tri.parse("p", new ArrayList<>()));
    }

    @Test
    void aDistributionBecomesItsMeanWhenFixed() {
        ValueForm fixed = ValueForm.of(new Triangular(1, 2, 6)).convertedTo(DistributionKind.CONSTANT);

        assertEquals(Value.of(3), fixed.parse("p", new ArrayList<>()));
    }

    @Test
    void everyConversionOfAValidValueIsValid() {
        for (DistributionKind from : DistributionKind.values()) {
            ValueForm start = ValueForm.constant("0.03").convertedTo(from);
            for (DistributionKind to : DistributionKind.values()) {
                List<ValidationError> errors = new ArrayList<>();
                start.convertedTo(to).parse("p", errors);
                assertEquals(List.of(), errors, from + " -> " + to);
            }
        }
    }

    @Test
    void summarisesForTables() {
        assertEquals("Triangular 3.0 M / 3.5 M / 4.4 M",
                ValueForm.of(new Triangular(3e6, 3.5e6, 4.4e6)).summary());
        assertEquals("60", ValueForm.constant("60").summary());
        assertTrue(ValueForm.constant(" ").isEmpty());
    }
}
