package vn.thidua.criteria;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import vn.thidua.plan.Comparison;
import vn.thidua.plan.Direction;
import vn.thidua.plan.TargetValue;

/**
 * How far an actual value achieves a target, as a percentage rounded HALF_UP to 2 decimals and never above
 * the cap nor below 0.
 * <ul>
 * <li>Higher is better: actual ÷ target × 100. A target of 0 (or below) cannot divide: the cap when the
 * target {@link TargetValue#isMetBy is met}, else 0. An actual of 0 or below against a positive target → 0.</li>
 * <li>Lower is better: target ÷ actual × 100. An actual of 0 (or below) counts as fully met → the cap. A
 * target of 0 (or below) with a positive actual: the cap when the target is met, else 0.</li>
 * <li>{@link Comparison#BETWEEN} (the direction is not used): inside the range (bounds included) → 100;
 * below it → actual ÷ lower × 100; above it → upper ÷ actual × 100 (distance-based, so 10 % outside a bound
 * gives about 90 %); 0 when the bound is 0 or the value is not positive.</li>
 * <li>The other comparisons (≥, >, ≤, <, =) only decide {@link TargetValue#isMetBy whether the target is met};
 * the achievement follows the direction. So "> 11,5" with 11,5 shows 100 % although it is not met.</li>
 * </ul>
 */
public final class Achievement {

    static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final int WORKING_SCALE = 10;

    private Achievement() {
    }

    /**
     * @param capPercent the ceiling, at least 100; null means 100
     * @return the achievement percentage, or null when {@code actual} is null
     */
    public static BigDecimal percent(TargetValue target, Direction direction, BigDecimal actual, BigDecimal capPercent) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(direction, "direction");
        BigDecimal cap = capPercent == null ? HUNDRED : capPercent;
        if (cap.compareTo(HUNDRED) < 0) {
            throw new IllegalArgumentException("capPercent must be at least 100: " + capPercent);
        }
        if (actual == null) {
            return null;
        }
        BigDecimal raw;
        if (target.comparison() == Comparison.BETWEEN) {
            raw = between(target, actual);
        } else if (direction == Direction.HIGHER_IS_BETTER) {
            if (target.value().signum() <= 0) {
                raw = target.isMetBy(actual) ? cap : BigDecimal.ZERO;
            } else {
                raw = ratio(actual, target.value());
            }
        } else {
            if (actual.signum() <= 0) {
                raw = cap;
            } else if (target.value().signum() <= 0) {
                raw = target.isMetBy(actual) ? cap : BigDecimal.ZERO;
            } else {
                raw = ratio(target.value(), actual);
            }
        }
        return raw.min(cap).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }

    /** With the default cap of 100 %. */
    public static BigDecimal percent(TargetValue target, Direction direction, BigDecimal actual) {
        return percent(target, direction, actual, null);
    }

    private static BigDecimal between(TargetValue target, BigDecimal actual) {
        if (target.isMetBy(actual)) {
            return HUNDRED;
        }
        if (actual.compareTo(target.value()) < 0) {
            return target.value().signum() > 0 ? ratio(actual, target.value()) : BigDecimal.ZERO;
        }
        return target.upper().signum() > 0 ? ratio(target.upper(), actual) : BigDecimal.ZERO;
    }

    /** numerator ÷ denominator × 100, 0 when the numerator is not positive; denominator &gt; 0. */
    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        if (numerator.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return numerator.multiply(HUNDRED).divide(denominator, WORKING_SCALE, RoundingMode.HALF_UP);
    }
}
