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
import java.time.LocalDate;
import vn.thidua.common.AuditedEntity;
import vn.thidua.common.VietnameseDates;
import vn.thidua.org.StaffMember;
import vn.thidua.org.Unit;

/** An initiative (sáng kiến) recognised by a decision at a level in a year. */
@Entity
@Table(name = "initiative")
public class Initiative extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "staff_id")
    private StaffMember staff;

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

    @Version
    private long version;

    protected Initiative() {
    }

    public Initiative(Unit unit, StaffMember staff, String name, RecognitionLevel level, int year, String decisionNo,
            LocalDate decisionDate) {
        this.unit = unit;
        this.staff = staff;
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
        return "unit=" + unit.getCode() + "; staff=" + (staff == null ? "" : staff.getId()) + "; name=" + name + "; level=" + level
                + "; year=" + year;
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

    public long getVersion() {
        return version;
    }
}
