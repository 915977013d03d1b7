package vn.thidua.criteria;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One item of a checklist criterion, e.g. "Có biển báo cấm hút thuốc lá tại các khu vực" – 2 points. */
@Embeddable
public class ChecklistItem {

    @Column(nullable = false)
    private String text;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal points;

    protected ChecklistItem() {
    }

    public ChecklistItem(String text, BigDecimal points) {
        this.text = text;
        this.points = points;
    }

    public String getText() {
        return text;
    }

    public BigDecimal getPoints() {
        return points;
    }

    @Override
    public String toString() {
        return text + " (" + points.toPlainString() + ")";
    }
}
