package vn.thidua.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.PlanTask;
import vn.thidua.plan.TaskForm;
import vn.thidua.plan.TaskService;

/** Add or change one task of a plan: /plan/task.xhtml?plan=…&amp;id=… */
@Named
@ViewScoped
public class PlanTaskEditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PlanService planService;
    @Inject
    private transient TaskService taskService;

    private Long plan;
    private Long id;
    private String planNumber;
    private String code;
    private String content;
    private Long leadUnitId;
    private String leadBody;
    private String coordinatingBodies;
    private String due;
    private Long version;

    public void load() {
        planNumber = planService.findForChange(plan).getNumberSymbol();
        if (id != null) {
            PlanTask task = taskService.find(plan, id);
            code = task.getCode();
            content = task.getContent();
            leadUnitId = task.getLeadUnit() == null ? null : task.getLeadUnit().getId();
            leadBody = task.getLeadBody();
            coordinatingBodies = String.join("\n", task.getCoordinatingBodyList());
            due = task.getDueText();
            version = task.getVersion();
        }
    }

    public String save() {
        TaskForm form = new TaskForm(code, content, leadUnitId, leadBody,
                coordinatingBodies == null ? null : Arrays.asList(coordinatingBodies.split("\\R")), due, version);
        if (!FormErrors.attempt("taskForm", () -> taskService.save(plan, id, form))) {
            return null;
        }
        FormErrors.info("common.saved");
        return "/plan/plan?faces-redirect=true&tab=" + PlanBean.Tab.TASKS + "&id=" + plan;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getPlan() {
        return plan;
    }

    public void setPlan(Long plan) {
        this.plan = plan;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getPlanNumber() {
        return planNumber;
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

    public Long getLeadUnitId() {
        return leadUnitId;
    }

    public void setLeadUnitId(Long leadUnitId) {
        this.leadUnitId = leadUnitId;
    }

    public String getLeadBody() {
        return leadBody;
    }

    public void setLeadBody(String leadBody) {
        this.leadBody = leadBody;
    }

    public String getCoordinatingBodies() {
        return coordinatingBodies;
    }

    public void setCoordinatingBodies(String coordinatingBodies) {
        this.coordinatingBodies = coordinatingBodies;
    }

    public String getDue() {
        return due;
    }

    public void setDue(String due) {
        this.due = due;
    }
}
