package vn.thidua.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.thidua.common.AuditedEntity;

/** One numbered emulation content (nội dung thi đua) of a plan; seed 004 part III has seven. */
@Entity
@Table(name = "plan_content")
public class PlanContent extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private EmulationPlan plan;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String title;

    private String description;

    @Version
    private long version;

    protected PlanContent() {
    }

    public PlanContent(EmulationPlan plan, int position, String title, String description) {
        this.plan = plan;
        this.position = position;
        this.title = title;
        this.description = description;
    }

    @Override
    protected String auditState() {
        return "plan=" + plan.getId() + "; position=" + position + "; title=" + title;
    }

    @Override
    public Long getId() {
        return id;
    }

    public EmulationPlan getPlan() {
        return plan;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public long getVersion() {
        return version;
    }
}
