package vn.thidua.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import vn.thidua.common.AccessDeniedException;
import vn.thidua.common.Messages;
import vn.thidua.criteria.FrameworkForm;
import vn.thidua.criteria.FrameworkService;
import vn.thidua.criteria.ScoringFramework;
import vn.thidua.org.UnitType;
import vn.thidua.plan.ContentForm;
import vn.thidua.plan.EmulationPlan;
import vn.thidua.plan.Indicator;
import vn.thidua.plan.IndicatorService;
import vn.thidua.plan.MilestoneForm;
import vn.thidua.plan.MilestoneKind;
import vn.thidua.plan.MonitoringFrequency;
import vn.thidua.plan.PlanBlock;
import vn.thidua.plan.PlanBlockService;
import vn.thidua.plan.PlanForm;
import vn.thidua.plan.PlanKind;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.PlanStatus;
import vn.thidua.plan.PlanTask;
import vn.thidua.plan.TaskService;

/** One plan with its tabs, or a new plan: /plan/plan.xhtml?id=…&amp;tab=INDICATORS */
@Named
@ViewScoped
public class PlanBean implements Serializable {

    /** The tabs of the plan page, in their order on the page. */
    public enum Tab {
        GENERAL, CONTENTS, MILESTONES, INDICATORS, TASKS, BLOCKS, FRAMEWORKS
    }

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PlanService planService;
    @Inject
    private transient IndicatorService indicatorService;
    @Inject
    private transient TaskService taskService;
    @Inject
    private transient PlanBlockService blockService;
    @Inject
    private transient FrameworkService frameworkService;
    @Inject
    private transient Messages messages;

    private Long id;
    private transient EmulationPlan plan;

    // general data
    private String numberSymbol;
    private Long issuingUnitId;
    private String issuingBody;
    private String place;
    private LocalDate issuedOn;
    private String title;
    private String summary;
    private PlanKind kind = PlanKind.WHOLE_PERIOD;
    private Integer startYear;
    private Integer endYear;
    private Integer reportDay;
    private Integer reportMonth;
    private MonitoringFrequency monitoringFrequency;
    private Long version;

    // new content and milestone
    private String contentTitle;
    private String contentDescription;
    private MilestoneKind milestoneKind;
    private String milestoneTitle;
    private LocalDate milestoneDue;

    private Integer blockYear;
    private Tab tab = Tab.GENERAL;

    // read once per view: the page asks for each several times while it renders
    private transient List<Indicator> indicators;
    private transient List<PlanTask> tasks;
    private transient List<PlanBlock> blocks;
    private transient List<ScoringFramework> frameworks;

    private String frameworkName;
    private UnitType frameworkUnitType;
    private BigDecimal declaredTotal = new BigDecimal("100");

    public void load() {
        if (id == null) {
            if (!planService.canEdit()) {
                throw new AccessDeniedException(messages.get("error.forbidden"));
            }
            startYear = LocalDate.now().getYear();
            endYear = startYear;
            return;
        }
        plan = planService.find(id);
        numberSymbol = plan.getNumberSymbol();
        issuingUnitId = plan.getIssuingUnit() == null ? null : plan.getIssuingUnit().getId();
        issuingBody = plan.getIssuingBody();
        place = plan.getPlace();
        issuedOn = plan.getIssuedOn();
        title = plan.getTitle();
        summary = plan.getSummary();
        kind = plan.getKind();
        startYear = plan.getStartYear();
        endYear = plan.getEndYear();
        reportDay = plan.getReportDay();
        reportMonth = plan.getReportMonth();
        monitoringFrequency = plan.getMonitoringFrequency();
        version = plan.getVersion();
        if (blockYear == null) {
            blockYear = Math.max(plan.getStartYear(), Math.min(plan.getEndYear(), LocalDate.now().getYear()));
        }
    }

    public String save() {
        PlanForm form = new PlanForm(numberSymbol, issuingUnitId, issuingBody, place, issuedOn, title, summary, kind, startYear,
                endYear, reportDay, reportMonth, monitoringFrequency, version);
        boolean saved = FormErrors.attempt("tabs:planForm", () -> {
            if (id == null) {
                id = planService.create(form).getId();
            } else {
                planService.update(id, form);
            }
        });
        return saved ? done(Tab.GENERAL) : null;
    }

