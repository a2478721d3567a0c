package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.UnitChecks.knownUnit;
import static org.closureassurance.scenarios.json.NumberText.format;

import java.util.List;
import org.closureassurance.scenarios.ScenarioFormat.Measure;
import org.closureassurance.scenarios.ValueChecks.Bounds;
import org.closureassurance.scenarios.json.JsonPath;
import org.closureassurance.simulator.model.Quantity;
import org.closureassurance.simulator.model.StartYears;
import org.closureassurance.simulator.model.UnitRate;
import org.closureassurance.simulator.value.Value;

/**
 * The checks every section shares, of one field of an element at a JSON path: a Value within
 * the field's limits, a Quantity's or rate's value and unit, a product of the two that must stay
 * finite, a start year the simulator counts exactly. Null parts (absent or unreadable) pass.
 */
final class FieldChecks {
    private FieldChecks() {
    }

    /**
     * The largest cost of a quantity at a unit rate must be a finite double: two finite inputs
     * near 1e300 would make every iteration overflow. Unbounded distributions pass here (their
     * largest values are rare draws); the engine names the element if a draw overflows.
     */
    static void checkProduct(String path, String what, Quantity q, UnitRate rate, double conversion,
                             List<ValidationError> out) {
        double most = q.value().upperBound() * rate.value().upperBound() * conversion;
        if (Double.isInfinite(most) && Double.isFinite(q.value().upperBound())
                && Double.isFinite(rate.value().upperBound())) {
            out.add(new ValidationError(path, "times " + what + " exceeds the largest number the simulator holds "
                    + "(about 1.8e308): " + format(q.value().upperBound()) + " " + q.unit() + " at "
                    + format(rate.value().upperBound()) + " per " + rate.per() + " (lower one of them)"));
        }
    }

    /**
     * A start year (water, rehabilitation) must not be able to pass {@link StartYears#MAX}, the
     * furthest year whose relinquishment year the simulator reports exactly. An unbounded
     * distribution passes here; the engine refuses a draw beyond the limit.
     */
    static void checkStartYear(String path, Value startYear, List<ValidationError> out) {
        if (startYear == null) {
            return;
        }
        double highest = startYear.upperBound();
        if (highest > StartYears.MAX && Double.isFinite(highest)) {
            out.add(new ValidationError(path, "must be at most " + format(StartYears.MAX) + " years after closure, "
                    + "the furthest year the simulator counts exactly (" + (startYear.isDegenerate() ? "was "
                    : "could reach ") + format(highest) + ")"));
        }
    }

    /** {@code element.field} for a field of the format. */
    static String at(String element, FormatField field) {
        return JsonPath.field(element, field.name());
    }

    /**
     * A Quantity's or rate's {@code field} of the element at {@code path}: its value within the
     * field's limits, its unit (or {@code per}) of the field's dimension; null (absent or
     * unreadable) passes.
     */
    static void checkMeasured(String path, FormatField field, Quantity q, List<ValidationError> out) {
        if (q != null) {
            String p = at(path, field);
            inRange(p, Measure.VALUE, field.bounds(), q.value(), out);
            knownUnit(at(p, Measure.UNIT), q.unit(), field.dimension(), out);
        }
    }

    static void checkMeasured(String path, FormatField field, UnitRate r, List<ValidationError> out) {
        if (r != null) {
            String p = at(path, field);
            inRange(p, Measure.VALUE, field.bounds(), r.value(), out);
            knownUnit(at(p, Measure.PER), r.per(), field.dimension(), out);
        }
    }

    /** The Value {@code field} of the element at {@code path} lies within the field's limits; null passes. */
    static void inRange(String path, FormatField field, Value value, List<ValidationError> out) {
        inRange(path, field, field.bounds(), value, out);
    }

    static void inRange(String path, FormatField field, Bounds bounds, Value value,
                        List<ValidationError> out) {
        if (value != null) {
            ValueChecks.within(at(path, field), value, bounds, out);
        }
    }
}
