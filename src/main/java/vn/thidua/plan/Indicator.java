package vn.thidua.plan;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.common.AuditedEntity;
import vn.thidua.org.UnitType;

/**
 * An indicator (chỉ tiêu) of a plan with its targets per year. A rate indicator may name a numerator and a
 * denominator; the value is then numerator ÷ denominator × multiplier (doctors ÷ population × 10.000).
 */
@Entity
@Table(name = "indicator")
public class Indicator extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private EmulationPlan plan;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "indicator_group")
    private IndicatorGroup group;

    @Column(name = "unit_of_measure")
    private String unitOfMeasure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Direction direction;

    @Column(name = "numerator_label")
    private String numeratorLabel;

    @Column(name = "denominator_label")
    private String denominatorLabel;

    @Column(precision = 19, scale = 4)
    private BigDecimal multiplier;

    /** Comma-separated unit types the indicator applies to; empty means every type. */
    @Column(name = "unit_types")
    private String unitTypes;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "indicator_target", joinColumns = @JoinColumn(name = "indicator_id"))
    @OrderBy("year, baseline DESC")
    private List<YearTarget> targets = new ArrayList<>();

    @Version
    private long version;

    protected Indicator() {
    }

    public Indicator(EmulationPlan plan, int position, String code, String name, Direction direction) {
        this.plan = plan;
        this.position = position;
        this.code = code;
        this.name = name;
        this.direction = direction;
    }

    @Override
    protected String auditState() {
        return "plan=" + plan.getId() + "; code=" + code + "; name=" + name + "; unit=" + unitOfMeasure
                + "; direction=" + direction + "; targets=" + targets;
    }

    /** Takes what an imported row says: name, direction, group, unit, and a target per filled column. */
    public void takeOver(ParsedIndicator row, List<TableColumn> columns) {
        name = row.name();
        direction = row.direction();
        group = row.group();
        unitOfMeasure = row.unitOfMeasure();
        targets.clear();
        for (int c = 0; c < columns.size(); c++) {
            TableColumn column = columns.get(c);
            TargetValue target = row.cells().get(c).target();
            if (target != null) {
                targets.add(new YearTarget(column.year(), column.baseline(), target, column.label()));
            }
        }
    }

    /**
     * The target that applies in a year: that year's own, else the nearest later one (a 2025 target
     * guides 2023), else the latest earlier one.
     */
    public Optional<YearTarget> targetApplying(int year) {
        List<YearTarget> goals = targets.stream().filter(t -> !t.isBaseline()).toList();
        return goals.stream().filter(t -> t.getYear() >= year).min(Comparator.comparingInt(YearTarget::getYear))
                .or(() -> goals.stream().max(Comparator.comparingInt(YearTarget::getYear)));
    }

    public boolean isRate() {
        return numeratorLabel != null && denominatorLabel != null;
    }

    /** numerator ÷ denominator × multiplier, to 4 decimals; null when the denominator is missing or 0. */
    public BigDecimal rate(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        BigDecimal factor = multiplier == null ? BigDecimal.ONE : multiplier;
        return numerator.multiply(factor).divide(denominator, 4, RoundingMode.HALF_UP);
    }

    public Set<UnitType> getUnitTypeSet() {
        if (unitTypes == null || unitTypes.isBlank()) {
            return EnumSet.noneOf(UnitType.class);
        }
        return Arrays.stream(unitTypes.split(",")).map(String::strip).map(UnitType::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(UnitType.class)));
    }

    public void setUnitTypeSet(Set<UnitType> types) {
        unitTypes = types == null || types.isEmpty() ? null
                : types.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public boolean appliesTo(UnitType type) {
        Set<UnitType> set = getUnitTypeSet();
        return set.isEmpty() || set.contains(type);
    }

    @Override
    public Long getId() {
        return id;
    }

    public EmulationPlan getPlan() {
        return plan;
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

    public List<YearTarget> getTargets() {
        return targets;
    }

    public long getVersion() {
        return version;
    }
}
