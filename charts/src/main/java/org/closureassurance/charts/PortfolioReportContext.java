package org.closureassurance.charts;

import java.util.List;

/**
 * What the portfolio report states about its own making: every file the run read with its
 * SHA-256 (the portfolio file first), the command that ran it (null when run from the desktop
 * app), the version of the tool writing the report, and when (a caller-formatted timestamp, so
 * that the report reads no clock and the same inputs give the same page).
 */
public record PortfolioReportContext(List<SourceFile> files, String command, String toolVersion,
                                     String generatedAt) {
    public PortfolioReportContext {
        files = List.copyOf(files);
    }
}
