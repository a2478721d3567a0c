package org.closureassurance.simulator.engine;

import static org.closureassurance.simulator.engine.EngineFeaturesTest.assertClose;
import static org.closureassurance.simulator.engine.EngineFeaturesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.closureassurance.simulator.model.AfterForfeiture;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.BondKind;
import org.closureassurance.simulator.model.WaterDuration;
import org.closureassurance.simulator.model.WaterStream;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.value.Value;
import org.junit.jupiter.api.Test;

/**
 * The regulator's package after the operator walks away (docs/model.md, "After the operator
 * walks away"), on a two-item scenario worked out by hand: 1 M of earthworks in relative year
 * 0 and water treatment of 100 k a year for two years from relative year 0; a flat 10 %; a
 * mobilisation delay of 1.7 years (floored to 1), care and maintenance of 50 k a year, a 20 %
 * third-party premium; a 1 M cash bond.
 */
class AfterForfeitureTest {
    private static final AfterForfeiture AFTER = new AfterForfeiture(Value.of(1.7), Value.of(50_000), Value.of(20),
            Value.of(0));

    private static SimulationResults twoItems(int closure, int forfeitIn, AfterForfeiture after) {
        WaterStream water = new WaterStream("Seepage", null, Value.of(1), Value.of(0), null, null, Value.of(100_000),
                Value.of(0), null, new WaterDuration.Years(Value.of(2)));
        return run(ScenarioFixture.scenario().rate(0.10).closure(closure).forfeitIn(forfeitIn)
                .lump("Earthworks", 1e6, 0, 1).water(water)
                .instrument(new AssuranceInstrument.Bond("Cash", null, BondKind.CASH, Value.of(1e6), null,
                        Value.of(0), Value.of(0)))
                .afterForfeiture(after).build());
    }

    @Test
    void thePackageMovesTheWorksAddsCareAndMaintenanceAndThePremium() {
        // Walk-away at closure, year 2. D = floor(1.7) = 1.
        //   earthworks moved to relative year 1:     1,000,000 / 1.1 =   909,090.909...
        //   water keeps relative years 0 and 1:      100,000 + 100,000 / 1.1 = 190,909.090...
        //   care and maintenance in year 2 (t..t+D-1):                    50,000
        //   sum 1,150,000, times the premium 1.2:                     1,380,000
        // Shortfall against the 1 M bond: 380,000. The planned package is unchanged:
        // costPV = (1,000,000 + 100,000 + 100,000/1.1) / 1.1^2 = 984,222.3891810668.
        SimulationResults r = twoItems(2, 2, AFTER);
        assertClose(1_380_000, r.liability().mean());
        assertClose(380_000, r.shortfall().mean());
        assertClose(984_222.3891810668, r.costPV().mean());
        // Public cost: 380,000 valued at year 0, 380,000 / 1.21 = 314,049.58677685947.
        assertClose(314_049.58677685947, r.expectedPublicCost());
    }

    @Test
    void beforeClosureThePackageBuiltForClosureStartsInTheWalkAwayYear() {
        // Walk-away in year 0, closure in year 2: the same relative package from year 0. With one
        // flat rate and no escalation its value at year 0 is the same 1,380,000; the public cost
        // needs no discounting (year 0): 380,000.
        SimulationResults r = twoItems(2, 0, AFTER);
        assertClose(1_380_000, r.liability().mean());
        assertClose(380_000, r.expectedPublicCost());
    }

    @Test
    void estateRecoveryLowersThePublicCostOnly() {
        // Half the shortfall comes back from the estate: public cost 380,000 * 0.5 / 1.21 =
        // 157,024.79338842977; liability, shortfall and coverage as without it.
        AfterForfeiture withEstate = new AfterForfeiture(Value.of(1.7), Value.of(50_000), Value.of(20),
                Value.of(0.5));
        SimulationResults without = twoItems(2, 2, AFTER);
        SimulationResults with = twoItems(2, 2, withEstate);
        assertClose(157_024.79338842977, with.expectedPublicCost());
        assertEquals(without.liability(), with.liability());
        assertEquals(without.shortfall(), with.shortfall());
        assertEquals(without.coverageProbability(), with.coverageProbability());
        assertEquals(without.requiredAdditionalAssurance(), with.requiredAdditionalAssurance());
    }

    @Test
    void withoutAfterForfeitureTheWalkAwayPackageIsThePlannedOne() {
        // 1,000,000 + 190,909.0909... = 1,190,909.0909090909 at closure; shortfall 190,909.09.
        SimulationResults r = twoItems(2, 2, AfterForfeiture.NONE);
        assertClose(1_190_909.0909090909, r.liability().mean());
    }
}
