package vn.thidua.award;

/** Approving votes of a closed ballot and the whole membership of the board (absent members included). */
public record VoteTally(int approving, int membership) {
}
