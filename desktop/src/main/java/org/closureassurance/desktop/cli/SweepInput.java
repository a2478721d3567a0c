package org.closureassurance.desktop.cli;

import java.util.List;
import java.util.Optional;
import org.closureassurance.scenarios.InputValueChecks;
import org.closureassurance.scenarios.ValidationError;
import org.closureassurance.simulator.model.InputKey;
import org.closureassurance.simulator.model.InputPaths;
import org.closureassurance.simulator.model.SampledInput;
import org.closureassurance.simulator.model.Scenario;

/**
 * An input a sweep or break-even search holds, named on the command line by its path, and
 * the checks of the values it is given: the path must name an input of this scenario, and
 * each value must be one the scenario file could hold there (checked as a file is, so the
 * message names the field).
 */
record SweepInput(String option, InputKey key) {

    /**
     * The input {@code path} of {@code scenario}, given with {@code option}.
     *
     * @throws IllegalArgumentException naming the option and path, with the scenario's inputs, when it has no such input
     */
    static SweepInput of(String option, String path, Scenario scenario) {
        List<String> known = InputPaths.all(scenario).stream().map(SampledInput::path).toList();
        Optional<InputKey> key = InputKey.parse(path);
        if (key.isEmpty() || !known.contains(key.get().path())) {
            throw new IllegalArgumentException(option + " " + path + ": the scenario has no such input; its inputs are "
                    + String.join(", ", known));
        }
        return new SweepInput(option, key.get());
    }

    /**
     * Checks {@code value}, given with {@code valueOption}.
     *
     * @throws IllegalArgumentException naming the option, the value, the input and the field's problem
     */
    void check(Scenario scenario, String valueOption, double value) {
        List<ValidationError> errors = InputValueChecks.check(scenario, key, value);
        if (!errors.isEmpty()) {
            ValidationError e = errors.get(0);
            throw new IllegalArgumentException(valueOption + " " + SweepValues.text(value) + " is not a valid value of "
                    + key.path() + ": " + e.path() + ": " + e.message());
        }
    }
}
