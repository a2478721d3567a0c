package org.closureassurance.scenarios;

import java.util.List;
import org.closureassurance.simulator.model.Driver;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.value.Value;

/**
 * Binds a {@code forfeiture} object, any of its modes with an annual hazard's optional
 * {@code driver}: a scenario's, and a portfolio's simple site's, which has the same fields.
 */
final class ForfeitureBinder {
    private final List<ValidationError> errors;
    private final EconomyBinder economy;

    /** A binder reporting into {@code errors} that reads drivers with {@code economy}. */
    ForfeitureBinder(List<ValidationError> errors, EconomyBinder economy) {
        this.errors = errors;
        this.economy = economy;
    }

    /** The forfeiture in {@code f}, or null when some part of it is unreadable (reported). */
    Forfeiture forfeiture(JsonFields f) {
        String mode = f.choice(ScenarioFormat.Forfeiture.MODE, "forfeiture mode");
        if (mode == null) {
            return null;
        }
        f.allow(" for mode \"" + mode + "\"", ScenarioFormat.Forfeiture.OBJECT, mode);
        return switch (mode) {
            case "at-closure" -> new Forfeiture.AtClosure();
            case "year" -> {
                Value year = f.value(ScenarioFormat.Forfeiture.YEAR);
                yield year == null ? null : new Forfeiture.InYear(year);
            }
            case "annual-hazard" -> {
                Value before = f.value(ScenarioFormat.Forfeiture.BEFORE_CLOSURE);
                Value after = f.value(ScenarioFormat.Forfeiture.AFTER_CLOSURE);
                Driver driver = economy.driver(f, ScenarioFormat.Forfeiture.DRIVER);
                ScenarioValidator.checkHazard(before, after, errors);
                yield f.complete() ? new Forfeiture.AnnualHazard(before, after, driver) : null;
            }
            default -> throw new IllegalStateException("forfeiture mode " + mode + " has no reading");
        };
    }
}
