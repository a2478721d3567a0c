package org.closureassurance.scenarios.results;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.closureassurance.scenarios.ScenarioFormat.Simulation;
import org.closureassurance.scenarios.ScenarioFormat.Top;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.SimulationSettings;
import org.closureassurance.simulator.sweep.BreakEven;
import org.closureassurance.simulator.sweep.Sweep;
import org.closureassurance.simulator.sweep.SweepGrid;
import org.closureassurance.simulator.sweep.SweepPoint;

/**
 * Writes a sweep ({@code closure-assurance-sweep/1}): the run settings, the input's path (and
 * the second input's, for a grid), and one entry per run with the value(s) and the headline
 * figures under the names the results file gives them. NaN is written as null; nothing that
 * varies between equal runs is written, so equal sweeps give byte-identical files.
 */
public final class SweepJson {
    /** The sweep file format identifier. */
    public static final String FORMAT = "closure-assurance-sweep/1";

    private SweepJson() {
    }

    /** A one-input sweep of {@code scenario}. */
    public static String write(Scenario scenario, Sweep sweep) {
        return document(scenario, w -> {
            w.name("input").value(sweep.input());
            w.name("entries").beginArray();
            for (SweepPoint p : sweep.points()) {
                w.beginObject();
                value(w, p.value());
                figures(w, p);
                w.endObject();
            }
            w.endArray();
        });
    }

    /** A two-input grid of {@code scenario}: one entry per pair, the first input's values outermost. */
    public static String write(Scenario scenario, SweepGrid grid) {
        return document(scenario, w -> {
            w.name("input").value(grid.input());
            w.name("input2").value(grid.input2());
            w.name("entries").beginArray();
            for (int i = 0; i < grid.values().size(); i++) {
                List<SweepPoint> row = grid.rows().get(i);
                for (SweepPoint p : row) {
                    w.beginObject();
                    value(w, grid.values().get(i));
                    ResultsJson.number(w.name("value2"), p.value());
                    figures(w, p);
                    w.endObject();
                }
            }
            w.endArray();
        });
    }

    /** A break-even search of {@code scenario}: the input, the target, what was found and the figures at the range's ends. */
    public static String write(Scenario scenario, BreakEven b) {
        return document(scenario, w -> {
            w.name("input").value(b.input());
            w.name("breakEvenTarget").value(b.target().toString());
            ResultsJson.number(w.name("from"), b.from());
            ResultsJson.number(w.name("to"), b.to());
            w.name("outcome").value(b.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            ResultsJson.number(w.name("breakEven"), b.value());
            w.name("breakEvenCI95").beginArray();
            ResultsJson.number(w, b.interval().lower());
            ResultsJson.number(w, b.interval().upper());
            w.endArray();
            w.name("intervalCutByRange").value(b.intervalOpen());
            ResultsJson.number(w.name("resolution"), b.resolution());
            w.name("runs").value(b.runs());
            w.name("entries").beginArray();
            for (SweepPoint p : List.of(b.atFrom(), b.atTo())) {
                w.beginObject();
                value(w, p.value());
                figures(w, p);
                w.endObject();
            }
            w.endArray();
        });
    }

    /** An entry's value of the varied input, under the name every sweep file gives it. */
    static void value(JsonWriter w, double v) throws IOException {
        ResultsJson.number(w.name("value"), v);
    }

    private static void figures(JsonWriter w, SweepPoint p) throws IOException {
        ResultsJson.number(w.name("forfeitureProbability"), p.forfeitureProbability());
        ResultsJson.number(w.name("coverageProbability"), p.coverageProbability());
        w.name("coverageProbabilityCI95").beginArray();
        ResultsJson.number(w, p.coverageProbabilityCI95().lower());
        ResultsJson.number(w, p.coverageProbabilityCI95().upper());
        w.endArray();
        ResultsJson.number(w.name("expectedPublicCost"), p.expectedPublicCost());
        ResultsJson.required(w.name("requiredAdditionalAssurance"), p.requiredAdditionalAssurance());
    }

    /** What a document writes after its run settings; a portfolio's sweep writes one too. */
    interface Body {
        void write(JsonWriter w) throws IOException;
    }

    private static String document(Scenario s, Body body) {
        return document("scenario", s.name(), s.currencyOrDefault(), s.simulation(), body);
    }

    /**
     * A sweep document of the scenario or portfolio named {@code name} under {@code nameKey}:
     * the format, the name, the run settings under the names the scenario file gives them, then
     * {@code body}.
     */
    static String document(String nameKey, String name, String currency, SimulationSettings simulation,
                           Body body) {
        StringWriter out = new StringWriter();
        try {
            JsonWriter w = ResultsJson.open(out);
            w.beginObject();
            w.name("format").value(FORMAT);
            w.name(nameKey).value(name);
            w.name(Top.CURRENCY.name()).value(currency);
            w.name(Simulation.ITERATIONS.name()).value(simulation.iterations());
            w.name(Simulation.SEED.name()).value(simulation.seed());
            w.name(Simulation.SAMPLING.name()).value(simulation.sampling().id());
            body.write(w);
            w.endObject();
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }
}
