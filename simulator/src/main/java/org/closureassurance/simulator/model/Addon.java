package org.closureassurance.simulator.model;

import java.util.List;
import java.util.Objects;

/**
 * A percentage added to the estimate by brackets of its size, as Nevada's Standardized
 * Reclamation Cost Estimator adds engineering, contingency and agency costs: the percent of
 * the first bracket with {@code E <= upTo}. Brackets ascend and only the last is open-ended.
 */
public record Addon(String name, List<Bracket> brackets) {
    public Addon {
        Objects.requireNonNull(name, "name");
        brackets = List.copyOf(brackets);
        if (brackets.isEmpty()) {
            throw new IllegalArgumentException("add-on " + name + " needs at least one bracket");
        }
        for (int j = 0; j < brackets.size(); j++) {
            Bracket b = brackets.get(j);
            boolean last = j == brackets.size() - 1;
            if ((b.upTo() == null) != last) {
                throw new IllegalArgumentException("add-on " + name + ": only the last bracket is without upTo");
            }
            if (j > 0 && !last && !(b.upTo() > brackets.get(j - 1).upTo())) {
                throw new IllegalArgumentException("add-on " + name + ": brackets must ascend in upTo");
            }
        }
    }

    /** The percent this add-on takes of estimate {@code e}. */
    public double percentFor(double e) {
        for (Bracket b : brackets) {
            if (b.takes(e)) {
                return b.percent();
            }
        }
        throw new IllegalStateException("the last bracket takes every estimate");
    }
}
