package org.closureassurance.desktop.gui.form;

/** How a field is edited, which decides its widget and how its text is read. */
public enum FieldKind {
    /** One line of free text. */
    TEXT,
    /** Several lines of free text (descriptions). */
    LONG_TEXT,
    /** A whole number. */
    INTEGER,
    /** A plain number that cannot be a distribution (a correlation's rho, an accrual fraction). */
    NUMBER,
    /** A Value: a number or a distribution, edited with the distribution editor. */
    VALUE,
    /** A unit symbol from the accepted list for the field's dimension. */
    UNIT,
    /** One of a fixed set of choices. */
    CHOICE,
    /** Yes or no, stored as {@code "true"} or {@code "false"}. */
    FLAG,
    /** A comma-separated list of cost categories. */
    CATEGORIES,
    /** The path of a sampled input of the scenario (for correlations). */
    INPUT,
    /** A list of rows with their own fields (a bond schedule, an accrual curve). */
    ROWS
}
