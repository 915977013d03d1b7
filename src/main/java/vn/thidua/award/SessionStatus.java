package vn.thidua.award;

/** A board session is prepared (attendance, agenda), then votes, then the chair closes it and its results are final. */
public enum SessionStatus {
    PREPARING, VOTING, CLOSED
}
