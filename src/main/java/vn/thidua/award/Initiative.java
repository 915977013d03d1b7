package vn.thidua.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.thidua.common.VietnameseDates;
import vn.thidua.org.StaffMember;
import vn.thidua.org.Unit;

/** An initiative (sáng kiến) recognised by a decision at a level in a year. */
@Entity
@Table(name = "initiative")
public class Initiative extends HistoryEntry {

    @Column(nullable = false, length = 500)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecognitionLevel level;

    @Column(name = "recognition_year", nullable = false)
    private int year;

    @Column(name = "decision_no", length = 64)
    private String decisionNo;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    protected Initiative() {
    }

    public Initiative(Unit unit, StaffMember staff, String name, RecognitionLevel level, int year, String decisionNo,
            LocalDate decisionDate) {
        super(unit, staff);
        this.name = name;
        this.level = level;
        this.year = year;
        this.decisionNo = decisionNo;
        this.decisionDate = decisionDate;
    }

    public String decisionText() {
        return decisionNo == null ? null : "QĐ " + decisionNo + (decisionDate == null ? "" : " ngày " + VietnameseDates.format(decisionDate));
    }

    @Override
    protected String auditState() {
        return ownerState() + "; name=" + name + "; level=" + level
                + "; year=" + year;
    }

    public String getName() {
        return name;
    }

    public RecognitionLevel getLevel() {
        return level;
    }

    public int getYear() {
        return year;
    }

    public String getDecisionNo() {
        return decisionNo;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }
}
