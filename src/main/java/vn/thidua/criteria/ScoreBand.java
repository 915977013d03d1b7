package vn.thidua.criteria;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One step of a {@link ScoringMethod#BANDS} rule: an achievement of at least
 * {@code minAchievementPercent} (inclusive) earns {@code points}.
 */
public record ScoreBand(BigDecimal minAchievementPercent, BigDecimal points) {

    public ScoreBand {
        Objects.requireNonNull(minAchievementPercent, "minAchievementPercent");
        Objects.requireNonNull(points, "points");
        if (minAchievementPercent.signum() < 0) {
            throw new IllegalArgumentException("band minimum must not be negative: " + minAchievementPercent);
        }
        if (points.signum() < 0) {
            throw new IllegalArgumentException("band points must not be negative: " + points);
        }
    }

    public static ScoreBand of(String minAchievementPercent, String points) {
        return new ScoreBand(new BigDecimal(minAchievementPercent), new BigDecimal(points));
    }
}
