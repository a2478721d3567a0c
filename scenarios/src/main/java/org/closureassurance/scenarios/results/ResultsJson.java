package org.closureassurance.scenarios.results;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.results.Band;
import org.closureassurance.simulator.results.BondSizingPoint;
import org.closureassurance.simulator.results.ConditionFan;
import org.closureassurance.simulator.results.DomainResult;
import org.closureassurance.simulator.results.FactorResult;
import org.closureassurance.simulator.results.InstrumentResult;
import org.closureassurance.simulator.results.RequiredAssurance;
import org.closureassurance.simulator.results.RequirementResult;
import org.closureassurance.simulator.results.RunInfo;
import org.closureassurance.simulator.results.Sensitivity;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.results.Stats;
import org.closureassurance.simulator.results.WaterStreamResult;

/**
 * Writes results in the {@code closure-assurance-results/1} format.
 * NaN and infinities are written as null. Nothing that varies between equal runs (wall-clock
 * time, thread count) is written, so the same scenario, seed, iteration count and sampling
 * give byte-identical files.
 */
public final class ResultsJson {
    private ResultsJson() {
    }

    /** The results as a JSON document. */
    public static String write(SimulationResults r) {
        StringWriter out = new StringWriter();
        write(r, out);
        return out.toString();
    }

