package org.closureassurance.desktop.gui.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.closureassurance.scenarios.ValidationError;
import org.closureassurance.scenarios.units.KnownUnit;
import org.closureassurance.scenarios.units.UnitTable;
import org.closureassurance.simulator.model.Quantity;
import org.closureassurance.simulator.model.UnitRate;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;

/**
 * Reads the fields of one {@link ElementForm} for {@link ScenarioAssembler}, reporting each
 * problem under the field's JSON path in the file reader's words. A field that cannot be read
 * yields a placeholder so that the rest of the scenario can still be built and validated; its
 * path is recorded so that the validator's remarks about the placeholder are not shown.
 */
final class FormReader {
    static final String MISSING = "required field is missing";
    /**
     * What stands in for a Value that cannot be read: sampled (not a constant), so that a
     * correlation naming the field is not reported as naming a fixed value.
     */
    static final Value PLACEHOLDER = new Uniform(0, 1);

    private final ElementForm form;
    private final String path;
    private final List<ValidationError> errors;
    private final List<String> failed;

    FormReader(ElementForm form, String path, List<ValidationError> errors, List<String> failed) {
        this.form = form;
        this.path = path;
        this.errors = errors;
        this.failed = failed;
    }

    /** The JSON path of {@code key} in this element. */
    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The element's path ({@code costItems[2]}), "" at the top level. */
    String path() {
        return path;
    }

    ElementForm form() {
        return form;
    }

    void error(String key, String message) {
        errors.add(new ValidationError(key == null ? path : path(key), message));
    }

    private void fail(String key, String message) {
        error(key, message);
        failed.add(path(key));
    }

    /** The trimmed text at {@code key}, or null when blank. */
    String text(String key) {
        String t = form.text(key).strip();
        return t.isEmpty() ? null : t;
    }

    /** The text at {@code key}, or {@code fallback} when blank. */
    String text(String key, String fallback) {
        String t = text(key);
        return t == null ? fallback : t;
    }

    /** Whether the user has put anything into {@code key}. */
    boolean has(String key) {
        Object o = form.get(key);
        return o instanceof ValueForm || (o instanceof String s && !s.isBlank()) || o instanceof List<?>;
    }

    /**
     * A whole number in {@code min..max}; {@code fallback} when blank (null makes it required).
     * On a problem, {@code placeholder}.
     */
    long whole(String key, Long fallback, long min, long max, long placeholder) {
        String t = text(key);
        if (t == null) {
            if (fallback == null) {
                fail(key, MISSING);
                return placeholder;
            }
            return fallback;
        }
        BigDecimal exact;
        try {
            exact = new BigDecimal(NumberText.compact(t));
        } catch (NumberFormatException e) {
            fail(key, "must be a whole number (was \"" + t + "\")");
            return placeholder;
        }
        if (exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0) {
            fail(key, "must be a whole number (was " + t + ")");
            return placeholder;
        }
        if (exact.compareTo(BigDecimal.valueOf(min)) < 0 || exact.compareTo(BigDecimal.valueOf(max)) > 0) {
            boolean bothBounded = min != Integer.MIN_VALUE && min != Long.MIN_VALUE
                    && max != Integer.MAX_VALUE && max != Long.MAX_VALUE;
            String range = bothBounded ? "in " + min + ".." + max
                    : exact.compareTo(BigDecimal.valueOf(min)) < 0 ? ">= " + min : "<= " + max;
            fail(key, "must be " + range + " (was " + t + ")");
            return placeholder;
        }
        return exact.longValueExact();
    }

    /** A whole number in {@code min..max} that fits an int. */
    int integer(String key, Integer fallback, int min, int max) {
        return (int) whole(key, fallback == null ? null : fallback.longValue(), min, max,
                fallback != null ? fallback : Math.max(min, 0));
    }

    /** An optional whole number: null when blank or unreadable. */
    Integer optionalInteger(String key, int min, int max) {
        if (text(key) == null) {
            return null;
        }
        int before = errors.size();
        int v = integer(key, 0, min, max);
        return errors.size() > before ? null : v;
    }

    /** A plain number; null when blank and not required, or unreadable. */
    Double number(String key, boolean required) {
        String t = text(key);
        if (t == null) {
            if (required) {
                fail(key, MISSING);
            }
            return null;
        }
        OptionalDouble d = NumberText.parse(t);
        if (d.isEmpty()) {
            fail(key, "must be a number (was \"" + t + "\")");
            return null;
        }
        return d.getAsDouble();
    }

    /** The Value at {@code key}; {@code fallback} when empty (null makes it required). */
    Value value(String key, Value fallback) {
        return valueAt(key, path(key), fallback);
    }

    /** The Value at {@code key}, or null when empty. */
    Value optionalValue(String key) {
        return form.value(key) == null ? null : value(key, null);
    }

    private Value valueAt(String key, String valuePath, Value fallback) {
        ValueForm v = form.value(key);
        if (v == null) {
            if (fallback != null) {
                return fallback;
            }
            fail(key, MISSING);
            return PLACEHOLDER;
        }
        List<ValidationError> problems = new ArrayList<>();
        Value parsed = v.parse(valuePath, problems);
        if (parsed == null) {
            errors.addAll(problems);
            failed.add(valuePath);
            return PLACEHOLDER;
        }
        return parsed;
    }

    /** A required quantity: the Value at {@code key} in the unit at {@code key.unit}. */
    Quantity quantity(String key) {
        Value v = valueAt(key, path(key) + ".value", null);
        String unit = unit(key + ".unit");
        return new Quantity(v, unit, factor(unit));
    }

    /** A rate: the Value at {@code key} per the unit at {@code key.per}; null when the Value is empty. */
    UnitRate rate(String key, boolean required) {
        if (!required && form.value(key) == null) {
            return null;
        }
        Value v = valueAt(key, path(key) + ".value", null);
        String per = unit(key + ".per");
        return new UnitRate(v, per, factor(per));
    }

    private String unit(String key) {
        String u = text(key);
        if (u == null) {
            fail(key, MISSING);
            return "";
        }
        return u;
    }

    private static double factor(String symbol) {
        return UnitTable.find(symbol).map(KnownUnit::toCanonical).orElse(1.0);
    }
}
