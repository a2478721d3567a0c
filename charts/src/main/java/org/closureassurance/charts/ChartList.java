package org.closureassurance.charts;

import java.util.List;
import java.util.Optional;

/**
 * Named charts in reading order, as a run's chart set and a portfolio's charts both are: what
 * {@link ChartExport#writeAll(List, java.nio.file.Path, int, int, double)} writes and a report
 * embeds, looked up by name.
 */
public interface ChartList {

    /** The charts, in reading order. */
    List<NamedChart> charts();

    /** The chart names, in reading order. */
    default List<String> names() {
        return charts().stream().map(NamedChart::name).toList();
    }

    /** The chart called {@code name}, if there is one. */
    default Optional<NamedChart> get(String name) {
        return charts().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** How many charts there are. */
    default int size() {
        return charts().size();
    }
}
