package org.closureassurance.scenarios;

import java.util.List;
import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.scenarios.WaterFormat.Duration;
import org.closureassurance.scenarios.WaterFormat.Water;
import org.closureassurance.simulator.model.Quantity;
import org.closureassurance.simulator.model.UnitRate;
import org.closureassurance.simulator.model.WaterDuration;
import org.closureassurance.simulator.model.WaterStream;
import org.closureassurance.simulator.value.Value;

/**
 * Binds {@code waterTreatment[]} streams and their durations for {@link ScenarioBinder},
 * checking each with {@link WaterChecks} as soon as it is read, and noting whether any stream
 * is perpetual (the discount rate must then be above 0).
 */
final class WaterBinder {
    private final List<ValidationError> errors;
    private boolean perpetual;

    /** A binder that reports into {@code errors}, the list the whole file reports into. */
    WaterBinder(List<ValidationError> errors) {
        this.errors = errors;
    }

    /** Whether a stream bound so far lasts forever. */
    boolean perpetual() {
        return perpetual;
    }

    WaterStream waterStream(JsonFields f) {
        f.allow("", Water.OBJECT, null);
        String name = f.string(Common.NAME);
        String description = f.string(Common.DESCRIPTION);
        Value probability = f.value(Water.PROBABILITY);
        Value startYear = f.value(Water.START_YEAR);
        if (f.has(Water.FLOW) && !f.has(Water.UNIT_COST)) {
            f.error(Water.UNIT_COST, "required when flow is given");
        } else if (f.has(Water.UNIT_COST) && !f.has(Water.FLOW)) {
            f.error(Water.FLOW, "required when unitCost is given");
        }
        Quantity flow = f.quantity(Water.FLOW);
        UnitRate unitCost = f.rate(Water.UNIT_COST);
        Value fixed = f.value(Water.FIXED_ANNUAL_COST);
        Value capital = f.value(Water.CAPITAL_COST);
        Integer replacement = f.has(Water.REPLACEMENT_EVERY_YEARS) ? f.integer(Water.REPLACEMENT_EVERY_YEARS) : null;
        JsonFields d = f.object(Water.DURATION);
        WaterDuration duration = d == null ? null : duration(d);
        WaterChecks.checkWaterStream(f.path(), probability, startYear, flow, unitCost, fixed, capital, errors);
        if (duration == null || !f.complete()) {
            f.fail();
            return null;
        }
        return new WaterStream(name, description, probability, startYear, flow, unitCost, fixed, capital,
                replacement, duration);
    }

    private WaterDuration duration(JsonFields f) {
        String type = f.choice(Duration.TYPE, "duration type");
        if (type == null) {
            return null;
        }
        f.allow(" for duration type \"" + type + "\"", Duration.OBJECT, type);
        switch (type) {
            case "years" -> {
                Value years = f.value(Duration.YEARS);
                return years == null ? null : new WaterDuration.Years(years);
            }
            case "decay" -> {
                Quantity c0 = f.quantity(Duration.INITIAL_CONCENTRATION);
                Quantity limit = f.quantity(Duration.LIMIT);
                Value halfLife = f.value(Duration.HALF_LIFE_YEARS);
                WaterChecks.checkDecay(f.path(), c0, limit, halfLife, errors);
                return f.complete() ? new WaterDuration.Decay(c0, limit, halfLife) : null;
            }
            default -> {
                perpetual = true;
                return new WaterDuration.Perpetual();
            }
        }
    }
}
