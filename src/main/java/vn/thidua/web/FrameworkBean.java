package vn.thidua.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.common.InvalidInputException;
import vn.thidua.common.Messages;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.VietnameseNumbers;
import vn.thidua.criteria.Criterion;
import vn.thidua.criteria.CriterionForm;
import vn.thidua.criteria.CriterionKind;
import vn.thidua.criteria.CriterionTemplate;
import vn.thidua.criteria.FrameworkService;
import vn.thidua.criteria.ScoringFramework;
import vn.thidua.criteria.ScoringMethod;
import vn.thidua.plan.Comparison;
import vn.thidua.plan.Indicator;
import vn.thidua.plan.IndicatorService;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.PlanStatus;
import vn.thidua.plan.TargetText;

/** A scoring framework as a tree of criteria, with templates, editing, freezing and versions: /plan/framework.xhtml?id=… */
@Named
@ViewScoped
public class FrameworkBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient FrameworkService frameworkService;
    @Inject
    private transient IndicatorService indicatorService;
    @Inject
    private transient PlanService planService;
    @Inject
    private transient Messages messages;

    private Long id;
    private transient ScoringFramework framework;

    private Long editingId;
    private boolean editing;
    private Long parentId;
    private String code;
    private String name;
    private CriterionKind kind;
    private BigDecimal maxPoints;
    private ScoringMethod method;
    private BigDecimal capPercent;
    private Long indicatorId;
    private Comparison targetComparison;
    private BigDecimal targetValue;
    private BigDecimal targetUpper;
    private BigDecimal pointsPerViolation;
    private boolean evidenceRequired;
    private String itemsText;
    private String bandsText;
    private Long criterionVersion;
    private BigDecimal pointsEach = new BigDecimal("5");

    public void load() {
        framework = frameworkService.find(id);
    }

    public ScoringFramework getFramework() {
        if (framework == null) {
            load();
        }
        return framework;
    }

    public boolean isEditable() {
        ScoringFramework f = getFramework();
        return planService.canEdit() && !f.isFrozen() && f.getPlan().getStatus() != PlanStatus.CLOSED;
    }

    public boolean isVersionable() {
        return planService.canEdit() && getFramework().isFrozen() && getFramework().getPlan().getStatus() != PlanStatus.CLOSED;
    }

    public List<Criterion> getCriteria() {
        return getFramework().depthFirst();
    }

    public List<String> getProblems() {
        return frameworkService.problems(getFramework());
    }

    /** Sum of the top-level criteria that count towards the total. */
    public BigDecimal getSum() {
        return frameworkService.scoredTotal(getFramework());
    }

    public String describe(Criterion c) {
        if (c.getKind() == null) {
            return messages.get("criterion.group");
        }
        StringBuilder text = new StringBuilder(messages.get("CriterionKind." + c.getKind()));
        if (c.getMethod() != null) {
            text.append(" · ").append(messages.get("ScoringMethod." + c.getMethod()));
        }
        if (c.getIndicator() != null) {
            c.getIndicator().targetApplying(getFramework().getPlan().getEndYear())
                    .ifPresent(t -> text.append(" · ").append(messages.get("criterion.target")).append(' ').append(t.getText()));
        } else if (c.ownTarget() != null) {
            text.append(" · ").append(messages.get("criterion.target")).append(' ').append(TargetText.format(c.ownTarget()));
        }
        if (c.getPointsPerViolation() != null) {
            text.append(" · −").append(VietnameseNumbers.format(c.getPointsPerViolation())).append('/')
                    .append(messages.get("criterion.pointsPerViolation").toLowerCase());
        }
        if (!c.getItems().isEmpty()) {
            text.append(" · ").append(c.getItems().size()).append(' ').append(messages.get("criterion.items").toLowerCase());
        }
        if (c.isEvidenceRequired()) {
            text.append(" · ").append(messages.get("criterion.evidence"));
        }
        return text.toString();
    }

    public String addTemplate(CriterionTemplate template) {
        return FormErrors.attempt("frameworkForm", () -> frameworkService.addTemplate(id, template, null)) ? reload() : null;
    }

    public String addIndicatorGroup() {
        return FormErrors.attempt("frameworkForm", () -> frameworkService.addIndicatorGroup(id, pointsEach)) ? reload() : null;
    }

    public String delete(long criterionId) {
        return FormErrors.attempt("frameworkForm", () -> frameworkService.deleteCriterion(id, criterionId)) ? reload() : null;
    }

    public String freeze() {
        return FormErrors.attempt("frameworkForm", () -> frameworkService.freeze(id, getFramework().getVersion())) ? reload() : null;
    }

    public String newVersion() {
        return FormErrors.attemptValue("frameworkForm", () -> frameworkService.newVersion(id))
                .map(next -> {
                    FormErrors.info("common.saved");
                    return "/plan/framework?faces-redirect=true&id=" + next.getId();
                })
                .orElse(null);
    }

    public void startNew() {
        editing = true;
        editingId = null;
        parentId = null;
        code = null;
        name = null;
        kind = CriterionKind.YES_NO;
        maxPoints = null;
        method = null;
        capPercent = null;
        indicatorId = null;
        targetComparison = null;
        targetValue = null;
        targetUpper = null;
        pointsPerViolation = null;
        evidenceRequired = false;
        itemsText = null;
        bandsText = null;
        criterionVersion = null;
    }

    public void startEdit(long criterionId) {
        Criterion c = getFramework().getCriteria().stream().filter(x -> x.getId() == criterionId).findFirst()
                .orElseThrow(() -> new NotFoundException(messages.get("error.notFound.record")));
        editing = true;
        editingId = c.getId();
        parentId = c.getParent() == null ? null : c.getParent().getId();
        code = c.getCode();
        name = c.getName();
        kind = c.getKind();
        maxPoints = c.getMaxPoints();
        method = c.getMethod();
        capPercent = c.getCapPercent();
        indicatorId = c.getIndicator() == null ? null : c.getIndicator().getId();
        targetComparison = c.getTargetComparison();
        targetValue = c.getTargetValue();
        targetUpper = c.getTargetUpper();
        pointsPerViolation = c.getPointsPerViolation();
        evidenceRequired = c.isEvidenceRequired();
        itemsText = String.join("\n", c.getItems().stream().map(i -> i.getText() + " | " + VietnameseNumbers.format(i.getPoints())).toList());
        bandsText = String.join("\n", c.getBands().stream()
                .map(b -> VietnameseNumbers.format(b.getMinAchievement()) + " | " + VietnameseNumbers.format(b.getPoints())).toList());
        criterionVersion = c.getVersion();
    }

    public String save() {
        boolean saved = FormErrors.attempt("criterionForm", () -> {
            CriterionForm form = new CriterionForm(parentId, code, name, kind, maxPoints, method, capPercent, indicatorId,
                    targetComparison, targetValue, targetUpper, pointsPerViolation, evidenceRequired,
                    lines(itemsText, "items").stream().map(p -> new CriterionForm.Item(p.text, p.number)).toList(),
                    lines(bandsText, "bands").stream().map(p -> new CriterionForm.Step(VietnameseNumbers.parse(p.text), p.number)).toList(),
                    criterionVersion);
            frameworkService.saveCriterion(id, editingId, form);
        });
        return saved ? reload() : null;
    }

    private record Line(String text, BigDecimal number) {
    }

    /** "text | number" per line. */
    private List<Line> lines(String text, String field) {
        List<Line> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.lastIndexOf('|');
            BigDecimal number = bar < 0 ? null : VietnameseNumbers.parseOrNull(line.substring(bar + 1).strip());
            if (number == null) {
                throw InvalidInputException.of(field, messages.get("items".equals(field) ? "criterion.error.item" : "criterion.error.band",
                        maxPoints == null ? "" : VietnameseNumbers.format(maxPoints)));
            }
            out.add(new Line(line.substring(0, bar).strip(), number));
        }
        return out;
    }

    private String reload() {
        FormErrors.info("common.saved");
        return "/plan/framework?faces-redirect=true&id=" + id;
    }

    public List<Criterion> getGroups() {
        return getFramework().getCriteria().stream().filter(Criterion::isGroup).toList();
    }

    public List<Indicator> getIndicators() {
        return indicatorService.list(getFramework().getPlan().getId());
    }

    public CriterionTemplate[] getTemplates() {
        return CriterionTemplate.values();
    }

    public CriterionKind[] getKinds() {
        return CriterionKind.values();
    }

    public ScoringMethod[] getMethods() {
        return ScoringMethod.values();
    }

    public Comparison[] getComparisons() {
        return Comparison.values();
    }

    public String indent(Criterion c) {
        return "padding-left:" + (c.depth() * 1.5) + "rem";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isEditing() {
        return editing;
    }

    public Long getEditingId() {
        return editingId;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
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

    public CriterionKind getKind() {
        return kind;
    }

    public void setKind(CriterionKind kind) {
        this.kind = kind;
    }

    public BigDecimal getMaxPoints() {
        return maxPoints;
    }

    public void setMaxPoints(BigDecimal maxPoints) {
        this.maxPoints = maxPoints;
    }

    public ScoringMethod getMethod() {
        return method;
    }

    public void setMethod(ScoringMethod method) {
        this.method = method;
    }

    public BigDecimal getCapPercent() {
        return capPercent;
    }

    public void setCapPercent(BigDecimal capPercent) {
        this.capPercent = capPercent;
    }

    public Long getIndicatorId() {
        return indicatorId;
    }

    public void setIndicatorId(Long indicatorId) {
        this.indicatorId = indicatorId;
    }

    public Comparison getTargetComparison() {
        return targetComparison;
    }

    public void setTargetComparison(Comparison targetComparison) {
        this.targetComparison = targetComparison;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(BigDecimal targetValue) {
        this.targetValue = targetValue;
    }

    public BigDecimal getTargetUpper() {
        return targetUpper;
    }

    public void setTargetUpper(BigDecimal targetUpper) {
        this.targetUpper = targetUpper;
    }

    public BigDecimal getPointsPerViolation() {
        return pointsPerViolation;
    }

    public void setPointsPerViolation(BigDecimal pointsPerViolation) {
        this.pointsPerViolation = pointsPerViolation;
    }

    public boolean isEvidenceRequired() {
        return evidenceRequired;
    }

    public void setEvidenceRequired(boolean evidenceRequired) {
        this.evidenceRequired = evidenceRequired;
    }

    public String getItemsText() {
        return itemsText;
    }

    public void setItemsText(String itemsText) {
        this.itemsText = itemsText;
    }

    public String getBandsText() {
        return bandsText;
    }

    public void setBandsText(String bandsText) {
        this.bandsText = bandsText;
    }

    public BigDecimal getPointsEach() {
        return pointsEach;
    }

    public void setPointsEach(BigDecimal pointsEach) {
        this.pointsEach = pointsEach;
    }
}
