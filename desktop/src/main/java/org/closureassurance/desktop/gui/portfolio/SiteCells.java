package org.closureassurance.desktop.gui.portfolio;

import static org.closureassurance.scenarios.json.NumberText.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.portfolio.SimpleSite;
import org.closureassurance.simulator.value.Constant;
import org.closureassurance.simulator.value.Value;

/**
 * What each column of the sites table shows for a row: a register line's own cells as typed,
 * and for a site kept whole or a scenario site the same figures read from its model (a
 * distribution shown by its kind and mean).
 */
final class SiteCells {
    private SiteCells() {
    }

    /** The text of {@code row} in {@code column}. */
    static String text(SiteRow row, SiteColumn column) {
        if (column == SiteColumn.SOURCE) {
            return source(row);
        }
        if (row instanceof SiteRow.Line l) {
            return l.line().cell(column.registerColumn());
        }
        if (row instanceof SiteRow.Fixed f) {
            SimpleSite s = f.site();
            return switch (column) {
                case NAME -> s.name();
                case CATEGORY -> Objects.requireNonNullElse(s.category(), "");
                case ESTIMATE -> format(s.estimate());
                case CLOSURE_YEAR -> value(s.closureYear());
                default -> shared(column, s.forfeiture(), s.assurance());
            };
        }
        org.closureassurance.simulator.model.Scenario s = ((SiteRow.Scenario) row).scenario().scenario();
        return switch (column) {
            case NAME -> row.name();
            case CATEGORY, ESTIMATE -> "";
            case CLOSURE_YEAR -> value(s.closureYear());
            default -> shared(column, s.forfeiture(), s.assurance());
        };
    }

    private static String shared(SiteColumn column, Forfeiture forfeiture, List<AssuranceInstrument> assurance) {
        return switch (column) {
            case SECURITY -> assurance.isEmpty() ? "" : format(assurance.stream()
                    .mapToDouble(SiteCells::yearZero).sum());
            case SECURITY_TYPE -> assurance.stream().map(a -> a instanceof AssuranceInstrument.Bond b
                    ? b.kind().id() : a.type()).distinct().collect(Collectors.joining(", "));
            case HAZARD_BEFORE -> forfeiture instanceof Forfeiture.AnnualHazard h ? value(h.beforeClosure())
                    : forfeiture.mode();
            case HAZARD_AFTER -> forfeiture instanceof Forfeiture.AnnualHazard h ? value(h.afterClosure())
                    : forfeiture.mode();
            case PROVIDER -> assurance.stream().filter(a -> a instanceof AssuranceInstrument.Bond b
                    && b.provider() != null).map(a -> ((AssuranceInstrument.Bond) a).provider()).distinct()
                    .collect(Collectors.joining(", "));
            default -> "";
        };
    }

    /** The instrument's year-0 amount as expected (a schedule's first step). */
    private static double yearZero(AssuranceInstrument a) {
        if (a instanceof AssuranceInstrument.Bond b) {
            return b.amount() != null ? b.amount().expectedValue()
                    : b.schedule().isEmpty() ? 0 : b.schedule().get(0).amount().expectedValue();
        }
        if (a instanceof AssuranceInstrument.SelfBond s) {
            return s.amount().expectedValue();
        }
        if (a instanceof AssuranceInstrument.ParentGuarantee g) {
            return g.amount().expectedValue();
        }
        return ((AssuranceInstrument.TrustFund) a).initialBalance().expectedValue();
    }

    private static String value(Value v) {
        return v instanceof Constant c ? format(c.value()) : v.kind() + ", mean "
                + new BigDecimal(v.expectedValue()).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private static String source(SiteRow row) {
        if (row instanceof SiteRow.Line l) {
            return l.line().number() > 0 ? "register line " + l.line().number() : "typed in";
        }
        return row instanceof SiteRow.Scenario s ? "scenario " + s.file() : "portfolio file";
    }
}
