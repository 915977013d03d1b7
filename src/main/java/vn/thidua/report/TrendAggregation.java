package vn.thidua.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import vn.thidua.plan.Indicator;

/**
 * How the province's figure of an indicator for a year is made from the units' values: the sum for an indicator that
 * counts things (its unit of measure a count: "lượt", "ca", "người", …, and not a rate), else the mean of the units
 * that reported a value — rates, percentages and per-10.000 figures are averaged unweighted, one unit one voice.
 */
public enum TrendAggregation {
    MEAN, SUM;

    /** Units of measure that count things; compared lower-case without surrounding spaces. */
    static final Set<String> COUNT_UNITS = Set.of("count", "lượt", "ca", "người", "cơ sở", "đơn vị", "số lượng", "vụ", "lần");

    /** Decimals of a mean. */
    public static final int SCALE = 2;

    public static TrendAggregation of(Indicator indicator) {
        return of(indicator.getUnitOfMeasure(), indicator.isRate());
    }

    public static TrendAggregation of(String unitOfMeasure, boolean rate) {
        if (rate || unitOfMeasure == null) {
            return MEAN;
        }
        return COUNT_UNITS.contains(unitOfMeasure.strip().toLowerCase(Locale.ROOT)) ? SUM : MEAN;
    }

    /** @return the sum or the mean (HALF_UP to {@link #SCALE} decimals) of the values given, null values left out; null when none */
    public BigDecimal apply(Collection<BigDecimal> values) {
        List<BigDecimal> present = values.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return null;
        }
        BigDecimal sum = present.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return this == SUM ? sum : sum.divide(BigDecimal.valueOf(present.size()), SCALE, RoundingMode.HALF_UP);
    }
}
