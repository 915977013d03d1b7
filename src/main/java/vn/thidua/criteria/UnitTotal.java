package vn.thidua.criteria;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * A unit's total: criterion points (every kind but bonus and penalty) + bonus − penalty, never below 0, all
 * rounded HALF_UP to 2 decimals. Penalty scores carry negative points (see {@link CriterionScorer#penalty}), so
 * {@code penaltyPoints} is ≤ 0 and the total is criteria + bonus + penalty, floored at 0.
 *
 * @param criteriaPoints the sum over the criteria that are not bonus/penalty
 * @param bonusPoints    the sum of the bonus scores, ≥ 0
 * @param penaltyPoints  the sum of the penalty scores, ≤ 0
 * @param total          criteria + bonus + penalty, at least 0
 */
public record UnitTotal(BigDecimal criteriaPoints, BigDecimal bonusPoints, BigDecimal penaltyPoints, BigDecimal total) {

    /** One scored criterion of a unit. */
    public record Entry(CriterionKind kind, CriterionScore score) {

        public Entry {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(score, "score");
        }
    }

    /**
     * @throws IllegalArgumentException when a penalty has positive points or another kind negative points
     */
    public static UnitTotal of(List<Entry> entries) {
        BigDecimal criteria = BigDecimal.ZERO;
        BigDecimal bonus = BigDecimal.ZERO;
        BigDecimal penalty = BigDecimal.ZERO;
        for (Entry entry : entries == null ? List.<Entry>of() : entries) {
            Objects.requireNonNull(entry, "entry");
            BigDecimal points = entry.score().points();
            if (entry.kind() == CriterionKind.PENALTY) {
                if (points.signum() > 0) {
                    throw new IllegalArgumentException("penalty points are a negative contribution: " + points);
                }
                penalty = penalty.add(points);
            } else {
                if (points.signum() < 0) {
                    throw new IllegalArgumentException(entry.kind() + " points must not be negative: " + points);
                }
                if (entry.kind() == CriterionKind.BONUS) {
                    bonus = bonus.add(points);
                } else {
                    criteria = criteria.add(points);
                }
            }
        }
        BigDecimal total = criteria.add(bonus).add(penalty).max(BigDecimal.ZERO);
        return new UnitTotal(scaled(criteria), scaled(bonus), scaled(penalty), scaled(total));
    }

    /** Only the total of {@link #of}. */
    public static BigDecimal total(List<Entry> entries) {
        return of(entries).total();
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
