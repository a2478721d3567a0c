package org.closureassurance.charts;

import java.util.List;
import java.util.Objects;

/**
 * The figures a chart draws, as a table a reader can quote: a caption, column headers and
 * rows of text formatted as the report writes them ({@code USD 20.1 M}, {@code 18 %}). The
 * report prints it under its chart and the desktop app shows it beside the chart.
 */
public record ChartTable(String caption, List<String> headers, List<List<String>> rows) {
    public ChartTable {
        Objects.requireNonNull(caption, "caption");
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells, header " + headers.size());
            }
        }
    }

    /** The cell in {@code row} under {@code header}. */
    public String cell(int row, String header) {
        int column = headers.indexOf(header);
        if (column < 0) {
            throw new IllegalArgumentException("no column " + header + " in " + headers);
        }
        return rows.get(row).get(column);
    }
}
