package org.closureassurance.charts;

/**
 * What the report states about its own making, for reproducibility: the SHA-256 of the
 * scenario file as run (hex; null when the scenario was never saved), the version of the tool
 * that writes the report, and when it was generated (a caller-formatted timestamp, so that the
 * report itself reads no clock and the same inputs give the same page).
 */
public record ReportContext(String scenarioSha256, String toolVersion, String generatedAt) {
    public ReportContext {
        if (scenarioSha256 != null && !scenarioSha256.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException("scenarioSha256 must be 64 hex digits, was " + scenarioSha256);
        }
    }
}
