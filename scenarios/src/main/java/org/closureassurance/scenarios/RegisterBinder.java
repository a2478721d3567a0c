package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.json.NumberText.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.closureassurance.scenarios.PortfolioFormat.Columns;
import org.closureassurance.simulator.model.AfterForfeiture;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.BondKind;
import org.closureassurance.simulator.model.Driver;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.portfolio.SimpleSite;
import org.closureassurance.simulator.value.LogNormalRange;
import org.closureassurance.simulator.value.Value;

/**
 * Turns the lines of a register file ({@link RegisterTable}) into simple sites, one a line,
 * reporting every problem by file, line and column. Empty cells take the defaults of a simple
 * site; {@code name}, {@code estimate} and {@code closureYear} are required.
 */
final class RegisterBinder {
    private static final Value ZERO = Value.of(0);
    /** The words of {@code assuranceType}: the bond kinds, then the other instrument types. */
    private static final List<String> INSTRUMENTS = instruments();

    private final String file;
    private final RegisterTable table;
    private final Set<String> factors;
    private final Set<String> providers;
    private final List<PortfolioError> errors;

    /**
     * A binder of {@code table}, read from {@code file} (as the portfolio names it), checking
     * factor and provider names against the portfolio's and reporting into {@code errors}.
     */
    RegisterBinder(String file, RegisterTable table, Set<String> factors, Set<String> providers,
                   List<PortfolioError> errors) {
        this.file = file;
        this.table = table;
        this.factors = factors;
        this.providers = providers;
        this.errors = errors;
    }

    private static List<String> instruments() {
        List<String> words = new ArrayList<>(AssuranceFormat.Assurance.KIND.words());
        AssuranceFormat.Assurance.TYPE.words().stream().filter(w -> !w.equals("bond")).forEach(words::add);
        return List.copyOf(words);
    }

    /** Every line's site, in file order; a line with a problem gives null. */
    List<SimpleSite> sites() {
        if (!checkHeader()) {
            return List.of();
        }
        List<SimpleSite> out = new ArrayList<>();
        for (RegisterTable.Line line : table.rows()) {
            out.add(new Cells(line).site());
        }
        return out;
    }

    private boolean checkHeader() {
        int before = errors.size();
        for (int c = 0; c < table.header().size(); c++) {
            String column = table.header().get(c);
            if (!Columns.ALL.contains(column)) {
                errors.add(new PortfolioError(file, (table.spreadsheet() ? "row 1" : "line 1") + ", column "
                        + (c + 1), "unknown column \"" + column + "\" "
                        + Suggestions.hint(column, Columns.ALL)));
            } else if (table.header().indexOf(column) != c) {
                errors.add(new PortfolioError(file, "line 1, column " + (c + 1), "duplicate column \"" + column
                        + "\""));
            }
        }
        for (String required : Columns.REQUIRED) {
            if (!table.header().contains(required)) {
                errors.add(new PortfolioError(file, "line 1", "the required column \"" + required
                        + "\" is missing"));
            }
        }
        return errors.size() == before;
    }

    /** The cells of one line, read by column name, with errors naming the line and column. */
    private final class Cells {
        private final RegisterTable.Line line;
        private boolean complete = true;

        Cells(RegisterTable.Line line) {
            this.line = line;
        }

        SimpleSite site() {
            String name = text(Columns.NAME);
            if (name.isEmpty()) {
                error(Columns.NAME, "a site needs a name");
            } else if (name.contains("/")) {
                error(Columns.NAME, "must not contain \"/\" (was \"" + name + "\")");
            }
            String category = text(Columns.CATEGORY);
            Double estimate = number(Columns.ESTIMATE, true, 0, false);
            Double p10 = number(Columns.MULTIPLIER_P10, false, 0, true);
            Double p90 = number(Columns.MULTIPLIER_P90, false, 0, true);
            Double closureYear = number(Columns.CLOSURE_YEAR, true, Double.NEGATIVE_INFINITY, false);
            Double duration = number(Columns.CLOSURE_DURATION_YEARS, false, 1, false);
            if (duration != null && duration != Math.floor(duration)) {
                error(Columns.CLOSURE_DURATION_YEARS, "must be a whole number (was " + format(duration) + ")");
            }
            Double before = probability(Columns.HAZARD_BEFORE_CLOSURE);
            Double after = probability(Columns.HAZARD_AFTER_CLOSURE);
            Driver driver = driver();
            Value multiplier = multiplier(p10, p90);
            AssuranceInstrument instrument = instrument(name);
            if (!complete) {
                return null;
            }
            return new SimpleSite(name, category.isEmpty() ? null : category, estimate, multiplier,
                    Value.of(closureYear), duration == null ? 1 : duration.intValue(),
                    new Forfeiture.AnnualHazard(Value.of(before == null ? 0 : before),
                            Value.of(after == null ? 0 : after), driver),
                    instrument == null ? List.of() : List.of(instrument), AfterForfeiture.NONE);
        }

