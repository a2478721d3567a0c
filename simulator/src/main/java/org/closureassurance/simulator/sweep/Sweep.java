package org.closureassurance.simulator.sweep;

import java.util.List;

/** A one-input sweep: the input's path and one point per value, in the order the values were given. */
public record Sweep(String input, List<SweepPoint> points) {
    public Sweep {
        points = List.copyOf(points);
    }
}
