package org.closureassurance.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.scenarios.ScenarioFormat.Top;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ScenarioFormat#objectAt} finds an object through the field that holds it, so an object
 * the format shares between places (a {@code driver}) is declared once and found at each place
 * without a list of its places.
 */
class ObjectAtTest {

    @ParameterizedTest
    @ValueSource(strings = {"forfeiture.driver", "assurance[].driver", "assurance[].returnDriver",
        "providers[].driver"})
    void findsTheSharedDriverAtEachPlaceItStands(String path) {
        FormatObject o = ScenarioFormat.objectAt(path);

        assertNotNull(o, path);
        assertEquals(path, o.path());
        assertEquals(EconomyFormat.Driver.OBJECT.fields(), o.fields());
    }

    @ParameterizedTest
    @ValueSource(strings = {"forfeiture.year", "forfeiture.driver[]", "assurance.driver", "nowhere.driver",
        "forfeiture.driver.factor", "costItems", "economics[]", ""})
    void findsNoObjectWhereTheFormatHasNone(String path) {
        assertNull(ScenarioFormat.objectAt(path), path);
    }

    /**
     * Walking from the top level through the fields that hold objects reaches every object the
     * reference declares, but the top level itself, the discount schedule (the other shape of a
     * Value field, which no object field holds) and the driver under its own heading (found at
     * each place that holds it, above).
     */
    @Test
    void everyDeclaredObjectIsHeldByTheFieldAtItsPath() {
        List<String> unreached = new ArrayList<>();
        for (FormatObject o : ScenarioFormat.objects()) {
            FormatObject walked = walk(o.path());
            if (walked == null || !walked.fields().equals(o.fields())) {
                unreached.add(o.path());
            }
        }
        assertEquals(List.of("the top level", "economics.discountRate[]", "driver"), unreached);
    }

    /** Every object or list field of the objects the reference declares holds its object. */
    @Test
    void everyObjectOrListFieldHoldsItsObject() {
        List<String> empty = new ArrayList<>();
        for (FormatObject o : ScenarioFormat.objects()) {
            for (FormatField f : o.fields()) {
                if ((f.type() == FieldType.OBJECT || f.type() == FieldType.LIST) && f.object() == null) {
                    empty.add(o.path() + "." + f.name());
                }
            }
        }
        assertEquals(List.of(), empty);
    }

    /** The object at {@code path} found only through the fields that hold objects, from the top level. */
    private static FormatObject walk(String path) {
        FormatObject at = Top.OBJECT;
        for (String key : path.split("\\.")) {
            boolean list = key.endsWith("[]");
            FormatField f = at.field(list ? key.substring(0, key.length() - 2) : key);
            if (f == null || f.object() == null || list != (f.type() == FieldType.LIST)) {
                return null;
            }
            at = f.object();
        }
        return at;
    }
}
