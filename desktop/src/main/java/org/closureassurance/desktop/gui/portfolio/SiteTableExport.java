package org.closureassurance.desktop.gui.portfolio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.closureassurance.scenarios.AtomicFile;
import org.closureassurance.scenarios.json.NumberText;
import org.closureassurance.simulator.portfolio.PortfolioResults;
import org.closureassurance.simulator.portfolio.SiteResult;

/**
 * The per-site table of a portfolio run as a CSV file (Commons CSV, numbers in their shortest
 * exact text) or an {@code .xlsx} workbook (Apache POI, numbers as numbers), for the finance
 * office's own spreadsheets: one site a row, in the order sums over sites run. An undefined
 * fairness (no expected shortfall) is an empty cell. Written atomically.
 */
public final class SiteTableExport {
    /** The file formats. */
    public enum Format { CSV, XLSX }

    /** The column headings, in order. */
    public static final List<String> HEADINGS = List.of("site", "category", "forfeitureProbability",
            "expectedShortfall", "tailContribution", "contributionPV", "fairness");

    private SiteTableExport() {
    }

    /** Writes the per-site table of {@code results} to {@code file} in {@code format}. */
    public static void write(PortfolioResults results, Format format, Path file) throws IOException {
        byte[] bytes = format == Format.CSV ? csv(results) : xlsx(results);
        AtomicFile.write(file, bytes, false);
    }

    static byte[] csv(PortfolioResults results) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            p.printRecord(HEADINGS);
            for (SiteResult s : results.perSite()) {
                p.printRecord(s.name(), s.category() == null ? "" : s.category(), text(s.forfeitureProbability()),
                        text(s.expectedShortfall()), text(s.tailContribution()), text(s.contributionPV()),
                        text(s.fairness()));
            }
        }
        return out.toByteArray();
    }

    static byte[] xlsx(PortfolioResults results) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("per site");
            Row top = sheet.createRow(0);
            for (int c = 0; c < HEADINGS.size(); c++) {
                top.createCell(c).setCellValue(HEADINGS.get(c));
            }
            int r = 1;
            for (SiteResult s : results.perSite()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(s.name());
                if (s.category() != null) {
                    row.createCell(1).setCellValue(s.category());
                }
                double[] figures = {s.forfeitureProbability(), s.expectedShortfall(), s.tailContribution(),
                        s.contributionPV(), s.fairness()};
                for (int c = 0; c < figures.length; c++) {
                    if (Double.isFinite(figures[c])) {
                        row.createCell(2 + c).setCellValue(figures[c]);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static String text(double x) {
        return Double.isFinite(x) ? NumberText.format(x) : "";
    }
}
