package org.closureassurance.scenarios.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.units.indriya.unit.Units;

class UnitTableTest {
    private static final double SECONDS_PER_YEAR = 31_556_952;

    private static double factor(String symbol) {
        return UnitTable.find(symbol).orElseThrow().toCanonical();
    }

    private static Dimension dimension(String symbol) {
        return UnitTable.find(symbol).orElseThrow().dimension();
    }

    @Test
    void oneLitrePerSecondIs31556point952CubicMetresAYear() {
        // docs/units.md: a year is 365.2425 days, so 1 L/s is 31,556.952 m3 a year.
        double perYear = factor("L/s") * SECONDS_PER_YEAR / factor("m3");
        assertEquals(31_556.952, perYear, 1e-9);
        assertEquals(factor("L/s") * SECONDS_PER_YEAR, 31_556.952 * factor("m3/yr") * SECONDS_PER_YEAR, 1e-9);
    }

    @Test
    void yearIsTheMeanGregorianYearAsInIndriya() {
        assertEquals(SECONDS_PER_YEAR, factor("yr"), 0.0);
        assertEquals(SECONDS_PER_YEAR, factor("a"), 0.0);
        assertEquals(SECONDS_PER_YEAR, Units.YEAR.getConverterTo(Units.SECOND).convert(1.0), 0.0);
    }

    @Test
    void acreIsExactly4046point8564224SquareMetres() {
        assertEquals(4_046.856_422_4, factor("acre"), 0.0);
        assertEquals(0.092_903_04, factor("ft2"), 1e-17);
    }

    @Test
    void usGallonIsExactly3point785411784Litres() {
        assertEquals(3.785_411_784, factor("gal") / factor("L"), 1e-15);
        assertEquals(0.003_785_411_784, factor("gal"), 0.0);
    }

    @Test
    void hectareIsTenThousandSquareMetres() {
        assertEquals(10_000.0, factor("ha"), 0.0);
        assertEquals(1e6, factor("km2"), 0.0);
        assertEquals(100.0, factor("km2") / factor("ha"), 0.0);
    }

    @Test
    void cubicYardIsExactly0point764554857984CubicMetres() {
        assertEquals(0.764_554_857_984, factor("yd3"), 1e-15);
        assertEquals(0.028_316_846_592, factor("ft3"), 1e-15);
    }

    @Test
    void oneMilligramPerLitreIsAThousandMicrogramsPerLitre() {
        assertEquals(1000.0, factor("mg/L") / factor("ug/L"), 1e-9);
        assertEquals(factor("ug/L"), factor("µg/L"), 0.0);
        assertEquals(factor("mg/L"), factor("g/m3"), 1e-18);
        assertEquals(0.001, factor("mg/L"), 1e-18);
    }

    @Test
    void oneGallonPerMinuteIs5point45CubicMetresADay() {
        // 3.785411784 L/min * 1440 min/d = 5,450.99296896 L/d = 5.45099296896 m3/d.
        assertEquals(5.450_992_968_96, factor("gal/min") / factor("m3/d"), 1e-12);
        assertEquals(1.0, factor("ML/d") / factor("m3/d") / 1000, 1e-15);
        assertEquals(24.0, factor("m3/h") / factor("m3/d"), 1e-12);
    }

    @ParameterizedTest
    @CsvSource({
        "m2, AREA", "ha, AREA", "km2, AREA", "acre, AREA", "ft2, AREA",
        "m3, VOLUME", "L, VOLUME", "kL, VOLUME", "ML, VOLUME", "yd3, VOLUME", "gal, VOLUME", "ft3, VOLUME",
        "L/s, FLOW", "L/min, FLOW", "m3/s, FLOW", "m3/d, FLOW", "m3/h, FLOW", "m3/yr, FLOW", "m3/a, FLOW",
        "gal/min, FLOW", "ML/d, FLOW",
        "mg/L, CONCENTRATION", "ug/L, CONCENTRATION", "µg/L, CONCENTRATION", "g/m3, CONCENTRATION",
        "kg/m3, CONCENTRATION",
        "a, TIME", "yr, TIME", "d, TIME", "h, TIME", "s, TIME", "m, LENGTH", "km, LENGTH", "ft, LENGTH", "t, MASS", "kg, MASS",
        "each, COUNT"
    })
    void everyListedUnitHasItsDimension(String symbol, Dimension expected) {
        assertEquals(expected, dimension(symbol));
    }

    @Test
    void superscriptsAndGreekMuReadAsTheirPlainForms() {
        assertEquals("m3/s", UnitTable.find("m³/s").orElseThrow().symbol());
        assertEquals("m2", UnitTable.find("m²").orElseThrow().symbol());
        assertEquals("µg/L", UnitTable.find("\u03bcg/L").orElseThrow().symbol());
    }

    @Test
    void unknownAndWrongCaseSymbolsAreNotFound() {
        assertTrue(UnitTable.find("hectare").isEmpty());
        assertTrue(UnitTable.find("l/s").isEmpty());
        assertTrue(UnitTable.find("mL").isEmpty());
        assertTrue(UnitTable.find(null).isEmpty());
    }

    @Test
    void commensurabilityFollowsIndriyaDimensions() {
        KnownUnit ha = UnitTable.find("ha").orElseThrow();
        assertTrue(ha.isCommensurableWith(UnitTable.find("acre").orElseThrow()));
        assertFalse(ha.isCommensurableWith(UnitTable.find("m3").orElseThrow()));
        assertFalse(UnitTable.find("L/s").orElseThrow().isCommensurableWith(UnitTable.find("L").orElseThrow()));
    }

    @Test
    void canonicalUnitsHaveFactorOne() {
        for (Dimension d : Dimension.values()) {
            assertEquals(1.0, factor(d.canonicalSymbol()), 0.0, d.name());
        }
    }

    @Test
    void docsListEveryAcceptedUnit() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "units.md"), StandardCharsets.UTF_8);
        for (String symbol : UnitTable.symbols()) {
            assertTrue(doc.contains("`" + symbol + "`"), symbol + " is missing from docs/units.md");
        }
    }

    @Test
    void symbolsAreListedByDimension() {
        assertEquals(List.of("m2", "ha", "km2", "acre", "ft2"), UnitTable.symbols(Dimension.AREA));
        assertEquals(UnitTable.all().size(), UnitTable.symbols().size());
    }
}
