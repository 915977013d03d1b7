package vn.thidua.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.thidua.org.StaffMember;
import vn.thidua.org.Unit;

/** The performance rating of a person (staff set) or of a collective for one year. */
@Entity
@Table(name = "performance_rating")
public class AnnualRating extends HistoryEntry {

    @Column(name = "rating_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PerformanceRating rating;

    protected AnnualRating() {
    }

    public AnnualRating(Unit unit, StaffMember staff, int year, PerformanceRating rating) {
        super(unit, staff);
        this.year = year;
        this.rating = rating;
    }

    @Override
    protected String auditState() {
        return ownerState() + "; year=" + year + "; rating=" + rating;
    }

    public int getYear() {
        return year;
    }

    public PerformanceRating getRating() {
        return rating;
    }

}
