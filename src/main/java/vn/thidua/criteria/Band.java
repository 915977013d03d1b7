package vn.thidua.criteria;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A step of a banded rule: from this achievement (%) on, these points. */
@Embeddable
public class Band {

    @Column(name = "min_achievement", nullable = false, precision = 9, scale = 2)
    private BigDecimal minAchievement;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal points;

    protected Band() {
    }

    public Band(BigDecimal minAchievement, BigDecimal points) {
        this.minAchievement = minAchievement;
        this.points = points;
    }

    public BigDecimal getMinAchievement() {
        return minAchievement;
    }

    public BigDecimal getPoints() {
        return points;
    }

    @Override
    public String toString() {
        return "≥" + minAchievement.toPlainString() + "%:" + points.toPlainString();
    }
}
