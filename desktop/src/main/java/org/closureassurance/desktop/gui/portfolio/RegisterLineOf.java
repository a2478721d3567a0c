package org.closureassurance.desktop.gui.portfolio;

import static org.closureassurance.scenarios.json.NumberText.format;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.closureassurance.scenarios.PortfolioFormat.Columns;
import org.closureassurance.scenarios.RegisterLines;
import org.closureassurance.simulator.model.AssuranceInstrument;
import org.closureassurance.simulator.model.Forfeiture;
import org.closureassurance.simulator.portfolio.SimpleSite;
import org.closureassurance.simulator.value.Constant;
import org.closureassurance.simulator.value.LogNormalRange;
import org.closureassurance.simulator.value.Value;

/**
 * A simple site as a register line, when a register line can say all of it: the site is
 * written into cells, the cells are checked as a register line, and the line is kept only when
 * it gives back the very same site. So a site opened from a portfolio file can be edited in the
 * table without losing anything a register line cannot hold.
 */
final class RegisterLineOf {
    private RegisterLineOf() {
    }

    /** {@code site} as a register line that reads back as exactly {@code site}, if there is one. */
    static Optional<SiteRow.Line> of(SimpleSite site, Set<String> factors, Set<String> providers) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put(Columns.NAME, site.name());
        cells.put(Columns.CATEGORY, site.category() == null ? "" : site.category());
        cells.put(Columns.ESTIMATE, format(site.estimate()));
        if (site.multiplier() instanceof LogNormalRange r) {
            cells.put(Columns.MULTIPLIER_P10, format(r.p10()));
            cells.put(Columns.MULTIPLIER_P90, format(r.p90()));
        }
        cells.put(Columns.CLOSURE_YEAR, number(site.closureYear()));
        cells.put(Columns.CLOSURE_DURATION_YEARS, Integer.toString(site.closureDurationYears()));
        if (site.forfeiture() instanceof Forfeiture.AnnualHazard h) {
            cells.put(Columns.HAZARD_BEFORE_CLOSURE, number(h.beforeClosure()));
            cells.put(Columns.HAZARD_AFTER_CLOSURE, number(h.afterClosure()));
            if (h.driver() != null) {
                cells.put(Columns.FACTOR, h.driver().factor());
                cells.put(Columns.FACTOR_WEIGHT, format(h.driver().weight()));
            }
        }
        if (site.assurance().size() == 1) {
            instrument(site.assurance().get(0), cells);
        }
        RegisterLines.Line line = new RegisterLines.Line(0, cells);
        RegisterLines.Check check = RegisterLines.check(line, factors, providers);
        return site.equals(check.site()) ? Optional.of(new SiteRow.Line(line, check)) : Optional.empty();
    }

    private static void instrument(AssuranceInstrument a, Map<String, String> cells) {
        Value amount = a instanceof AssuranceInstrument.TrustFund t ? t.initialBalance()
                : a instanceof AssuranceInstrument.Bond b ? b.amount()
                : a instanceof AssuranceInstrument.SelfBond s ? s.amount()
                : ((AssuranceInstrument.ParentGuarantee) a).amount();
        cells.put(Columns.ASSURANCE, amount == null ? "" : number(amount));
        if (a instanceof AssuranceInstrument.Bond b) {
            cells.put(Columns.ASSURANCE_TYPE, b.kind().id());
            cells.put(Columns.PROVIDER, b.provider() == null ? "" : b.provider());
        } else {
            cells.put(Columns.ASSURANCE_TYPE, a.type());
        }
    }

    /** A plain number's text; a distribution gives text no register line accepts, so the site stays whole. */
    private static String number(Value v) {
        return v instanceof Constant c ? format(c.value()) : "(" + v.kind() + ")";
    }
}
