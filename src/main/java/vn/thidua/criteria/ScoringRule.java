package vn.thidua.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How a percentage-based criterion is scored.
 *
 * @param method     how achievement becomes points
 * @param maxPoints  the criterion's maximum, &gt; 0
 * @param capPercent the ceiling on the achievement shown, at least 100; null means 100. The cap never lets
 *                   points exceed {@code maxPoints}: it only limits the achievement percentage reported (and
 *                   so which bands can be reached).
 * @param bands      for {@link ScoringMethod#BANDS} only (non-empty; stored sorted by minimum, minimums
 *                   distinct, points not decreasing as the minimum rises, no band above the maximum); empty
 *                   for the other methods (null is read as empty)
 */
public record ScoringRule(ScoringMethod method, BigDecimal maxPoints, BigDecimal capPercent, List<ScoreBand> bands) {

    public static final BigDecimal DEFAULT_CAP = new BigDecimal("100");

    public ScoringRule {
        Objects.requireNonNull(method, "method");
        if (maxPoints == null || maxPoints.signum() <= 0) {
            throw new IllegalArgumentException("maxPoints must be positive: " + maxPoints);
        }
        if (capPercent == null) {
            capPercent = DEFAULT_CAP;
        }
        if (capPercent.compareTo(DEFAULT_CAP) < 0) {
            throw new IllegalArgumentException("capPercent must be at least 100: " + capPercent);
        }
        List<ScoreBand> sorted = new ArrayList<>(bands == null ? List.of() : bands);
        if (sorted.contains(null)) {
            throw new IllegalArgumentException("null band");
        }
        sorted.sort(Comparator.comparing(ScoreBand::minAchievementPercent));
        if (method == ScoringMethod.BANDS) {
            if (sorted.isEmpty()) {
                throw new IllegalArgumentException("BANDS needs at least one band");
            }
            for (int i = 0; i < sorted.size(); i++) {
                ScoreBand band = sorted.get(i);
                if (band.points().compareTo(maxPoints) > 0) {
                    throw new IllegalArgumentException("band points " + band.points() + " above maximum " + maxPoints);
                }
                if (i > 0) {
                    ScoreBand previous = sorted.get(i - 1);
                    if (previous.minAchievementPercent().compareTo(band.minAchievementPercent()) == 0) {
                        throw new IllegalArgumentException("two bands start at " + band.minAchievementPercent());
                    }
                    if (previous.points().compareTo(band.points()) > 0) {
                        throw new IllegalArgumentException("band points must not fall as the minimum rises");
                    }
                }
            }
        } else if (!sorted.isEmpty()) {
            throw new IllegalArgumentException("bands are only for BANDS, not " + method);
        }
        bands = List.copyOf(sorted);
    }

    public static ScoringRule allOrNothing(BigDecimal maxPoints) {
        return new ScoringRule(ScoringMethod.ALL_OR_NOTHING, maxPoints, null, List.of());
    }

    public static ScoringRule proportional(BigDecimal maxPoints) {
        return new ScoringRule(ScoringMethod.PROPORTIONAL, maxPoints, null, List.of());
    }

    public static ScoringRule proportional(BigDecimal maxPoints, BigDecimal capPercent) {
        return new ScoringRule(ScoringMethod.PROPORTIONAL, maxPoints, capPercent, List.of());
    }

    public static ScoringRule bands(BigDecimal maxPoints, List<ScoreBand> bands) {
        return new ScoringRule(ScoringMethod.BANDS, maxPoints, null, bands);
    }

    public static ScoringRule bands(BigDecimal maxPoints, BigDecimal capPercent, List<ScoreBand> bands) {
        return new ScoringRule(ScoringMethod.BANDS, maxPoints, capPercent, bands);
    }
}
