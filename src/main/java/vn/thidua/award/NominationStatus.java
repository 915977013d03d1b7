package vn.thidua.award;

/**
 * The way of a nomination: drafted by the unit, submitted by its head, returned or put on the board's agenda by the
 * office, approved or rejected by the ballot, awarded when a decision is issued.
 */
public enum NominationStatus {
    DRAFT, SUBMITTED, RETURNED, ON_AGENDA, APPROVED, REJECTED, AWARDED, WITHDRAWN
}
