package org.closureassurance.desktop.gui.portfolio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.closureassurance.scenarios.PortfolioFormat.Columns;

/**
 * Which column of a register file holds which register column ({@code name}, {@code estimate},
 * …): a spreadsheet kept by a finance office seldom uses the format's names, so the user maps its
 * headers once. A header mapped to nothing is left out of the import.
 *
 * @param header the file's headers, in file order
 * @param columnOf the register column of each mapped header
 */
public record ColumnMapping(List<String> header, Map<String, String> columnOf) {
    public ColumnMapping {
        header = List.copyOf(header);
        Map<String, String> kept = new LinkedHashMap<>();
        for (String h : header) {
            String column = columnOf.get(h);
            if (column != null && Columns.ALL.contains(column)) {
                kept.put(h, column);
            }
        }
        columnOf = java.util.Collections.unmodifiableMap(kept);
    }

    /**
     * The mapping a reader would guess: each header that is a register column's name, ignoring
     * case, spaces and punctuation ({@code Closure year} is {@code closureYear}).
     */
    public static ColumnMapping guess(List<String> header) {
        Map<String, String> byKey = new HashMap<>();
        Columns.ALL.forEach(c -> byKey.put(key(c), c));
        Map<String, String> out = new LinkedHashMap<>();
        for (String h : header) {
            String column = byKey.get(key(h));
            if (column != null && !out.containsValue(column)) {
                out.put(h, column);
            }
        }
        return new ColumnMapping(header, out);
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** This mapping with {@code header} mapped to {@code column} (null: to nothing). */
    public ColumnMapping with(String header, String column) {
        Map<String, String> changed = new LinkedHashMap<>(columnOf);
        if (column == null) {
            changed.remove(header);
        } else {
            changed.put(header, column);
        }
        return new ColumnMapping(this.header, changed);
    }

    /** The register column {@code header} is mapped to, or null. */
    public String columnOf(String header) {
        return columnOf.get(header);
    }

    /** What stops the import: a required column nobody maps, a column two headers map. Empty when none. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        for (String required : Columns.REQUIRED) {
            if (!columnOf.containsValue(required)) {
                out.add("no column is mapped to \"" + required + "\", which every site needs");
            }
        }
        Map<String, String> first = new HashMap<>();
        for (Map.Entry<String, String> e : columnOf.entrySet()) {
            String earlier = first.putIfAbsent(e.getValue(), e.getKey());
            if (earlier != null) {
                out.add("\"" + earlier + "\" and \"" + e.getKey() + "\" are both mapped to \"" + e.getValue() + "\"");
            }
        }
        return out;
    }

    /** Whether every header is a register column's own name, so there is nothing to ask. */
    public boolean isIdentity() {
        return columnOf.size() == header.size() && columnOf.entrySet().stream()
                .allMatch(e -> e.getKey().equals(e.getValue()));
    }
}