        private Value multiplier(Double p10, Double p90) {
            if ((p10 == null) != (p90 == null)) {
                error(p10 == null ? Columns.MULTIPLIER_P10 : Columns.MULTIPLIER_P90,
                        "multiplierP10 and multiplierP90 come together (a log-normal by its percentiles)");
                return null;
            }
            if (p10 == null) {
                return Value.of(1);
            }
            if (p10 > p90) {
                error(Columns.MULTIPLIER_P90, "must be >= multiplierP10 (" + format(p10) + "), was " + format(p90));
                return null;
            }
            return new LogNormalRange(p10, p90);
        }

        /** The hazard's driver from {@code factor} and {@code factorWeight}; null when both are empty or bad. */
        private Driver driver() {
            String factor = text(Columns.FACTOR);
            Double weight = number(Columns.FACTOR_WEIGHT, false, 0, false);
            if (factor.isEmpty() != (weight == null)) {
                error(factor.isEmpty() ? Columns.FACTOR : Columns.FACTOR_WEIGHT,
                        "factor and factorWeight come together");
                return null;
            }
            boolean known = factor.isEmpty() || factors.contains(factor);
            if (!known) {
                error(Columns.FACTOR, PortfolioBinder.unknown(Columns.FACTOR, factor, factors));
            }
            if (weight != null && weight >= 1) {
                error(Columns.FACTOR_WEIGHT, "must lie in [0, 1) (was " + format(weight) + ")");
                return null;
            }
            return factor.isEmpty() || !known ? null : new Driver(factor, weight);
        }

        private AssuranceInstrument instrument(String site) {
            Double amount = number(Columns.ASSURANCE, false, 0, false);
            String type = text(Columns.ASSURANCE_TYPE);
            String provider = text(Columns.PROVIDER);
            if (!type.isEmpty() && !INSTRUMENTS.contains(type)) {
                error(Columns.ASSURANCE_TYPE, "unknown assurance type \"" + type + "\" " + Suggestions.hint(type,
                        INSTRUMENTS));
                return null;
            }
            String kind = type.isEmpty() ? BondKind.SURETY.id() : type;
            boolean bond = AssuranceFormat.Assurance.KIND.words().contains(kind);
            if (!provider.isEmpty() && !bond) {
                error(Columns.PROVIDER, "a provider goes only with a bond, not a " + kind);
            } else if (!provider.isEmpty() && !providers.contains(provider)) {
                error(Columns.PROVIDER, PortfolioBinder.unknown(Columns.PROVIDER, provider, providers));
            }
            if (amount == null) {
                if (!type.isEmpty() || !provider.isEmpty()) {
                    error(Columns.ASSURANCE, "an assurance type or provider needs an assurance amount");
                }
                return null;
            }
            String name = site + " " + kind;
            Value face = Value.of(amount);
            return switch (kind) {
                case "self-bond" -> new AssuranceInstrument.SelfBond(name, null, face);
                case "parent-guarantee" -> new AssuranceInstrument.ParentGuarantee(name, null, face, ZERO);
                case "trust-fund" -> new AssuranceInstrument.TrustFund(name, null, face, ZERO, ZERO, ZERO, false);
                default -> new AssuranceInstrument.Bond(name, null, BondKind.byId(kind), face, null, ZERO, ZERO,
                        provider.isEmpty() ? null : provider, null);
            };
        }

        private Double probability(String column) {
            Double p = number(column, false, 0, false);
            if (p != null && p > 1) {
                error(column, "must lie in [0, 1] (was " + format(p) + ")");
                return null;
            }
            return p;
        }

        /** The trimmed text in {@code column}; empty when the column or the cell is absent. */
        private String text(String column) {
            int c = table.header().indexOf(column);
            return c < 0 || c >= line.cells().size() ? "" : line.cells().get(c);
        }

        /** A finite number {@code >= min} ({@code > min} when {@code open}); null when empty or bad. */
        private Double number(String column, boolean required, double min, boolean open) {
            String s = text(column);
            if (s.isEmpty()) {
                if (required) {
                    error(column, "required, but the cell is empty");
                }
                return null;
            }
            double d;
            try {
                d = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                error(column, "must be a number, was \"" + s + "\"");
                return null;
            }
            if (!Double.isFinite(d)) {
                error(column, "must be a finite number, was \"" + s + "\"");
                return null;
            }
            if (open ? !(d > min) : d < min) {
                error(column, "must be " + (open ? "> " : ">= ") + format(min) + " (was " + s + ")");
                return null;
            }
            return d;
        }

        private void error(String column, String message) {
            errors.add(new PortfolioError(file, table.where(line, Math.max(0, table.header().indexOf(column))),
                    message));
            complete = false;
        }
    }
}
