package org.closureassurance.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "0.62     | 62 %",
        "0.6249   | 62 %",
        "0.995    | 99.5 %",
        "0.004    | 0.4 %",
        "1.0      | 100 %",
        "0.0      | 0 %",
        "0.99999  | > 99.9 %",
        "0.00001  | < 0.1 %",
    })
    void writesProbabilitiesAsPercents(double p, String expected) {
        assertEquals(expected, NumberText.percent(p));
    }

    @Test
    void writesIntervalsWithAnEnDash() {
        assertEquals("61–63 %", NumberText.percentRange(0.61, 0.63));
        assertEquals("undefined", NumberText.percentRange(Double.NaN, Double.NaN));
    }
}
