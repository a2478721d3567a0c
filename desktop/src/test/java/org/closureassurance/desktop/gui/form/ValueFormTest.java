package org.closureassurance.desktop.gui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.closureassurance.scenarios.ScenarioReader;
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
import org.junit.jupiter.params.provider.Arguments;
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

        assertEquals(v, read(ValueForm.of(v), "x", errors));
        assertEquals(List.of(), errors);
    }

    @Test
    void namesEachUnreadableParameter() {
        ValueForm form = new ValueForm(DistributionKind.TRIANGULAR, null).with("min", "1").with("max", "abc");
        List<ValidationError> errors = new ArrayList<>();

        assertNull(read(form, "costItems[0].amount", errors));
        assertEquals(List.of(new ValidationError("costItems[0].amount.mode", "required field is missing"),
                new ValidationError("costItems[0].amount.max", "must be a number, was a string")), errors);
    }

    @Test
    void readsDiscreteListsAndNamesTheBadEntry() {
        ValueForm form = new ValueForm(DistributionKind.DISCRETE, null).with("values", "0, 1; x");
        List<ValidationError> errors = new ArrayList<>();

        read(form, "p", errors);

        assertEquals(List.of(new ValidationError("p.values[2]", "must be a number, was a string")), errors);
    }

    @Test
    void readsGroupedDigits() {
        List<ValidationError> errors = new ArrayList<>();

        assertEquals(Value.of(3_000_000), read(ValueForm.constant("3 000 000"), "p", errors));
    }

    @Test
    void aFixedNumberBecomesADistributionAroundIt() {
        ValueForm tri = ValueForm.constant("100").convertedTo(DistributionKind.TRIANGULAR);

        // sd a tenth of 100 = 10; a symmetric triangular of half-width h has sd h / sqrt(6), so
        // h = 10 sqrt(6) = 24.4949, shown to four digits: 24.49
        assertEquals(new Triangular(75.51, 100, 124.49), read(tri, "p", new ArrayList<>()));
    }

    @Test
    void aLogNormalBecomesTwoValuesOneSdEitherSideOfItsMean() {
        ValueForm discrete = ValueForm.of(new LogNormal(8000, 800)).convertedTo(DistributionKind.DISCRETE);

        // 8000 - 800 and 8000 + 800, equally likely: mean 8000, sd 800
        assertEquals(new Discrete(new double[] {7200, 8800}, null), read(discrete, "p", new ArrayList<>()));
    }

    @Test
    void aLogNormalFromACentreAtOrBelowZeroKeepsTheSpread() {
        ValueForm logNormal = ValueForm.of(new Normal(-5, 2)).convertedTo(DistributionKind.LOGNORMAL);

        assertEquals(new LogNormal(2, 2), read(logNormal, "p", new ArrayList<>()));
    }

    /** A Value with its mean and standard deviation derived by hand. */
    record Source(Value value, double mean, double sd) {
        @Override
        public String toString() {
            return value.kind() + " " + value;
        }
    }

    static Stream<Arguments> kindChanges() {
        List<Source> sources = List.of(
                new Source(Value.of(100), 100, 0),
                // (2 + 8) / 2 = 5; (8 - 2) / sqrt(12) = sqrt(3)
                new Source(new Uniform(2, 8), 5, Math.sqrt(3)),
                // (1 + 2 + 6) / 3 = 3; variance (1 + 4 + 36 - 2 - 6 - 12) / 18 = 21 / 18
                new Source(new Triangular(1, 2, 6), 3, Math.sqrt(21.0 / 18)),
                // Beta shapes 1 + 4 * 3 / 12 = 2 and 1 + 4 * 9 / 12 = 4: mean 12 * 2 / 6 = 4;
                // variance 12^2 * 2 * 4 / (6^2 * 7) = 32 / 7
                new Source(new Pert(0, 3, 12), 4, Math.sqrt(32.0 / 7)),
                new Source(new Normal(0.03, 0.07), 0.03, 0.07),
                // cut one sd either side: mean 10 by symmetry; variance 4 (1 - 2 phi(1) / (2 Phi(1) - 1))
                // with phi(1) = 0.24197072451914337, 2 Phi(1) - 1 = erf(1 / sqrt(2)) = 0.6826894921370859:
                // sd = 2 sqrt(0.29112509477279314) = 1.0791201875097938
                new Source(new Normal(10, 2, 8, 12), 10, 1.0791201875097938),
                new Source(new LogNormal(8000, 800), 8000, 800),
                // 0 with weight 0.7, 10 with 0.3: mean 3; variance 0.7 * 9 + 0.3 * 49 = 21
                new Source(new Discrete(new double[] {0, 10}, new double[] {0.7, 0.3}), 3, Math.sqrt(21)));
        // A log-normal by P10 and P90 keeps the centre only to its quantiles' four digits (tested
        // below), and an estimate class is a fixed distribution of its own: neither keeps both moments.
        return sources.stream().flatMap(from -> Stream.of(DistributionKind.values())
                .filter(to -> to != DistributionKind.LOGNORMAL_RANGE && to != DistributionKind.ESTIMATE_CLASS)
                .filter(to -> !to.id().equals(from.value().kind()))
                .map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("kindChanges")
    void changingTheKindKeepsTheMeanAndTheSpread(Source from, DistributionKind to) {
        List<ValidationError> errors = new ArrayList<>();

        Value converted = read(ValueForm.of(from.value()).convertedTo(to), "p", errors);

        assertEquals(List.of(), errors);
        assertEquals(to.id(), converted.kind());
        double[] moments = Moments.of(converted);
        // the mean is shown to twelve significant digits: relative error below 5e-12
        assertEquals(from.mean(), moments[0], 1e-11 * Math.abs(from.mean()), "mean");
        if (from.sd() > 0 && to != DistributionKind.CONSTANT) {
            // spreads are shown to four significant digits: relative error at most 0.5 / 1000
            assertEquals(from.sd(), moments[1], 5e-4 * from.sd(), "sd");
        }
    }

    @Test
    void aDistributionBecomesItsMeanWhenFixed() {
        ValueForm fixed = ValueForm.of(new Triangular(1, 2, 6)).convertedTo(DistributionKind.CONSTANT);

        assertEquals(Value.of(3), read(fixed, "p", new ArrayList<>()));
    }

    @Test
    void everyConversionOfAValidValueIsValid() {
        for (DistributionKind from : DistributionKind.values()) {
            ValueForm start = ValueForm.constant("0.03").convertedTo(from);
            for (DistributionKind to : DistributionKind.values()) {
                List<ValidationError> errors = new ArrayList<>();
                read(start.convertedTo(to), "p", errors);
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

    /** Reads {@code form} as the file reader reads the Value a file holds at {@code path}. */
    private static Value read(ValueForm form, String path, List<? super ValidationError> errors) {
        List<ValidationError> out = new ArrayList<>();
        Value v = ScenarioReader.readValue(form.node(), path, out);
        errors.addAll(out);
        return v;
    }

    @Test
    void aLogNormalByPercentilesKeepsTheMeanToTheDigitsOfItsQuantiles() {
        List<ValidationError> errors = new ArrayList<>();

        Value converted = read(ValueForm.of(new LogNormal(8000, 800)).convertedTo(DistributionKind.LOGNORMAL_RANGE),
                "p", errors);

        assertEquals(List.of(), errors);
        // sigma^2 = ln(1.01), mu = ln(8000) - sigma^2 / 2; P10 and P90 are shown to four significant
        // digits (relative error at most 5e-5 each), which moves the mean exp(mu + sigma^2 / 2) of
        // the log-normal through them by at most about 1e-4 of itself.
        assertEquals(8000, converted.expectedValue(), 8000 * 2e-4);
    }
}
