package org.closureassurance.desktop.gui.form;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.closureassurance.charts.MoneyFormat;
import org.closureassurance.scenarios.ValidationError;
import org.closureassurance.scenarios.ValueChecks;
import org.closureassurance.scenarios.json.JsonPath;
import org.closureassurance.simulator.value.Constant;
import org.closureassurance.simulator.value.Discrete;
import org.closureassurance.simulator.value.LogNormal;
import org.closureassurance.simulator.value.Normal;
import org.closureassurance.simulator.value.Pert;
import org.closureassurance.simulator.value.Triangular;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;

/**
 * What the user has typed for one Value: a distribution kind and the text of each of its
 * parameters, which may not (yet) be numbers. A {@link Value} record cannot hold
 * {@code min > max}; this form can, so the editor keeps it while the user is halfway through
 * and {@linkplain #parse parses} it into a Value, with the file reader's messages, when asked.
 *
 * @param kind       the distribution kind
 * @param parameters parameter name to text, only for the kind's own parameters
 */
public record ValueForm(DistributionKind kind, Map<String, String> parameters) {
    private static final String MISSING = "required field is missing";

    public ValueForm {
        Objects.requireNonNull(kind, "kind");
        Map<String, String> own = new LinkedHashMap<>();
        for (DistributionKind.Parameter p : kind.parameters()) {
            String text = parameters == null ? null : parameters.get(p.name());
            own.put(p.name(), text == null ? "" : text);
        }
        parameters = java.util.Collections.unmodifiableMap(own);
    }

    /** A plain number as typed. */
    public static ValueForm constant(String text) {
        return new ValueForm(DistributionKind.CONSTANT, Map.of("value", text == null ? "" : text));
    }

    /** The form showing {@code value} exactly. */
    public static ValueForm of(Value value) {
        Map<String, String> p = new LinkedHashMap<>();
        if (value instanceof Constant c) {
            p.put("value", NumberText.of(c.value()));
        } else if (value instanceof Uniform u) {
            p.put("min", NumberText.of(u.min()));
            p.put("max", NumberText.of(u.max()));
        } else if (value instanceof Triangular t) {
            p.put("min", NumberText.of(t.min()));
            p.put("mode", NumberText.of(t.mode()));
            p.put("max", NumberText.of(t.max()));
        } else if (value instanceof Pert t) {
            p.put("min", NumberText.of(t.min()));
            p.put("mode", NumberText.of(t.mode()));
            p.put("max", NumberText.of(t.max()));
            p.put("lambda", t.lambda() == Pert.DEFAULT_LAMBDA ? "" : NumberText.of(t.lambda()));
        } else if (value instanceof Normal n) {
            p.put("mean", NumberText.of(n.mean()));
            p.put("sd", NumberText.of(n.sd()));
            p.put("min", Double.isInfinite(n.min()) ? "" : NumberText.of(n.min()));
            p.put("max", Double.isInfinite(n.max()) ? "" : NumberText.of(n.max()));
        } else if (value instanceof LogNormal l) {
            p.put("mean", NumberText.of(l.mean()));
            p.put("sd", NumberText.of(l.sd()));
        } else if (value instanceof Discrete d) {
            p.put("values", list(d.values()));
            boolean equal = true;
            for (double w : d.weights()) {
                equal &= w == d.weights()[0];
            }
            p.put("weights", equal && d.weights()[0] == 1.0 ? "" : list(d.weights()));
        }
        return new ValueForm(DistributionKind.byId(value.kind()), p);
    }

    private static String list(double[] xs) {
        List<String> out = new ArrayList<>();
        for (double x : xs) {
            out.add(NumberText.of(x));
        }
        return String.join(", ", out);
    }

    /** The text of parameter {@code name} ("" when empty or not a parameter of this kind). */
    public String parameter(String name) {
        String t = parameters.get(name);
        return t == null ? "" : t;
    }

    /** The same form with parameter {@code name} set to {@code text}. */
    public ValueForm with(String name, String text) {
        Map<String, String> p = new LinkedHashMap<>(parameters);
        p.put(name, text);
        return new ValueForm(kind, p);
    }

    /** Whether this is a plain number with nothing typed: the field is left empty. */
    public boolean isEmpty() {
        return kind == DistributionKind.CONSTANT && NumberText.isBlank(parameter("value"));
    }

