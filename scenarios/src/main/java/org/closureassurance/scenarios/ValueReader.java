package org.closureassurance.scenarios;

import java.util.List;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonNode.JsonNumber;
import org.closureassurance.scenarios.json.JsonNode.JsonObject;
import org.closureassurance.scenarios.json.JsonPath;
import org.closureassurance.simulator.value.Discrete;
import org.closureassurance.simulator.value.LogNormal;
import org.closureassurance.simulator.value.Normal;
import org.closureassurance.simulator.value.Pert;
import org.closureassurance.simulator.value.Triangular;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;

/**
 * Reads a Value: a number is a constant, an object names its {@code dist} and parameters
 * (docs/scenario-format.md, "Values"). Parameters are checked with {@link ValueChecks} before a
 * distribution record is built, so its constructor never throws.
 */
final class ValueReader {
    static final List<String> DISTRIBUTIONS = List.of("uniform", "triangular", "pert", "normal", "lognormal", "discrete");

    private ValueReader() {
    }

    /** The Value at {@code path}, or null after reporting what is wrong with it. */
    static Value read(JsonNode node, String path, List<ValidationError> errors) {
        if (node instanceof JsonNumber n) {
            return Double.isFinite(n.value()) ? Value.of(n.value()) : null;
        }
        if (!(node instanceof JsonObject)) {
            errors.add(new ValidationError(path, "must be a number or a distribution object like {\"dist\": "
                    + "\"triangular\", ...}, was " + node.describe()));
            return null;
        }
        JsonFields f = JsonFields.open(node, path, errors);
        String dist = f.choice("dist", "distribution", DISTRIBUTIONS, null);
        if (dist == null) {
            return null;
        }
        return switch (dist) {
            case "uniform" -> uniform(f);
            case "triangular" -> triangular(f);
            case "pert" -> pert(f);
            case "normal" -> normal(f);
            case "lognormal" -> lognormal(f);
            default -> discrete(f);
        };
    }

    private static Value uniform(JsonFields f) {
        f.allow(" for a uniform distribution", List.of("dist", "min", "max"));
        Double min = f.number("min", true);
        Double max = f.number("max", true);
        if (!f.complete()) {
            return null;
        }
        int before = f.errors().size();
        ValueChecks.uniform(f.path(), min, max, f.errors());
        return f.errors().size() == before ? new Uniform(min, max) : null;
    }

    private static Value triangular(JsonFields f) {
        f.allow(" for a triangular distribution", List.of("dist", "min", "mode", "max"));
        Double min = f.number("min", true);
        Double mode = f.number("mode", true);
        Double max = f.number("max", true);
        if (!f.complete()) {
            return null;
        }
        int before = f.errors().size();
        ValueChecks.triangular(f.path(), min, mode, max, f.errors());
        return f.errors().size() == before ? new Triangular(min, mode, max) : null;
    }

    private static Value pert(JsonFields f) {
        f.allow(" for a pert distribution", List.of("dist", "min", "mode", "max", "lambda"));
        Double min = f.number("min", true);
        Double mode = f.number("mode", true);
        Double max = f.number("max", true);
        Double lambda = f.number("lambda", false);
        if (!f.complete()) {
            return null;
        }
        double l = lambda == null ? Pert.DEFAULT_LAMBDA : lambda;
        int before = f.errors().size();
        ValueChecks.pert(f.path(), min, mode, max, l, f.errors());
        return f.errors().size() == before ? new Pert(min, mode, max, l) : null;
    }

    private static Value normal(JsonFields f) {
        f.allow(" for a normal distribution", List.of("dist", "mean", "sd", "min", "max"));
        Double mean = f.number("mean", true);
        Double sd = f.number("sd", true);
        Double min = f.number("min", false);
        Double max = f.number("max", false);
        if (!f.complete()) {
            return null;
        }
        double lo = min == null ? Double.NEGATIVE_INFINITY : min;
        double hi = max == null ? Double.POSITIVE_INFINITY : max;
        int before = f.errors().size();
        ValueChecks.normal(f.path(), mean, sd, lo, hi, f.errors());
        return f.errors().size() == before ? new Normal(mean, sd, lo, hi) : null;
    }

    private static Value lognormal(JsonFields f) {
        f.allow(" for a lognormal distribution", List.of("dist", "mean", "sd"));
        Double mean = f.number("mean", true);
        Double sd = f.number("sd", true);
        if (!f.complete()) {
            return null;
        }
        int before = f.errors().size();
        ValueChecks.lognormal(f.path(), mean, sd, f.errors());
        return f.errors().size() == before ? new LogNormal(mean, sd) : null;
    }

    private static Value discrete(JsonFields f) {
        f.allow(" for a discrete distribution", List.of("dist", "values", "weights"));
        double[] values = numbers(f, "values", true);
        double[] weights = numbers(f, "weights", false);
        if (!f.complete()) {
            return null;
        }
        int before = f.errors().size();
        ValueChecks.discrete(f.path(), values, weights, f.errors());
        return f.errors().size() == before ? new Discrete(values, weights) : null;
    }

    private static double[] numbers(JsonFields f, String key, boolean required) {
        List<JsonNode> nodes = f.list(key, required);
        if (nodes == null) {
            return null;
        }
        double[] out = new double[nodes.size()];
        for (int i = 0; i < out.length; i++) {
            Double d = JsonFields.number(nodes.get(i), JsonPath.index(f.path(key), i), f.errors());
            if (d == null) {
                f.fail();
            } else {
                out[i] = d;
            }
        }
        return out;
    }
}
