package org.closureassurance.scenarios.results;

import static org.closureassurance.scenarios.results.ResultsJson.band;
import static org.closureassurance.scenarios.results.ResultsJson.integers;
import static org.closureassurance.scenarios.results.ResultsJson.number;
import static org.closureassurance.scenarios.results.ResultsJson.numbers;
import static org.closureassurance.scenarios.results.ResultsJson.stats;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.closureassurance.simulator.portfolio.AggregateResult;
import org.closureassurance.simulator.portfolio.FundResult;
import org.closureassurance.simulator.portfolio.PortfolioResults;
import org.closureassurance.simulator.portfolio.ProviderResult;
import org.closureassurance.simulator.portfolio.SiteResult;

/**
 * Writes a portfolio's results in the {@code closure-assurance-portfolio-results/1} format, in
 * the order of docs/portfolio-format.md's results section and with the run record a scenario's results
 * carry ({@code generator}, {@code toolVersion}, {@code requestedIterations}, {@code cancelled}).
 * NaN and infinities are written as null (a fairness without expected shortfall, a required
 * contribution percent no percent reaches); {@code fund} is null without a fund; a site's
 * {@code category} is null when it has none. Nothing that varies between equal runs is written.
 */
public final class PortfolioResultsJson {
    private PortfolioResultsJson() {
    }

    /** The results as a JSON document. */
    public static String write(PortfolioResults r) {
        StringWriter out = new StringWriter();
        write(r, out);
        return out.toString();
    }

    /** Writes the results to {@code out} (not closed). */
    public static void write(PortfolioResults r, Writer out) {
        try {
            JsonWriter w = ResultsJson.open(out);
            w.beginObject();
            w.name("format").value(PortfolioResults.FORMAT);
            w.name("portfolio").value(r.portfolio());
            w.name("currency").value(r.currency());
            ResultsJson.run(w, r.iterations(), r.seed(), r.sampling(), r.run());
            w.name("sites").value(r.sites());
            stats(w.name("forfeitures"), r.forfeitures());
            numbers(w.name("forfeituresMeanByYear"), r.forfeituresMeanByYear());
            aggregate(w.name("aggregate"), r.aggregate());
            stats(w.name("totalShortfall"), r.totalShortfall());
            stats(w.name("unfundedPublicCost"), r.unfundedPublicCost());
            number(w.name("expectedUnfundedPublicCost"), r.expectedUnfundedPublicCost());
            fund(w.name("fund"), r.fund());
            w.name("perSite").beginArray();
            for (SiteResult s : r.perSite()) {
                site(w, s);
            }
            w.endArray();
            w.name("providers").beginArray();
            for (ProviderResult p : r.providers()) {
                w.beginObject();
                w.name("name").value(p.name());
                number(w.name("failureProbability"), p.failureProbability());
                number(w.name("bondsWritten"), p.bondsWritten());
                w.endObject();
            }
            w.endArray();
            ResultsJson.factors(w.name("economy"), r.economy());
            w.endObject();
            w.flush();
            out.write(System.lineSeparator());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void aggregate(JsonWriter w, AggregateResult a) throws IOException {
        w.beginObject();
        w.name("year0").beginObject();
        stats(w.name("liability"), a.year0().liability());
        stats(w.name("assurance"), a.year0().assurance());
        number(w.name("coverageProbability"), a.year0().coverageProbability());
        w.endObject();
        w.name("timeline").beginObject();
        integers(w.name("years"), a.timeline().years());
        band(w.name("liability"), a.timeline().liability());
        band(w.name("assurance"), a.timeline().assurance());
        numbers(w.name("coverageProbability"), a.timeline().coverageProbability());
        w.endObject();
        w.endObject();
    }

    private static void fund(JsonWriter w, FundResult f) throws IOException {
        if (f == null) {
            w.nullValue();
            return;
        }
        w.beginObject();
        number(w.name("exhaustionProbability"), f.exhaustionProbability());
        w.name("exhaustionProbabilityCI95").beginArray();
        number(w, f.exhaustionProbabilityCI95().lower());
        number(w, f.exhaustionProbabilityCI95().upper());
        w.endArray();
        numbers(w.name("exhaustionByYear"), f.exhaustionByYear());
        w.name("balance").beginObject();
        integers(w.name("years"), f.years());
        numbers(w.name("p10"), f.balance().p10());
        numbers(w.name("p50"), f.balance().p50());
        numbers(w.name("p90"), f.balance().p90());
        w.endObject();
        w.name("requiredContributionPercent").beginObject();
        number(w.name("p80"), f.requiredContributionPercent().p80());
        number(w.name("p90"), f.requiredContributionPercent().p90());
        number(w.name("p95"), f.requiredContributionPercent().p95());
        w.endObject();
        w.endObject();
    }

    private static void site(JsonWriter w, SiteResult s) throws IOException {
        w.beginObject();
        w.name("name").value(s.name());
        w.name("category").value(s.category());
        number(w.name("forfeitureProbability"), s.forfeitureProbability());
        number(w.name("expectedShortfall"), s.expectedShortfall());
        number(w.name("tailContribution"), s.tailContribution());
        number(w.name("contributionPV"), s.contributionPV());
        number(w.name("fairness"), s.fairness());
        w.endObject();
    }
}
