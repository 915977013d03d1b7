package vn.thidua.plan;

/** Launch (phát động), mid-term review (sơ kết), final review (tổng kết), yearly report, or another date. */
public enum MilestoneKind {
    LAUNCH, MID_TERM_REVIEW, FINAL_REVIEW, ANNUAL_REPORT, OTHER
}
