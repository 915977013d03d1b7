package vn.thidua.criteria;

/** What a criterion measures and therefore how it is scored; see {@link CriterionScorer}. */
public enum CriterionKind {
    /** An actual value against a target with a direction (doctors per 10,000 ≥ 11,5). */
    NUMERIC_TARGET,
    /** A single yes/no item: yes gives the maximum, no gives 0. */
    YES_NO,
    /** Items of its own, each with points; the points of the items answered yes, capped at the maximum. */
    CHECKLIST,
    /** Satisfied ÷ surveyed as a percentage against a target (≥ 90 %); higher is better. */
    SURVEY_PERCENTAGE,
    /** Completed on time ÷ assigned as a percentage against a target (≥ 100 % by default). */
    TASK_COMPLETION,
    /** Bonus points (điểm thưởng), clamped to 0..max, added on top of the declared total. */
    BONUS,
    /** Penalty points (điểm trừ), a negative contribution of at most the maximum. */
    PENALTY;

    /** Bonus and penalty lie outside the framework's declared total. */
    public boolean isBonusOrPenalty() {
        return this == BONUS || this == PENALTY;
    }

    /** Whether points follow from an achievement against a target, by a scoring method. */
    public boolean usesAchievement() {
        return this == NUMERIC_TARGET || this == SURVEY_PERCENTAGE || this == TASK_COMPLETION;
    }
}
