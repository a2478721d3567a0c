package org.closureassurance.scenarios.bundled;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.closureassurance.scenarios.LoadResult;
import org.closureassurance.scenarios.ScenarioReader;
import org.closureassurance.scenarios.ScenarioValidator;
import org.closureassurance.scenarios.ScenarioWriter;
import org.closureassurance.simulator.model.AfterForfeiture;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.WaterDuration;
import org.closureassurance.simulator.model.WaterStream;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BundledScenariosTest {
    static Stream<String> names() {
        return BundledScenarios.names().stream();
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyBundledScenarioLoadsValidatesAndRoundTrips(String name) {
        Scenario s = BundledScenarios.load(name);
        assertEquals(List.of(), ScenarioValidator.validate(s));
        LoadResult again = ScenarioReader.readString(ScenarioWriter.write(s));
        assertTrue(again.isValid(), again::errorReport);
        assertEquals(s, again.scenarioOrThrow());
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyBundledScenarioIsModerateInSizeAndCitesItsSources(String name) {
        Scenario s = BundledScenarios.load(name);
        assertTrue(s.costItems().size() <= 15, "cost items");
        assertTrue(s.simulation().horizonYears() >= 100 && s.simulation().horizonYears() <= 150, "horizon");
        assertTrue(s.simulation().iterations() >= 10_000 && s.simulation().iterations() <= 20_000, "iterations");
        assertTrue(s.description().contains("as reported by"), "description cites its sources");
        assertTrue(s.description().contains("docs/sources.md"), "description points to the sources page");
        assertEquals("USD", s.currency());
    }

    @Test
    void theRegulatorBaseCaseIsTheDefaultAndUsesCorrelations() {
        assertEquals("regulator-base-case", BundledScenarios.defaultName());
        assertEquals(BundledScenarios.defaultName(), BundledScenarios.names().get(0));
        Scenario s = BundledScenarios.load(BundledScenarios.defaultName());
        assertTrue(s.correlations().size() >= 1);
        assertTrue(s.hasPerpetualWater());
        assertTrue(s.assurance().stream().anyMatch(a -> a instanceof AssuranceInstrument.Bond));
        assertTrue(s.assurance().stream().anyMatch(a -> a instanceof AssuranceInstrument.SelfBond));
        assertTrue(s.assurance().stream().anyMatch(a -> a instanceof AssuranceInstrument.TrustFund));
        assertTrue(s.rehabilitation().stream().anyMatch(r -> r.setback() != null));
        assertTrue(s.waterTreatment().stream().anyMatch(w -> w.duration() instanceof WaterDuration.Decay));
        assertEquals(3, s.indirectCosts().size());
    }

    @Test
    void theCompanyPlanHasAFundedTrustWithDrawdownAndAParentGuarantee() {
        Scenario s = BundledScenarios.load("company-rehabilitation-plan");
        AssuranceInstrument.TrustFund fund = s.assurance().stream()
                .filter(a -> a instanceof AssuranceInstrument.TrustFund).map(a -> (AssuranceInstrument.TrustFund) a)
                .findFirst().orElseThrow();
        assertTrue(fund.drawdown());
        assertTrue(fund.annualContribution().expectedValue() > 0);
        assertTrue(s.assurance().stream().anyMatch(a -> a instanceof AssuranceInstrument.ParentGuarantee));
    }

    @Test
    void theNgoStressCaseDiscountsAtOnePercentAndTreatsThePitLakeForEverWithCertainty() {
        Scenario s = BundledScenarios.load("ngo-stress-case");
        assertEquals(Value.of(0.01), s.economics().discountSchedule().get(0).rate());
        assertEquals(0, s.economics().discountSchedule().get(0).fromYear());
        WaterStream pitLake = s.waterTreatment().get(0);
        assertEquals(Value.of(1), pitLake.probability());
        assertTrue(pitLake.duration() instanceof WaterDuration.Perpetual);
        assertTrue(s.assurance().stream().anyMatch(a -> a instanceof AssuranceInstrument.SelfBond));
    }

    /**
     * The stress case argues the systemic risks an NGO would: one copper-price factor drives the
     * walk-away hazard, the surety, the parent guarantee and the trust's returns; estimates overrun;
     * the rate declines for the far future; the regulator mobilises late and recovers part of its
     * cost from the estate.
     */
    @Test
    void theNgoStressCaseTiesItsRisksToOneCopperPriceFactor() {
        Scenario s = BundledScenarios.load("ngo-stress-case");
        assertEquals(List.of("copper-price"), s.economy().factors().stream().map(f -> f.name()).toList());
        assertEquals("copper-price", ((Forfeiture.AnnualHazard) s.forfeiture()).driver().factor());
        assertTrue(s.assurance().stream().anyMatch(a -> a instanceof AssuranceInstrument.ParentGuarantee));
        assertEquals(1, s.overruns().size());
        List<Double> rates = s.economics().discountSchedule().stream()
                .map(d -> ((org.closureassurance.simulator.value.Constant) d.rate()).value()).toList();
        assertEquals(List.of(0.01, 0.0075, 0.005), rates, "declining");
        assertNotEquals(AfterForfeiture.NONE.careAndMaintenancePerYear(), s.afterForfeiture().careAndMaintenancePerYear());
        assertNotEquals(AfterForfeiture.NONE.mobilisationDelayYears(), s.afterForfeiture().mobilisationDelayYears());
        assertEquals(Value.of(0.15), s.afterForfeiture().estateRecoveryRate());
    }

    @Test
    void namesWorkWithOrWithoutTheJsonSuffix() {
        assertEquals(BundledScenarios.load("ngo-stress-case"), BundledScenarios.load("ngo-stress-case.json"));
        assertArrayEquals(BundledScenarios.bytes("regulator-base-case"), BundledScenarios.bytes("regulator-base-case.json"));
        assertTrue(new String(BundledScenarios.bytes("regulator-base-case"), StandardCharsets.UTF_8)
                .contains("\"closure-assurance/1\""));
    }

    @Test
    void anUnknownNameListsTheBundledOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BundledScenarios.load("base-case"));
        assertEquals("no bundled scenario \"base-case\" (bundled: regulator-base-case, company-rehabilitation-plan, "
                + "ngo-stress-case)", e.getMessage());
    }
}
