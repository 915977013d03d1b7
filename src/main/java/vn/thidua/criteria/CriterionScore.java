package vn.thidua.criteria;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The result of scoring one criterion for one unit.
 *
 * @param points             the signed contribution to the unit's total, scale 2: ≥ 0 for every kind except
 *                           {@link CriterionKind#PENALTY}, whose points are ≤ 0 (a deduction of 3 is −3,00)
 * @param achievementPercent for the percentage-based kinds (numeric target, survey, task completion) the
 *                           achievement, scale 2, capped; null for the other kinds and when missing
 * @param met                whether the criterion is fully met (see {@link CriterionScorer} for each kind)
 * @param missing            no value was given (null actual, unanswered); points are then 0
 */
public record CriterionScore(BigDecimal points, BigDecimal achievementPercent, boolean met, boolean missing) {

    public CriterionScore {
        Objects.requireNonNull(points, "points");
        points = points.setScale(2, RoundingMode.HALF_UP);
        if (achievementPercent != null) {
            achievementPercent = achievementPercent.setScale(2, RoundingMode.HALF_UP);
        }
    }

    /** A missing value: 0 points, not met, flagged. */
    public static CriterionScore missingValue() {
        return new CriterionScore(BigDecimal.ZERO, null, false, true);
    }
}
