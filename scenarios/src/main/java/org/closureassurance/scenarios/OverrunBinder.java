package org.closureassurance.scenarios;

import java.util.List;
import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.simulator.model.Overrun;
import org.closureassurance.simulator.value.Value;

/**
 * Binds {@code overruns[]} for {@link ScenarioBinder}; the categories are checked against the
 * cost items once the whole file has been read ({@link OverrunChecks#checkCategories}).
 */
final class OverrunBinder {
    private final List<ValidationError> errors;

    /** A binder that reports into {@code errors}, the list the whole file reports into. */
    OverrunBinder(List<ValidationError> errors) {
        this.errors = errors;
    }

    Overrun overrun(JsonFields f) {
        f.allow("", OverrunFormat.Overrun.OBJECT, null);
        String name = f.string(Common.NAME);
        String description = f.string(Common.DESCRIPTION);
        Value multiplier = f.value(OverrunFormat.Overrun.MULTIPLIER);
        List<String> appliesTo = f.strings(OverrunFormat.Overrun.APPLIES_TO);
        OverrunChecks.checkMultiplier(f.path(), multiplier, errors);
        return f.complete() ? new Overrun(name, description, multiplier, appliesTo) : null;
    }
}
