package org.closureassurance.desktop.gui.portfolio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.closureassurance.scenarios.PortfolioOutline;
import org.closureassurance.scenarios.RegisterLines;
import org.closureassurance.simulator.model.EconomicFactor;
import org.closureassurance.simulator.model.Economics;
import org.closureassurance.simulator.model.Provider;
import org.closureassurance.simulator.model.Sampling;
import org.closureassurance.simulator.model.SimulationSettings;
import org.closureassurance.simulator.portfolio.PooledFund;
import org.closureassurance.simulator.portfolio.Portfolio;
import org.closureassurance.simulator.portfolio.ScenarioSite;
import org.closureassurance.simulator.portfolio.SimpleSite;
import org.closureassurance.simulator.portfolio.Site;
import org.closureassurance.simulator.value.Value;

/**
 * The portfolio being edited: its settings (simulation, economics, factors, providers, fund)
 * as opened, and its sites as rows of the sites table, which the user adds, removes and edits
 * cell by cell. Every edit re-checks its line in the register's words; names must be unique
 * across all rows. It knows whether it has unsaved edits and builds the portfolio to run or
 * save once no row has a problem.
 */
public final class PortfolioDocument {
    /** The settings of a portfolio started from a register: 10,000 iterations over 100 years at 3 %. */
    static final SimulationSettings NEW_SIMULATION = new SimulationSettings(SimulationSettings.DEFAULT_ITERATIONS, 1,
            100, Sampling.MONTE_CARLO);
    static final double NEW_DISCOUNT_RATE = 0.03;

    private final List<Consumer<PortfolioDocument>> listeners = new CopyOnWriteArrayList<>();
    private final PortfolioOutline outline;
    private Portfolio settings;
    private final List<SiteRow> rows;
    private Map<String, Integer> nameCounts = Map.of();
    private int added;
    private boolean dirty;

    private PortfolioDocument(Portfolio settings, PortfolioOutline outline, List<SiteRow> rows, boolean dirty) {
        this.settings = settings;
        this.outline = outline;
        this.rows = new ArrayList<>(rows);
        this.dirty = dirty;
        countNames();
    }

    /**
     * The portfolio read from a file, with what its {@code outline} says of scenario files and
     * declared names: a simple site a register line can hold becomes an editable line.
     */
    public static PortfolioDocument of(Portfolio portfolio, PortfolioOutline outline) {
        List<SiteRow> rows = new ArrayList<>();
        for (Site s : portfolio.sites()) {
            if (s instanceof ScenarioSite scenario) {
                rows.add(new SiteRow.Scenario(scenario, outline.scenarioFiles().getOrDefault(s.name(), s.name()
                        + ".json"), null));
            } else {
                SimpleSite simple = (SimpleSite) s;
                rows.add(RegisterLineOf.of(simple, outline.factors(), outline.providers())
                        .<SiteRow>map(l -> l).orElse(new SiteRow.Fixed(simple)));
            }
        }
        return new PortfolioDocument(portfolio, outline, rows, false);
    }

    /** A new portfolio called {@code name} of the register {@code lines}, unsaved. */
    public static PortfolioDocument fromRegister(String name, List<RegisterLines.Line> lines) {
        Portfolio settings = new Portfolio(name, null, null, null, NEW_SIMULATION,
                new Economics(Value.of(NEW_DISCOUNT_RATE)), null, List.of(), List.of(), null);
        PortfolioOutline outline = new PortfolioOutline(Map.of(), Set.of(), Set.of());
        List<SiteRow> rows = new ArrayList<>();
        for (RegisterLines.Line line : lines) {
            rows.add(new SiteRow.Line(line, RegisterLines.check(line, Set.of(), Set.of())));
        }
        return new PortfolioDocument(settings, outline, rows, true);
    }

    public void addListener(Consumer<PortfolioDocument> listener) {
        listeners.add(listener);
    }

    /** The portfolio's name. */
    public String name() {
        return settings.name();
    }

    /** The portfolio's settings as opened, without its sites. */
    public Portfolio settings() {
        return settings;
    }

