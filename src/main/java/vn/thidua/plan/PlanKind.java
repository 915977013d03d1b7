package vn.thidua.plan;

/** Whether a plan covers a whole period (2021–2025), one year, or a thematic drive. */
public enum PlanKind {
    WHOLE_PERIOD, ANNUAL, THEMATIC
}
