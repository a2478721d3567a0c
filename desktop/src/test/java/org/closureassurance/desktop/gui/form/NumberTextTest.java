package org.closureassurance.desktop.gui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTest {

    @ParameterizedTest
    @CsvSource({"3000000, 3000000", "'3 000 000', 3000000", "1_500, 1500", "-0.5, -0.5", ".25, 0.25", "1e3, 1000",
            "2.5E-3, 0.0025", "+4, 4"})
    void readsNumbersAsTyped(String text, double expected) {
        assertEquals(expected, NumberText.parse(text).getAsDouble());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1,5", "NaN", "Infinity", "1e999", "--1", "1.2.3"})
    void rejectsWhatIsNotAFiniteNumber(String text) {
        assertTrue(NumberText.parse(text).isEmpty());
    }

    @Test
    void showsNumbersPlainlyAndExactly() {
        assertEquals("3000000", NumberText.of(3e6));
        assertEquals("0.03", NumberText.of(0.03));
        assertEquals("1E-9", NumberText.of(1e-9));
        assertEquals("0", NumberText.of(-0.0));
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            double x = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(x)) {
                assertEquals(x, NumberText.parse(NumberText.of(x)).getAsDouble(), 0.0, NumberText.of(x));
            }
        }
    }
}
