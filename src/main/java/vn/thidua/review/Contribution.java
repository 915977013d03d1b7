package vn.thidua.review;

import java.math.BigDecimal;
import java.util.Objects;
import vn.thidua.criteria.CriterionKind;

/**
 * How a criterion's points enter a unit's total, and so which scores a reviewer may give it. For a criterion
 * with maximum {@code max} (&gt; 0):
 * <ul>
 * <li>{@link #REGULAR}: scores within 0..max, summed into the criteria points; met at full marks.</li>
 * <li>{@link #BONUS}: scores within 0..max, added on top of the criteria points (điểm thưởng); never counted
 * among the criteria met.</li>
 * <li>{@link #PENALTY}: signed scores within −max..0, a negative contribution (điểm trừ: a deduction of 3 is
 * scored −3), as in {@link vn.thidua.criteria.CriterionScorer#penalty}; met when 0 (nothing deducted).</li>
 * </ul>
 */
public enum Contribution {
    /** An ordinary criterion: 0..max, part of the declared total. */
    REGULAR,
    /** Bonus points: 0..max, on top of the declared total. */
    BONUS,
    /** Penalty points: −max..0, deducted from the total. */
    PENALTY;

    /** The contribution of a criterion of the scoring framework. */
    public static Contribution of(CriterionKind kind) {
        Objects.requireNonNull(kind, "kind");
        return switch (kind) {
            case BONUS -> BONUS;
            case PENALTY -> PENALTY;
            default -> REGULAR;
        };
    }

    /** The lowest score allowed: −max for a penalty, else 0. */
    public BigDecimal lowest(BigDecimal maxPoints) {
        requirePositive(maxPoints);
        return this == PENALTY ? maxPoints.negate() : BigDecimal.ZERO;
    }

    /** The highest score allowed: 0 for a penalty, else max. */
    public BigDecimal highest(BigDecimal maxPoints) {
        requirePositive(maxPoints);
        return this == PENALTY ? BigDecimal.ZERO : maxPoints;
    }

    /** Whether {@code score} lies within {@link #lowest}..{@link #highest} (both inclusive). */
    public boolean allows(BigDecimal maxPoints, BigDecimal score) {
        Objects.requireNonNull(score, "score");
        return score.compareTo(lowest(maxPoints)) >= 0 && score.compareTo(highest(maxPoints)) <= 0;
    }

    static BigDecimal requirePositive(BigDecimal maxPoints) {
        if (maxPoints == null || maxPoints.signum() <= 0) {
            throw new IllegalArgumentException("maxPoints must be positive: " + maxPoints);
        }
        return maxPoints;
    }
}
