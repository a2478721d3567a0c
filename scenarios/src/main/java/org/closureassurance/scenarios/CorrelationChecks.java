package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.FieldChecks.at;
import static org.closureassurance.scenarios.json.NumberText.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.closureassurance.scenarios.ScenarioFormat.Top;
import org.closureassurance.scenarios.json.JsonPath;
import org.closureassurance.simulator.model.Correlation;
import org.closureassurance.simulator.model.SampledInput;
import org.closureassurance.simulator.random.GaussianCopula;
import org.closureassurance.simulator.value.Value;

/**
 * Checks of {@code correlations[]} against the scenario's sampled inputs, and of the matrix
 * they make together.
 */
final class CorrelationChecks {
    private CorrelationChecks() {
    }

    /**
     * Checks correlations against the scenario's inputs: both paths must name a sampled input
     * (not a fixed value), differ, and appear together only once; the whole matrix must be
     * positive definite. {@code correlations} may hold nulls (entries that could not be read);
     * paths for which {@code unresolved} is true belong to parts that could not be read and are
     * not judged.
     */
    static void checkCorrelations(List<Correlation> correlations, List<SampledInput> inputs,
                                  Predicate<String> unresolved, List<ValidationError> out) {
        Map<String, Value> byPath = new LinkedHashMap<>();
        List<String> sampled = new ArrayList<>();
        for (SampledInput in : inputs) {
            byPath.put(in.path(), in.value());
            if (!in.value().isDegenerate()) {
                sampled.add(in.path());
            }
        }
        boolean matrixReady = true;
        Map<String, Integer> pairs = new HashMap<>();
        for (int i = 0; i < correlations.size(); i++) {
            Correlation c = correlations.get(i);
            if (c == null) {
                matrixReady = false;
                continue;
            }
            String p = JsonPath.index(Top.CORRELATIONS.name(), i);
            String b = at(p, CorrelationFormat.Correlation.B);
            boolean ok = resolves(at(p, CorrelationFormat.Correlation.A), c.a(), byPath, sampled, unresolved, out)
                    & resolves(b, c.b(), byPath, sampled, unresolved, out);
            if (c.a().equals(c.b())) {
                out.add(new ValidationError(b, "must name another input than a (both were \""
                        + c.a() + "\")"));
                ok = false;
            }
            String key = c.a().compareTo(c.b()) < 0 ? c.a() + "\n" + c.b() : c.b() + "\n" + c.a();
            Integer earlier = pairs.putIfAbsent(key, i);
            if (earlier != null) {
                out.add(new ValidationError(p, "correlates \"" + c.a() + "\" and \"" + c.b() + "\" again (already in "
                        + JsonPath.index(Top.CORRELATIONS.name(), earlier) + ")"));
                ok = false;
            }
            matrixReady &= ok;
        }
        if (matrixReady && !correlations.isEmpty()) {
            checkPositiveDefinite(correlations, out);
        }
    }

    private static boolean resolves(String path, String input, Map<String, Value> byPath, List<String> sampled,
                                    Predicate<String> unresolved, List<ValidationError> out) {
        if (unresolved.test(input)) {
            return false;
        }
        Value v = byPath.get(input);
        if (v == null) {
            String hint;
            if (input.endsWith(".value") && byPath.containsKey(input.substring(0, input.length() - 6))) {
                hint = " (did you mean \"" + input.substring(0, input.length() - 6)
                        + "\"? paths leave out a quantity's or rate's .value)";
            } else {
                String near = Suggestions.nearest(input, byPath.keySet());
                hint = near != null ? " (did you mean \"" + near + "\"?)"
                        : sampled.isEmpty() ? " (this scenario has no sampled inputs)"
                        : " (sampled inputs: " + String.join(", ", sampled) + ")";
            }
            out.add(new ValidationError(path, "\"" + input + "\" names no input of this scenario" + hint));
            return false;
        }
        if (v.isDegenerate()) {
            out.add(new ValidationError(path, "\"" + input + "\" is a fixed value (" + format(v.lowerBound())
                    + "), not sampled, so it cannot be correlated"));
            return false;
        }
        return true;
    }

    private static void checkPositiveDefinite(List<Correlation> correlations, List<ValidationError> out) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Correlation c : correlations) {
            index.putIfAbsent(c.a(), index.size());
            index.putIfAbsent(c.b(), index.size());
        }
        int n = index.size();
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1.0;
        }
        for (Correlation c : correlations) {
            int a = index.get(c.a());
            int b = index.get(c.b());
            m[a][b] = c.rho();
            m[b][a] = c.rho();
        }
        int[] group = GaussianCopula.nonPositiveDefiniteGroup(m);
        if (group.length > 0) {
            List<String> paths = new ArrayList<>(index.keySet());
            List<String> named = new ArrayList<>();
            for (int g : group) {
                named.add("\"" + paths.get(g) + "\"");
            }
            out.add(new ValidationError(Top.CORRELATIONS.name(), "the correlations among " + String.join(", ", named)
                    + " contradict each other: their matrix is not positive definite (weaken some of them)"));
        }
    }
}
