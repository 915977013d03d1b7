package vn.thidua.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.thidua.common.Messages;
import vn.thidua.common.VietnameseNumbers;
import vn.thidua.plan.EmulationPlan;
import vn.thidua.plan.Indicator;
import vn.thidua.plan.YearTarget;
import vn.thidua.report.ChartJson;
import vn.thidua.report.ChartJson.Point;
import vn.thidua.report.ChartJson.Series;
import vn.thidua.report.DashboardService;
import vn.thidua.report.DashboardService.AcrossUnits;
import vn.thidua.report.DashboardService.AwardCounts;
import vn.thidua.report.DashboardService.RoundRanking;
import vn.thidua.report.DashboardService.Trend;
import vn.thidua.report.DashboardService.TrendPoint;
import vn.thidua.report.TargetStatus;
import vn.thidua.review.RankedUnit;
import vn.thidua.review.RoundService.BlockRanking;
import vn.thidua.submission.Completeness;
import vn.thidua.submission.ReportingState;

/**
 * /report/dashboard.xhtml?plan=…&amp;year=…: the office's, the board's and leaders' charts of a plan year — an
 * indicator across units against its target, its trend over the plan's years, the ranking per block, reporting
 * completeness and awards by title and year.
 */
@Named
@ViewScoped
public class DashboardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient DashboardService dashboards;

    private Long plan;
    private Integer year;
    private Long indicator;
    private String block;

    private transient EmulationPlan selectedPlan;
    private transient List<Indicator> indicators;
    private transient AcrossUnits acrossUnits;
    private transient Trend trend;
    private transient RoundRanking ranking;
    private transient Completeness completeness;
    private transient AwardCounts awards;
    private transient boolean loaded;

    public void load() {
        dashboards.requireOverview();
        selectedPlan = dashboards.plan(plan);
        plan = selectedPlan.getId();
        year = dashboards.year(selectedPlan, year);
        indicators = dashboards.indicators(plan);
        if (indicator == null || indicators.stream().noneMatch(i -> i.getId().equals(indicator))) {
            indicator = indicators.stream().filter(i -> i.targetApplying(year).isPresent()).findFirst()
                    .or(() -> indicators.stream().findFirst()).map(Indicator::getId).orElse(null);
        }
        acrossUnits = indicator == null ? null : dashboards.acrossUnits(plan, indicator, year);
        trend = indicator == null ? null : dashboards.trend(plan, indicator);
        ranking = dashboards.ranking(plan, year).orElse(null);
        if (ranking != null && (block == null || ranking.blocks().stream().noneMatch(b -> b.block().equals(block)))) {
            block = ranking.blocks().stream().filter(b -> !b.units().isEmpty()).findFirst()
                    .or(() -> ranking.blocks().stream().findFirst()).map(BlockRanking::block).orElse(null);
        }
        completeness = dashboards.completeness(plan, year).orElse(null);
        awards = dashboards.awards(plan);
        loaded = true;
    }

    /** A change of plan starts over on the plan's own default year and first indicator. */
    public void planChanged() {
        year = null;
        indicator = null;
        block = null;
        load();
    }

    private void ensureLoaded() {
        if (!loaded) {
            load();
        }
    }

    // ------------------------------------------------------------------ charts

    /** Each unit's value, coloured by its status, and the year's target as a dashed line. */
    public String getIndicatorChart() {
        AcrossUnits a = getAcrossUnits();
        if (a == null) {
            return null;
        }
        String unit = unitSuffix(a.indicator());
        List<Point> bars = a.values().stream().map(v -> new Point(v.unitName(), v.value(),
                VietnameseNumbers.format(v.value()) + unit + " – " + text("TargetStatus." + v.status()), v.status().colour())).toList();
        YearTarget target = a.target();
        return ChartJson.barsWithTarget(bars, text("dashboard.value"), target == null ? null : target.getValue(),
                text("dashboard.target"), target == null ? null : target.getText() + unit, chartLocale());
    }

    /** The province's figure per year and the year's target. */
    public String getTrendChart() {
        Trend t = getTrend();
        if (t == null) {
            return null;
        }
        String unit = unitSuffix(t.indicator());
        List<String> years = t.points().stream().map(p -> String.valueOf(p.year())).toList();
        List<BigDecimal> figures = t.points().stream().map(TrendPoint::aggregate).toList();
        List<String> figureTips = t.points().stream().map(p -> p.aggregate() == null ? null
                : VietnameseNumbers.format(p.aggregate()) + unit + " (" + text("dashboard.unitsReporting", p.units()) + ")").toList();
        List<BigDecimal> targets = t.points().stream().map(p -> p.target() == null ? null : p.target().getValue()).toList();
        List<String> targetTips = t.points().stream().map(p -> p.target() == null ? null : p.target().getText() + unit).toList();
        return ChartJson.lines(years, List.of(
                new Series(text("dashboard.aggregate." + t.aggregation()), figures, figureTips, ChartJson.VALUE_COLOUR),
                new Series(text("dashboard.target"), targets, targetTips, ChartJson.TARGET_COLOUR)), chartLocale());
    }

    /** The chosen block's totals, best first, labelled with the rank. */
    public String getRankingChart() {
        BlockRanking b = getSelectedBlock();
        if (b == null) {
            return null;
        }
        List<Point> bars = new ArrayList<>();
        for (RankedUnit r : b.units()) {
            bars.add(new Point(r.rank() + ". " + r.entry().unitName(), r.entry().total(),
                    VietnameseNumbers.format(r.entry().total()) + " – " + text("dashboard.rankOf", r.rank(), b.units().size())
                            + (r.tied() ? " (" + text("dashboard.tied") + ")" : ""),
                    r.tied() ? TargetStatus.NEAR.colour() : ChartJson.VALUE_COLOUR));
        }
        return ChartJson.horizontalBars(bars, text("dashboard.total"), chartLocale());
    }

    /** Tall enough for one bar per unit of the block. */
    public String getRankingStyle() {
        BlockRanking b = getSelectedBlock();
        int units = b == null ? 0 : b.units().size();
        return "height:" + Math.max(12, 4 + units * 2) + "rem";
    }

    public String getCompletenessChart() {
        Completeness c = getCompleteness();
        if (c == null) {
            return null;
        }
        List<Point> slices = new ArrayList<>();
        for (ReportingState s : ReportingState.values()) {
            slices.add(new Point(text("ReportingState." + s), BigDecimal.valueOf(c.total().count(s)),
                    c.total().count(s) + " (" + VietnameseNumbers.format(c.total().percent(s)) + " %)", stateColour(s)));
        }
        return ChartJson.doughnut(slices, chartLocale());
    }

    public String getAwardsChart() {
        AwardCounts a = getAwards();
        List<String> years = a.years().stream().map(String::valueOf).toList();
        List<Series> series = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Map<Integer, Long>> title : a.byTitle().entrySet()) {
            List<BigDecimal> counts = a.years().stream().map(y -> BigDecimal.valueOf(title.getValue().getOrDefault(y, 0L))).toList();
            series.add(new Series(title.getKey(), counts, counts.stream().map(VietnameseNumbers::format).toList(),
                    ChartJson.PALETTE.get(i++ % ChartJson.PALETTE.size())));
        }
        return ChartJson.stackedBars(years, series, chartLocale());
    }

    static String stateColour(ReportingState state) {
        return switch (state) {
            case ON_TIME -> "#16a34a";
            case LATE -> "#f59e0b";
            case RETURNED -> "#ea580c";
            case DRAFT -> "#60a5fa";
            case NOT_STARTED -> "#9ca3af";
        };
    }

    // ------------------------------------------------------------------ texts

    private String unitSuffix(Indicator i) {
        String unit = i.getUnitOfMeasure();
        return unit == null || unit.isBlank() ? "" : " " + unit;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** The language Chart.js formats axis numbers in. */
    static String chartLocale() {
        return "en".equals(locale().getLanguage()) ? "en-GB" : "vi-VN";
    }

    private static String text(String key, Object... args) {
        return Messages.text(locale(), key, args);
    }

    // ------------------------------------------------------------------ choices

    public List<Integer> getYears() {
        return getSelectedPlan().getYears();
    }

    public List<SelectItem> getIndicatorItems() {
        ensureLoaded();
        return indicators.stream().map(i -> new SelectItem(i.getId(), i.getCode() + ". " + i.getName())).toList();
    }

    public List<String> getBlocks() {
        RoundRanking r = getRanking();
        return r == null ? List.of() : r.blocks().stream().map(BlockRanking::block).toList();
    }

    public BlockRanking getSelectedBlock() {
        RoundRanking r = getRanking();
        return r == null ? null : r.blocks().stream().filter(b -> b.block().equals(block)).findFirst().orElse(null);
    }

    /** The amber band in percent of the target (10). */
    public String getNearPercent() {
        return VietnameseNumbers.format(TargetStatus.NEAR_SHARE.movePointRight(2));
    }

    public TargetStatus[] getStatuses() {
        return TargetStatus.values();
    }

    public ReportingState[] getStates() {
        return ReportingState.values();
    }

    // ------------------------------------------------------------------ data

    public EmulationPlan getSelectedPlan() {
        ensureLoaded();
        return selectedPlan;
    }

    public AcrossUnits getAcrossUnits() {
        ensureLoaded();
        return acrossUnits;
    }

    public Trend getTrend() {
        ensureLoaded();
        return trend;
    }

    public RoundRanking getRanking() {
        ensureLoaded();
        return ranking;
    }

    public Completeness getCompleteness() {
        ensureLoaded();
        return completeness;
    }

    public AwardCounts getAwards() {
        ensureLoaded();
        return awards;
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

    public Long getIndicator() {
        return indicator;
    }

    public void setIndicator(Long indicator) {
        this.indicator = indicator;
    }

    public String getBlock() {
        return block;
    }

    public void setBlock(String block) {
        this.block = block;
    }
}
