package org.closureassurance.charts;

import java.util.Objects;

/**
 * One file a run read, as a report states it for reproducibility: what it was ({@code portfolio},
 * {@code register}, {@code scenario}), its path as the user gave it or relative to the portfolio
 * file, and the SHA-256 of its bytes (hex), so that a reader can check they hold the same file.
 */
public record SourceFile(String role, String path, String sha256) {
    public SourceFile {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(path, "path");
        if (sha256 == null || !sha256.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException("sha256 of " + path + " must be 64 hex digits, was " + sha256);
        }
    }
}
