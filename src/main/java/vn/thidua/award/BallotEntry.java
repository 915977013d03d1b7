package vn.thidua.award;

/** Whether the members voted from their own accounts or the secretary entered the counted paper ballots. */
public enum BallotEntry {
    ELECTRONIC, PAPER
}
