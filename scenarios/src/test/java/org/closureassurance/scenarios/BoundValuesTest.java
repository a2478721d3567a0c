package org.closureassurance.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.scenarios.ValueChecks.Bounds;
import org.closureassurance.scenarios.json.JsonLimits;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonPrinter;
import org.closureassurance.scenarios.json.JsonTreeReader;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;

/**
 * The generic reading, writing and range-checking of the optional Value fields the schema binds
 * to a model record, shown on a made-up section: a record {@link Kiln} and an object that
 * declares its one field by hand-bound name and its two others with a binding only. Nothing
 * but the declarations below knows the names {@code draughtRate} and {@code firingShare}.
 */
class BoundValuesTest {
    /** A made-up model record: the section's own {@code temperature}, and two optional Values. */
    record Kiln(Value temperature, Value draughtRate, Value firingShare) {
        Kiln withDraughtRate(Value v) {
            return new Kiln(temperature, v, firingShare);
        }

        Kiln withFiringShare(Value v) {
            return new Kiln(temperature, draughtRate, v);
        }
    }

    static final FormatField TEMPERATURE = FormatField.value("temperature", null).asRequired();
    static final FormatField DRAUGHT_RATE = FormatField.value("draughtRate", Bounds.ABOVE_MINUS_ONE).byDefault("0")
            .reaching(Kiln.class, Kiln::draughtRate, Kiln::withDraughtRate);
    static final FormatField FIRING_SHARE = FormatField.value("firingShare", Bounds.UNIT_INTERVAL).byDefault("1")
            .reaching(Kiln.class, Kiln::firingShare, Kiln::withFiringShare);
    static final FormatObject KILN = FormatObject.of("kiln", "", TEMPERATURE, DRAUGHT_RATE, FIRING_SHARE);

    /** Reads {@code json} as the section at path {@code kiln}, as a section binder would. */
    private static Kiln read(String json, List<ValidationError> errors) {
        JsonNode node = JsonTreeReader.parse(json.replace('\'', '"'), JsonLimits.DEFAULT).root();
        JsonFields f = JsonFields.open(node, "kiln", errors);
        f.allow("", KILN, null);
        Value t = f.value(TEMPERATURE);
        return BoundValues.bind(f, KILN, Kiln.class, t == null ? null : new Kiln(t, Value.of(-5), Value.of(-5)));
    }

    private static String write(Kiln k) {
        ScenarioWriter.Fields out = new ScenarioWriter.Fields();
        out.put(TEMPERATURE, ValueWriter.value(k.temperature()));
        BoundValues.write(out, KILN, Kiln.class, k);
        return JsonPrinter.print(out.json());
    }

    private static List<String> check(Kiln k) {
        List<ValidationError> out = new ArrayList<>();
        BoundValues.check("kiln", KILN, Kiln.class, k, out);
        return out.stream().map(ValidationError::toString).toList();
    }

    @Test
    void aLeftOutBoundFieldReadsAsItsDefaultAndIsLeftOutWhenWritten() {
        List<ValidationError> errors = new ArrayList<>();
        Kiln k = read("{'temperature': 900}", errors);

        // the defaults declared above (0 and 1) replace the -5 the section's own constructor put there
        assertEquals(new Kiln(Value.of(900), Value.of(0), Value.of(1)), k);
        assertEquals(List.of(), errors);
        assertEquals(write(new Kiln(Value.of(900), Value.of(0), Value.of(1))), write(k));
        assertEquals("{\"temperature\": 900}\n", write(k));
    }

    @Test
    void aGivenBoundFieldIsReadWrittenAndReadBackUnchanged() {
        List<ValidationError> errors = new ArrayList<>();
        Kiln k = read("{'temperature': 900, 'firingShare': {'dist': 'uniform', 'min': 0.2, 'max': 0.6}}", errors);

        assertEquals(new Kiln(Value.of(900), Value.of(0), new Uniform(0.2, 0.6)), k);
        String written = write(k);
        assertEquals(k, read(written, errors));
        assertEquals(List.of(), errors);
    }

    @Test
    void everyUnreadableBoundFieldIsReportedAtItsPathAndNothingIsBuilt() {
        List<ValidationError> errors = new ArrayList<>();
        Kiln k = read("{'draughtRate': 'fast', 'firingShare': true}", errors);

        assertNull(k);
        assertEquals(List.of("kiln.temperature", "kiln.draughtRate", "kiln.firingShare"),
                errors.stream().map(ValidationError::path).toList());
    }

    @Test
    void aBoundFieldOutsideItsLimitsIsReportedWithTheLimit() {
        // the limits declared above: draughtRate > -1, firingShare in [0, 1]
        assertEquals(List.of("kiln.draughtRate: must be > -1 (was -1)",
                        "kiln.firingShare: must lie in [0, 1] (max was 1.5)"),
                check(new Kiln(Value.of(900), Value.of(-1), new Uniform(0.5, 1.5))));
        assertEquals(List.of(), check(new Kiln(Value.of(900), Value.of(0.02), Value.of(1))));
    }

    @Test
    void onlyAnOptionalValueWithADefaultMayBeBound() {
        assertThrows(IllegalStateException.class, () -> FormatField.value("share", null)
                .reaching(Kiln.class, Kiln::firingShare, Kiln::withFiringShare));
        assertThrows(IllegalStateException.class, () -> FormatField.number("share").byDefault("1")
                .reaching(Kiln.class, Kiln::firingShare, Kiln::withFiringShare));
    }

    @Test
    void aBindingReachesOnlyRecordsOfItsType() {
        assertEquals(List.of(DRAUGHT_RATE, FIRING_SHARE), BoundValues.bound(KILN, Kiln.class));
        assertEquals(List.of(), BoundValues.bound(KILN, String.class));
    }
}
