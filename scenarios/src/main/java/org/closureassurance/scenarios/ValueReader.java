package org.closureassurance.scenarios;

import java.util.List;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonNode.JsonNumber;
import org.closureassurance.scenarios.json.JsonNode.JsonObject;
import org.closureassurance.scenarios.ScenarioFormat.Distribution;
import org.closureassurance.scenarios.json.JsonPath;
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
 * Reads a Value: a number is a constant, an object names its {@code dist} and parameters
 * (docs/scenario-format.md, "Values"). Parameters are checked with {@link ValueChecks} before a
 * distribution record is built, so its constructor never throws.
 */
final class ValueReader {
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
        String dist = f.choice(Distribution.DIST, "distribution");
        if (dist == null) {
            return null;
        }
        f.allow((dist.startsWith("e") ? " for an " : " for a ") + dist + " distribution", Distribution.OBJECT, dist);
        return switch (dist) {
            case "uniform" -> uniform(f);
            case "triangular" -> triangular(f);
            case "pert" -> pert(f);
            case "normal" -> normal(f);
            case "lognormal" -> f.has(Distribution.P10) || f.has(Distribution.P90) ? lognormalRange(f) : lognormal(f);
            case "estimate-class" -> estimateClass(f);
            default -> discrete(f);
        };
    }

    private static Value uniform(JsonFields f) {
        Double min = f.number(Distribution.MIN);
        Double max = f.number(Distribution.MAX);
        if (!f.complete()) {
            return null;
        }
        int before = f.errors().size();
        ValueChecks.uniform(f.path(), min, max, f.errors());
        return f.errors().size() == before ? new Uniform(min, max) : null;
    }

    private static Value triangular(JsonFields f) {
        Double min = f.number(Distribution.MIN);
        Double mode = f.number(Distribution.MODE);
        Double max = f.number(Distribution.MAX);
        if (!f.complete()) {
            return null;
        }
        int before = f.errors().size();
        ValueChecks.triangular(f.path(), min, mode, max, f.errors());
        return f.errors().size() == before ? new Triangular(min, mode, max) : null;
    }

    private static Value pert(JsonFields f) {
        Double min = f.number(Distribution.MIN);
        Double mode = f.number(Distribution.MODE);
        Double max = f.number(Distribution.MAX);
        Double lambda = f.number(Distribution.LAMBDA);
        if (!f.complete()) {
            return null;
        }
        double l = lambda == null ? Pert.DEFAULT_LAMBDA : lambda;
        int before = f.errors().size();
        ValueChecks.pert(f.path(), min, mode, max, l, f.errors());
        return f.errors().size() == before ? new Pert(min, mode, max, l) : null;
    }

    private static Value normal(JsonFields f) {
        Double mean = f.number(Distribution.MEAN);
        Double sd = f.number(Distribution.SD);
        Double min = f.number(Distribution.LOWEST);
        Double max = f.number(Distribution.HIGHEST);
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
        Double mean = f.number(Distribution.MEAN);
        Double sd = f.number(Distribution.SD);
        if (!f.complete()) {
            return null;
        }
        int before = f.errors().size();
        ValueChecks.lognormal(f.path(), mean, sd, f.errors());
        return f.errors().size() == before ? new LogNormal(mean, sd) : null;
    }

    /** A log-normal by its percentiles; {@code mean} and {@code sd} may not be given as well. */
    private static Value lognormalRange(JsonFields f) {
        for (FormatField other : List.of(Distribution.MEAN, Distribution.SD)) {
            if (f.has(other)) {
                f.error(other, "give either mean and sd, or p10 and p90, for a lognormal, not both");
            }
        }
        Double p10 = f.number(Distribution.P10);
        Double p90 = f.number(Distribution.P90);
        if (!f.complete()) {
            return null;
        }
        int before = f.errors().size();
        ValueChecks.lognormalRange(f.path(), p10, p90, f.errors());
        return f.errors().size() == before ? new LogNormalRange(p10, p90) : null;
    }

    private static Value estimateClass(JsonFields f) {
        Integer estimateClass = f.integer(Distribution.CLASS);
        return f.complete() ? new EstimateClass(estimateClass) : null;
    }

    private static Value discrete(JsonFields f) {
        double[] values = numbers(f, Distribution.VALUES);
        double[] weights = numbers(f, Distribution.WEIGHTS);
        if (!f.complete()) {
            return null;
        }
        int before = f.errors().size();
        ValueChecks.discrete(f.path(), values, weights, f.errors());
        return f.errors().size() == before ? new Discrete(values, weights) : null;
    }

    private static double[] numbers(JsonFields f, FormatField field) {
        List<JsonNode> nodes = f.list(field);
        if (nodes == null) {
            return null;
        }
        double[] out = new double[nodes.size()];
        for (int i = 0; i < out.length; i++) {
            Double d = JsonFields.number(nodes.get(i), JsonPath.index(f.path(field), i), f.errors());
            if (d == null) {
                f.fail();
            } else {
                out[i] = d;
            }
        }
        return out;
    }
}