    /** Writes the results to {@code out} (not closed). */
    public static void write(SimulationResults r, Writer out) {
        try {
            JsonWriter w = open(out);
            w.beginObject();
            w.name("format").value(SimulationResults.FORMAT);
            w.name("scenario").value(r.scenario());
            w.name("currency").value(r.currency());
            run(w, r.iterations(), r.seed(), r.sampling(), r.run());
            number(w.name("forfeitureProbability"), r.forfeitureProbability());
            number(w.name("coverageProbability"), r.coverageProbability());
            w.name("coverageProbabilityCI95").beginArray();
            number(w, r.coverageProbabilityCI95().lower());
            number(w, r.coverageProbabilityCI95().upper());
            w.endArray();
            number(w.name("expectedPublicCost"), r.expectedPublicCost());
            stats(w.name("publicCost"), r.publicCost());
            stats(w.name("liability"), r.liability());
            stats(w.name("assurance"), r.assurance());
            stats(w.name("shortfall"), r.shortfall());
            required(w.name("requiredAdditionalAssurance"), r.requiredAdditionalAssurance());
            w.name("bondSizingCurve").beginArray();
            for (BondSizingPoint p : r.bondSizingCurve()) {
                w.beginObject();
                number(w.name("additional"), p.additional());
                number(w.name("coverageProbability"), p.coverageProbability());
                w.endObject();
            }
            w.endArray();
            stats(w.name("costPV"), r.costPV());
            stats(w.name("costUndiscounted"), r.costUndiscounted());
            number(w.name("baseEstimate"), r.baseEstimate());
            if (!r.requirements().isEmpty()) {
                requirements(w.name("requirements"), r.requirements());
            }
            w.name("waterTreatment").beginArray();
            for (WaterStreamResult s : r.waterTreatment()) {
                w.beginObject();
                w.name("name").value(s.name());
                number(w.name("probabilityRequired"), s.probabilityRequired());
                number(w.name("perpetualProbability"), s.perpetualProbability());
                stats(w.name("durationYears"), s.durationYears());
                stats(w.name("pv"), s.pv());
                numbers(w.name("durationPercentiles"), s.durationPercentiles());
                numbers(w.name("pvPercentiles"), s.pvPercentiles());
                w.endObject();
            }
            w.endArray();
            w.name("rehabilitation").beginArray();
            for (DomainResult d : r.rehabilitation()) {
                w.beginObject();
                w.name("name").value(d.name());
                stats(w.name("completionYear"), d.completionYear());
                number(w.name("probabilityIncomplete"), d.probabilityIncomplete());
                stats(w.name("pv"), d.pv());
                numbers(w.name("completionYearPercentiles"), d.completionYearPercentiles());
                ConditionFan f = d.conditionIndex();
                w.name("conditionIndex").beginObject();
                integers(w.name("years"), f.years());
                numbers(w.name("p10"), f.p10());
                numbers(w.name("p50"), f.p50());
                numbers(w.name("p90"), f.p90());
                number(w.name("target"), f.target());
                w.endObject();
                w.endObject();
            }
            w.endArray();
            stats(w.name("relinquishmentYear"), r.relinquishmentYear());
            number(w.name("relinquishmentNeverProbability"), r.relinquishmentNeverProbability());
            w.name("instruments").beginArray();
            for (InstrumentResult i : r.instruments()) {
                w.beginObject();
                w.name("name").value(i.name());
                w.name("type").value(i.type());
                stats(w.name("face"), i.face());
                stats(w.name("realisable"), i.realisable());
                w.endObject();
            }
            w.endArray();
            sensitivity(w.name("sensitivity"), r.sensitivity());
            stats(w.name("closureYear"), r.closureYear());
            w.name("distributions").beginObject();
            numbers(w.name("liability"), r.distributions().liability());
            numbers(w.name("assurance"), r.distributions().assurance());
            numbers(w.name("shortfall"), r.distributions().shortfall());
            numbers(w.name("costPV"), r.distributions().costPV());
            w.endObject();
            w.name("timeline").beginObject();
            integers(w.name("years"), r.timeline().years());
            band(w.name("liability"), r.timeline().liability());
            band(w.name("assurance"), r.timeline().assurance());
            numbers(w.name("coverageProbability"), r.timeline().coverageProbability());
            w.endObject();
            economy(w, r.economy());
            w.endObject();
            w.flush();
            out.write(System.lineSeparator());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A writer of the layout every results and sweep document has: two-space indent, nulls written. */
    static JsonWriter open(Writer out) {
        JsonWriter w = new JsonWriter(out);
        w.setIndent("  ");
        w.setSerializeNulls(true);
        return w;
    }

    /** The run settings and the run record, which a scenario's and a portfolio's results both write. */
    static void run(JsonWriter w, int iterations, long seed, Sampling sampling, RunInfo run) throws IOException {
        w.name("iterations").value(iterations);
        w.name("seed").value(seed);
        w.name("sampling").value(sampling.id());
        w.name("generator").value(run.generator());
        w.name("toolVersion").value(run.toolVersion());
        w.name("requestedIterations").value(run.requestedIterations());
        w.name("cancelled").value(run.cancelled());
    }

    /** Each factor's mean state at forfeiture; left out without factors, so 0.1 results keep their bytes. */
    private static void economy(JsonWriter w, List<FactorResult> factors) throws IOException {
        if (factors.isEmpty()) {
            return;
        }
        factors(w.name("economy"), factors);
    }

    /** The factors' figures as a list; a portfolio's results write it too. */
    static void factors(JsonWriter w, List<FactorResult> factors) throws IOException {
        w.beginArray();
        for (FactorResult f : factors) {
            w.beginObject();
            w.name("factor").value(f.factor());
            number(w.name("meanAtForfeiture"), f.meanAtForfeiture());
            numbers(w.name("forfeitureShareByDecile"), f.forfeitureShareByDecile());
            numbers(w.name("coverageByDecile"), f.coverageByDecile());
            w.endObject();
        }
        w.endArray();
    }

    static void number(JsonWriter w, double v) throws IOException {
        if (Double.isFinite(v)) {
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                w.value((long) v);
            } else {
                w.value(v);
            }
        } else {
            w.nullValue();
        }
    }

    static void numbers(JsonWriter w, double[] values) throws IOException {
        w.beginArray();
        for (double v : values) {
            number(w, v);
        }
        w.endArray();
    }

    static void integers(JsonWriter w, int[] values) throws IOException {
        w.beginArray();
        for (int v : values) {
            w.value(v);
        }
        w.endArray();
    }

    static void stats(JsonWriter w, Stats s) throws IOException {
        w.beginObject();
        w.name("count").value(s.count());
        number(w.name("mean"), s.mean());
        number(w.name("sd"), s.sd());
        number(w.name("standardError"), s.standardError());
        number(w.name("min"), s.min());
        number(w.name("p5"), s.p5());
        number(w.name("p10"), s.p10());
        number(w.name("p50"), s.p50());
        number(w.name("p80"), s.p80());
        number(w.name("p90"), s.p90());
        number(w.name("p95"), s.p95());
        number(w.name("p99"), s.p99());
        number(w.name("max"), s.max());
        w.endObject();
    }

    static void required(JsonWriter w, RequiredAssurance r) throws IOException {
        w.beginObject();
        number(w.name("p50"), r.p50());
        number(w.name("p80"), r.p80());
        number(w.name("p90"), r.p90());
        number(w.name("p95"), r.p95());
        number(w.name("p99"), r.p99());
        w.endObject();
    }

    static void band(JsonWriter w, Band b) throws IOException {
        w.beginObject();
        numbers(w.name("p10"), b.p10());
        numbers(w.name("p50"), b.p50());
        numbers(w.name("p90"), b.p90());
        w.endObject();
    }

    private static void sensitivity(JsonWriter w, List<Sensitivity> list) throws IOException {
        w.beginArray();
        for (Sensitivity s : list) {
            w.beginObject();
            w.name("input").value(s.input());
            number(w.name("spearman"), s.spearman());
            w.endObject();
        }
        w.endArray();
    }

    /**
     * Each regulatory rule's estimate, required amount, coverage, additional cash, public cost,
     * and a pooled scheme's contributions and fairness (null for other rules).
     */
    private static void requirements(JsonWriter w, List<RequirementResult> results) throws IOException {
        w.beginArray();
        for (RequirementResult r : results) {
            w.beginObject();
            w.name("name").value(r.name());
            w.name("rule").value(r.rule());
            number(w.name("estimate"), r.estimate());
            stats(w.name("required"), r.required());
            number(w.name("coverageProbability"), r.coverageProbability());
            w.name("coverageProbabilityCI95").beginArray();
            number(w, r.coverageProbabilityCI95().lower());
            number(w, r.coverageProbabilityCI95().upper());
            w.endArray();
            w.name("requiredAdditional").beginObject();
            number(w.name("p80"), r.requiredAdditional().p80());
            number(w.name("p90"), r.requiredAdditional().p90());
            number(w.name("p95"), r.requiredAdditional().p95());
            w.endObject();
            number(w.name("expectedPublicCost"), r.expectedPublicCost());
            if (r.contributionPV() == null) {
                w.name("contributionPV").nullValue();
            } else {
                stats(w.name("contributionPV"), r.contributionPV());
            }
            number(w.name("fairness"), r.fairness());
            w.endObject();
        }
        w.endArray();
    }
}
