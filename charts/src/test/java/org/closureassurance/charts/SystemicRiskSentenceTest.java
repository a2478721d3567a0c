package org.closureassurance.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.closureassurance.simulator.results.SimulationResults;
import org.junit.jupiter.api.Test;

/** The report's sentence on systemic risk, and where the report puts it. */
class SystemicRiskSentenceTest {

    private static SimulationResults results(double forfeiture, double coverage, double publicCost) {
        ResultsEdit e = new ResultsEdit(Fixtures.copperMineResults());
        e.forfeitureProbability = forfeiture;
        e.coverageProbability = coverage;
        e.expectedPublicCost = publicCost;
        return e.build();
    }

    @Test
    void theSentenceSetsTheDrivenRunAgainstTheIndependentOneAndSaysHowItWasWorkedOut() {
        String s = SystemicRiskSentence.of(results(0.48, 0.62, 4.1e6), results(0.40, 0.71, 3.2e6), "USD");
        assertEquals("Systemic risk: with the economic drivers, the operator walks away in 48 % of iterations "
                + "against 40 % with every event independent; the probability that the assurance held covers the "
                + "liability is 62 % against 71 %, and the expected public cost is USD 4.1 million against USD 3.2 "
                + "million (worked out from two runs on the same random numbers, one with the drivers and one with "
                + "every driver's weight set to 0).", s);
    }

    @Test
    void theReportCarriesTheSentenceInItsAnswerOnlyWhenGivenTheIndependentRun() {
        SimulationResults driven = results(0.48, 0.62, 4.1e6);
        ReportContext ctx = new ReportContext(null, "test", "2026-01-01T00:00:00Z");
        String with = AssuranceReport.html(Fixtures.copperMine(), driven, results(0.40, 0.71, 3.2e6), ctx);
        String without = AssuranceReport.html(Fixtures.copperMine(), driven, ctx);
        String answer = with.substring(with.indexOf("<section id=\"answer\">"), with.indexOf("<section id=\"headline\">"));
        assertTrue(answer.contains("Systemic risk: with the economic drivers"), answer);
        assertTrue(!without.contains("Systemic risk"));
    }
}
