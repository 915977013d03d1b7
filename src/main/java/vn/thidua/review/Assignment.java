package vn.thidua.review;

/** One reviewer given one submission to score. */
public record Assignment(long targetId, long reviewerId) {
}
