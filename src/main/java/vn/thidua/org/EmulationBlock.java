package vn.thidua.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.thidua.common.AuditedEntity;

/** An emulation block (khối thi đua): units that compete with each other in a year. */
@Entity
@Table(name = "emulation_block")
public class EmulationBlock extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "block_year", nullable = false)
    private int year;

    private String description;

    @ManyToMany
    @JoinTable(name = "emulation_block_unit",
            joinColumns = @JoinColumn(name = "block_id"), inverseJoinColumns = @JoinColumn(name = "unit_id"))
    @OrderBy("name")
    private List<Unit> units = new ArrayList<>();

    @Version
    private long version;

    protected EmulationBlock() {
    }

    public EmulationBlock(String name, int year) {
        this.name = name;
        this.year = year;
    }

    @Override
    protected String auditState() {
        return "name=" + name + "; year=" + year + "; description=" + (description == null ? "" : description)
                + "; units=" + units.stream().map(Unit::getCode).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<Unit> getUnits() {
        return units;
    }

    public long getVersion() {
        return version;
    }
}
