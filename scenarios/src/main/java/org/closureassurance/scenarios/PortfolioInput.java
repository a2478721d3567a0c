package org.closureassurance.scenarios;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One file a portfolio was read from, so that a report can name every input of a run and the
 * SHA-256 of the bytes read, and a reader can check they hold the same files.
 *
 * @param role {@code portfolio}, {@code scenario} or {@code register}
 * @param path the portfolio file as given, the others as the portfolio names them
 * @param sha256 the SHA-256 of the file's bytes, 64 lower-case hex digits
 */
public record PortfolioInput(String role, String path, String sha256) {
    /** The role of the portfolio file itself. */
    public static final String PORTFOLIO = "portfolio";
    /** The role of a scenario site's file, named by the field that names it. */
    public static final String SCENARIO = PortfolioFormat.ScenarioSite.SCENARIO.name();
    /** The role of the register file, named by the field that names it. */
    public static final String REGISTER = PortfolioFormat.Top.REGISTER.name();

    public PortfolioInput {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The input {@code path} of {@code role} whose bytes are {@code bytes}. */
    static PortfolioInput of(String role, String path, byte[] bytes) {
        try {
            return new PortfolioInput(role, path, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
