package org.closureassurance.desktop.gui.results;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.closureassurance.simulator.results.DomainResult;
import org.closureassurance.simulator.results.InstrumentResult;
import org.closureassurance.simulator.results.RequirementResult;
import org.closureassurance.simulator.results.SimulationResults;
import org.closureassurance.simulator.results.Stats;
import org.closureassurance.simulator.results.WaterStreamResult;

/**
 * Every distribution a run reports (docs/model.md), one row each, for the Statistics tab
 * and its CSV export: the headline figures over forfeiting iterations, the cost of the closure
 * package, each water stream, rehabilitation domain and assurance instrument, and what each
 * regulatory rule requires.
 */
public final class StatisticsRows {
    /** What {@link Row#unit} is for an amount of money, whose unit is the scenario's currency. */
    static final String MONEY = "money";

    /** One figure's summary. {@code unit} is {@value #MONEY}, "year" or "years". */
    public record Row(String group, String figure, String unit, Stats stats) {
        /** Whether the figure is an amount of money. */
        public boolean isMoney() {
            return unit.equals(MONEY);
        }

        /** The unit as a reader sees it: {@code currency} (USD) for money, else "year" or "years". */
        public String unitIn(String currency) {
            return isMoney() ? currency : unit;
        }
    }

    /** A column of the table: header and how to read it from a row's stats. */
    public record Column(String header, ToDoubleFunction<Stats> value) {
    }

    /** The columns after Group, Figure and Unit. */
    public static final List<Column> COLUMNS = List.of(
            new Column("Count", s -> s.count()), new Column("Mean", Stats::mean), new Column("SD", Stats::sd),
            new Column("SE", Stats::standardError), new Column("Min", Stats::min), new Column("P5", Stats::p5),
            new Column("P10", Stats::p10), new Column("P50", Stats::p50), new Column("P80", Stats::p80),
            new Column("P90", Stats::p90), new Column("P95", Stats::p95), new Column("P99", Stats::p99),
            new Column("Max", Stats::max));

    private StatisticsRows() {
    }

    /** The rows of {@code r}, in reading order. */
    public static List<Row> of(SimulationResults r) {
        List<Row> out = new ArrayList<>();
        String headline = "At forfeiture";
        add(out, headline, "Walk-away liability", MONEY, r.liability());
        add(out, headline, "Realisable assurance", MONEY, r.assurance());
        add(out, headline, "Shortfall", MONEY, r.shortfall());
        add(out, headline, "Public cost (present value, all iterations)", MONEY, r.publicCost());
        String pkg = "Closure package";
        add(out, pkg, "Cost, present value", MONEY, r.costPV());
        add(out, pkg, "Cost, undiscounted within the horizon", MONEY, r.costUndiscounted());
        // "year" and "years" are units of results figures, not scenario fields.
        add(out, pkg, "Closure year", "year", r.closureYear());
        add(out, pkg, "Relinquishment year", "year", r.relinquishmentYear());
        for (WaterStreamResult w : r.waterTreatment()) {
            add(out, "Water: " + w.name(), "Duration of finite runs", "years", w.durationYears());
            add(out, "Water: " + w.name(), "Present value", MONEY, w.pv());
        }
        for (DomainResult d : r.rehabilitation()) {
            add(out, "Rehabilitation: " + d.name(), "Completion year", "year", d.completionYear());
            add(out, "Rehabilitation: " + d.name(), "Present value", MONEY, d.pv());
        }
        for (InstrumentResult i : r.instruments()) {
            add(out, "Assurance: " + i.name(), "Face amount at forfeiture", MONEY, i.face());
            add(out, "Assurance: " + i.name(), "Realisable at forfeiture", MONEY, i.realisable());
        }
        for (RequirementResult q : r.requirements()) {
            add(out, "Rule: " + q.name(), "Required at forfeiture", MONEY, q.required());
            if (q.contributionPV() != null) {
                add(out, "Rule: " + q.name(), "Contributions, present value (all iterations)", MONEY,
                        q.contributionPV());
            }
        }
        return out;
    }

    private static void add(List<Row> out, String group, String figure, String unit, Stats s) {
        out.add(new Row(group, figure, unit, s == null ? Stats.EMPTY : s));
    }
}
