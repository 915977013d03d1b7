package vn.thidua.submission;

/** How far a unit has reported for a plan year, as the completeness dashboard counts it. */
public enum ReportingState {
    ON_TIME, LATE, RETURNED, DRAFT, NOT_STARTED;

    /** Submitted and accepted reports count by their first submission's lateness. */
    public static ReportingState of(SubmissionStatus status, Integer daysLate) {
        if (status == null) {
            return NOT_STARTED;
        }
        return switch (status) {
            case DRAFT -> DRAFT;
            case RETURNED -> RETURNED;
            case SUBMITTED, ACCEPTED -> daysLate != null && daysLate > 0 ? LATE : ON_TIME;
        };
    }

    /** Whether the unit has sent its report (on time or late). */
    public boolean isReported() {
        return this == ON_TIME || this == LATE;
    }
}
