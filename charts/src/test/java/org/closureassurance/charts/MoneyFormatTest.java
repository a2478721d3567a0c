package org.closureassurance.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.ParsePosition;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyFormatTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "20100000     | USD 20.1 M",
        "2000000      | USD 2.0 M",
        "2650000      | USD 2.65 M",
        "150000000    | USD 150 M",
        "350000       | USD 350 k",
        "18000        | USD 18.0 k",
        "1250000000   | USD 1.25 B",
        "999960       | USD 1.0 M",
        "999.6        | USD 1.0 k",
        "350          | USD 350",
        "2.6          | USD 2.6",
        "0.012        | USD 0.012",
        "0            | USD 0",
        "-5000000     | USD -5.0 M",
        "999000000000000 | USD 999000 B",
        "1e15         | USD 1.00e15",
        "1.5e303      | USD 1.50e303",
        "1e308        | USD 1.00e308",
        "-2.5e300     | USD -2.50e300",
    })
    void formatsWithThreeSignificantDigitsAndAMagnitude(double value, String expected) {
        assertEquals(expected, new MoneyFormat("USD").format(value));
    }

    @Test
    void writesMagnitudesInWordsForProse() {
        MoneyFormat words = new MoneyFormat("USD", MoneyFormat.Style.WORDS);
        assertEquals("USD 20.1 million", words.format(2.01e7));
        assertEquals("USD 350 thousand", words.format(3.5e5));
        assertEquals("USD 1.25 billion", words.format(1.25e9));
    }

    @Test
    void writesUndefinedForNaN() {
        assertEquals("undefined", new MoneyFormat("AUD").format(Double.NaN));
        assertEquals("undefined", MoneyFormat.compact(Double.NaN));
    }

    @Test
    void compactLeavesTheCurrencyOut() {
        assertEquals("2.0 M", MoneyFormat.compact(2.0e6));
        assertEquals("1.8 M", MoneyFormat.compact(1.8e6));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "USD 20.1 M       | 20100000",
        "USD 350 k        | 350000",
        "20.1 million     | 20100000",
        "USD 1.25 B       | 1250000000",
        "USD 2.6          | 2.6",
        "USD 1.50e303     | 1.5e303",
    })
    void parsesWhatItWrites(String text, double expected) {
        Number n = new MoneyFormat("USD").parse(text, new ParsePosition(0));
        assertEquals(expected, n.doubleValue(), 1e-6 * Math.abs(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "USD 20.1 million; rest | 16",
        "USD 20.1 M; rest       | 10",
        "350 k and more         | 5",
    })
    void stopsAfterTheFigure(String text, int index) {
        ParsePosition pos = new ParsePosition(0);
        new MoneyFormat("USD").parse(text, pos);
        assertEquals(index, pos.getIndex());
    }

    @Test
    void parseOfTextWithoutANumberGivesNull() {
        ParsePosition pos = new ParsePosition(0);
        assertNull(new MoneyFormat("USD").parse("USD lots", pos));
        assertEquals(0, pos.getErrorIndex());
    }

    @Test
    void ignoresTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("EUR 2.65 M", new MoneyFormat("EUR").format(2.65e6));
        } finally {
            Locale.setDefault(before);
        }
    }
}
