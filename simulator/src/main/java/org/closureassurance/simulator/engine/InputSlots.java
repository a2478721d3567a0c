package org.closureassurance.simulator.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.closureassurance.simulator.model.InputField;
import org.closureassurance.simulator.model.InputKey;
import org.closureassurance.simulator.model.SampledInput;

/**
 * Each input's slot in the per-iteration vector, found by its typed {@link InputKey}: the
 * position of the input in {@link org.closureassurance.simulator.model.InputPaths#all}. Asking
 * for an input the scenario does not have fails at once, naming its path.
 */
final class InputSlots {
    private final Map<InputKey, Integer> slots = new HashMap<>();

    InputSlots(List<SampledInput> all) {
        for (int i = 0; i < all.size(); i++) {
            slots.put(all.get(i).key(), i);
        }
    }

    /** The slot of a field outside lists. */
    int of(InputField field) {
        return of(InputKey.of(field));
    }

    /** The slot of a field of the list element named {@code owner}. */
    int of(InputField field, String owner) {
        return of(InputKey.of(field, owner));
    }

    /** The slot of {@code key}; an input the scenario does not have is a bug of the plan. */
    int of(InputKey key) {
        Integer slot = slots.get(key);
        if (slot == null) {
            throw new IllegalStateException("the scenario has no input " + key.path());
        }
        return slot;
    }
}
