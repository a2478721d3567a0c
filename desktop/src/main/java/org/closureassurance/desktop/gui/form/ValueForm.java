package org.closureassurance.desktop.gui.form;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.closureassurance.charts.MoneyFormat;
import org.closureassurance.scenarios.FieldType;
import org.closureassurance.scenarios.FormatField;
import org.closureassurance.scenarios.ScenarioFormat.Distribution;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonNode.JsonArray;
import org.closureassurance.scenarios.json.JsonNode.JsonNumber;
import org.closureassurance.scenarios.json.JsonNode.JsonObject;
import org.closureassurance.scenarios.json.JsonNode.JsonString;
import org.closureassurance.simulator.value.Constant;
import org.closureassurance.simulator.value.Discrete;
import org.closureassurance.simulator.value.EstimateClass;
import org.closureassurance.simulator.value.LogNormal;
import org.closureassurance.simulator.value.LogNormalRange;
import org.closureassurance.simulator.value.Normal;
import org.closureassurance.simulator.value.Pert;
import org.closureassurance.simulator.value.Triangular;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;

/**
 * What the user has typed for one Value: a distribution kind and the text of each of its
 * parameters, which may not (yet) be numbers. A {@link Value} record cannot hold
 * {@code min > max}; this form can, so the editor keeps it while the user is halfway through.
 * It becomes the {@linkplain #node() JSON a file would hold}, which the file reader reads and
 * checks; this class reads no numbers itself.
 *
 * @param kind       the distribution kind
 * @param parameters parameter name to text, only for the kind's own parameters
 */
public record ValueForm(DistributionKind kind, Map<String, String> parameters) {
    /** The standard normal's 90th percentile. */
    private static final double Z90 = 1.2815515655446004;
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");

    public ValueForm {
        Objects.requireNonNull(kind);
        Map<String, String> own = new LinkedHashMap<>();
        for (DistributionKind.Parameter p : kind.parameters()) {
            String text = parameters == null ? null : parameters.get(p.name());
            own.put(p.name(), text == null ? "" : text);
        }
        parameters = java.util.Collections.unmodifiableMap(own);
    }

    /** A plain number as typed. */
    public static ValueForm constant(String text) {
        return new ValueForm(DistributionKind.CONSTANT,
                Map.of(DistributionKind.constantParameter(), text == null ? "" : text));
    }

