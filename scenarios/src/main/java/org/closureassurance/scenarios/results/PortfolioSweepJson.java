package org.closureassurance.scenarios.results;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.closureassurance.simulator.portfolio.Portfolio;
import org.closureassurance.simulator.sweep.PortfolioBreakEven;
import org.closureassurance.simulator.sweep.PortfolioSweep;
import org.closureassurance.simulator.sweep.PortfolioSweepPoint;

/**
 * Writes a portfolio sweep or break-even search in the sweep format ({@code closure-assurance-sweep/1}):
 * the run settings, the input's path, and one entry per run with the value and the portfolio's
 * headline figures under the names the portfolio results file gives them
 * ({@code fund.exhaustionProbability}, {@code expectedUnfundedPublicCost}, ...). NaN is written
 * as null; equal sweeps give byte-identical files.
 */
public final class PortfolioSweepJson {
    private PortfolioSweepJson() {
    }

    /** A one-input sweep of {@code portfolio}. */
    public static String write(Portfolio portfolio, PortfolioSweep sweep) {
        return document(portfolio, w -> {
            w.name("input").value(sweep.input());
            entries(w, sweep.points());
        });
    }

    /**
     * A break-even search of {@code portfolio}: the input, the target, what was found and the
     * figures at the range's ends.
     */
    public static String write(Portfolio portfolio, PortfolioBreakEven b) {
        return document(portfolio, w -> {
            w.name("input").value(b.input());
            w.name("breakEvenTarget").value(b.target().toString());
            ResultsJson.number(w.name("from"), b.from());
            ResultsJson.number(w.name("to"), b.to());
            w.name("outcome").value(b.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            ResultsJson.number(w.name("breakEven"), b.value());
            w.name("breakEvenCI95").beginArray();
            ResultsJson.number(w, b.interval().lower());
            ResultsJson.number(w, b.interval().upper());
            w.endArray();
            w.name("intervalCutByRange").value(b.intervalOpen());
            ResultsJson.number(w.name("resolution"), b.resolution());
            w.name("runs").value(b.runs());
            entries(w, List.of(b.atFrom(), b.atTo()));
        });
    }

    private static void entries(JsonWriter w, List<PortfolioSweepPoint> points) throws IOException {
        w.name("entries").beginArray();
        for (PortfolioSweepPoint p : points) {
            w.beginObject();
            SweepJson.value(w, p.value());
            ResultsJson.number(w.name("fund.exhaustionProbability"), p.exhaustionProbability());
            w.name("fund.exhaustionProbabilityCI95").beginArray();
            ResultsJson.number(w, p.exhaustionProbabilityCI95().lower());
            ResultsJson.number(w, p.exhaustionProbabilityCI95().upper());
            w.endArray();
            ResultsJson.number(w.name("fund.requiredContributionPercent.p90"), p.requiredContributionPercentP90());
            ResultsJson.number(w.name("expectedUnfundedPublicCost"), p.expectedUnfundedPublicCost());
            ResultsJson.number(w.name("totalShortfall.mean"), p.totalShortfallMean());
            ResultsJson.number(w.name("forfeitures.mean"), p.forfeituresMean());
            w.endObject();
        }
        w.endArray();
    }

    private static String document(Portfolio p, SweepJson.Body body) {
        return SweepJson.document("portfolio", p.name(), p.currency(), p.simulation(), body);
    }
}
