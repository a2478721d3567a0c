package org.closureassurance.scenarios;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.closureassurance.simulator.portfolio.Portfolio;

/**
 * What reading a portfolio file gave: a validated {@link Portfolio} with every file it names,
 * or every problem found in any of them (never both, never an empty list of problems).
 */
public sealed interface PortfolioLoad permits PortfolioLoad.Loaded, PortfolioLoad.Invalid {

    /** The problems found; empty for a valid portfolio. */
    List<PortfolioError> errors();

    /** The problems one per line ({@code file: where: message}), empty for a valid portfolio. */
    default String errorReport() {
        return errors().stream().map(PortfolioError::toString).collect(Collectors.joining("\n"));
    }

    /**
     * A portfolio whose every file passed every check, with the files it was read from (the
     * portfolio file first; none when it was not read from files).
     */
    record Loaded(Portfolio portfolio, List<PortfolioInput> inputs) implements PortfolioLoad {
        public Loaded {
            Objects.requireNonNull(portfolio, "portfolio");
            inputs = List.copyOf(inputs);
        }

        /** A portfolio not read from files. */
        public Loaded(Portfolio portfolio) {
            this(portfolio, List.of());
        }

        @Override public List<PortfolioError> errors() { return List.of(); }
    }

    /** A portfolio with at least one problem in one of its files. */
    record Invalid(List<PortfolioError> errors) implements PortfolioLoad {
        public Invalid {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("an invalid portfolio needs at least one error");
            }
        }
    }
}
