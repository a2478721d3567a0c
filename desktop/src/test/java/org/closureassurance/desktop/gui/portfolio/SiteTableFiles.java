package org.closureassurance.desktop.gui.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.closureassurance.simulator.portfolio.SiteResult;

/** Reads the per-site table back from the files {@link SiteTableExport} wrote, independently of it. */
public final class SiteTableFiles {
    private SiteTableFiles() {
    }

    /** The sites in a CSV file the export wrote; an empty cell is a missing category or NaN. */
    public static List<SiteResult> readCsv(Path file) throws IOException {
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
    public static List<SiteResult> readXlsx(Path file) throws IOException {
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

}
