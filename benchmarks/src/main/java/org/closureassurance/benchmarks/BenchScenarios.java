package org.closureassurance.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.closureassurance.scenarios.LoadResult;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.closureassurance.simulator.model.Scenario;

/**
 * Loads the scenarios the benchmarks run. Names listed by {@link BundledScenarios#names()} go
 * through {@link BundledScenarios#load}; other files beside it in the scenarios jar (such as
 * {@code performance-40-items}, while it is not in that list) are read from the same resource
 * folder and validated the same way.
 */
public final class BenchScenarios {
    /** The default bundled scenario. */
    public static final String DEFAULT = "regulator-base-case";
    /** The 40-item, 780-correlation, 150-year scenario made for measuring. */
    public static final String PERFORMANCE = "performance-40-items";

    private BenchScenarios() {
    }

    /** The validated scenario {@code name}, with its own simulation settings. */
    public static Scenario load(String name) {
        if (BundledScenarios.names().contains(name)) {
            return BundledScenarios.load(name);
        }
        String resource = name + ".json";
        try (InputStream in = BundledScenarios.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no scenario \"" + name + "\" beside BundledScenarios (bundled: "
                        + String.join(", ", BundledScenarios.names()) + ", " + PERFORMANCE + ")");
            }
            LoadResult result = ScenarioReader.read(in.readAllBytes());
            if (!result.isValid()) {
                throw new IllegalStateException("scenario " + name + " is invalid:\n" + result.errorReport());
            }
            return result.scenarioOrThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scenario {@code name} set to run {@code iterations} iterations. */
    public static Scenario load(String name, int iterations) {
        Scenario s = load(name);
        return s.withSimulation(s.simulation().withIterations(iterations));
    }

    /**
     * The scenario reduced to one part of the model, so that the cost of an iteration can be
     * split by part (each part draws only its own inputs):
     * {@code full}, {@code baseline} (discount rate, closure year, forfeiture and the timeline
     * only), {@code cost-items} (with indirect costs and correlations), {@code water},
     * {@code rehabilitation}, {@code risk-events}, {@code assurance}.
     */
    public static Scenario part(Scenario s, String part) {
        boolean items = part.equals("cost-items");
        boolean water = part.equals("water");
        boolean rehab = part.equals("rehabilitation");
        boolean risks = part.equals("risk-events");
        boolean assurance = part.equals("assurance");
        if (part.equals("full")) {
            return s;
        }
        if (!part.equals("baseline") && !items && !water && !rehab && !risks && !assurance) {
            throw new IllegalArgumentException("no model part \"" + part + "\"");
        }
        return new Scenario(s.name() + " [" + part + "]", s.description(), s.currency(), s.baseYear(),
                s.simulation(), s.economics(), s.closureYear(), s.forfeiture(),
                items ? s.costItems() : List.of(),
                items || water || rehab ? s.indirectCosts() : List.of(),
                items ? s.correlations() : List.of(),
                water ? s.waterTreatment() : List.of(),
                rehab ? s.rehabilitation() : List.of(),
                risks ? s.riskEvents() : List.of(),
                assurance ? s.assurance() : List.of());
    }
}
