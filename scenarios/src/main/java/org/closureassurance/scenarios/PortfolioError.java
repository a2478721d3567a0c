package org.closureassurance.scenarios;

import java.util.Objects;

/**
 * One problem with a portfolio: the file it is in (the portfolio file, a scenario file it
 * names, its register), where in that file (a JSON path, or a register's line and column) and
 * what was expected and found.
 *
 * @param file the file as the portfolio names it (the portfolio file by its own name)
 * @param where a JSON path or {@code line 3, column 4 (estimate)}
 * @param message what was expected and found
 */
public record PortfolioError(String file, String where, String message) {
    public PortfolioError {
        file = ValidationError.printable(Objects.requireNonNull(file, "file"));
        where = ValidationError.printable(Objects.requireNonNull(where, "where"));
        message = ValidationError.printable(Objects.requireNonNull(message, "message"));
    }

    /** A problem found in the JSON of {@code file}. */
    static PortfolioError of(String file, ValidationError e) {
        return new PortfolioError(file, e.path(), e.message());
    }

    /** {@code file: where: message}, the form shown to users. */
    @Override
    public String toString() {
        return file + ": " + where + ": " + message;
    }
}
