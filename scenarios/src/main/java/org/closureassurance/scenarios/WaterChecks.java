package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.FieldChecks.at;
import static org.closureassurance.scenarios.FieldChecks.checkMeasured;
import static org.closureassurance.scenarios.FieldChecks.checkProduct;
import static org.closureassurance.scenarios.FieldChecks.checkStartYear;
import static org.closureassurance.scenarios.FieldChecks.inRange;

import java.util.List;
import org.closureassurance.scenarios.ScenarioFormat.Measure;
import org.closureassurance.scenarios.WaterFormat.Duration;
import org.closureassurance.scenarios.WaterFormat.Water;
import org.closureassurance.simulator.model.Quantity;
import org.closureassurance.simulator.model.UnitRate;
import org.closureassurance.simulator.model.WaterDuration;
import org.closureassurance.simulator.model.WaterStream;
import org.closureassurance.simulator.value.Value;

/**
 * Checks of a {@code waterTreatment[]} stream and its decay duration, on an element's parts as
 * {@link ScenarioValidator} and the file reader both pass them.
 */
final class WaterChecks {
    private WaterChecks() {
    }

    static void checkWaterStream(String path, WaterStream w, List<ValidationError> out) {
        if (w.duration() instanceof WaterDuration.Decay d) {
            checkDecay(at(path, Water.DURATION), d.initialConcentration(), d.limit(), d.halfLifeYears(), out);
        }
        checkWaterStream(path, w.probability(), w.startYear(), w.flow(), w.unitCost(), w.fixedAnnualCost(),
                w.capitalCost(), out);
    }

    static void checkWaterStream(String path, Value probability, Value startYear, Quantity flow, UnitRate unitCost,
                                 Value fixedAnnualCost, Value capitalCost, List<ValidationError> out) {
        inRange(path, Water.PROBABILITY, probability, out);
        checkStartYear(at(path, Water.START_YEAR), startYear, out);
        int before = out.size();
        checkMeasured(path, Water.FLOW, flow, out);
        checkMeasured(path, Water.UNIT_COST, unitCost, out);
        if (flow != null && unitCost != null && out.size() == before) {
            checkProduct(at(at(path, Water.UNIT_COST), Measure.VALUE), "a year's flow", flow, unitCost,
                    WaterStream.volumePerYearConversion(flow, unitCost), out);
        }
        inRange(path, Water.FIXED_ANNUAL_COST, fixedAnnualCost, out);
        inRange(path, Water.CAPITAL_COST, capitalCost, out);
    }

    /** A decay duration at {@code path}: the concentrations and the half-life. */
    static void checkDecay(String path, Quantity initialConcentration, Quantity limit, Value halfLifeYears,
                           List<ValidationError> out) {
        checkMeasured(path, Duration.INITIAL_CONCENTRATION, initialConcentration, out);
        checkMeasured(path, Duration.LIMIT, limit, out);
        inRange(path, Duration.HALF_LIFE_YEARS, halfLifeYears, out);
    }
}
