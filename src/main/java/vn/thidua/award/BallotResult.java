package vn.thidua.award;

public enum BallotResult {
    PASSED, FAILED
}
