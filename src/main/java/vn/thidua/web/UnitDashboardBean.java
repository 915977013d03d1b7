package vn.thidua.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import vn.thidua.common.Messages;
import vn.thidua.common.VietnameseNumbers;
import vn.thidua.org.Unit;
import vn.thidua.plan.EmulationPlan;
import vn.thidua.plan.TargetText;
import vn.thidua.report.ChartJson;
import vn.thidua.report.ChartJson.Point;
import vn.thidua.report.ChartJson.Series;
import vn.thidua.report.DashboardService;
import vn.thidua.report.DashboardService.RankPoint;
import vn.thidua.report.DashboardService.UnitIndicator;
import vn.thidua.report.DashboardService.UnitIndicators;

/**
 * /report/unit-dashboard.xhtml?plan=…&amp;year=…&amp;unit=…: a unit's own indicators against their targets (red, amber,
 * green) and its rank in the published rounds of the plan's years. Unit users see their own unit (another one
 * answers 403); the office may pick any unit.
 */
@Named
@ViewScoped
public class UnitDashboardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient DashboardService dashboards;

    private Long plan;
    private Integer year;
    private Long unit;

    private transient EmulationPlan selectedPlan;
    private transient Unit selectedUnit;
    private transient UnitIndicators indicators;
    private transient List<RankPoint> ranks;
    private transient boolean loaded;

    public void load() {
        selectedPlan = dashboards.plan(plan);
        plan = selectedPlan.getId();
        year = dashboards.year(selectedPlan, year);
        selectedUnit = dashboards.unit(unit, selectedPlan, year);
        unit = selectedUnit.getId();
        indicators = dashboards.unitIndicators(plan, selectedUnit, year);
        ranks = dashboards.rankHistory(plan, selectedUnit);
        loaded = true;
    }

    public void planChanged() {
        year = null;
        load();
    }

    private void ensureLoaded() {
        if (!loaded) {
            load();
        }
    }

    /** Achievement per indicator (value against target, lower-is-better inverted), coloured by status; 100 % drawn as a line. */
    public String getIndicatorChart() {
        List<Point> bars = getIndicators().rows().stream().filter(r -> r.achievement() != null)
                .map(r -> new Point(r.code(), r.achievement(), tooltip(r), r.status().colour())).toList();
        return ChartJson.barsWithTarget(bars, text("dashboard.achievement"), new BigDecimal("100"), text("dashboard.target"), "100 %",
                DashboardBean.chartLocale());
    }

    private String tooltip(UnitIndicator r) {
        String unitOfMeasure = r.unitOfMeasure() == null ? "" : " " + r.unitOfMeasure();
        return VietnameseNumbers.format(r.achievement()) + " % (" + VietnameseNumbers.format(r.value()) + unitOfMeasure + " / "
                + TargetText.format(r.target()) + unitOfMeasure + ") – " + text("TargetStatus." + r.status());
    }

    public boolean isIndicatorChartShown() {
        return getIndicators().rows().stream().anyMatch(r -> r.achievement() != null);
    }

    /** The rank per year, 1 at the top. */
    public String getRankChart() {
        List<RankPoint> points = getRanks();
        List<String> years = points.stream().map(p -> String.valueOf(p.year())).toList();
        List<BigDecimal> values = points.stream().map(p -> BigDecimal.valueOf(p.rank())).toList();
        List<String> tips = points.stream().map(p -> text("dashboard.rankOf", p.rank(), p.unitsInBlock()) + " – " + p.block()
                + " – " + VietnameseNumbers.format(p.total())).toList();
        int max = points.stream().mapToInt(RankPoint::unitsInBlock).max().orElse(1);
        return ChartJson.ranks(years, new Series(text("dashboard.rank"), values, tips, ChartJson.VALUE_COLOUR), max, DashboardBean.chartLocale());
    }

    public String targetText(UnitIndicator row) {
        return row.target() == null ? "" : TargetText.format(row.target());
    }

    public boolean isCanPickUnit() {
        return dashboards.canPickUnit();
    }

    public List<SelectItem> getUnitItems() {
        return dashboards.units(getSelectedPlan(), year).stream().map(u -> new SelectItem(u.getId(), u.getName())).toList();
    }

    public List<Integer> getYears() {
        return getSelectedPlan().getYears();
    }

    private static String text(String key, Object... args) {
        return Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, args);
    }

    public EmulationPlan getSelectedPlan() {
        ensureLoaded();
        return selectedPlan;
    }

    public Unit getSelectedUnit() {
        ensureLoaded();
        return selectedUnit;
    }

    public UnitIndicators getIndicators() {
        ensureLoaded();
        return indicators;
    }

    public List<RankPoint> getRanks() {
        ensureLoaded();
        return ranks;
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

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }
}
