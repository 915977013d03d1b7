package vn.thidua.review;

/**
 * How the board members' scores for one criterion of one unit become a single figure; see
 * {@link Aggregation#aggregate}.
 */
public enum AggregationMethod {
    /** The arithmetic mean of every review. The default. */
    MEAN,
    /** The middle value; with an even count the mean of the two middle values. */
    MEDIAN,
    /**
     * With at least 3 reviews, the mean after dropping the single highest and the single lowest value (one of
     * each, even when several reviewers gave the same extreme). With 1 or 2 reviews nothing can be trimmed and
     * it is the plain mean.
     */
    TRIMMED_MEAN;

    /** The method used when none is chosen: {@link #MEAN}. */
    public static final AggregationMethod DEFAULT = MEAN;

    /** {@code method}, or {@link #DEFAULT} when null. */
    public static AggregationMethod orDefault(AggregationMethod method) {
        return method == null ? DEFAULT : method;
    }
}
