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
import java.util.Arrays;
import java.util.List;
import vn.thidua.common.AuditedEntity;
import vn.thidua.org.Unit;

/**
 * A task of a plan (seed 002's appendix): what, who leads (one of our units, or a body named in text),
 * who coordinates, and when it is due.
 */
@Entity
@Table(name = "plan_task")
public class PlanTask extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private EmulationPlan plan;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String content;

    @ManyToOne
    @JoinColumn(name = "lead_unit_id")
    private Unit leadUnit;

    @Column(name = "lead_body")
    private String leadBody;

    /** One body per line. */
    @Column(name = "coordinating_bodies")
    private String coordinatingBodies;

    @Enumerated(EnumType.STRING)
    @Column(name = "due_kind", nullable = false)
    private TaskDue.Kind dueKind = TaskDue.Kind.UNSPECIFIED;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "start_on")
    private LocalDate startOn;

    @Column(name = "due_text")
    private String dueText;

    @Version
    private long version;

    protected PlanTask() {
    }

    public PlanTask(EmulationPlan plan, int position, String code, String content) {
        this.plan = plan;
        this.position = position;
        this.code = code;
        this.content = content;
    }

    @Override
    protected String auditState() {
        return "plan=" + plan.getId() + "; code=" + code + "; lead=" + getLeadName() + "; due=" + dueKind + " " + dueOn
                + " " + (dueText == null ? "" : dueText) + "; content=" + content;
    }

    /** Takes what an imported row says; the lead is one of our units when its name matches one, else the text. */
    public void takeOver(ParsedTask row, Unit matchingLeadUnit) {
        content = row.content();
        leadUnit = matchingLeadUnit;
        leadBody = matchingLeadUnit == null ? row.leadBody() : null;
        setCoordinatingBodyList(row.coordinatingBodies());
        setDue(row.due());
    }

    public TaskDue getDue() {
        return new TaskDue(dueKind, dueOn, startOn, dueText);
    }

    public void setDue(TaskDue due) {
        dueKind = due == null ? TaskDue.Kind.UNSPECIFIED : due.kind();
        dueOn = due == null ? null : due.dueDate();
        startOn = due == null ? null : due.startDate();
        dueText = due == null ? null : due.text();
    }

    /** The lead unit's name, or the body named in text. */
    public String getLeadName() {
        return leadUnit != null ? leadUnit.getName() : leadBody;
    }

    public List<String> getCoordinatingBodyList() {
        return coordinatingBodies == null ? List.of() : Arrays.stream(coordinatingBodies.split("\n")).filter(s -> !s.isBlank()).toList();
    }

    public void setCoordinatingBodyList(List<String> bodies) {
        coordinatingBodies = bodies == null || bodies.isEmpty() ? null : String.join("\n", bodies);
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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public Unit getLeadUnit() {
        return leadUnit;
    }

    public void setLeadUnit(Unit leadUnit) {
        this.leadUnit = leadUnit;
    }

    public String getLeadBody() {
        return leadBody;
    }

    public void setLeadBody(String leadBody) {
        this.leadBody = leadBody;
    }

    public String getDueText() {
        return dueText;
    }

    public TaskDue.Kind getDueKind() {
        return dueKind;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public long getVersion() {
        return version;
    }
}