    /** The form showing {@code value} exactly. */
    public static ValueForm of(Value value) {
        Map<String, String> p = new LinkedHashMap<>();
        if (value instanceof Constant c) {
            p.put(DistributionKind.constantParameter(), NumberText.of(c.value()));
        } else if (value instanceof Uniform u) {
            p.put(Distribution.MIN.name(), NumberText.of(u.min()));
            p.put(Distribution.MAX.name(), NumberText.of(u.max()));
        } else if (value instanceof Triangular t) {
            p.put(Distribution.MIN.name(), NumberText.of(t.min()));
            p.put(Distribution.MODE.name(), NumberText.of(t.mode()));
            p.put(Distribution.MAX.name(), NumberText.of(t.max()));
        } else if (value instanceof Pert t) {
            p.put(Distribution.MIN.name(), NumberText.of(t.min()));
            p.put(Distribution.MODE.name(), NumberText.of(t.mode()));
            p.put(Distribution.MAX.name(), NumberText.of(t.max()));
            p.put(Distribution.LAMBDA.name(), t.lambda() == Pert.DEFAULT_LAMBDA ? "" : NumberText.of(t.lambda()));
        } else if (value instanceof Normal n) {
            p.put(Distribution.MEAN.name(), NumberText.of(n.mean()));
            p.put(Distribution.SD.name(), NumberText.of(n.sd()));
            p.put(Distribution.MIN.name(), Double.isInfinite(n.min()) ? "" : NumberText.of(n.min()));
            p.put(Distribution.MAX.name(), Double.isInfinite(n.max()) ? "" : NumberText.of(n.max()));
        } else if (value instanceof LogNormal l) {
            p.put(Distribution.MEAN.name(), NumberText.of(l.mean()));
            p.put(Distribution.SD.name(), NumberText.of(l.sd()));
        } else if (value instanceof LogNormalRange l) {
            p.put(Distribution.P10.name(), NumberText.of(l.p10()));
            p.put(Distribution.P90.name(), NumberText.of(l.p90()));
        } else if (value instanceof EstimateClass e) {
            p.put(Distribution.CLASS.name(), Integer.toString(e.estimateClass()));
        } else if (value instanceof Discrete d) {
            p.put(Distribution.VALUES.name(), list(d.values()));
            boolean equal = true;
            for (double w : d.weights()) {
                equal &= w == d.weights()[0];
            }
            p.put(Distribution.WEIGHTS.name(), equal && d.weights()[0] == 1.0 ? "" : list(d.weights()));
        }
        return new ValueForm(DistributionKind.of(value.kind(), p.keySet()), p);
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
        return kind == DistributionKind.CONSTANT && NumberText.isBlank(parameter(DistributionKind.constantParameter()));
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
        JsonNode node = node();
        Value v = node == null ? null : ScenarioReader.readValue(node, "$", new ArrayList<>());
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
            case CONSTANT -> p.put(DistributionKind.constantParameter(), text(mean));
            case UNIFORM -> around(p, mean, sd * Math.sqrt(3));
            case TRIANGULAR -> around(p, mean, sd * Math.sqrt(6)).put(Distribution.MODE.name(), text(mean));
            case PERT -> around(p, mean, sd * Math.sqrt(Pert.DEFAULT_LAMBDA + 3)).put(Distribution.MODE.name(), text(mean));
            case NORMAL -> {
                p.put(Distribution.MEAN.name(), text(mean));
                p.put(Distribution.SD.name(), sdText);
            }
            case LOGNORMAL -> {
                p.put(Distribution.MEAN.name(), mean.signum() > 0 ? text(mean) : sdText);
                p.put(Distribution.SD.name(), sdText);
            }
            case LOGNORMAL_RANGE -> {
                // The log-normal of this mean and sd (a centre at or below 0 takes the spread as its
                // mean): sigma^2 = ln(1 + sd^2 / mean^2), mu = ln(mean) - sigma^2 / 2, and its P10 and
                // P90 are exp(mu -/+ z90 sigma) with z90 the standard normal's 90th percentile.
                double m = mean.signum() > 0 ? mean.doubleValue() : sd;
                double sigma = Math.sqrt(Math.log1p(sd * sd / (m * m)));
                double mu = Math.log(m) - sigma * sigma / 2;
                p.put(Distribution.P10.name(), text(significant(Math.exp(mu - Z90 * sigma), 4)));
                p.put(Distribution.P90.name(), text(significant(Math.exp(mu + Z90 * sigma), 4)));
            }
            case ESTIMATE_CLASS -> p.put(Distribution.CLASS.name(), "3");
            case DISCRETE -> {
                BigDecimal s = significant(sd, 4);
                p.put(Distribution.VALUES.name(), text(mean.subtract(s)) + ", " + text(mean.add(s)));
            }
        }
        return p;
    }

    /** {@code p} with the min and max of a kind symmetric about {@code mean}. */
    private static Map<String, String> around(Map<String, String> p, BigDecimal mean, double halfWidth) {
        BigDecimal h = significant(halfWidth, 4);
        p.put(Distribution.MIN.name(), text(mean.subtract(h)));
        p.put(Distribution.MAX.name(), text(mean.add(h)));
        return p;
    }

    private static BigDecimal significant(double x, int digits) {
        return BigDecimal.valueOf(x).round(new MathContext(digits));
    }

    private static String text(BigDecimal x) {
        return NumberText.of(x.doubleValue());
    }

    /**
     * This Value as a scenario file holds it: a plain number as a number, a distribution as an
     * object with its {@code dist} and the parameters that are filled in; null when nothing is
     * typed. Text that is not a number goes in as a string, so that the file reader words the
     * problem as it would in a file.
     */
    public JsonNode node() {
        if (kind == DistributionKind.CONSTANT) {
            return number(parameter(DistributionKind.constantParameter()));
        }
        Map<String, JsonNode> members = new LinkedHashMap<>();
        members.put(Distribution.DIST.name(), new JsonString(kind.id()));
        for (DistributionKind.Parameter p : kind.parameters()) {
            String text = parameter(p.name());
            if (NumberText.isBlank(text)) {
                continue;
            }
            if (p.isList()) {
                List<JsonNode> items = new ArrayList<>();
                for (String item : text.split("[,;]", -1)) {
                    items.add(number(item));
                }
                members.put(p.name(), new JsonArray(items));
            } else {
                members.put(p.name(), number(text));
            }
        }
        return new JsonObject(members);
    }

    /**
     * The node a typed number becomes: a JSON number when it is one (thin spaces and
     * underscores between digits ignored, {@code .5} read as {@code 0.5}), else the text as a
     * string; null when blank.
     */
    public static JsonNode number(String text) {
        if (NumberText.isBlank(text)) {
            return null;
        }
        String compact = NumberText.compact(text);
        if (NumberText.parse(compact).isEmpty()) {
            return new JsonString(text.strip());
        }
        String literal = JSON_NUMBER.matcher(compact).matches() ? compact : new BigDecimal(compact).toString();
        return new JsonNumber(literal, Double.parseDouble(literal));
    }

    /**
     * The form of the Value {@code node} holds in a scenario file's tree, each number as its
     * literal; null when the node is neither a number, nor text, nor a distribution object whose
     * parameters are numbers.
     */
    public static ValueForm of(JsonNode node) {
        if (node instanceof JsonNumber n) {
            return constant(n.literal());
        }
        if (node instanceof JsonString s) {
            return constant(s.value());
        }
        if (!(node instanceof JsonObject o) || !(o.get(Distribution.DIST.name()) instanceof JsonString dist)
                || DistributionKind.byId(dist.value()) == null) {
            return null;
        }
        Map<String, String> p = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> m : o.members().entrySet()) {
            if (m.getValue() instanceof JsonArray list) {
                List<String> items = new ArrayList<>();
                list.elements().forEach(item -> items.add(text(item)));
                p.put(m.getKey(), String.join(", ", items));
            } else if (!m.getKey().equals(Distribution.DIST.name())) {
                p.put(m.getKey(), text(m.getValue()));
            }
        }
        return new ValueForm(DistributionKind.of(dist.value(), p.keySet()), p);
    }

    private static String text(JsonNode n) {
        return n instanceof JsonNumber num ? num.literal() : n instanceof JsonString s ? s.value() : n.describe();
    }

    /**
     * A short description for tables and fields: {@code 60}, {@code Triangular 3.0 M / 3.5 M / 4.4 M},
     * {@code Log-normal mean 9.5 M, sd 2.4 M}. Text that is not a number is shown as typed.
     */
    public String summary() {
        return switch (kind) {
            case CONSTANT -> NumberText.compact(parameter(DistributionKind.constantParameter()));
            case UNIFORM -> kind.label() + " " + brief(Distribution.MIN) + " – " + brief(Distribution.MAX);
            case TRIANGULAR, PERT -> kind.label() + " " + brief(Distribution.MIN) + " / " + brief(Distribution.MODE)
                    + " / " + brief(Distribution.MAX);
            case NORMAL -> kind.label() + " mean " + brief(Distribution.MEAN) + ", sd " + brief(Distribution.SD)
                    + bound(", min ", Distribution.LOWEST) + bound(", max ", Distribution.HIGHEST);
            case LOGNORMAL -> kind.label() + " mean " + brief(Distribution.MEAN) + ", sd " + brief(Distribution.SD);
            case LOGNORMAL_RANGE -> "Log-normal P10 " + brief(Distribution.P10) + ", P90 " + brief(Distribution.P90);
            case ESTIMATE_CLASS -> kind.label() + " " + parameter(Distribution.CLASS.name()).strip();
            case DISCRETE -> kind.label() + " " + parameter(Distribution.VALUES.name()).strip()
                    + bound(" (weights ", Distribution.WEIGHTS) + (isBlankAt(Distribution.WEIGHTS) ? "" : ")");
        };
    }

    private boolean isBlankAt(FormatField f) {
        return NumberText.isBlank(parameter(f.name()));
    }

    private String bound(String prefix, FormatField f) {
        if (isBlankAt(f)) {
            return "";
        }
        return prefix + (f.type() == FieldType.LIST ? parameter(f.name()).strip() : brief(f));
    }

    private String brief(FormatField f) {
        String text = parameter(f.name());
        OptionalDouble d = NumberText.parse(text);
        return d.isPresent() ? MoneyFormat.compact(d.getAsDouble()) : "“" + text.strip() + "”";
    }
}
