package vn.thidua.criteria;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import vn.thidua.plan.Comparison;
import vn.thidua.plan.Direction;
import vn.thidua.plan.TargetValue;

/**
 * Scores one criterion of one unit. Stateless; every method is static.
 * <p>
 * Points are rounded HALF_UP to 2 decimals, achievement percentages likewise (see {@link Achievement}). A
 * missing value (a null actual, an unanswered item) gives 0 points with {@code missing = true} and never an
 * exception. Impossible input (satisfied above surveyed, a negative count, a non-positive maximum) throws a
 * {@link ScoringInputException} (an {@link IllegalArgumentException}) carrying a message key.
 * <p>
 * Choices:
 * <ul>
 * <li>Percentage-based kinds score the achievement rounded to 2 decimals, so the figure shown is the figure
 * scored; PROPORTIONAL never gives more than the maximum, the cap only limits the achievement shown (and the
 * bands it can reach).</li>
 * <li>{@code met} is {@link TargetValue#isMetBy} of the actual value for the percentage-based kinds; yes for
 * YES_NO; full marks for CHECKLIST; any points for BONUS; no violation for PENALTY.</li>
 * <li>PENALTY points are a negative contribution (−3,00 for a deduction of 3), so every kind's points add up
 * to the unit's total.</li>
 * <li>CHECKLIST: unanswered items count as "no" and flag the score {@code missing}; the yes items still
 * count.</li>
 * <li>SURVEY_PERCENTAGE with nobody surveyed and TASK_COMPLETION with no task assigned have nothing to measure:
 * 0 points, flagged {@code missing}.</li>
 * </ul>
 */
public final class CriterionScorer {

    /** The default target of a task completion criterion: ≥ 100 %. */
    public static final TargetValue ALL_TASKS_DONE = TargetValue.of(Comparison.GE, Achievement.HUNDRED);

    private CriterionScorer() {
    }

