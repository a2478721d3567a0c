package org.closureassurance.scenarios;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.closureassurance.scenarios.PortfolioFormat.Columns;
import org.closureassurance.simulator.portfolio.SimpleSite;

/**
 * A register file's lines one at a time, as the desktop imports and edits them: the file's
 * header, its lines with their columns renamed onto the register's columns (a spreadsheet seldom
 * uses the format's names), and each line checked on its own into a simple site or into the
 * problems of its cells, in the words a portfolio's register is checked with.
 */
public final class RegisterLines {
    /** The key of a problem that belongs to the line rather than to one of its cells. */
    public static final String WHOLE_LINE = "";
    /** How the binder's messages name the file; unused, since a line's problems are keyed by column. */
    private static final String LABEL = "the line";

    private RegisterLines() {
    }

    /**
     * One line of a register.
     *
     * @param number the line of the CSV file or the row of the sheet, from 1 (0 for a line typed in)
     * @param cells the text of every register column ({@link Columns#ALL}, in that order), trimmed,
     *     empty when the file has no such cell
     */
    public record Line(long number, Map<String, String> cells) {
        public Line {
            Map<String, String> all = new LinkedHashMap<>();
            for (String column : Columns.ALL) {
                all.put(column, Objects.requireNonNullElse(cells.get(column), "").trim());
            }
            cells = java.util.Collections.unmodifiableMap(all);
        }

        /** The text in register column {@code column}. */
        public String cell(String column) {
            return cells.getOrDefault(column, "");
        }

        /** This line with {@code text} in {@code column}. */
        public Line with(String column, String text) {
            Map<String, String> changed = new LinkedHashMap<>(cells);
            changed.put(column, text);
            return new Line(number, changed);
        }
    }

    /**
     * What checking one line found: its site, or the problems of its cells.
     *
     * @param site the simple site; null when there are problems
     * @param problems the message for each register column with a problem ({@link #WHOLE_LINE}
     *     for the line as a whole); empty when the site is valid
     */
    public record Check(SimpleSite site, Map<String, String> problems) {
        public Check {
            problems = Map.copyOf(problems);
            if ((site == null) == problems.isEmpty()) {
                throw new IllegalArgumentException("a line is either a site or has problems");
            }
        }
    }

    /** The header of the register {@code file} (CSV, or {@code .xlsx} by its extension): the column names, trimmed. */
    public static List<String> header(Path file) throws IOException {
        return RegisterTable.read(file).header();
    }

    /**
     * The lines of {@code file}, each file column named in {@code columnOf} (file header to
     * register column) put in that register column; other file columns are left out.
     */
    public static List<Line> read(Path file, Map<String, String> columnOf) throws IOException {
        RegisterTable table = RegisterTable.read(file);
        List<Line> out = new ArrayList<>();
        for (RegisterTable.Line row : table.rows()) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < table.header().size() && c < row.cells().size(); c++) {
                String column = columnOf.get(table.header().get(c));
                if (column != null && Columns.ALL.contains(column)) {
                    cells.put(column, row.cells().get(c));
                }
            }
            out.add(new Line(row.number(), cells));
        }
        return out;
    }

    /**
     * Checks {@code line} as a portfolio's register line, its factor and provider names against
     * the portfolio's {@code factors} and {@code providers}.
     */
    public static Check check(Line line, Set<String> factors, Set<String> providers) {
        List<String> cells = new ArrayList<>(line.cells().values());
        RegisterTable.Line row = new RegisterTable.Line(Math.max(1, line.number()), cells);
        RegisterTable table = new RegisterTable(Columns.ALL, List.of(row), false);
        List<PortfolioError> errors = new ArrayList<>();
        List<SimpleSite> sites = new RegisterBinder(LABEL, table, factors, providers, errors).sites();
        Map<String, String> problems = new LinkedHashMap<>();
        for (PortfolioError e : errors) {
            problems.merge(columnOf(table, row, e), e.message(), (a, b) -> a + "; " + b);
        }
        return problems.isEmpty() ? new Check(sites.get(0), Map.of()) : new Check(null, problems);
    }

    private static String columnOf(RegisterTable table, RegisterTable.Line row, PortfolioError e) {
        for (int c = 0; c < Columns.ALL.size(); c++) {
            if (table.where(row, c).equals(e.where())) {
                return Columns.ALL.get(c);
            }
        }
        return WHOLE_LINE;
    }
}
