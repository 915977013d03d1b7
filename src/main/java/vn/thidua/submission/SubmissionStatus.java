package vn.thidua.submission;

/** Where a unit's submission stands; a unit that has not opened one yet is "not started" and has no row. */
public enum SubmissionStatus {
    /** Being prepared by the unit; not visible as reported. */
    DRAFT,
    /** Signed off by the unit head and sent to the office. */
    SUBMITTED,
    /** Sent back by the office with a reason; the unit fixes it and submits again. */
    RETURNED,
    /** Accepted by the office; locked for the review board. */
    ACCEPTED;

    /** Whether the unit may still change answers and evidence. */
    public boolean isEditableByUnit() {
        return this == DRAFT || this == RETURNED;
    }
}
