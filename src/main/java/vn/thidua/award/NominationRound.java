package vn.thidua.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import vn.thidua.common.AuditedEntity;
import vn.thidua.plan.EmulationPlan;

/** A call for nominations for one award year; units nominate while it is open. */
@Entity
@Table(name = "nomination_round")
public class NominationRound extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoundKind kind;

    @Column(name = "award_year", nullable = false)
    private int year;

    @ManyToOne
    @JoinColumn(name = "plan_id")
    private EmulationPlan plan;

    private LocalDate deadline;

    private boolean open = true;

    @Version
    private long version;

    protected NominationRound() {
    }

    public NominationRound(String name, RoundKind kind, int year, EmulationPlan plan, LocalDate deadline) {
        this.name = name;
        this.kind = kind;
        this.year = year;
        this.plan = plan;
        this.deadline = deadline;
    }

    @Override
    protected String auditState() {
        return "name=" + name + "; kind=" + kind + "; year=" + year + "; deadline=" + deadline + "; open=" + open;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public RoundKind getKind() {
        return kind;
    }

    public int getYear() {
        return year;
    }

    public EmulationPlan getPlan() {
        return plan;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public boolean isOpen() {
        return open;
    }

    public void setOpen(boolean open) {
        this.open = open;
    }

    public long getVersion() {
        return version;
    }
}
