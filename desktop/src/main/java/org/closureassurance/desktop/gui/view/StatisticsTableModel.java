package org.closureassurance.desktop.gui.view;

import java.util.List;
import java.util.Locale;
import javax.swing.table.AbstractTableModel;
import org.closureassurance.charts.MoneyFormat;
import org.closureassurance.desktop.gui.results.Figures;
import org.closureassurance.desktop.gui.results.StatisticsRows;
import org.closureassurance.simulator.results.SimulationResults;

/** The Statistics tab's table: one row per reported distribution, money in short form. */
final class StatisticsTableModel extends AbstractTableModel {
    private static final long serialVersionUID = 1L;
    private static final int FIXED = 3;

    private transient List<StatisticsRows.Row> rows = List.of();
    private String currency = "USD";

    void show(SimulationResults r, String cur) {
        rows = StatisticsRows.of(r);
        currency = cur;
        fireTableDataChanged();
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return FIXED + StatisticsRows.COLUMNS.size();
    }

    @Override
    public String getColumnName(int c) {
        return switch (c) {
            case 0 -> "Group";
            case 1 -> "Figure";
            case 2 -> "Unit";
            default -> StatisticsRows.COLUMNS.get(c - FIXED).header();
        };
    }

    @Override
    public Object getValueAt(int r, int c) {
        StatisticsRows.Row row = rows.get(r);
        return switch (c) {
            case 0 -> row.group();
            case 1 -> row.figure();
            case 2 -> row.unitIn(currency);
            default -> {
                double x = StatisticsRows.COLUMNS.get(c - FIXED).value().applyAsDouble(row.stats());
                if (c == FIXED) {
                    yield String.format(Locale.ROOT, "%,d", (long) x);
                }
                yield Double.isNaN(x) ? Figures.UNDEFINED : row.isMoney() ? MoneyFormat.compact(x)
                        : String.format(Locale.ROOT, "%,.1f", x);
            }
        };
    }
}
