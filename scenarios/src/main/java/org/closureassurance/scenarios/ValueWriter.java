package org.closureassurance.scenarios;

import java.util.ArrayList;
import java.util.List;
import org.closureassurance.scenarios.ScenarioFormat.Distribution;
import org.closureassurance.scenarios.json.JsonNode;
import org.closureassurance.scenarios.json.JsonNode.JsonArray;
import org.closureassurance.scenarios.json.JsonNode.JsonNumber;
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

/** Writes a Value for {@link ScenarioWriter} and the section writers: a number, or a distribution object. */
final class ValueWriter {
    private ValueWriter() {
    }

    /** A Value as a number or a distribution object, leaving out parameters at their defaults. */
    static JsonNode value(Value v) {
        if (v instanceof Constant c) {
            return JsonNumber.of(c.value());
        }
        ScenarioWriter.Fields f = new ScenarioWriter.Fields().put(Distribution.DIST, new JsonString(v.kind()));
        if (v instanceof Uniform u) {
            f.put(Distribution.MIN, JsonNumber.of(u.min())).put(Distribution.MAX, JsonNumber.of(u.max()));
        } else if (v instanceof Triangular t) {
            f.put(Distribution.MIN, JsonNumber.of(t.min())).put(Distribution.MODE, JsonNumber.of(t.mode()))
                    .put(Distribution.MAX, JsonNumber.of(t.max()));
        } else if (v instanceof Pert p) {
            f.put(Distribution.MIN, JsonNumber.of(p.min())).put(Distribution.MODE, JsonNumber.of(p.mode()))
                    .put(Distribution.MAX, JsonNumber.of(p.max()));
            if (p.lambda() != Pert.DEFAULT_LAMBDA) {
                f.put(Distribution.LAMBDA, JsonNumber.of(p.lambda()));
            }
        } else if (v instanceof Normal n) {
            f.put(Distribution.MEAN, JsonNumber.of(n.mean())).put(Distribution.SD, JsonNumber.of(n.sd()));
            if (n.min() != Double.NEGATIVE_INFINITY) {
                f.put(Distribution.LOWEST, JsonNumber.of(n.min()));
            }
            if (n.max() != Double.POSITIVE_INFINITY) {
                f.put(Distribution.HIGHEST, JsonNumber.of(n.max()));
            }
        } else if (v instanceof LogNormal l) {
            f.put(Distribution.MEAN, JsonNumber.of(l.mean())).put(Distribution.SD, JsonNumber.of(l.sd()));
        } else if (v instanceof LogNormalRange l) {
            f.put(Distribution.P10, JsonNumber.of(l.p10())).put(Distribution.P90, JsonNumber.of(l.p90()));
        } else if (v instanceof EstimateClass e) {
            f.put(Distribution.CLASS, JsonNumber.of(e.estimateClass()));
        } else if (v instanceof Discrete d) {
            f.put(Distribution.VALUES, numbers(d.values()));
            boolean equal = true;
            for (double w : d.weights()) {
                equal &= w == 1.0;
            }
            if (!equal) {
                f.put(Distribution.WEIGHTS, numbers(d.weights()));
            }
        }
        return f.json();
    }

    private static JsonNode numbers(double[] xs) {
        List<JsonNode> out = new ArrayList<>();
        for (double x : xs) {
            out.add(JsonNumber.of(x));
        }
        return new JsonArray(out);
    }
}
