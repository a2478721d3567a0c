package org.closureassurance.scenarios.units;

import javax.measure.Unit;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.unit.Units;

/**
 * The physical dimensions a scenario file may measure in, each with the canonical unit the
 * model's {@code toCanonical} factors convert to (the engine works in these units only).
 */
public enum Dimension {
    // "area" and "flow" name dimensions in messages; that fields of the same names measure them is no accident,
    // but the words belong to the unit vocabulary, not to the format
    AREA("area", Units.SQUARE_METRE, "m2"),
    VOLUME("volume", Units.CUBIC_METRE, "m3"),
    FLOW("flow", Units.CUBIC_METRE.divide(Units.SECOND), "m3/s"),
    CONCENTRATION("concentration", Units.KILOGRAM.divide(Units.CUBIC_METRE), "kg/m3"),
    LENGTH("length", Units.METRE, "m"),
    MASS("mass", Units.KILOGRAM, "kg"),
    TIME("time", Units.SECOND, "s"),
    COUNT("count", AbstractUnit.ONE, "each");

    private final String label;
    private final Unit<?> canonical;
    private final String canonicalSymbol;

    Dimension(String label, Unit<?> canonical, String canonicalSymbol) {
        this.label = label;
        this.canonical = canonical;
        this.canonicalSymbol = canonicalSymbol;
    }

    /** The word used in messages ({@code "flow"}). */
    public String label() {
        return label;
    }

    /** The canonical Indriya unit of this dimension. */
    public Unit<?> canonical() {
        return canonical;
    }

    /** The scenario-file symbol of the canonical unit ({@code "m3/s"}). */
    public String canonicalSymbol() {
        return canonicalSymbol;
    }
}
