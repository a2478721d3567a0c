package org.closureassurance.desktop.gui.portfolio;

import java.util.Objects;
import org.closureassurance.scenarios.RegisterLines;
import org.closureassurance.simulator.portfolio.ScenarioSite;
import org.closureassurance.simulator.portfolio.SimpleSite;
import org.closureassurance.simulator.portfolio.Site;

/**
 * One line of the sites table: a register line the user edits cell by cell, a simple site
 * richer than a register line can say (kept as the file has it), or a scenario site (edited in
 * the scenario editor).
 */
public sealed interface SiteRow permits SiteRow.Line, SiteRow.Fixed, SiteRow.Scenario {

    /** The site's name as shown. */
    String name();

    /** The site to run, or null while the row has a problem. */
    Site site();

    /**
     * A register line: its cells as typed or imported, and what checking them found.
     *
     * @param line the cells in the register's columns
     * @param check the site, or the problems of the cells
     */
    record Line(RegisterLines.Line line, RegisterLines.Check check) implements SiteRow {
        public Line {
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(check, "check");
        }

        @Override public String name() { return line.cell("name"); }

        @Override public Site site() { return check.site(); }
    }

    /** A simple site with more than a register line holds (a distribution, several instruments). */
    record Fixed(SimpleSite site) implements SiteRow {
        public Fixed {
            Objects.requireNonNull(site, "site");
        }

        @Override public String name() { return site.name(); }
    }

    /**
     * A site described by a scenario file.
     *
     * @param scenario the site as last read
     * @param file the scenario file as the portfolio names it (relative to the portfolio's folder)
     * @param problem why the file could not be read again, or null
     */
    record Scenario(ScenarioSite scenario, String file, String problem) implements SiteRow {
        public Scenario {
            Objects.requireNonNull(scenario, "scenario");
            Objects.requireNonNull(file, "file");
        }

        @Override public String name() { return scenario.name(); }

        @Override public Site site() { return problem == null ? scenario : null; }
    }
}
