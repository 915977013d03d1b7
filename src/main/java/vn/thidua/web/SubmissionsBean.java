package vn.thidua.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitService;
import vn.thidua.org.UnitType;
import vn.thidua.plan.EmulationPlan;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.PlanStatus;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;
import vn.thidua.submission.Submission;
import vn.thidua.submission.SubmissionService;

/**
 * /submission/submissions.xhtml: a unit's reports per plan and year (its own and its sub-units'), where a unit
 * starts or continues one; the office sees every report received.
 */
@Named
@ViewScoped
public class SubmissionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A unit with its report for the chosen plan year, if it has started one. */
    public record Row(Unit unit, Submission submission) {
    }

    @Inject
    private transient PlanService planService;
    @Inject
    private transient UnitService unitService;
    @Inject
    private transient SubmissionService submissions;
    @Inject
    private transient CurrentUser currentUser;

    private transient List<EmulationPlan> plans;
    private Long plan;
    private Integer year;
    private transient List<Row> rows;

    public void load() {
        plans = planService.search(null, PlanStatus.ISSUED, null);
        if (plan == null && !plans.isEmpty()) {
            plan = plans.get(0).getId();
        }
        if (plan != null && (year == null || !selectedPlan().coversYear(year))) {
            EmulationPlan p = selectedPlan();
            year = Math.max(p.getStartYear(), Math.min(p.getEndYear(), SubmissionService.today().getYear()));
        }
        refresh();
    }

    public void refresh() {
        if (plan == null) {
            rows = List.of();
            return;
        }
        List<Submission> found = submissions.visible(plan, year);
        if (isOffice()) {
            rows = found.stream().map(s -> new Row(s.getUnit(), s)).toList();
            return;
        }
        Map<Long, Submission> byUnit = found.stream().collect(Collectors.toMap(s -> s.getUnit().getId(), Function.identity()));
        rows = unitService.visibleUnits().stream().filter(u -> u.isActive() && u.getType() != UnitType.DEPARTMENT)
                .map(u -> new Row(u, byUnit.get(u.getId()))).toList();
    }

    public void changePlan() {
        year = null;
        load();
    }

    /** Starts the unit's report if needed and shows it. */
    public String open(Row row) {
        return FormErrors.attemptValue("submissionsForm", () -> submissions.open(plan, row.unit().getId(), year))
                .map(s -> "/submission/submission?faces-redirect=true&id=" + s.getId()).orElse(null);
    }

    public boolean isOffice() {
        return currentUser.hasAnyRole(Role.ADMIN, Role.SECRETARIAT);
    }

    private EmulationPlan selectedPlan() {
        return getPlans().stream().filter(p -> p.getId().equals(plan)).findFirst().orElseGet(() -> planService.find(plan));
    }

    public List<Integer> getYears() {
        if (plan == null) {
            return List.of();
        }
        return selectedPlan().getYears();
    }

    public List<EmulationPlan> getPlans() {
        if (plans == null) {
            plans = planService.search(null, PlanStatus.ISSUED, null);
        }
        return plans;
    }

    public Long getPlan() {
        return plan;
    }

    public void setPlan(Long plan) {
        this.plan = plan;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<Row> getRows() {
        if (rows == null) {
            refresh();
        }
        return rows;
    }
}
