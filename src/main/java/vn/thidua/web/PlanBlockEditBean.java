package vn.thidua.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import vn.thidua.org.Unit;
import vn.thidua.plan.EmulationPlan;
import vn.thidua.plan.PlanBlock;
import vn.thidua.plan.PlanBlockService;
import vn.thidua.plan.PlanService;

/** Add or change one block of units that compete under a plan in a year: /plan/block.xhtml?plan=…&amp;id=… */
@Named
@ViewScoped
public class PlanBlockEditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PlanService planService;
    @Inject
    private transient PlanBlockService blockService;

    private Long plan;
    private Long id;
    private String planNumber;
    private List<Integer> years = List.of();
    private Integer year;
    private String name;
    private List<Long> unitIds = new ArrayList<>();
    private Long version;

    public void load() {
        EmulationPlan p = planService.findForChange(plan);
        planNumber = p.getNumberSymbol();
        years = IntStream.rangeClosed(p.getStartYear(), p.getEndYear()).boxed().toList();
        if (id != null) {
            PlanBlock block = blockService.find(plan, id);
            year = block.getYear();
            name = block.getName();
            unitIds = new ArrayList<>(block.getUnits().stream().map(Unit::getId).toList());
            version = block.getVersion();
        } else if (year == null) {
            year = p.getEndYear();
        }
    }

    public String save() {
        if (!FormErrors.attempt("blockForm", () -> blockService.save(plan, id, year, name, unitIds, version))) {
            return null;
        }
        FormErrors.info("common.saved");
        return "/plan/plan?faces-redirect=true&tab=" + PlanBean.Tab.BLOCKS + "&id=" + plan;
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

    public List<Integer> getYears() {
        return years;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<Long> getUnitIds() {
        return unitIds;
    }

    public void setUnitIds(List<Long> unitIds) {
        this.unitIds = unitIds == null ? new ArrayList<>() : unitIds;
    }
}
