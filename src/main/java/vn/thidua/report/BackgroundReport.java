package vn.thidua.report;

/** The reports that may run to thousands of rows, and so are made in the background. */
public enum BackgroundReport {
    /** The award registry of a unit and every unit below it, of one year or all. */
    REGISTRY,
    /** The staff of a unit and every unit below it. */
    STAFF
}
