package vn.thidua.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.thidua.common.AuditedEntity;
import vn.thidua.org.StaffMember;
import vn.thidua.org.Unit;

/** The performance rating of a person (staff set) or of a collective for one year. */
@Entity
@Table(name = "performance_rating")
public class AnnualRating extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "staff_id")
    private StaffMember staff;

    @Column(name = "rating_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PerformanceRating rating;

    @Version
    private long version;

    protected AnnualRating() {
    }

    public AnnualRating(Unit unit, StaffMember staff, int year, PerformanceRating rating) {
        this.unit = unit;
        this.staff = staff;
        this.year = year;
        this.rating = rating;
    }

    @Override
    protected String auditState() {
        return "unit=" + unit.getCode() + "; staff=" + (staff == null ? "" : staff.getId()) + "; year=" + year + "; rating=" + rating;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
    }

    public StaffMember getStaff() {
        return staff;
    }

    public int getYear() {
        return year;
    }

    public PerformanceRating getRating() {
        return rating;
    }

    public void setRating(PerformanceRating rating) {
        this.rating = rating;
    }

    public long getVersion() {
        return version;
    }
}
