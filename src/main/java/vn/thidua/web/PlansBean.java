package vn.thidua.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.thidua.plan.EmulationPlan;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.PlanStatus;

/** The list of plans with search: /plan/plans.xhtml */
@Named
@ViewScoped
public class PlansBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PlanService planService;

    private String text;
    private PlanStatus status;
    private Integer year;
    private transient List<EmulationPlan> plans;

    public void search() {
        plans = planService.search(text, status, year);
    }

    public List<EmulationPlan> getPlans() {
        if (plans == null) {
            search();
        }
        return plans;
    }

    public boolean isEditable() {
        return planService.canEdit();
    }

    public PlanStatus[] getStatuses() {
        return PlanStatus.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public void setStatus(PlanStatus status) {
        this.status = status;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
