package vn.thidua.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
 */
public final class Aggregation {

    /** Scale of every aggregated figure. */
    public static final int SCALE = 2;

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
