package vn.thidua.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A unit to be ranked within its emulation block. The figures are rounded HALF_UP to 2 decimals on the way in,
 * so that the figures ranked are the figures shown.
 *
 * @param unitId         the unit
 * @param unitName       its name, not blank; orders units sharing a rank (Vietnamese collation)
 * @param total          the unit's total, ≥ 0
 * @param criteriaMet    the number of criteria fully met, ≥ 0
 * @param penaltyPoints  the penalty points, ≤ 0
 * @param criteriaPoints the criteria points before bonus and penalty, ≥ 0
 */
public record RankEntry(long unitId, String unitName, BigDecimal total, int criteriaMet, BigDecimal penaltyPoints,
        BigDecimal criteriaPoints) {

    public RankEntry {
        if (unitName == null || unitName.isBlank()) {
            throw new IllegalArgumentException("unit " + unitId + " needs a name");
        }
        total = scaled(total, "total");
        penaltyPoints = scaled(penaltyPoints, "penaltyPoints");
        criteriaPoints = scaled(criteriaPoints, "criteriaPoints");
        if (total.signum() < 0) {
            throw new IllegalArgumentException("total must not be negative: " + total);
        }
        if (criteriaMet < 0) {
            throw new IllegalArgumentException("criteriaMet must not be negative: " + criteriaMet);
        }
        if (penaltyPoints.signum() > 0) {
            throw new IllegalArgumentException("penalty points are a negative contribution: " + penaltyPoints);
        }
        if (criteriaPoints.signum() < 0) {
            throw new IllegalArgumentException("criteriaPoints must not be negative: " + criteriaPoints);
        }
    }

    /** The entry of a unit from its review result. */
    public static RankEntry of(long unitId, String unitName, UnitResult result) {
        Objects.requireNonNull(result, "result");
        return new RankEntry(unitId, unitName, result.total(), result.criteriaMet(), result.penaltyPoints(),
                result.criteriaPoints());
    }

    private static BigDecimal scaled(BigDecimal value, String name) {
        return Objects.requireNonNull(value, name).setScale(Aggregation.SCALE, RoundingMode.HALF_UP);
    }
}
