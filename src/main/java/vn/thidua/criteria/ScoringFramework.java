package vn.thidua.criteria;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.common.AuditedEntity;
import vn.thidua.org.UnitType;
import vn.thidua.plan.EmulationPlan;

/**
 * How units are scored under a plan (bảng điểm thi đua), optionally for one unit type. Once frozen
 * (when a scoring round opens) it never changes; a change makes the next version.
 */
@Entity
@Table(name = "scoring_framework")
public class ScoringFramework extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private EmulationPlan plan;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type")
    private UnitType unitType;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(nullable = false)
    private String name;

    @Column(name = "declared_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal declaredTotal;

    @Column(nullable = false)
    private boolean frozen;

    @Column(name = "frozen_at")
    private LocalDateTime frozenAt;

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Criterion> criteria = new ArrayList<>();

    @Version
    private long version;

    protected ScoringFramework() {
    }

    public ScoringFramework(EmulationPlan plan, String name, UnitType unitType, int versionNo, BigDecimal declaredTotal) {
        this.plan = plan;
        this.name = name;
        this.unitType = unitType;
        this.versionNo = versionNo;
        this.declaredTotal = declaredTotal;
    }

    @Override
    protected String auditState() {
        return "plan=" + plan.getId() + "; name=" + name + "; unitType=" + unitType + "; versionNo=" + versionNo
                + "; total=" + declaredTotal + "; frozen=" + frozen;
    }

    /** Top-level criteria in order. */
    public List<Criterion> roots() {
        return criteria.stream().filter(c -> c.getParent() == null).sorted(Criterion.ORDER).toList();
    }

    public List<Criterion> childrenOf(Criterion parent) {
        return criteria.stream().filter(c -> c.getParent() == parent).sorted(Criterion.ORDER).toList();
    }

    /** Every criterion, each followed by its children: the order a tree table shows. */
    public List<Criterion> depthFirst() {
        List<Criterion> out = new ArrayList<>();
        roots().forEach(root -> collect(root, out));
        return out;
    }

    private void collect(Criterion criterion, List<Criterion> out) {
        out.add(criterion);
        childrenOf(criterion).forEach(child -> collect(child, out));
    }

    public void freeze() {
        frozen = true;
        frozenAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    @Override
    public Long getId() {
        return id;
    }

    public EmulationPlan getPlan() {
        return plan;
    }

    public UnitType getUnitType() {
        return unitType;
    }

    public void setUnitType(UnitType unitType) {
        this.unitType = unitType;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getDeclaredTotal() {
        return declaredTotal;
    }

    public void setDeclaredTotal(BigDecimal declaredTotal) {
        this.declaredTotal = declaredTotal;
    }

    public boolean isFrozen() {
        return frozen;
    }

    /** In UTC. */
    public LocalDateTime getFrozenAt() {
        return frozenAt;
    }

    public List<Criterion> getCriteria() {
        return criteria;
    }

    public long getVersion() {
        return version;
    }
}