    public List<SiteRow> rows() {
        return List.copyOf(rows);
    }

    public int size() {
        return rows.size();
    }

    public boolean isDirty() {
        return dirty;
    }

    /** The document as it is now has been saved. */
    public void markSaved() {
        dirty = false;
        fire();
    }

    /** The text of row {@code row} in {@code column}. */
    public String text(int row, SiteColumn column) {
        return SiteCells.text(rows.get(row), column);
    }

    /** Whether the cell can be edited in place: a register line's cells, except where it came from. */
    public boolean editable(int row, SiteColumn column) {
        return rows.get(row) instanceof SiteRow.Line && column.registerColumn() != null;
    }

    /** What is wrong with the cell, in the register's words; null when nothing. */
    public String problem(int row, SiteColumn column) {
        SiteRow r = rows.get(row);
        List<String> out = new ArrayList<>();
        if (column == SiteColumn.NAME && nameCounts.getOrDefault(r.name(), 0) > 1) {
            out.add("duplicate site name \"" + r.name() + "\"; names must be unique across all sites");
        }
        if (r instanceof SiteRow.Line l && column.registerColumn() != null) {
            String own = l.check().problems().get(column.registerColumn());
            if (own != null) {
                out.add(own);
            }
            String whole = l.check().problems().get(RegisterLines.WHOLE_LINE);
            if (whole != null && column == SiteColumn.NAME) {
                out.add(whole);
            }
            l.check().problems().forEach((c, m) -> {
                if (column == SiteColumn.NAME && !c.equals(RegisterLines.WHOLE_LINE) && shownNowhere(c)) {
                    out.add(c + ": " + m);
                }
            });
        }
        if (r instanceof SiteRow.Scenario s && s.problem() != null && column == SiteColumn.NAME) {
            out.add(s.problem());
        }
        return out.isEmpty() ? null : String.join("; ", out);
    }

    /** Whether register column {@code c} has no column of its own in the table (the multiplier, the factor). */
    private static boolean shownNowhere(String c) {
        for (SiteColumn column : SiteColumn.values()) {
            if (c.equals(column.registerColumn())) {
                return false;
            }
        }
        return true;
    }

    /** Whether row {@code row} has any problem. */
    public boolean hasProblem(int row) {
        for (SiteColumn c : SiteColumn.values()) {
            if (problem(row, c) != null) {
                return true;
            }
        }
        return false;
    }

    /** Every problem, one a line: {@code Pit 3 (register line 4): estimate: must be a number, was "lots"}. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (SiteColumn c : SiteColumn.values()) {
                String p = problem(i, c);
                if (p != null) {
                    String where = rows.get(i).name().isEmpty() ? "row " + (i + 1) : rows.get(i).name();
                    out.add(where + " (" + text(i, SiteColumn.SOURCE) + "): " + c.heading() + ": " + p);
                }
            }
        }
        out.addAll(droppedDeclarations());
        return out;
    }

    /**
     * Factors or providers the file declares that the portfolio read from it does not carry:
     * saving would drop them, so it is refused.
     */
    private List<String> droppedDeclarations() {
        List<String> out = new ArrayList<>();
        List<String> factors = settings.economy().factors().stream().map(EconomicFactor::name).toList();
        List<String> providers = settings.providers().stream().map(Provider::name).toList();
        if (!factors.containsAll(outline.factors()) || !providers.containsAll(outline.providers())) {
            out.add("this version does not keep the file's factors and providers; saving would drop them");
        }
        return out;
    }

    /** Sets row {@code row}'s cell in {@code column} to {@code text} and checks the line again. */
    public void edit(int row, SiteColumn column, String text) {
        if (!editable(row, column) || text(row, column).equals(text.trim())) {
            return;
        }
        SiteRow.Line l = (SiteRow.Line) rows.get(row);
        rows.set(row, checked(l.line().with(column.registerColumn(), text)));
        changed();
    }

