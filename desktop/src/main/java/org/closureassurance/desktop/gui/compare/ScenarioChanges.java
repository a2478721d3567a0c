package org.closureassurance.desktop.gui.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.closureassurance.charts.InputLabels;
import org.closureassurance.desktop.gui.form.ValueForm;
import org.closureassurance.simulator.model.InputPaths;
import org.closureassurance.simulator.model.SampledInput;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.SimulationSettings;
import org.closureassurance.simulator.value.Value;

/**
 * What differs between two scenarios, in words, so that a comparison says what was changed
 * between its runs: the simulation settings and every input Value by its path ("Discount rate:
 * Triangular 0.02 / 0.03 / 0.045 → 0.05"), and inputs that only one of them has (an instrument
 * replaced by another, a stream added).
 */
public final class ScenarioChanges {
    private ScenarioChanges() {
    }

    /** The differences from {@code a} to {@code b}, at most {@code limit} lines (the last saying how many more). */
    public static List<String> between(Scenario a, Scenario b, int limit) {
        List<String> out = new ArrayList<>();
        SimulationSettings sa = a.simulation();
        SimulationSettings sb = b.simulation();
        setting(out, "Iterations", sa.iterations(), sb.iterations());
        if (sa.seed() != sb.seed()) {
            // a seed is an identifier, written as everywhere else (seed 20260101), not a count
            out.add("Seed: " + sa.seed() + " → " + sb.seed());
        }
        setting(out, "Horizon (years)", sa.horizonYears(), sb.horizonYears());
        if (sa.sampling() != sb.sampling()) {
            out.add("Sampling: " + sa.sampling().id() + " → " + sb.sampling().id());
        }
        if (!a.forfeiture().mode().equals(b.forfeiture().mode())) {
            out.add("Forfeiture: " + a.forfeiture().mode() + " → " + b.forfeiture().mode());
        }
        Map<String, Value> va = values(a);
        Map<String, Value> vb = values(b);
        for (Map.Entry<String, Value> e : va.entrySet()) {
            Value other = vb.get(e.getKey());
            if (other == null) {
                out.add("Removed: " + InputLabels.label(e.getKey()));
            } else if (!other.equals(e.getValue())) {
                out.add(InputLabels.label(e.getKey()) + ": " + ValueForm.of(e.getValue()).summary() + " → "
                        + ValueForm.of(other).summary());
            }
        }
        for (String path : vb.keySet()) {
            if (!va.containsKey(path)) {
                out.add("Added: " + InputLabels.label(path));
            }
        }
        if (out.isEmpty() && !a.equals(b)) {
            out.add("Other settings (years, units, names or descriptions) differ.");
        }
        if (out.size() > limit) {
            int more = out.size() - (limit - 1);
            out = new ArrayList<>(out.subList(0, limit - 1));
            out.add(String.format(Locale.ROOT, "… and %d more", more));
        }
        return out;
    }

    private static void setting(List<String> out, String name, long a, long b) {
        if (a != b) {
            out.add(String.format(Locale.ROOT, "%s: %,d → %,d", name, a, b));
        }
    }

    private static Map<String, Value> values(Scenario s) {
        Map<String, Value> m = new LinkedHashMap<>();
        for (SampledInput in : InputPaths.all(s)) {
            m.put(in.path(), Objects.requireNonNull(in.value()));
        }
        return m;
    }
}
