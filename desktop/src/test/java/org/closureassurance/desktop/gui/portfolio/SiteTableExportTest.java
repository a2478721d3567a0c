package org.closureassurance.desktop.gui.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.closureassurance.simulator.portfolio.PortfolioResults;
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

        assertEquals(results.perSite(), SiteTableFiles.readCsv(file));
    }

    @Test
    void theXlsxReadsBackToTheSameFiguresAsNumbers() throws IOException {
        Path file = dir.resolve("sites.xlsx");
        SiteTableExport.write(results, SiteTableExport.Format.XLSX, file);

        assertEquals(results.perSite(), SiteTableFiles.readXlsx(file));
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
