package org.closureassurance.simulator.sweep;

import java.util.List;

/** A one-input portfolio sweep: the input's path and one point per value, in the order the values were given. */
public record PortfolioSweep(String input, List<PortfolioSweepPoint> points) {
    public PortfolioSweep {
        points = List.copyOf(points);
    }
}