    /** A {@link CriterionKind#NUMERIC_TARGET}: the actual value against the target, by the rule's method. */
    public static CriterionScore numeric(ScoringRule rule, TargetValue target, Direction direction, BigDecimal actual) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(direction, "direction");
        if (actual == null) {
            return CriterionScore.missingValue();
        }
        BigDecimal achievement = Achievement.percent(target, direction, actual, rule.capPercent());
        boolean met = target.isMetBy(actual);
        BigDecimal points = switch (rule.method()) {
            case ALL_OR_NOTHING -> met ? rule.maxPoints() : BigDecimal.ZERO;
            case PROPORTIONAL -> rule.maxPoints().multiply(achievement.min(Achievement.HUNDRED))
                    .divide(Achievement.HUNDRED, 2, RoundingMode.HALF_UP);
            case BANDS -> bandPoints(rule, achievement);
        };
        return new CriterionScore(points, achievement, met, false);
    }

    /** A {@link CriterionKind#YES_NO} item: yes → the maximum, no → 0, null → missing. */
    public static CriterionScore yesNo(BigDecimal maxPoints, Boolean answer) {
        requirePositiveMax(maxPoints);
        if (answer == null) {
            return CriterionScore.missingValue();
        }
        return answer
                ? new CriterionScore(maxPoints, null, true, false)
                : new CriterionScore(BigDecimal.ZERO, null, false, false);
    }

    /**
     * A {@link CriterionKind#CHECKLIST}: the points of the items answered yes, capped at the maximum. Met when
     * the points reach the maximum. Missing when the list is null or empty or any item is unanswered (the yes
     * items still count).
     */
    public static CriterionScore checklist(BigDecimal maxPoints, List<ChecklistAnswer> answers) {
        requirePositiveMax(maxPoints);
        if (answers == null || answers.isEmpty()) {
            return CriterionScore.missingValue();
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean unanswered = false;
        for (ChecklistAnswer answer : answers) {
            if (answer == null || answer.itemPoints() == null || answer.itemPoints().signum() < 0) {
                throw new IllegalArgumentException("checklist item points must be given and not negative: " + answer);
            }
            if (answer.yes() == null) {
                unanswered = true;
            } else if (answer.yes()) {
                sum = sum.add(answer.itemPoints());
            }
        }
        BigDecimal points = sum.min(maxPoints);
        return new CriterionScore(points, null, points.compareTo(maxPoints) == 0, unanswered);
    }

    /**
     * A {@link CriterionKind#SURVEY_PERCENTAGE}: {@link #percentage satisfied ÷ surveyed} against the target
     * (in percent), higher is better, by the rule's method.
     *
     * @throws ScoringInputException when a count is negative or satisfied exceeds surveyed
     */
    public static CriterionScore survey(ScoringRule rule, TargetValue target, Long surveyed, Long satisfied) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(target, "target");
        if (surveyed == null || satisfied == null) {
            return CriterionScore.missingValue();
        }
        requireNotNegative(surveyed);
        requireNotNegative(satisfied);
        if (satisfied > surveyed) {
            throw new ScoringInputException("score.satisfiedAboveSurveyed",
                    List.of(String.valueOf(satisfied), String.valueOf(surveyed)),
                    "satisfied (" + satisfied + ") exceeds surveyed (" + surveyed + ")");
        }
        if (surveyed == 0) {
            return CriterionScore.missingValue();
        }
        return numeric(rule, target, Direction.HIGHER_IS_BETTER, percentage(satisfied, surveyed));
    }

    /** A {@link CriterionKind#TASK_COMPLETION} against {@link #ALL_TASKS_DONE ≥ 100 %}. */
    public static CriterionScore taskCompletion(ScoringRule rule, Long assigned, Long completed) {
        return taskCompletion(rule, ALL_TASKS_DONE, assigned, completed);
    }

    /**
     * A {@link CriterionKind#TASK_COMPLETION}: {@link #percentage completed on time ÷ assigned} against the
     * target (in percent), higher is better, by the rule's method.
     *
     * @throws ScoringInputException when a count is negative or completed exceeds assigned
     */
    public static CriterionScore taskCompletion(ScoringRule rule, TargetValue target, Long assigned, Long completed) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(target, "target");
        if (assigned == null || completed == null) {
            return CriterionScore.missingValue();
        }
        requireNotNegative(assigned);
        requireNotNegative(completed);
        if (completed > assigned) {
            throw new ScoringInputException("score.completedAboveAssigned",
                    List.of(String.valueOf(completed), String.valueOf(assigned)),
                    "completed (" + completed + ") exceeds assigned (" + assigned + ")");
        }
        if (assigned == 0) {
            return CriterionScore.missingValue();
        }
        return numeric(rule, target, Direction.HIGHER_IS_BETTER, percentage(completed, assigned));
    }

    /** A {@link CriterionKind#BONUS}: the points claimed, clamped to 0..max. Met when above 0. */
    public static CriterionScore bonus(BigDecimal maxPoints, BigDecimal claimed) {
        requirePositiveMax(maxPoints);
        if (claimed == null) {
            return CriterionScore.missingValue();
        }
        BigDecimal points = claimed.max(BigDecimal.ZERO).min(maxPoints);
        return new CriterionScore(points, null, points.signum() > 0, false);
    }

    /**
     * A {@link CriterionKind#PENALTY}: −min(violations × points per violation, max), a negative contribution.
     * Met when there is no violation.
     *
     * @throws ScoringInputException when violations is negative
     */
    public static CriterionScore penalty(BigDecimal maxPoints, BigDecimal pointsPerViolation, Long violations) {
        requirePositiveMax(maxPoints);
        if (pointsPerViolation == null || pointsPerViolation.signum() < 0) {
            throw new IllegalArgumentException("pointsPerViolation must be given and not negative: " + pointsPerViolation);
        }
        if (violations == null) {
            return CriterionScore.missingValue();
        }
        requireNotNegative(violations);
        BigDecimal deduction = pointsPerViolation.multiply(BigDecimal.valueOf(violations)).min(maxPoints);
        return new CriterionScore(deduction.negate(), null, violations == 0, false);
    }

    /** part ÷ whole × 100, rounded HALF_UP to 2 decimals; whole &gt; 0. 423 of 450 → 94,00. */
    public static BigDecimal percentage(long part, long whole) {
        if (whole <= 0) {
            throw new IllegalArgumentException("whole must be positive: " + whole);
        }
        return BigDecimal.valueOf(part).multiply(Achievement.HUNDRED)
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal bandPoints(ScoringRule rule, BigDecimal achievement) {
        BigDecimal points = BigDecimal.ZERO;
        for (ScoreBand band : rule.bands()) { // sorted by minimum
            if (achievement.compareTo(band.minAchievementPercent()) >= 0) {
                points = band.points();
            }
        }
        return points;
    }

    private static void requirePositiveMax(BigDecimal maxPoints) {
        if (maxPoints == null || maxPoints.signum() <= 0) {
            throw new IllegalArgumentException("maxPoints must be positive: " + maxPoints);
        }
    }

    private static void requireNotNegative(long count) {
        if (count < 0) {
            throw new ScoringInputException("score.negativeCount", List.of(String.valueOf(count)),
                    "count must not be negative: " + count);
        }
    }
}
