package org.closureassurance.desktop.gui.portfolio;

import org.closureassurance.scenarios.PortfolioFormat.Columns;

/**
 * The columns of the sites table, each shown under a heading and, for a register line, edited
 * as the register column it stands for ({@link #SOURCE} stands for none: it says where a site
 * came from).
 */
public enum SiteColumn {
    NAME("Name", Columns.NAME, false),
    CATEGORY("Category", Columns.CATEGORY, false),
    ESTIMATE("Estimate", Columns.ESTIMATE, true),
    SECURITY("Security held", Columns.ASSURANCE, true),
    SECURITY_TYPE("Security type", Columns.ASSURANCE_TYPE, false),
    CLOSURE_YEAR("Closure year", Columns.CLOSURE_YEAR, true),
    HAZARD_BEFORE("Hazard before closure", Columns.HAZARD_BEFORE_CLOSURE, true),
    HAZARD_AFTER("Hazard after closure", Columns.HAZARD_AFTER_CLOSURE, true),
    PROVIDER("Provider", Columns.PROVIDER, false),
    SOURCE("Source", null, false);

    private final String heading;
    private final String registerColumn;
    private final boolean numeric;

    SiteColumn(String heading, String registerColumn, boolean numeric) {
        this.heading = heading;
        this.registerColumn = registerColumn;
        this.numeric = numeric;
    }

    public String heading() {
        return heading;
    }

    /** The register column a register line's cell in this column edits; null for none. */
    public String registerColumn() {
        return registerColumn;
    }

    /** Whether the column holds numbers, sorted by value. */
    public boolean numeric() {
        return numeric;
    }
}
