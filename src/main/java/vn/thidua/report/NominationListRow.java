package vn.thidua.report;

/**
 * One nomination of the list of a round, in the words it prints. {@code outcome} is the stored check's code (PASS,
 * FAIL, NEEDS_REVIEW or empty), for the counts of a title's group.
 */
public record NominationListRow(int titlePosition, String title, String candidate, String unit, String eligibility,
        String outcome, String status) {
}
