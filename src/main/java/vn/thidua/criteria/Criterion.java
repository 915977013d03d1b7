package vn.thidua.criteria;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.thidua.common.AuditedEntity;
import vn.thidua.plan.Comparison;
import vn.thidua.org.UnitType;
import vn.thidua.plan.Direction;
import vn.thidua.plan.Indicator;
import vn.thidua.plan.YearTarget;
import vn.thidua.plan.TargetValue;

/**
 * A node of a scoring framework: a group heading (no kind; its points are its children's) or a scored
 * criterion of one kind with its rule.
 */
@Entity
@Table(name = "criterion")
public class Criterion extends AuditedEntity {

    static final Comparator<Criterion> ORDER = Comparator.comparingInt(Criterion::getPosition);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "framework_id")
    private ScoringFramework framework;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Criterion parent;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    private CriterionKind kind;

    @Column(name = "max_points", nullable = false, precision = 19, scale = 2)
    private BigDecimal maxPoints;

    @Enumerated(EnumType.STRING)
    @Column(name = "scoring_method")
    private ScoringMethod method;

    @Column(name = "cap_percent", precision = 9, scale = 2)
    private BigDecimal capPercent;

    @ManyToOne
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    /** For survey and task criteria, and numeric criteria that override the indicator's target. */
    @Enumerated(EnumType.STRING)
    @Column(name = "target_comparison")
    private Comparison targetComparison;

    @Column(name = "target_value", precision = 19, scale = 4)
    private BigDecimal targetValue;

    @Column(name = "target_upper", precision = 19, scale = 4)
    private BigDecimal targetUpper;

    @Column(name = "points_per_violation", precision = 19, scale = 2)
    private BigDecimal pointsPerViolation;

    @Column(name = "evidence_required", nullable = false)
    private boolean evidenceRequired;

    /** The built-in template the criterion was made from, if any. */
    private String template;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "checklist_item", joinColumns = @JoinColumn(name = "criterion_id"))
    @OrderColumn(name = "position")
    private List<ChecklistItem> items = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "criterion_band", joinColumns = @JoinColumn(name = "criterion_id"))
    @OrderColumn(name = "position")
    private List<Band> bands = new ArrayList<>();

    @Version
    private long version;

    protected Criterion() {
    }

    public Criterion(ScoringFramework framework, Criterion parent, int position, String code, String name,
                     CriterionKind kind, BigDecimal maxPoints) {
        this.framework = framework;
        this.parent = parent;
        this.position = position;
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.maxPoints = maxPoints;
    }

    /** A copy for the next version of a framework; the parent is set by the caller. */
    Criterion copyInto(ScoringFramework next, Criterion newParent) {
        Criterion copy = new Criterion(next, newParent, position, code, name, kind, maxPoints);
        copy.method = method;
        copy.capPercent = capPercent;
        copy.indicator = indicator;
        copy.targetComparison = targetComparison;
        copy.targetValue = targetValue;
        copy.targetUpper = targetUpper;
        copy.pointsPerViolation = pointsPerViolation;
        copy.evidenceRequired = evidenceRequired;
        copy.template = template;
        copy.items.addAll(items);
        copy.bands.addAll(bands);
        return copy;
    }

    @Override
    protected String auditState() {
        return "framework=" + framework.getId() + "; code=" + code + "; name=" + name + "; kind=" + kind + "; max="
                + maxPoints + "; method=" + method + "; cap=" + capPercent + "; target=" + targetComparison + " "
                + targetValue + "; perViolation=" + pointsPerViolation + "; evidence=" + evidenceRequired
                + "; items=" + items + "; bands=" + bands;
    }

    public boolean isGroup() {
        return kind == null;
    }

    /** The criterion's own target, if set; else null (a numeric criterion then uses its indicator's target). */
    public TargetValue ownTarget() {
        return targetComparison == null || targetValue == null ? null
                : new TargetValue(targetComparison, targetValue, targetUpper);
    }

    /** How a percentage-based criterion turns achievement into points; null for the other kinds. */
    public ScoringRule scoringRule() {
        if (kind == null || !kind.usesAchievement()) {
            return null;
        }
        List<ScoreBand> steps = bands.stream().map(b -> new ScoreBand(b.getMinAchievement(), b.getPoints())).toList();
        ScoringMethod m = method == null ? ScoringMethod.PROPORTIONAL : method;
        return new ScoringRule(m, maxPoints, capPercent, m == ScoringMethod.BANDS ? steps : List.of());
    }

    /**
     * The target a unit's value is measured against in a year: the criterion's own, else its indicator's target
     * applying that year; null when there is none.
     */
    public TargetValue targetFor(int year) {
        TargetValue own = ownTarget();
        if (own != null || indicator == null) {
            return own;
        }
        return indicator.targetApplying(year).map(YearTarget::target).orElse(null);
    }

    /** The indicator's direction; higher is better when the criterion has no indicator. */
    public Direction direction() {
        return indicator == null || indicator.getDirection() == null ? Direction.HIGHER_IS_BETTER : indicator.getDirection();
    }

    /** Whether units of a type report on this criterion: always, unless its indicator is for other unit types. */
    public boolean appliesTo(UnitType type) {
        return indicator == null || indicator.appliesTo(type);
    }

    /** Whether this criterion lies somewhere under a group. */
    public boolean isUnder(Criterion group) {
        for (Criterion p = parent; p != null; p = p.getParent()) {
            if (p == group || p.getId() != null && p.getId().equals(group.getId())) {
                return true;
            }
        }
        return false;
    }

    public int depth() {
        return parent == null ? 0 : parent.depth() + 1;
    }

    @Override
    public Long getId() {
        return id;
    }

    public ScoringFramework getFramework() {
        return framework;
    }

    public Criterion getParent() {
        return parent;
    }

    public void setParent(Criterion parent) {
        this.parent = parent;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
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

    public Indicator getIndicator() {
        return indicator;
    }

    public void setIndicator(Indicator indicator) {
        this.indicator = indicator;
    }

    public Comparison getTargetComparison() {
        return targetComparison;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public BigDecimal getTargetUpper() {
        return targetUpper;
    }

    public void setTarget(TargetValue target) {
        targetComparison = target == null ? null : target.comparison();
        targetValue = target == null ? null : target.value();
        targetUpper = target == null ? null : target.upper();
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

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }

    public List<ChecklistItem> getItems() {
        return items;
    }

    public List<Band> getBands() {
        return bands;
    }

    public long getVersion() {
        return version;
    }
}
