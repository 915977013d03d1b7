package vn.thidua.review;

/** A scoring round is open for scores, locked by the chair, then published. */
public enum RoundStatus {
    OPEN, LOCKED, PUBLISHED
}
