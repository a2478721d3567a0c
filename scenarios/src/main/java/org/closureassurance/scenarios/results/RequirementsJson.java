package org.closureassurance.scenarios.results;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.List;
import org.closureassurance.simulator.results.RequirementResult;

/**
 * Writes the {@code requirements} of a results file: each regulatory rule's estimate, required
 * amount, coverage, additional cash, public cost, and a pooled scheme's contributions and
 * fairness (null for other rules).
 */
final class RequirementsJson {
    private RequirementsJson() {
    }

    static void write(JsonWriter w, List<RequirementResult> results) throws IOException {
        w.beginArray();
        for (RequirementResult r : results) {
            w.beginObject();
            w.name("name").value(r.name());
            w.name("rule").value(r.rule());
            ResultsJson.number(w.name("estimate"), r.estimate());
            ResultsJson.stats(w.name("required"), r.required());
            ResultsJson.number(w.name("coverageProbability"), r.coverageProbability());
            w.name("coverageProbabilityCI95").beginArray();
            ResultsJson.number(w, r.coverageProbabilityCI95().lower());
            ResultsJson.number(w, r.coverageProbabilityCI95().upper());
            w.endArray();
            w.name("requiredAdditional").beginObject();
            ResultsJson.number(w.name("p80"), r.requiredAdditional().p80());
            ResultsJson.number(w.name("p90"), r.requiredAdditional().p90());
            ResultsJson.number(w.name("p95"), r.requiredAdditional().p95());
            w.endObject();
            ResultsJson.number(w.name("expectedPublicCost"), r.expectedPublicCost());
            if (r.contributionPV() == null) {
                w.name("contributionPV").nullValue();
            } else {
                ResultsJson.stats(w.name("contributionPV"), r.contributionPV());
            }
            ResultsJson.number(w.name("fairness"), r.fairness());
            w.endObject();
        }
        w.endArray();
    }
}
