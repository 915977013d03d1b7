package vn.thidua.report;

import java.math.BigDecimal;
import vn.thidua.plan.Comparison;
import vn.thidua.plan.Direction;
import vn.thidua.plan.TargetValue;

/**
 * Red, amber or green for a value against its target, as the dashboards colour it.
 * <ul>
 * <li>{@link #MET} (green): the target is met, exactly as scoring decides it ({@link TargetValue#isMetBy}).</li>
 * <li>{@link #NEAR} (amber): not met, but within {@link #NEAR_SHARE} (10 %) of the target on the side the indicator
 * counts as worse: for higher-is-better, at least target − 10 % × |target|; for lower-is-better, at most target +
 * 10 % × |target|. For a range (BETWEEN) the nearer bound counts, whatever the direction. A target of 0 leaves no
 * room: a value that misses it is red.</li>
 * <li>{@link #MISSED} (red): otherwise.</li>
 * <li>{@link #NO_DATA}: no value or no target.</li>
 * </ul>
 * The direction matters only for the amber band; whether a value meets the target follows the comparison (≥, <, …),
 * so that a dashboard never shows green what scoring counts as not met.
 */
public enum TargetStatus {
    MET("#16a34a"), NEAR("#f59e0b"), MISSED("#dc2626"), NO_DATA("#9ca3af");

    /** How close to the target, as a share of it, a value that misses it is still amber. */
    public static final BigDecimal NEAR_SHARE = new BigDecimal("0.10");

    private final String colour;

    TargetStatus(String colour) {
        this.colour = colour;
    }

    /** The colour of a bar or mark in this status (CSS hex). */
    public String colour() {
        return colour;
    }

    public static TargetStatus classify(BigDecimal value, TargetValue target, Direction direction) {
        return classify(value, target, direction, NEAR_SHARE);
    }

    /**
     * @param nearShare the amber band as a share of the target (0.10 for 10 %), not negative
     */
    public static TargetStatus classify(BigDecimal value, TargetValue target, Direction direction, BigDecimal nearShare) {
        if (nearShare == null || nearShare.signum() < 0) {
            throw new IllegalArgumentException("nearShare must not be negative: " + nearShare);
        }
        if (value == null || target == null) {
            return NO_DATA;
        }
        if (target.isMetBy(value)) {
            return MET;
        }
        if (target.comparison() == Comparison.BETWEEN) {
            return value.compareTo(target.value()) < 0
                    ? (value.compareTo(lowest(target.value(), nearShare)) >= 0 ? NEAR : MISSED)
                    : (value.compareTo(highest(target.upper(), nearShare)) <= 0 ? NEAR : MISSED);
        }
        boolean lowerIsBetter = direction == Direction.LOWER_IS_BETTER;
        boolean near = lowerIsBetter ? value.compareTo(highest(target.value(), nearShare)) <= 0
                : value.compareTo(lowest(target.value(), nearShare)) >= 0;
        return near ? NEAR : MISSED;
    }

    private static BigDecimal lowest(BigDecimal target, BigDecimal share) {
        return target.subtract(target.abs().multiply(share));
    }

    private static BigDecimal highest(BigDecimal target, BigDecimal share) {
        return target.add(target.abs().multiply(share));
    }
}
