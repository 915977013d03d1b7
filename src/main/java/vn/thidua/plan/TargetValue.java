package vn.thidua.plan;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A target: comparison and value, with an upper bound for {@link Comparison#BETWEEN}.
 *
 * @param upper only for BETWEEN, else null
 */
public record TargetValue(Comparison comparison, BigDecimal value, BigDecimal upper) {

    public TargetValue {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(value, "value");
        if (comparison == Comparison.BETWEEN && (upper == null || upper.compareTo(value) < 0)) {
            throw new IllegalArgumentException("BETWEEN needs an upper bound not below the lower one");
        }
    }

    public static TargetValue of(Comparison comparison, BigDecimal value) {
        return new TargetValue(comparison, value, null);
    }

    /** Whether an actual value meets this target. */
    public boolean isMetBy(BigDecimal actual) {
        if (actual == null) {
            return false;
        }
        int c = actual.compareTo(value);
        return switch (comparison) {
            case GE -> c >= 0;
            case GT -> c > 0;
            case LE -> c <= 0;
            case LT -> c < 0;
            case EQ -> c == 0;
            case BETWEEN -> c >= 0 && actual.compareTo(upper) <= 0;
        };
    }
}
