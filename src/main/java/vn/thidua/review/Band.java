package vn.thidua.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A classification band of the ranking (xếp loại): a unit whose total is at least {@code minTotal} (inclusive)
 * and below the next band's minimum falls into it; see {@link Ranking#bandFor}.
 *
 * @param name     the name shown, not blank
 * @param minTotal the lowest total of the band, ≥ 0
 */
public record Band(String name, BigDecimal minTotal) {

    /** Xuất sắc (excellent): 90 and above. */
    public static final Band XUAT_SAC = new Band("Xuất sắc", new BigDecimal("90"));
    /** Tốt (good): 75 to below 90. */
    public static final Band TOT = new Band("Tốt", new BigDecimal("75"));
    /** Khá (fair): 60 to below 75. */
    public static final Band KHA = new Band("Khá", new BigDecimal("60"));

    public Band {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a band needs a name");
        }
        Objects.requireNonNull(minTotal, "minTotal");
        if (minTotal.signum() < 0) {
            throw new IllegalArgumentException("a band's minimum must not be negative: " + minTotal);
        }
    }

    /** The default bands: Xuất sắc ≥ 90, Tốt ≥ 75, Khá ≥ 60; a total below 60 has no band. */
    public static List<Band> defaults() {
        return List.of(XUAT_SAC, TOT, KHA);
    }
}
