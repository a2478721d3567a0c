package org.closureassurance.scenarios.units;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.measure.IncommensurableException;
import javax.measure.MetricPrefix;
import javax.measure.UnconvertibleException;
import javax.measure.Unit;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.unit.Units;

/**
 * The unit strings a scenario file accepts, mapped to Indriya units. Indriya's own parser
 * knows neither {@code ha} nor {@code acre} nor US gallons, so every unit is registered here,
 * built from SI units with exact factors; the dimension and the factor to the canonical unit
 * are then computed by Indriya ({@code isCompatible}, {@code getConverterToAny}).
 * The table is documented in {@code docs/units.md}.
 */
public final class UnitTable {
    /** A year of 365.2425 days (the mean Gregorian year): 31,556,952 s. */
    public static final Unit<?> YEAR = Units.DAY.multiply(new BigDecimal("365.2425"));
    /** The US liquid gallon, exactly 3.785411784 L. */
    private static final Unit<?> US_GALLON = Units.LITRE.multiply(new BigDecimal("3.785411784"));
    /** The international foot, exactly 0.3048 m. */
    private static final Unit<?> FOOT = Units.METRE.multiply(new BigDecimal("0.3048"));
    /** The international acre, exactly 4,046.8564224 m². */
    private static final Unit<?> ACRE = Units.SQUARE_METRE.multiply(new BigDecimal("4046.8564224"));

    private static final Map<String, KnownUnit> BY_SYMBOL = build();

    private UnitTable() {
    }

    private static Map<String, KnownUnit> build() {
        Map<String, KnownUnit> m = new LinkedHashMap<>();
        Unit<?> litre = Units.LITRE;
        Unit<?> yard = Units.METRE.multiply(new BigDecimal("0.9144"));

        add(m, "m2", "square metre", Units.SQUARE_METRE);
        add(m, "ha", "hectare (10,000 m²)", Units.SQUARE_METRE.multiply(10_000));
        add(m, "km2", "square kilometre", MetricPrefix.KILO(Units.METRE).pow(2));
        add(m, "acre", "international acre (4,046.8564224 m²)", ACRE);
        add(m, "ft2", "square foot", FOOT.pow(2));

        add(m, "m3", "cubic metre", Units.CUBIC_METRE);
        add(m, "L", "litre", litre);
        add(m, "kL", "kilolitre (1 m³)", MetricPrefix.KILO(litre));
        add(m, "ML", "megalitre (1,000 m³)", MetricPrefix.MEGA(litre));
        add(m, "yd3", "cubic yard (0.764554857984 m³)", yard.pow(3));
        add(m, "ft3", "cubic foot", FOOT.pow(3));
        add(m, "gal", "US gallon (3.785411784 L)", US_GALLON);

        add(m, "L/s", "litre per second", litre.divide(Units.SECOND));
        add(m, "L/min", "litre per minute", litre.divide(Units.MINUTE));
        add(m, "m3/s", "cubic metre per second", Units.CUBIC_METRE.divide(Units.SECOND));
        add(m, "m3/h", "cubic metre per hour", Units.CUBIC_METRE.divide(Units.HOUR));
        add(m, "m3/d", "cubic metre per day", Units.CUBIC_METRE.divide(Units.DAY));
        add(m, "m3/yr", "cubic metre per year", Units.CUBIC_METRE.divide(YEAR));
        add(m, "m3/a", "cubic metre per year (same as m3/yr)", Units.CUBIC_METRE.divide(YEAR));
        add(m, "ML/d", "megalitre per day", MetricPrefix.MEGA(litre).divide(Units.DAY));
        add(m, "gal/min", "US gallon per minute", US_GALLON.divide(Units.MINUTE));

        add(m, "mg/L", "milligram per litre", MetricPrefix.MILLI(Units.GRAM).divide(litre));
        add(m, "ug/L", "microgram per litre", MetricPrefix.MICRO(Units.GRAM).divide(litre));
        add(m, "µg/L", "microgram per litre (same as ug/L)", MetricPrefix.MICRO(Units.GRAM).divide(litre));
        add(m, "g/m3", "gram per cubic metre (same as mg/L)", Units.GRAM.divide(Units.CUBIC_METRE));
        add(m, "kg/m3", "kilogram per cubic metre", Units.KILOGRAM.divide(Units.CUBIC_METRE));

        add(m, "m", "metre", Units.METRE);
        add(m, "km", "kilometre", MetricPrefix.KILO(Units.METRE));
        add(m, "ft", "international foot (0.3048 m)", FOOT);

        add(m, "kg", "kilogram", Units.KILOGRAM);
        add(m, "t", "tonne (1,000 kg)", Units.KILOGRAM.multiply(1000));

        add(m, "s", "second", Units.SECOND);
        add(m, "h", "hour (equipment or labour hours)", Units.HOUR);
        add(m, "d", "day", Units.DAY);
        add(m, "yr", "year of 365.2425 days", YEAR);
        add(m, "a", "year (same as yr)", YEAR);

        add(m, "each", "a count of things (wells, buildings)", AbstractUnit.ONE);
        return Collections.unmodifiableMap(m);
    }

    private static void add(Map<String, KnownUnit> m, String symbol, String description, Unit<?> unit) {
        Dimension dimension = null;
        for (Dimension d : Dimension.values()) {
            if (unit.isCompatible(d.canonical())) {
                dimension = d;
                break;
            }
        }
        if (dimension == null) {
            throw new IllegalStateException("unit " + symbol + " fits no dimension");
        }
        double factor;
        try {
            factor = unit.getConverterToAny(dimension.canonical()).convert(BigDecimal.ONE).doubleValue();
        } catch (IncommensurableException | UnconvertibleException e) {
            throw new IllegalStateException("unit " + symbol + " does not convert to " + dimension.canonicalSymbol(), e);
        }
        m.put(symbol, new KnownUnit(symbol, description, unit, dimension, factor));
    }

    /**
     * The unit written {@code symbol}, or empty when the format does not know it. Superscript
     * ² and ³ are read as 2 and 3, and the Greek mu as the micro sign, so {@code m³/s} is
     * {@code m3/s}.
     */
    public static Optional<KnownUnit> find(String symbol) {
        if (symbol == null) {
            return Optional.empty();
        }
        KnownUnit exact = BY_SYMBOL.get(symbol);
        if (exact != null) {
            return Optional.of(exact);
        }
        String normal = symbol.replace('²', '2').replace('³', '3').replace('\u03bc', '\u00b5');
        return Optional.ofNullable(BY_SYMBOL.get(normal));
    }

    /** Every accepted unit, grouped by dimension in the table's order. */
    public static List<KnownUnit> all() {
        return List.copyOf(BY_SYMBOL.values());
    }

    /** The accepted symbols of one dimension, in the table's order. */
    public static List<String> symbols(Dimension dimension) {
        List<String> out = new ArrayList<>();
        for (KnownUnit u : BY_SYMBOL.values()) {
            if (u.dimension() == dimension) {
                out.add(u.symbol());
            }
        }
        return out;
    }

    /** Every accepted symbol, in the table's order. */
    public static List<String> symbols() {
        return List.copyOf(BY_SYMBOL.keySet());
    }
}