    public String changeStatus(PlanStatus next) {
        boolean saved = FormErrors.attempt("tabs:planForm", () -> planService.changeStatus(id, next, version));
        if (!saved) {
            return null;
        }
        FormErrors.info("plan.statusChanged", messages.get("PlanStatus." + next));
        return "/plan/plan?faces-redirect=true&id=" + id;
    }

    public String addContent() {
        boolean saved = FormErrors.attempt("tabs:contentsForm",
                () -> planService.saveContent(id, null, new ContentForm(null, contentTitle, contentDescription, null)));
        return saved ? done(Tab.CONTENTS) : null;
    }

    public String deleteContent(long contentId) {
        return FormErrors.attempt("tabs:contentsForm", () -> planService.deleteContent(id, contentId)) ? done(Tab.CONTENTS) : null;
    }

    public String addMilestone() {
        boolean saved = FormErrors.attempt("tabs:milestonesForm",
                () -> planService.saveMilestone(id, null, new MilestoneForm(milestoneKind, milestoneTitle, milestoneDue, null)));
        return saved ? done(Tab.MILESTONES) : null;
    }

    public String deleteMilestone(long milestoneId) {
        return FormErrors.attempt("tabs:milestonesForm", () -> planService.deleteMilestone(id, milestoneId)) ? done(Tab.MILESTONES) : null;
    }

    public String deleteIndicator(long indicatorId) {
        return FormErrors.attempt("tabs:indicatorsForm", () -> indicatorService.delete(id, indicatorId)) ? done(Tab.INDICATORS) : null;
    }

    public String deleteTask(long taskId) {
        return FormErrors.attempt("tabs:tasksForm", () -> taskService.delete(id, taskId)) ? done(Tab.TASKS) : null;
    }

    public void copyBlocks() {
        FormErrors.attemptValue("tabs:blocksForm", () -> blockService.copyFromOrganisation(id, blockYear))
                .ifPresent(copied -> {
                    blocks = null;
                    FormErrors.info("planBlock.copied", copied);
                });
    }

    public String deleteBlock(long blockId) {
        return FormErrors.attempt("tabs:blocksForm", () -> blockService.delete(id, blockId)) ? done(Tab.BLOCKS) : null;
    }

    public String createFramework() {
        return FormErrors.attemptValue("tabs:frameworksForm", () -> frameworkService.create(id,
                        new FrameworkForm(frameworkName, frameworkUnitType, declaredTotal, null)))
                .map(framework -> "/plan/framework?faces-redirect=true&id=" + framework.getId())
                .orElse(null);
    }

    private String done(Tab shown) {
        FormErrors.info("common.saved");
        return "/plan/plan?faces-redirect=true&id=" + id + "&tab=" + shown;
    }

    public Tab getTab() {
        return tab;
    }

    public void setTab(Tab tab) {
        this.tab = tab == null ? Tab.GENERAL : tab;
    }

    public int getActiveIndex() {
        return tab.ordinal();
    }

    public void setActiveIndex(int index) {
        tab = Tab.values()[index];
    }

    public boolean isEditable() {
        return planService.canEdit() && (getPlan() == null || getPlan().getStatus() != PlanStatus.CLOSED);
    }

    /** Whether the buttons that issue, close or reopen the plan show. */
    public boolean isStatusChangeable() {
        return planService.canEdit() && !isNew();
    }

    public boolean isNew() {
        return id == null;
    }

    public EmulationPlan getPlan() {
        if (plan == null && id != null) {
            plan = planService.find(id);
        }
        return plan;
    }

    public List<Indicator> getIndicators() {
        if (indicators == null) {
            indicators = id == null ? List.of() : indicatorService.list(id);
        }
        return indicators;
    }

    public List<PlanTask> getTasks() {
        if (tasks == null) {
            tasks = id == null ? List.of() : taskService.list(id);
        }
        return tasks;
    }

    public List<PlanBlock> getBlocks() {
        if (blocks == null) {
            blocks = id == null ? List.of() : blockService.list(id, blockYear);
        }
        return blocks;
    }

    public List<ScoringFramework> getFrameworks() {
        if (frameworks == null) {
            frameworks = id == null ? List.of() : frameworkService.list(id);
        }
        return frameworks;
    }

