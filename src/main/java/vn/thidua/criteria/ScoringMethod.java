package vn.thidua.criteria;

/**
 * How an achievement percentage turns into points, for {@link CriterionKind#NUMERIC_TARGET},
 * {@link CriterionKind#SURVEY_PERCENTAGE} and {@link CriterionKind#TASK_COMPLETION}.
 */
public enum ScoringMethod {
    /** Target met ({@code TargetValue.isMetBy}) → the maximum, else 0. */
    ALL_OR_NOTHING,
    /** max × min(achievement, 100) ÷ 100: never above the maximum, whatever the cap. */
    PROPORTIONAL,
    /** Stepped bands: the highest band whose minimum the achievement reaches; below every band → 0. */
    BANDS
}
