package vn.thidua.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.thidua.common.AuditedEntity;
import vn.thidua.org.Unit;

/** The units that compete together under a plan in one year; copied from the organisation's blocks, then adjusted. */
@Entity
@Table(name = "plan_block")
public class PlanBlock extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private EmulationPlan plan;

    @Column(name = "block_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private String name;

    @ManyToMany
    @JoinTable(name = "plan_block_unit",
            joinColumns = @JoinColumn(name = "plan_block_id"), inverseJoinColumns = @JoinColumn(name = "unit_id"))
    @OrderBy("name")
    private List<Unit> units = new ArrayList<>();

    @Version
    private long version;

    protected PlanBlock() {
    }

    public PlanBlock(EmulationPlan plan, int year, String name) {
        this.plan = plan;
        this.year = year;
        this.name = name;
    }

    @Override
    protected String auditState() {
        return "plan=" + plan.getId() + "; year=" + year + "; name=" + name + "; units="
                + units.stream().map(Unit::getCode).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Long getId() {
        return id;
    }

    public EmulationPlan getPlan() {
        return plan;
    }

    public int getYear() {
        return year;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<Unit> getUnits() {
        return units;
    }

    public String getUnitNames() {
        return units.stream().map(Unit::getName).collect(Collectors.joining(", "));
    }

    public long getVersion() {
        return version;
    }
}
