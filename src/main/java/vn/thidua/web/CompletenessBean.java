package vn.thidua.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.common.Messages;
import vn.thidua.common.VietnameseDates;
import vn.thidua.plan.EmulationPlan;
import vn.thidua.plan.PlanService;
import vn.thidua.submission.Completeness;
import vn.thidua.submission.CompletenessRow;
import vn.thidua.submission.CompletenessService;
import vn.thidua.submission.ReportingState;

/**
 * /submission/dashboard.xhtml?plan=…&amp;year=…: who has reported, by block and unit type, with a drill-down to
 * the units of a group and reminders to those who have not reported.
 */
@Named
@ViewScoped
public class CompletenessBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient CompletenessService completenessService;
    @Inject
    private transient PlanService planService;

    private Long plan;
    private Integer year;
    private transient EmulationPlan selectedPlan;
    private transient Completeness completeness;
    private String blockFilter;
    private String typeFilter;
    private ReportingState stateFilter;
    private List<CompletenessRow> selected = new ArrayList<>();

    public void load() {
        selectedPlan = planService.find(plan);
        if (year == null || !selectedPlan.coversYear(year)) {
            year = selectedPlan.getEndYear();
        }
        completeness = completenessService.dashboard(plan, year);
    }

    /** Shows the units of one block, one unit type or one state (a click on a count). */
    public void drill(String block, String type, String state) {
        blockFilter = block == null || block.isEmpty() ? null : block;
        typeFilter = type == null || type.isEmpty() ? null : type;
        stateFilter = state == null || state.isEmpty() ? null : ReportingState.valueOf(state);
    }

    public void clearDrill() {
        drill(null, null, null);
    }

    public void remindAll() {
        remind(List.of());
    }

    public void remindSelected() {
        remind(selected.stream().map(CompletenessRow::unitId).toList());
    }

    private void remind(List<Long> unitIds) {
        FormErrors.attemptValue("dashboardForm", () -> completenessService.remind(plan, year, unitIds)).ifPresent(result -> {
            FormErrors.info("completeness.reminded", result.units(), result.accounts(), result.emails());
            load();
        });
    }

    public List<CompletenessRow> getUnits() {
        return getCompleteness().rows().stream()
                .filter(r -> blockFilter == null || blockFilter.equals(r.block()))
                .filter(r -> typeFilter == null || typeFilter.equals(typeLabel(r)))
                .filter(r -> stateFilter == null || stateFilter == r.state())
                .toList();
    }

    private static String typeLabel(CompletenessRow row) {
        return text("UnitType." + row.unitType().name());
    }

    private static String text(String key) {
        return Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key);
    }

    public ReportingState[] getStates() {
        return ReportingState.values();
    }

    public List<Integer> getYears() {
        return getSelectedPlan().getYears();
    }

    public String getDrillLabel() {
        List<String> parts = new ArrayList<>();
        if (blockFilter != null) {
            parts.add(blockFilter);
        }
        if (typeFilter != null) {
            parts.add(typeFilter);
        }
        if (stateFilter != null) {
            parts.add(text("ReportingState." + stateFilter.name()));
        }
        return String.join(" · ", parts);
    }

    public boolean isDrilled() {
        return blockFilter != null || typeFilter != null || stateFilter != null;
    }

    public String getDeadlineText() {
        return VietnameseDates.format(getSelectedPlan().reportingDeadline(year));
    }

    public Completeness getCompleteness() {
        if (completeness == null) {
            load();
        }
        return completeness;
    }

    public EmulationPlan getSelectedPlan() {
        if (selectedPlan == null) {
            load();
        }
        return selectedPlan;
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

    public List<CompletenessRow> getSelected() {
        return selected;
    }

    public void setSelected(List<CompletenessRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    public String getTypeFilter() {
        return typeFilter;
    }

    public String getStateFilter() {
        return stateFilter == null ? null : stateFilter.name();
    }
}
