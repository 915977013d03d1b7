package vn.thidua.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.thidua.org.StaffMember;
import vn.thidua.org.Unit;

/** A disciplinary measure (kỷ luật) against a person or a collective. */
@Entity
@Table(name = "discipline")
public class Discipline extends HistoryEntry {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DisciplineMeasure measure;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "decision_no", length = 64)
    private String decisionNo;

    @Column(length = 1000)
    private String reason;

    protected Discipline() {
    }

    public Discipline(Unit unit, StaffMember staff, DisciplineMeasure measure, LocalDate decidedOn, String decisionNo, String reason) {
        super(unit, staff);
        this.measure = measure;
        this.decidedOn = decidedOn;
        this.decisionNo = decisionNo;
        this.reason = reason;
    }

    @Override
    protected String auditState() {
        return ownerState() + "; measure=" + measure
                + "; decidedOn=" + decidedOn;
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
}
