package org.closureassurance.simulator.engine;

import java.util.List;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.BondKind;
import org.closureassurance.simulator.model.Quantity;
import org.closureassurance.simulator.model.Recovery;
import org.closureassurance.simulator.model.RecoveryModel;
import org.closureassurance.simulator.model.RehabilitationDomain;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.model.ScheduleStep;
import org.closureassurance.simulator.model.UnitRate;
import org.closureassurance.simulator.model.WaterDuration;
import org.closureassurance.simulator.model.WaterStream;
import org.closureassurance.simulator.value.Pert;
import org.closureassurance.simulator.value.Triangular;
import org.closureassurance.simulator.value.Uniform;
import org.closureassurance.simulator.value.Value;

/**
 * Scenarios of a given shape for the memory tests: {@code domains} rehabilitation domains with
 * uncertain start, cost and recovery, two water streams, a bond and a lump cost, over
 * {@code horizon} years.
 */
final class MemoryShapes {
    private MemoryShapes() {
    }

    static Scenario of(int domains, int horizon, int iterations) {
        ScenarioFixture f = ScenarioFixture.scenario().iterations(iterations).horizon(horizon)
                .closure(new Triangular(0, 2, 5)).lump("Earthworks", 1e6, 0, 3)
                .water(new WaterStream("Seepage", null, Value.of(0.8), new Uniform(0, 5), null, null,
                        new Triangular(1e5, 2e5, 4e5), Value.of(0), null,
                        new WaterDuration.Years(new Triangular(10, 20, 60))))
                .water(new WaterStream("Pit lake", null, Value.of(0.3), Value.of(2), null, null,
                        Value.of(3e5), Value.of(0), null, new WaterDuration.Perpetual()))
                .instrument(new AssuranceInstrument.Bond("Surety", null, BondKind.SURETY, null,
                        List.of(new ScheduleStep(0, Value.of(5e6))), Value.of(0.002), Value.of(0.4)));
        for (int d = 0; d < domains; d++) {
            f.domain(new RehabilitationDomain("D" + d, null, new Quantity(Value.of(10), "ha", 10_000),
                    new Triangular(0, 2, 6), new UnitRate(new Pert(8000, 12000, 20000, 4), "ha", 10_000),
                    null, 0, Value.of(0),
                    new Recovery(RecoveryModel.EXPONENTIAL, new Uniform(0.05, 0.15), Value.of(0.05),
                            Value.of(0.8)), null));
        }
        return f.build();
    }
}
