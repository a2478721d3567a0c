package org.closureassurance.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.closureassurance.scenarios.json.NumberText;

/**
 * A register file as a table of text cells: a header row naming the columns, then one site a
 * row, each row knowing the line (CSV) or row (spreadsheet) it came from so that a problem can
 * be named by line and column. CSV is read with Commons CSV, {@code .xlsx} (its first sheet)
 * with Apache POI; blank rows are skipped.
 *
 * @param header the column names, trimmed
 * @param rows the data rows in file order
 * @param spreadsheet whether the file was a spreadsheet (rows and column letters) rather than CSV
 */
record RegisterTable(List<String> header, List<Line> rows, boolean spreadsheet) {
    RegisterTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * One data row.
     *
     * @param number the line of the CSV file or the row of the sheet, from 1
     * @param cells the cells' text, trimmed, empty for an empty cell; as many as the header
     */
    record Line(long number, List<String> cells) {
        Line {
            cells = List.copyOf(cells);
        }
    }

    /** Reads {@code file}: {@code .xlsx} by its extension, CSV otherwise. */
    static RegisterTable read(Path file) throws IOException {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? xlsx(file) : csv(file);
    }

    /** How a problem names the cell of {@code line} in {@code column} (an index into the header). */
    String where(Line line, int column) {
        String name = column < header.size() ? header.get(column) : "";
        return spreadsheet
                ? "row " + line.number() + ", column " + CellReference.convertNumToColString(column) + " (" + name + ")"
                : "line " + line.number() + ", column " + (column + 1) + " (" + name + ")";
    }

    /** How a problem names {@code line} as a whole. */
    String where(Line line) {
        return (spreadsheet ? "row " : "line ") + line.number();
    }

    private static RegisterTable csv(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            List<String> header = null;
            List<Line> rows = new ArrayList<>();
            long line = parser.getCurrentLineNumber() + 1;
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.toList());
                if (header == null) {
                    header = stripBom(cells);
                } else if (!cells.stream().allMatch(String::isEmpty)) {
                    rows.add(new Line(line, cells));
                }
                line = parser.getCurrentLineNumber() + 1;
            }
            return new RegisterTable(header == null ? List.of() : header, rows, false);
        }
    }

    private static List<String> stripBom(List<String> header) {
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1).trim());
        }
        return header;
    }

    private static RegisterTable xlsx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); Workbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter text = new DataFormatter(Locale.ROOT);
            List<String> header = null;
            List<Line> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(cellText(row.getCell(c), text));
                }
                if (header == null) {
                    header = cells;
                } else if (!cells.stream().allMatch(String::isEmpty)) {
                    rows.add(new Line(row.getRowNum() + 1L, cells));
                }
            }
            return new RegisterTable(header == null ? List.of() : header, rows, true);
        }
    }

    /** A numeric cell as the shortest text that reads back as its exact double ({@code -3}); other cells as shown. */
    private static String cellText(Cell cell, DataFormatter text) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.NUMERIC ? NumberText.format(cell.getNumericCellValue())
                : text.formatCellValue(cell).trim();
    }
}