    public List<Integer> getPlanYears() {
        EmulationPlan p = getPlan();
        return p == null ? List.of() : IntStream.rangeClosed(p.getStartYear(), p.getEndYear()).boxed().toList();
    }

    public PlanKind[] getKinds() {
        return PlanKind.values();
    }

    public MonitoringFrequency[] getFrequencies() {
        return MonitoringFrequency.values();
    }

    public MilestoneKind[] getMilestoneKinds() {
        return MilestoneKind.values();
    }

    public UnitType[] getUnitTypes() {
        return UnitType.values();
    }

    /** The transitions the plan's status allows from here. */
    public List<PlanStatus> getNextStatuses() {
        EmulationPlan p = getPlan();
        return p == null ? List.of() : Arrays.stream(PlanStatus.values()).filter(s -> p.getStatus().canMoveTo(s)).toList();
    }

    /** The button label for a move to that status: issue, close, reopen, back to draft. */
    public String statusActionKey(PlanStatus next) {
        return switch (next) {
            case ISSUED -> getPlan() != null && getPlan().getStatus() == PlanStatus.CLOSED ? "plan.reopen" : "plan.issue";
            case CLOSED -> "plan.close";
            case DRAFT -> "plan.backToDraft";
        };
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNumberSymbol() {
        return numberSymbol;
    }

    public void setNumberSymbol(String numberSymbol) {
        this.numberSymbol = numberSymbol;
    }

    public Long getIssuingUnitId() {
        return issuingUnitId;
    }

    public void setIssuingUnitId(Long issuingUnitId) {
        this.issuingUnitId = issuingUnitId;
    }

    public String getIssuingBody() {
        return issuingBody;
    }

    public void setIssuingBody(String issuingBody) {
        this.issuingBody = issuingBody;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public PlanKind getKind() {
        return kind;
    }

    public void setKind(PlanKind kind) {
        this.kind = kind;
    }

    public Integer getStartYear() {
        return startYear;
    }

    public void setStartYear(Integer startYear) {
        this.startYear = startYear;
    }

    public Integer getEndYear() {
        return endYear;
    }

    public void setEndYear(Integer endYear) {
        this.endYear = endYear;
    }

    public Integer getReportDay() {
        return reportDay;
    }

    public void setReportDay(Integer reportDay) {
        this.reportDay = reportDay;
    }

    public Integer getReportMonth() {
        return reportMonth;
    }

    public void setReportMonth(Integer reportMonth) {
        this.reportMonth = reportMonth;
    }

    public MonitoringFrequency getMonitoringFrequency() {
        return monitoringFrequency;
    }

    public void setMonitoringFrequency(MonitoringFrequency monitoringFrequency) {
        this.monitoringFrequency = monitoringFrequency;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getContentTitle() {
        return contentTitle;
    }

    public void setContentTitle(String contentTitle) {
        this.contentTitle = contentTitle;
    }

    public String getContentDescription() {
        return contentDescription;
    }

    public void setContentDescription(String contentDescription) {
        this.contentDescription = contentDescription;
    }

    public MilestoneKind getMilestoneKind() {
        return milestoneKind;
    }

    public void setMilestoneKind(MilestoneKind milestoneKind) {
        this.milestoneKind = milestoneKind;
    }

    public String getMilestoneTitle() {
        return milestoneTitle;
    }

    public void setMilestoneTitle(String milestoneTitle) {
        this.milestoneTitle = milestoneTitle;
    }

    public LocalDate getMilestoneDue() {
        return milestoneDue;
    }

    public void setMilestoneDue(LocalDate milestoneDue) {
        this.milestoneDue = milestoneDue;
    }

    public Integer getBlockYear() {
        return blockYear;
    }

    public void setBlockYear(Integer blockYear) {
        this.blockYear = blockYear;
        blocks = null;
    }

    public String getFrameworkName() {
        return frameworkName;
    }

    public void setFrameworkName(String frameworkName) {
        this.frameworkName = frameworkName;
    }

    public UnitType getFrameworkUnitType() {
        return frameworkUnitType;
    }

    public void setFrameworkUnitType(UnitType frameworkUnitType) {
        this.frameworkUnitType = frameworkUnitType;
    }

    public BigDecimal getDeclaredTotal() {
        return declaredTotal;
    }

    public void setDeclaredTotal(BigDecimal declaredTotal) {
        this.declaredTotal = declaredTotal;
    }
}
