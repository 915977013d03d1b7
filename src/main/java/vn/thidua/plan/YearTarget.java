package vn.thidua.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** The target of an indicator for one year, or its baseline (an actual value, e.g. "Thực hiện 2024"). */
@Embeddable
public class YearTarget {

    @Column(name = "target_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private boolean baseline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Comparison comparison;

    @Column(name = "target_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal value;

    @Column(name = "upper_value", precision = 19, scale = 4)
    private BigDecimal upper;

    private String label;

    protected YearTarget() {
    }

    public YearTarget(int year, boolean baseline, TargetValue target, String label) {
        this.year = year;
        this.baseline = baseline;
        this.comparison = target.comparison();
        this.value = target.value();
        this.upper = target.upper();
        this.label = label;
    }

    public TargetValue target() {
        return new TargetValue(comparison, value, upper);
    }

    public int getYear() {
        return year;
    }

    public boolean isBaseline() {
        return baseline;
    }

    public Comparison getComparison() {
        return comparison;
    }

    public BigDecimal getValue() {
        return value;
    }

    public BigDecimal getUpper() {
        return upper;
    }

    public String getLabel() {
        return label;
    }

    /** "≥ 11,5", "< 6,1", "90–100" */
    public String getText() {
        return TargetText.format(target());
    }

    @Override
    public String toString() {
        return (baseline ? "baseline " : "") + year + " " + getText();
    }
}
