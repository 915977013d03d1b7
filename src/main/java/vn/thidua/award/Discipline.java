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
import vn.thidua.org.StaffMember;
import vn.thidua.org.Unit;

/** A disciplinary measure (kỷ luật) against a person or a collective. */
@Entity
@Table(name = "discipline")
public class Discipline extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "staff_id")
    private StaffMember staff;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DisciplineMeasure measure;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "decision_no", length = 64)
    private String decisionNo;

    @Column(length = 1000)
    private String reason;

    @Version
    private long version;

    protected Discipline() {
    }

    public Discipline(Unit unit, StaffMember staff, DisciplineMeasure measure, LocalDate decidedOn, String decisionNo, String reason) {
        this.unit = unit;
        this.staff = staff;
        this.measure = measure;
        this.decidedOn = decidedOn;
        this.decisionNo = decisionNo;
        this.reason = reason;
    }

    @Override
    protected String auditState() {
        return "unit=" + unit.getCode() + "; staff=" + (staff == null ? "" : staff.getId()) + "; measure=" + measure
                + "; decidedOn=" + decidedOn;
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

    public DisciplineMeasure getMeasure() {
        return measure;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecisionNo() {
        return decisionNo;
    }

    public String getReason() {
        return reason;
    }

    public long getVersion() {
        return version;
    }
}
