package vn.thidua.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import vn.thidua.org.UnitType;
import vn.thidua.plan.Comparison;
import vn.thidua.plan.Direction;
import vn.thidua.plan.Indicator;
import vn.thidua.plan.IndicatorForm;
import vn.thidua.plan.IndicatorGroup;
import vn.thidua.plan.IndicatorService;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.YearTarget;

/** Add or change one indicator of a plan with its targets per year: /plan/indicator.xhtml?plan=…&amp;id=… */
@Named
@ViewScoped
public class IndicatorEditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One year's target as the form edits it. */
    public static class TargetRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Integer year;
        private boolean baseline;
        private Comparison comparison = Comparison.GE;
        private BigDecimal value;
        private BigDecimal upper;
        private String label;

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public boolean isBaseline() {
            return baseline;
        }

        public void setBaseline(boolean baseline) {
            this.baseline = baseline;
        }

        public Comparison getComparison() {
            return comparison;
        }

        public void setComparison(Comparison comparison) {
            this.comparison = comparison;
        }

        public BigDecimal getValue() {
            return value;
        }

        public void setValue(BigDecimal value) {
            this.value = value;
        }

        public BigDecimal getUpper() {
            return upper;
        }

        public void setUpper(BigDecimal upper) {
            this.upper = upper;
        }
    }

    @Inject
    private transient PlanService planService;
    @Inject
    private transient IndicatorService indicatorService;

    private Long plan;
    private Long id;
    private String planNumber;
    private int endYear;
    private String code;
    private String name;
    private IndicatorGroup group;
    private String unitOfMeasure;
    private Direction direction = Direction.HIGHER_IS_BETTER;
    private String numeratorLabel;
    private String denominatorLabel;
    private BigDecimal multiplier;
    private UnitType[] unitTypes = {};
    private final List<TargetRow> targets = new ArrayList<>();
    private Long version;

    public void load() {
        var p = planService.findForChange(plan);
        planNumber = p.getNumberSymbol();
        endYear = p.getEndYear();
        if (id == null) {
            addTarget();
            return;
        }
        Indicator indicator = indicatorService.find(plan, id);
        code = indicator.getCode();
        name = indicator.getName();
        group = indicator.getGroup();
        unitOfMeasure = indicator.getUnitOfMeasure();
        direction = indicator.getDirection();
        numeratorLabel = indicator.getNumeratorLabel();
        denominatorLabel = indicator.getDenominatorLabel();
        multiplier = indicator.getMultiplier();
        unitTypes = indicator.getUnitTypeSet().toArray(UnitType[]::new);
        for (YearTarget t : indicator.getTargets()) {
            TargetRow row = new TargetRow();
            row.year = t.getYear();
            row.baseline = t.isBaseline();
            row.comparison = t.getComparison();
            row.value = t.getValue();
            row.upper = t.getUpper();
            row.label = t.getLabel();
            targets.add(row);
        }
        version = indicator.getVersion();
    }

    public void addTarget() {
        TargetRow row = new TargetRow();
        row.year = endYear;
        row.comparison = direction == Direction.LOWER_IS_BETTER ? Comparison.LE : Comparison.GE;
        targets.add(row);
    }

    public void removeTarget(TargetRow row) {
        targets.remove(row);
    }

    public String save() {
        List<IndicatorForm.TargetForm> typed = targets.stream()
                .filter(t -> t.year != null || t.value != null)
                .map(t -> new IndicatorForm.TargetForm(t.year, t.baseline, t.comparison, t.value,
                        t.comparison == Comparison.BETWEEN ? t.upper : null, t.label))
                .toList();
        IndicatorForm form = new IndicatorForm(code, name, group, unitOfMeasure, direction, numeratorLabel, denominatorLabel,
                multiplier, unitTypes.length == 0 ? EnumSet.noneOf(UnitType.class) : EnumSet.copyOf(java.util.Arrays.asList(unitTypes)), typed, version);
        boolean saved = FormErrors.attempt("indicatorForm", () -> indicatorService.save(plan, id, form));
        if (!saved) {
            return null;
        }
        FormErrors.info("common.saved");
        return "/plan/plan?faces-redirect=true&tab=" + PlanBean.Tab.INDICATORS + "&id=" + plan;
    }

    public boolean isNew() {
        return id == null;
    }

    public IndicatorGroup[] getGroups() {
        return IndicatorGroup.values();
    }

    public Direction[] getDirections() {
        return Direction.values();
    }

    public Comparison[] getComparisons() {
        return Comparison.values();
    }

    public UnitType[] getAllUnitTypes() {
        return UnitType.values();
    }

    public List<TargetRow> getTargets() {
        return targets;
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public IndicatorGroup getGroup() {
        return group;
    }

    public void setGroup(IndicatorGroup group) {
        this.group = group;
    }

    public String getUnitOfMeasure() {
        return unitOfMeasure;
    }

    public void setUnitOfMeasure(String unitOfMeasure) {
        this.unitOfMeasure = unitOfMeasure;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public String getNumeratorLabel() {
        return numeratorLabel;
    }

    public void setNumeratorLabel(String numeratorLabel) {
        this.numeratorLabel = numeratorLabel;
    }

    public String getDenominatorLabel() {
        return denominatorLabel;
    }

    public void setDenominatorLabel(String denominatorLabel) {
        this.denominatorLabel = denominatorLabel;
    }

    public BigDecimal getMultiplier() {
        return multiplier;
    }

    public void setMultiplier(BigDecimal multiplier) {
        this.multiplier = multiplier;
    }

    /** An array, so that JSF converts the selected values to the enum. */
    public UnitType[] getUnitTypes() {
        return unitTypes;
    }

    public void setUnitTypes(UnitType[] unitTypes) {
        this.unitTypes = unitTypes == null ? new UnitType[0] : unitTypes;
    }
}
