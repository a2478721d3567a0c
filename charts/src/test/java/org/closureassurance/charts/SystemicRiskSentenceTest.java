package org.closureassurance.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.BondKind;
import org.closureassurance.simulator.model.Driver;
import org.closureassurance.simulator.model.EconomicFactor;
import org.closureassurance.simulator.model.Economy;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.Provider;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;

/** The report on systemic risk: its sentence, where the report puts it, and the assumptions on factors in words. */
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

    @Test
    void theAssumptionsDescribeFactorsProvidersAndDriversOnlyWhenTheScenarioHasThem() {
        Scenario plain = Fixtures.copperMine();
        Driver copper = new Driver("copper-price", 0.3);
        Scenario systemic = new Scenario(plain.name(), plain.description(), plain.currency(), plain.baseYear(),
                plain.simulation(), plain.economics(), plain.closureYear(),
                new Forfeiture.AnnualHazard(Value.of(0.01), Value.of(0.03), copper), plain.costItems(),
                plain.indirectCosts(), plain.correlations(), plain.waterTreatment(), plain.rehabilitation(),
                plain.riskEvents(), List.of(new AssuranceInstrument.Bond("Surety bond", null, BondKind.SURETY,
                        Value.of(1e6), null, Value.of(0), Value.of(0), "Surety Co A", null)), List.of(),
                new Economy(List.of(new EconomicFactor("copper-price", null, 0.7)), List.of()),
                List.of(new Provider("Surety Co A", null, Value.of(0.004), Value.of(0.3), copper)));
        ReportContext ctx = new ReportContext(null, "test", "2026-01-01T00:00:00Z");
        String page = AssuranceReport.html(systemic, Fixtures.copperMineResults(), ctx);
        assertTrue(page.contains("<section id=\"assumptions-economy\">"));
        assertTrue(page.contains("persistence 0.7 (each year keeps that share of the last year&#39;s state)"), page);
        assertTrue(page.contains("wrote Surety bond; tied to copper-price with weight 0.3"));
        assertTrue(page.contains("the yearly walk-away hazard; tied to copper-price with weight 0.3"));
        assertTrue(page.contains("written by Surety Co A, and fails when it fails"));
        assertTrue(!AssuranceReport.html(plain, Fixtures.copperMineResults(), ctx).contains("assumptions-economy"));
    }
}
