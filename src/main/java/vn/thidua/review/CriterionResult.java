package vn.thidua.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The board's result for one criterion of one unit; made by {@link Aggregation#aggregateCriterion}.
 *
 * @param contribution       how the points enter the unit's total
 * @param maxPoints          the criterion's maximum, &gt; 0
 * @param aggregated         the figure that counts, scale 2: the moderated points when the board moderated,
 *                           else {@code rawAggregate}; null when there is neither a review nor a moderation
 *                           (the criterion is {@linkplain #missing() missing})
 * @param rawAggregate       the reviews aggregated by the method, scale 2; null when there is no review
 * @param reviewCount        the number of reviews given
 * @param moderated          whether the board set the points itself ({@code aggregated} is then its value)
 * @param outlierReviewerIds the reviewers whose score lies too far from the others' (never null; sorted,
 *                           unmodifiable; empty with fewer than 3 reviews). Outliers are only flagged for the
 *                           board: their scores still count.
 */
public record CriterionResult(Contribution contribution, BigDecimal maxPoints, BigDecimal aggregated,
        BigDecimal rawAggregate, int reviewCount, boolean moderated, Set<Long> outlierReviewerIds) {

    /**
     * @throws IllegalArgumentException when the parts do not fit together: a value outside the contribution's
     *                                  range, a raw aggregate without reviews (or reviews without one), an
     *                                  unmoderated result whose figure is not the raw aggregate, outliers among
     *                                  fewer than 3 reviews
     */
    public CriterionResult {
        Objects.requireNonNull(contribution, "contribution");
        Contribution.requirePositive(maxPoints);
        if (reviewCount < 0) {
            throw new IllegalArgumentException("reviewCount must not be negative: " + reviewCount);
        }
        aggregated = scaled(aggregated);
        rawAggregate = scaled(rawAggregate);
        if ((rawAggregate == null) != (reviewCount == 0)) {
            throw new IllegalArgumentException("a raw aggregate goes with at least one review: " + rawAggregate
                    + " of " + reviewCount + " reviews");
        }
        if (moderated ? aggregated == null : !sameValue(aggregated, rawAggregate)) {
            throw new IllegalArgumentException(moderated
                    ? "a moderated result needs its points"
                    : "without moderation the aggregate is the raw aggregate: " + aggregated + " ≠ " + rawAggregate);
        }
        requireInRange(contribution, maxPoints, aggregated, "aggregated");
        requireInRange(contribution, maxPoints, rawAggregate, "rawAggregate");
        TreeSet<Long> outliers = new TreeSet<>();
        for (Long id : outlierReviewerIds == null ? Set.<Long>of() : outlierReviewerIds) {
            outliers.add(Objects.requireNonNull(id, "outlier reviewer id"));
        }
        if (!outliers.isEmpty() && (reviewCount < Aggregation.MIN_REVIEWS_FOR_OUTLIERS || outliers.size() > reviewCount)) {
            throw new IllegalArgumentException(outliers.size() + " outliers among " + reviewCount + " reviews");
        }
        outlierReviewerIds = Collections.unmodifiableSortedSet(outliers);
    }

    /** No review and no moderation: the criterion counts 0 points and is not met. */
    public boolean missing() {
        return aggregated == null;
    }

    /** The signed points that count, scale 2: {@code aggregated}, or 0,00 when missing. */
    public BigDecimal points() {
        return missing() ? BigDecimal.ZERO.setScale(Aggregation.SCALE) : aggregated;
    }

    /**
     * Whether the criterion is fully met, judged on the rounded {@code aggregated}: a regular criterion at
     * its maximum (or above, which its range does not allow), a penalty at 0. A bonus is never "met": it is no
     * requirement and does not count among the criteria met. A missing criterion is never met.
     */
    public boolean met() {
        if (missing()) {
            return false;
        }
        return switch (contribution) {
            case REGULAR -> aggregated.compareTo(maxPoints) >= 0;
            case PENALTY -> aggregated.signum() == 0;
            case BONUS -> false;
        };
    }

    /** Whether any reviewer's score lies too far from the others'. */
    public boolean hasOutliers() {
        return !outlierReviewerIds.isEmpty();
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value == null ? null : value.setScale(Aggregation.SCALE, RoundingMode.HALF_UP);
    }

    private static boolean sameValue(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static void requireInRange(Contribution contribution, BigDecimal maxPoints, BigDecimal value, String name) {
        if (value != null && !contribution.allows(maxPoints, value)) {
            throw new IllegalArgumentException(name + " " + value.toPlainString() + " outside "
                    + contribution.lowest(maxPoints).toPlainString() + ".." + contribution.highest(maxPoints).toPlainString());
        }
    }
}