    /** Adds an empty register line at the end, named {@code New site N}; returns its index. */
    public int addSite() {
        String name;
        do {
            name = "New site " + (++added);
        } while (nameCounts.containsKey(name));
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put(SiteColumn.NAME.registerColumn(), name);
        rows.add(checked(new RegisterLines.Line(0, cells)));
        changed();
        return rows.size() - 1;
    }

    /** Removes the rows at {@code indices} (any order). */
    public void remove(int... indices) {
        int[] sorted = indices.clone();
        java.util.Arrays.sort(sorted);
        for (int i = sorted.length - 1; i >= 0; i--) {
            rows.remove(sorted[i]);
        }
        if (sorted.length > 0) {
            changed();
        }
    }

    /**
     * Puts scenario site {@code name} as read again from its file ({@code site}), or why it could
     * not be ({@code problem}); not an edit of the portfolio, which names the file, not its content.
     */
    public void scenarioReread(String name, ScenarioSite site, String problem) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof SiteRow.Scenario old && old.name().equals(name)) {
                SiteRow.Scenario now = new SiteRow.Scenario(site == null ? old.scenario() : site, old.file(), problem);
                if (!now.equals(old)) {
                    rows.set(i, now);
                    countNames();
                    fire();
                }
            }
        }
    }

    /** The scenario files as named from the folder the portfolio was saved in: no edit, the same files. */
    void scenarioFilesMoved(Map<String, String> files) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof SiteRow.Scenario s && files.containsKey(s.name())) {
                rows.set(i, new SiteRow.Scenario(s.scenario(), files.get(s.name()), s.problem()));
            }
        }
    }

    /** Runs every iteration count the toolbar asks for; an edit like any other. */
    public void setIterations(int iterations) {
        if (iterations != settings.simulation().iterations()) {
            settings = withSimulation(settings.simulation().withIterations(iterations));
            changed();
        }
    }

    /**
     * Sets the fund's yearly contribution percent (the levy), to compare one levy with another;
     * nothing without a fund. A negative or non-finite percent is refused.
     */
    public void setContributionPercent(double percent) {
        PooledFund f = settings.fund();
        if (f == null || percent == f.contributionPercent()) {
            return;
        }
        if (!(percent >= 0) || Double.isInfinite(percent)) {
            throw new IllegalArgumentException("a contribution percent is a number >= 0, was " + percent);
        }
        settings = new Portfolio(settings.name(), settings.description(), settings.currency(), settings.baseYear(),
                settings.simulation(), settings.economics(), settings.economy(), settings.providers(), settings.sites(),
                new PooledFund(f.name(), f.initialBalance(), percent, f.annualReturn(), f.annualFeeRate()));
        changed();
    }

    private Portfolio withSimulation(SimulationSettings s) {
        return new Portfolio(settings.name(), settings.description(), settings.currency(), settings.baseYear(), s,
                settings.economics(), settings.economy(), settings.providers(), settings.sites(), settings.fund());
    }

    /** The portfolio to run or save; null while any row has a problem. */
    public Portfolio portfolio() {
        if (!problems().isEmpty()) {
            return null;
        }
        List<Site> sites = rows.stream().map(SiteRow::site).toList();
        return new Portfolio(settings.name(), settings.description(), settings.currency(), settings.baseYear(),
                settings.simulation(), settings.economics(), settings.economy(), settings.providers(), sites,
                settings.fund());
    }

    /** The file each scenario site names, relative to the portfolio's folder. */
    public Map<String, String> scenarioFiles() {
        Map<String, String> out = new HashMap<>();
        rows.stream().filter(SiteRow.Scenario.class::isInstance).map(SiteRow.Scenario.class::cast)
                .forEach(s -> out.put(s.name(), s.file()));
        return out;
    }

    private SiteRow.Line checked(RegisterLines.Line line) {
        return new SiteRow.Line(line, RegisterLines.check(line, outline.factors(), outline.providers()));
    }

    private void changed() {
        dirty = true;
        countNames();
        fire();
    }

    private void countNames() {
        Map<String, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(r.name(), 1, Integer::sum));
        nameCounts = counts;
    }

    private void fire() {
        listeners.forEach(l -> l.accept(this));
    }
}
