package vn.thidua.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A unit's result from the board's review: the criterion results added up as in
 * {@link vn.thidua.criteria.UnitTotal}, every figure scale 2.
 *
 * @param criteriaPoints      the sum over the {@link Contribution#REGULAR} criteria, ≥ 0 (the points before
 *                            bonus and penalty)
 * @param bonusPoints         the sum over the bonus criteria, ≥ 0
 * @param penaltyPoints       the sum over the penalty criteria, ≤ 0 (a deduction of 3 is −3,00)
 * @param total               criteria + bonus + penalty (the penalty, being ≤ 0, is added), floored at 0
 * @param criteriaMet         how many criteria are fully met: regular criteria at their maximum and penalties
 *                            at 0 (see {@link CriterionResult#met()}; bonuses never count, nor do missing
 *                            criteria)
 * @param missingCriterionIds the criteria with neither a review nor a moderation (they count 0 points); sorted,
 *                            unmodifiable, never null
 */
public record UnitResult(BigDecimal criteriaPoints, BigDecimal bonusPoints, BigDecimal penaltyPoints,
        BigDecimal total, int criteriaMet, Set<Long> missingCriterionIds) {

    /**
     * @throws IllegalArgumentException when a figure has the wrong sign or the total is not criteria + bonus +
     *                                  penalty floored at 0
     */
    public UnitResult {
        criteriaPoints = scaled(criteriaPoints, "criteriaPoints");
        bonusPoints = scaled(bonusPoints, "bonusPoints");
        penaltyPoints = scaled(penaltyPoints, "penaltyPoints");
        total = scaled(total, "total");
        if (criteriaPoints.signum() < 0 || bonusPoints.signum() < 0) {
            throw new IllegalArgumentException("criteria and bonus points must not be negative: "
                    + criteriaPoints + ", " + bonusPoints);
        }
        if (penaltyPoints.signum() > 0) {
            throw new IllegalArgumentException("penalty points are a negative contribution: " + penaltyPoints);
        }
        if (total.compareTo(totalOf(criteriaPoints, bonusPoints, penaltyPoints)) != 0) {
            throw new IllegalArgumentException("total " + total + " is not " + criteriaPoints + " + " + bonusPoints
                    + " + " + penaltyPoints + " floored at 0");
        }
        if (criteriaMet < 0) {
            throw new IllegalArgumentException("criteriaMet must not be negative: " + criteriaMet);
        }
        TreeSet<Long> missing = new TreeSet<>();
        for (Long id : missingCriterionIds == null ? Set.<Long>of() : missingCriterionIds) {
            missing.add(Objects.requireNonNull(id, "missing criterion id"));
        }
        missingCriterionIds = Collections.unmodifiableSortedSet(missing);
    }

    /**
     * Adds up a unit's criterion results.
     *
     * @param resultsByCriterionId every criterion of the unit's framework (criterion id → its result from
     *                             {@link Aggregation#aggregateCriterion}); a criterion nobody reviewed is given
     *                             with its missing result (an empty map of scores), so that it is flagged
     * @throws NullPointerException     when the map is null
     * @throws IllegalArgumentException when a criterion id or result is null
     */
    public static UnitResult of(Map<Long, CriterionResult> resultsByCriterionId) {
        Objects.requireNonNull(resultsByCriterionId, "resultsByCriterionId");
        BigDecimal criteria = BigDecimal.ZERO;
        BigDecimal bonus = BigDecimal.ZERO;
        BigDecimal penalty = BigDecimal.ZERO;
        int met = 0;
        Set<Long> missing = new TreeSet<>();
        for (Map.Entry<Long, CriterionResult> entry : resultsByCriterionId.entrySet()) {
            if (entry.getKey() == null) {
                throw new IllegalArgumentException("a criterion id must not be null");
            }
            CriterionResult result = entry.getValue();
            if (result == null) {
                throw new IllegalArgumentException("criterion " + entry.getKey()
                        + " has no result; give a criterion nobody reviewed its missing result");
            }
            if (result.missing()) {
                missing.add(entry.getKey());
            }
            if (result.met()) {
                met++;
            }
            switch (result.contribution()) {
                case REGULAR -> criteria = criteria.add(result.points());
                case BONUS -> bonus = bonus.add(result.points());
                case PENALTY -> penalty = penalty.add(result.points());
            }
        }
        return new UnitResult(criteria, bonus, penalty, totalOf(criteria, bonus, penalty), met, missing);
    }

    /** Whether every criterion has a value (none missing). */
    public boolean complete() {
        return missingCriterionIds.isEmpty();
    }

    private static BigDecimal totalOf(BigDecimal criteria, BigDecimal bonus, BigDecimal penalty) {
        return criteria.add(bonus).add(penalty).max(BigDecimal.ZERO);
    }

    private static BigDecimal scaled(BigDecimal value, String name) {
        return Objects.requireNonNull(value, name).setScale(Aggregation.SCALE, RoundingMode.HALF_UP);
    }
}
