package vn.thidua.plan;

/** How often units report progress against the plan (seed 003: every 6 months). */
public enum MonitoringFrequency {
    MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY
}
