package vn.thidua.plan;

/** Whether a larger value of an indicator is better (coverage) or worse (mortality). */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
