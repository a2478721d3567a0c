package org.closureassurance.simulator.sweep;

import java.util.List;

/**
 * A two-input sweep: {@code rows.get(i).get(j)} is the run with {@code input} at
 * {@code values[i]} and {@code input2} at {@code values2[j]}; each point's {@code value} is
 * the second input's.
 */
public record SweepGrid(String input, String input2, List<Double> values, List<Double> values2,
                        List<List<SweepPoint>> rows) {
    public SweepGrid {
        values = List.copyOf(values);
        values2 = List.copyOf(values2);
        rows = rows.stream().map(List::copyOf).toList();
        int columns = values2.size();
        if (rows.size() != values.size() || rows.stream().anyMatch(r -> r.size() != columns)) {
            throw new IllegalArgumentException("the grid must have one row per value and one point per value2");
        }
    }
}
