package vn.thidua.plan;

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

/** A dated step of a plan: launch, mid-term review (sơ kết), final review (tổng kết). */
@Entity
@Table(name = "plan_milestone")
public class Milestone extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private EmulationPlan plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MilestoneKind kind;

    @Column(nullable = false)
    private String title;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Version
    private long version;

    protected Milestone() {
    }

    public Milestone(EmulationPlan plan, MilestoneKind kind, String title, LocalDate dueOn) {
        this.plan = plan;
        this.kind = kind;
        this.title = title;
        this.dueOn = dueOn;
    }

    @Override
    protected String auditState() {
        return "plan=" + plan.getId() + "; kind=" + kind + "; title=" + title + "; dueOn=" + dueOn;
    }

    @Override
    public Long getId() {
        return id;
    }

    public EmulationPlan getPlan() {
        return plan;
    }

    public MilestoneKind getKind() {
        return kind;
    }

    public void setKind(MilestoneKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public long getVersion() {
        return version;
    }
}
