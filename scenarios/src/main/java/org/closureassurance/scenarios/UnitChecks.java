package org.closureassurance.scenarios;

import java.util.List;
import java.util.Optional;
import org.closureassurance.scenarios.units.Dimension;
import org.closureassurance.scenarios.units.KnownUnit;
import org.closureassurance.scenarios.units.UnitTable;

/**
 * Looks a unit up in the unit table and checks it measures the dimension a field expects,
 * reporting an unknown unit with its near miss or the units accepted.
 */
final class UnitChecks {
    private UnitChecks() {
    }

    /**
     * The unit written {@code symbol} if the table knows it and it measures {@code expected}
     * (null: any dimension); otherwise reports why not and returns null.
     */
    static KnownUnit knownUnit(String path, String symbol, Dimension expected, List<ValidationError> out) {
        KnownUnit u = lookUpUnit(path, symbol, expected, out);
        if (u != null && expected != null && u.dimension() != expected) {
            out.add(new ValidationError(path, "must be " + article(expected) + " unit ("
                    + String.join(" ", UnitTable.symbols(expected)) + "), was \"" + symbol + "\", "
                    + article(u.dimension()) + " unit"));
            return null;
        }
        return u;
    }

    /**
     * The unit written {@code symbol}, or null after reporting it unknown, with the near miss
     * or the accepted units of {@code expected} (null: of every dimension) as a hint.
     */
    static KnownUnit lookUpUnit(String path, String symbol, Dimension expected, List<ValidationError> out) {
        Optional<KnownUnit> unit = UnitTable.find(symbol);
        if (unit.isPresent()) {
            return unit.get();
        }
        List<String> candidates = expected == null ? UnitTable.symbols() : UnitTable.symbols(expected);
        String near = Suggestions.nearest(symbol, candidates);
        out.add(new ValidationError(path, "unknown unit \"" + symbol + "\" " + (near != null
                ? "(did you mean \"" + near + "\"?)"
                : "(" + (expected == null ? "accepted units" : expected.label() + " units") + ": "
                + String.join(" ", candidates) + ")")));
        return null;
    }

    static String article(Dimension d) {
        return (d == Dimension.AREA ? "an " : "a ") + d.label();
    }
}