    /**
     * This Value as another kind with the same mean and standard deviation, so that changing the
     * kind in the editor starts from the same centre and spread rather than from empty fields.
     * The symmetric kinds are centred on the mean with the half-width that gives the standard
     * deviation (uniform sd &radic;3, triangular sd &radic;6, PERT sd &radic;7); a discrete
     * Value becomes the two equally likely values mean &plusmn; sd. A plain number has no spread
     * to keep: its distributions get a standard deviation of a tenth of it (1 around 0). A
     * log-normal needs a positive mean; from a centre at or below 0 it gets mean and sd both the
     * spread. Spreads are shown to four significant digits, the mean to twelve.
     */
    public ValueForm convertedTo(DistributionKind target) {
        if (target == kind) {
            return this;
        }
        Value v = parse("$", new ArrayList<>());
        if (v == null) {
            return new ValueForm(target, parameters);
        }
        BigDecimal mean = significant(v.expectedValue(), 12);
        double sd = v.isDegenerate() ? (mean.signum() == 0 ? 1 : Math.abs(v.expectedValue()) / 10) : Spread.of(v);
        return new ValueForm(target, matching(target, mean, sd));
    }

    private static Map<String, String> matching(DistributionKind target, BigDecimal mean, double sd) {
        Map<String, String> p = new LinkedHashMap<>();
        String sdText = text(significant(sd, 4));
        switch (target) {
            case CONSTANT -> p.put("value", text(mean));
            case UNIFORM -> around(p, mean, sd * Math.sqrt(3));
            case TRIANGULAR -> around(p, mean, sd * Math.sqrt(6)).put("mode", text(mean));
            case PERT -> around(p, mean, sd * Math.sqrt(Pert.DEFAULT_LAMBDA + 3)).put("mode", text(mean));
            case NORMAL -> {
                p.put("mean", text(mean));
                p.put("sd", sdText);
            }
            case LOGNORMAL -> {
                p.put("mean", mean.signum() > 0 ? text(mean) : sdText);
                p.put("sd", sdText);
            }
            case DISCRETE -> {
                BigDecimal s = significant(sd, 4);
                p.put("values", text(mean.subtract(s)) + ", " + text(mean.add(s)));
            }
        }
        return p;
    }

    /** {@code p} with the min and max of a kind symmetric about {@code mean}. */
    private static Map<String, String> around(Map<String, String> p, BigDecimal mean, double halfWidth) {
        BigDecimal h = significant(halfWidth, 4);
        p.put("min", text(mean.subtract(h)));
        p.put("max", text(mean.add(h)));
        return p;
    }

    private static BigDecimal significant(double x, int digits) {
        return BigDecimal.valueOf(x).round(new MathContext(digits));
    }

    private static String text(BigDecimal x) {
        return NumberText.of(x.doubleValue());
    }

