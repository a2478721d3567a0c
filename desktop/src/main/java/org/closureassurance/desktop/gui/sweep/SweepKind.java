package org.closureassurance.desktop.gui.sweep;

/** What the sweep dialog does: run the scenario at each of a range of values, or search for a break-even. */
public enum SweepKind {
    /** One run per value: the curves of the headline figures. */
    SWEEP("Sweep"),
    /** The curves over a range and the value at which a figure crosses a target. */
    BREAK_EVEN("Find break-even");

    private final String title;

    SweepKind(String title) {
        this.title = title;
    }

    /** The menu item's and the dialog's title, without the ellipsis. */
    public String title() {
        return title;
    }
}
