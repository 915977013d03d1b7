package vn.thidua.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns the board members' scores of one criterion into one figure. Stateless; every method is static.
 * <p>
 * Rules:
 * <ul>
 * <li>A missing review is simply absent from the list; an empty list has no aggregate ({@code null}).</li>
 * <li>Results are computed exactly and rounded once, HALF_UP to 2 decimals (HALF_UP rounds away from zero, so a
 * penalty mean of −1,665 is −1,67).</li>
 * <li>A null method means {@link AggregationMethod#DEFAULT} (the mean).</li>
 * </ul>
 * For one criterion, {@link #aggregateCriterion} also checks the scores against the criterion's range (see
 * {@link Contribution}: 0..max, or −max..0 for a penalty), applies the board's moderation and flags outliers.
 */
public final class Aggregation {

    /** Scale of every aggregated figure. */
    public static final int SCALE = 2;

    /** The outlier threshold as a share of the criterion's maximum when the board has not chosen another. */
    public static final BigDecimal DEFAULT_OUTLIER_SHARE = new BigDecimal("0.25");

    /** Outliers are looked for only among at least this many reviews. */
    public static final int MIN_REVIEWS_FOR_OUTLIERS = 3;

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Aggregation() {
    }

    /**
     * The scores aggregated by {@code method}, rounded HALF_UP to 2 decimals; null when {@code scores} is
     * empty.
     *
     * @param method the method; null means {@link AggregationMethod#DEFAULT}
     * @param scores the reviews given (any order; the list is not changed)
     * @throws NullPointerException     when {@code scores} is null
     * @throws IllegalArgumentException when {@code scores} holds a null
     */
    public static BigDecimal aggregate(AggregationMethod method, List<BigDecimal> scores) {
        Objects.requireNonNull(scores, "scores");
        if (scores.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = new ArrayList<>(scores.size());
        for (BigDecimal score : scores) {
            if (score == null) {
                throw new IllegalArgumentException("a score must not be null; leave a missing review out of the list");
            }
            sorted.add(score);
        }
        sorted.sort(null);
        return switch (AggregationMethod.orDefault(method)) {
            case MEAN -> mean(sorted);
            case MEDIAN -> median(sorted).setScale(SCALE, RoundingMode.HALF_UP);
            case TRIMMED_MEAN -> mean(sorted.size() >= 3 ? sorted.subList(1, sorted.size() - 1) : sorted);
        };
    }

    /**
     * {@link #aggregateCriterion(AggregationMethod, Contribution, BigDecimal, Map, BigDecimal, BigDecimal)} for a
     * {@link Contribution#REGULAR} criterion (scores within 0..max).
     */
    public static CriterionResult aggregateCriterion(AggregationMethod method, BigDecimal maxPoints,
            Map<Long, BigDecimal> scoresByReviewer, BigDecimal outlierShare, BigDecimal moderatedPoints) {
        return aggregateCriterion(method, Contribution.REGULAR, maxPoints, scoresByReviewer, outlierShare, moderatedPoints);
    }

    /**
     * One criterion of one unit as the board reviewed it.
     * <ul>
     * <li>The raw aggregate is {@link #aggregate} of the scores (null without a review).</li>
     * <li>The aggregated figure is {@code moderatedPoints} when given, else the raw aggregate. The board may
     * moderate a criterion nobody reviewed; it then has a value and is not missing.</li>
     * <li>With at least {@value #MIN_REVIEWS_FOR_OUTLIERS} reviews, a reviewer is an outlier when
     * |their score − the median of the other reviewers' scores| &gt; {@code outlierShare} × {@code maxPoints},
     * computed exactly (a deviation equal to the threshold is not an outlier). The median is used whatever the
     * aggregation method. With exactly 3 reviews "the others" are two and their median is their mean, so one
     * score far enough away can make the two close ones outliers as well (8, 8, 2 of 10 at 0,25 flags all
     * three: each 8 is 3 from (8 + 2) ÷ 2). Outliers are flagged only; their scores still count.</li>
     * </ul>
     *
     * @param method           the aggregation method; null means {@link AggregationMethod#DEFAULT}
     * @param contribution     the criterion's contribution, which sets the allowed range of scores
     * @param maxPoints        the criterion's maximum, &gt; 0 (for a penalty the largest deduction)
     * @param scoresByReviewer each reviewer's score (reviewer id → score); a reviewer who did not review is
     *                         absent. Scores lie within {@link Contribution#lowest}..{@link Contribution#highest}.
     * @param outlierShare     the outlier threshold as a share of {@code maxPoints}, within 0..1 (e.g.
     *                         {@link #DEFAULT_OUTLIER_SHARE}; 0 flags any deviation)
     * @param moderatedPoints  the board's own points for the criterion, within the same range; null when the
     *                         board did not moderate
     * @throws NullPointerException     when {@code contribution}, {@code scoresByReviewer} or
     *                                  {@code outlierShare} is null
     * @throws IllegalArgumentException when {@code maxPoints} is not positive, {@code outlierShare} outside
     *                                  0..1, a reviewer id or score null, or a score or the moderated points
     *                                  outside the range
     */
    public static CriterionResult aggregateCriterion(AggregationMethod method, Contribution contribution,
            BigDecimal maxPoints, Map<Long, BigDecimal> scoresByReviewer, BigDecimal outlierShare,
            BigDecimal moderatedPoints) {
        Objects.requireNonNull(contribution, "contribution");
        Contribution.requirePositive(maxPoints);
        Objects.requireNonNull(scoresByReviewer, "scoresByReviewer");
        Objects.requireNonNull(outlierShare, "outlierShare");
        if (outlierShare.signum() < 0 || outlierShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("outlierShare must lie within 0..1 (0,25 for a quarter): " + outlierShare);
        }
        TreeMap<Long, BigDecimal> scores = new TreeMap<>();
        for (Map.Entry<Long, BigDecimal> entry : scoresByReviewer.entrySet()) {
            if (entry.getKey() == null) {
                throw new IllegalArgumentException("a reviewer id must not be null");
            }
            if (entry.getValue() == null) {
                throw new IllegalArgumentException("reviewer " + entry.getKey()
                        + " has a null score; leave a missing review out of the map");
            }
            requireInRange(contribution, maxPoints, entry.getValue(), "reviewer " + entry.getKey() + "'s score");
            scores.put(entry.getKey(), entry.getValue());
        }
        if (moderatedPoints != null) {
            requireInRange(contribution, maxPoints, moderatedPoints, "moderated points");
        }
        BigDecimal raw = aggregate(method, new ArrayList<>(scores.values()));
        BigDecimal aggregated = moderatedPoints != null ? moderatedPoints : raw;
        Set<Long> outliers = outliers(scores, outlierShare.multiply(maxPoints));
        return new CriterionResult(contribution, maxPoints, aggregated, raw, scores.size(), moderatedPoints != null, outliers);
    }

    private static Set<Long> outliers(Map<Long, BigDecimal> scores, BigDecimal threshold) {
        Set<Long> outliers = new TreeSet<>();
        if (scores.size() < MIN_REVIEWS_FOR_OUTLIERS) {
            return outliers;
        }
        for (Map.Entry<Long, BigDecimal> reviewer : scores.entrySet()) {
            List<BigDecimal> others = new ArrayList<>(scores.size() - 1);
            for (Map.Entry<Long, BigDecimal> other : scores.entrySet()) {
                if (!other.getKey().equals(reviewer.getKey())) {
                    others.add(other.getValue());
                }
            }
            others.sort(null);
            if (reviewer.getValue().subtract(median(others)).abs().compareTo(threshold) > 0) {
                outliers.add(reviewer.getKey());
            }
        }
        return outliers;
    }

    private static void requireInRange(Contribution contribution, BigDecimal maxPoints, BigDecimal value, String what) {
        if (!contribution.allows(maxPoints, value)) {
            throw new IllegalArgumentException(what + " " + value.toPlainString() + " lies outside "
                    + contribution.lowest(maxPoints).toPlainString() + ".." + contribution.highest(maxPoints).toPlainString()
                    + " of a " + contribution + " criterion");
        }
    }

    /** The exact median of a non-empty sorted list (an even count gives the mean of the two middle values). */
    static BigDecimal median(List<BigDecimal> sorted) {
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(TWO); // exact: halving a decimal terminates
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            sum = sum.add(value);
        }
        return sum.divide(BigDecimal.valueOf(values.size()), SCALE, RoundingMode.HALF_UP);
    }
}