    /**
     * The Value this form stands for, or null after adding to {@code out} every problem, each
     * under its JSON path ({@code path} for a plain number, {@code path.max} for a parameter)
     * and worded as the scenario file reader words it.
     */
    public Value parse(String path, List<ValidationError> out) {
        int before = out.size();
        switch (kind) {
            case CONSTANT -> {
                Double v = number(path, "value", path, true, out);
                return v == null ? null : new Constant(v);
            }
            case UNIFORM -> {
                Double min = number(path, "min", null, true, out);
                Double max = number(path, "max", null, true, out);
                if (out.size() > before) {
                    return null;
                }
                ValueChecks.uniform(path, min, max, out);
                return out.size() > before ? null : new Uniform(min, max);
            }
            case TRIANGULAR -> {
                Double min = number(path, "min", null, true, out);
                Double mode = number(path, "mode", null, true, out);
                Double max = number(path, "max", null, true, out);
                if (out.size() > before) {
                    return null;
                }
                ValueChecks.triangular(path, min, mode, max, out);
                return out.size() > before ? null : new Triangular(min, mode, max);
            }
            case PERT -> {
                Double min = number(path, "min", null, true, out);
                Double mode = number(path, "mode", null, true, out);
                Double max = number(path, "max", null, true, out);
                Double lambda = number(path, "lambda", null, false, out);
                if (out.size() > before) {
                    return null;
                }
                double l = lambda == null ? Pert.DEFAULT_LAMBDA : lambda;
                ValueChecks.pert(path, min, mode, max, l, out);
                return out.size() > before ? null : new Pert(min, mode, max, l);
            }
            case NORMAL -> {
                Double mean = number(path, "mean", null, true, out);
                Double sd = number(path, "sd", null, true, out);
                Double min = number(path, "min", null, false, out);
                Double max = number(path, "max", null, false, out);
                if (out.size() > before) {
                    return null;
                }
                double lo = min == null ? Double.NEGATIVE_INFINITY : min;
                double hi = max == null ? Double.POSITIVE_INFINITY : max;
                ValueChecks.normal(path, mean, sd, lo, hi, out);
                return out.size() > before ? null : new Normal(mean, sd, lo, hi);
            }
            case LOGNORMAL -> {
                Double mean = number(path, "mean", null, true, out);
                Double sd = number(path, "sd", null, true, out);
                if (out.size() > before) {
                    return null;
                }
                ValueChecks.lognormal(path, mean, sd, out);
                return out.size() > before ? null : new LogNormal(mean, sd);
            }
            default -> {
                double[] values = numbers(path, "values", true, out);
                double[] weights = numbers(path, "weights", false, out);
                if (out.size() > before) {
                    return null;
                }
                ValueChecks.discrete(path, values, weights, out);
                return out.size() > before ? null : new Discrete(values, weights);
            }
        }
    }

    private Double number(String path, String name, String at, boolean required, List<ValidationError> out) {
        String where = at != null ? at : JsonPath.field(path, name);
        String text = parameter(name);
        if (NumberText.isBlank(text)) {
            if (required) {
                out.add(new ValidationError(where, MISSING));
            }
            return null;
        }
        OptionalDouble d = NumberText.parse(text);
        if (d.isEmpty()) {
            out.add(new ValidationError(where, "must be a number (was \"" + text.strip() + "\")"));
            return null;
        }
        return d.getAsDouble();
    }

    private double[] numbers(String path, String name, boolean required, List<ValidationError> out) {
        String where = JsonPath.field(path, name);
        String text = parameter(name);
        if (NumberText.isBlank(text)) {
            if (required) {
                out.add(new ValidationError(where, MISSING));
            }
            return null;
        }
        String[] items = text.split("[,;]", -1);
        double[] xs = new double[items.length];
        for (int i = 0; i < items.length; i++) {
            OptionalDouble d = NumberText.parse(items[i]);
            if (d.isEmpty()) {
                out.add(new ValidationError(JsonPath.index(where, i), "must be a number (was \""
                        + items[i].strip() + "\")"));
            } else {
                xs[i] = d.getAsDouble();
            }
        }
        return xs;
    }

    /**
     * A short description for tables and fields: {@code 60}, {@code Triangular 3.0 M / 3.5 M / 4.4 M},
     * {@code Log-normal mean 9.5 M, sd 2.4 M}. Text that is not a number is shown as typed.
     */
    public String summary() {
        return switch (kind) {
            case CONSTANT -> NumberText.compact(parameter("value"));
            case UNIFORM -> kind.label() + " " + brief("min") + " – " + brief("max");
            case TRIANGULAR, PERT -> kind.label() + " " + brief("min") + " / " + brief("mode") + " / " + brief("max");
            case NORMAL -> kind.label() + " mean " + brief("mean") + ", sd " + brief("sd")
                    + (NumberText.isBlank(parameter("min")) ? "" : ", min " + brief("min"))
                    + (NumberText.isBlank(parameter("max")) ? "" : ", max " + brief("max"));
            case LOGNORMAL -> kind.label() + " mean " + brief("mean") + ", sd " + brief("sd");
            case DISCRETE -> kind.label() + " " + parameter("values").strip()
                    + (NumberText.isBlank(parameter("weights")) ? "" : " (weights " + parameter("weights").strip() + ")");
        };
    }

    private String brief(String name) {
        String text = parameter(name);
        OptionalDouble d = NumberText.parse(text);
        return d.isPresent() ? MoneyFormat.compact(d.getAsDouble()) : "“" + text.strip() + "”";
    }
}
