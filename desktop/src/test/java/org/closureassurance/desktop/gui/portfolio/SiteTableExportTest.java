package org.closureassurance.desktop.gui.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.closureassurance.simulator.portfolio.PortfolioResults;
import org.closureassurance.simulator.portfolio.SiteResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-site table read back from its CSV and XLSX files gives every site's figures to the last
 * bit: names with commas and quotes, no category, an undefined fairness.
 */
class SiteTableExportTest {
    @TempDir
    Path dir;

    private final PortfolioResults results = ResultsFixture.results(0.18, 1.2e7);

    @Test
    void theCsvReadsBackToTheSameFigures() throws IOException {
        Path file = dir.resolve("sites.csv");
        SiteTableExport.write(results, SiteTableExport.Format.CSV, file);

        assertEquals(results.perSite(), readCsv(file));
    }

    @Test
    void theXlsxReadsBackToTheSameFiguresAsNumbers() throws IOException {
        Path file = dir.resolve("sites.xlsx");
        SiteTableExport.write(results, SiteTableExport.Format.XLSX, file);

        assertEquals(results.perSite(), readXlsx(file));
    }

    /** The sites in a CSV file the export wrote; an empty cell is a missing category or NaN. */
    static List<SiteResult> readCsv(Path file) throws IOException {
        List<SiteResult> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(in, CSVFormat.DEFAULT.builder().setHeader().get())) {
            assertEquals(SiteTableExport.HEADINGS, p.getHeaderNames());
            for (CSVRecord r : p) {
                out.add(new SiteResult(r.get(0), r.get(1).isEmpty() ? null : r.get(1), number(r.get(2)),
                        number(r.get(3)), number(r.get(4)), number(r.get(5)), number(r.get(6))));
            }
        }
        return out;
    }

    private static double number(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    /** The sites in an XLSX file the export wrote. */
    static List<SiteResult> readXlsx(Path file) throws IOException {
        List<SiteResult> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            for (int c = 0; c < SiteTableExport.HEADINGS.size(); c++) {
                assertEquals(SiteTableExport.HEADINGS.get(c), sheet.getRow(0).getCell(c).getStringCellValue());
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Cell category = row.getCell(1);
                out.add(new SiteResult(row.getCell(0).getStringCellValue(),
                        category == null ? null : category.getStringCellValue(), number(row.getCell(2)),
                        number(row.getCell(3)), number(row.getCell(4)), number(row.getCell(5)),
                        number(row.getCell(6))));
            }
        }
        return out;
    }

    private static double number(Cell cell) {
        if (cell == null) {
            return Double.NaN;
        }
        assertEquals(CellType.NUMERIC, cell.getCellType());
        return cell.getNumericCellValue();
    }

    @Test
    void anUndefinedFairnessIsAnEmptyCell() throws IOException {
        Path file = dir.resolve("sites.xlsx");
        SiteTableExport.write(results, SiteTableExport.Format.XLSX, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertNull(book.getSheetAt(0).getRow(3).getCell(6));
        }
        String csv = new String(SiteTableExport.csv(results), StandardCharsets.UTF_8);
        assertEquals("Sand 9,sand,0,0,0,50000,", csv.lines().toList().get(3));
    }
}
