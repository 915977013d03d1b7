package vn.thidua.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.thidua.common.AuditedEntity;

/** A health unit: the Sở Y tế, a hospital, a district centre, a commune station... in one tree. */
@Entity
@Table(name = "unit")
public class Unit extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false)
    private UnitType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    /** Ids from the root down to this unit, "/1/14/203/"; maintained by {@link UnitService}. */
    @Column(nullable = false)
    private String path = "/";

    private Long population;

    private String address;

    @Column(name = "head_name")
    private String headName;

    private boolean active = true;

    @Version
    private long version;

    protected Unit() {
    }

    public Unit(String code, String name, UnitType type, Unit parent) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.parent = parent;
    }

    @Override
    protected String auditState() {
        return "code=" + code + "; name=" + name + "; type=" + type + "; parent=" + (parent == null ? "" : parent.getCode())
                + "; population=" + (population == null ? "" : population) + "; address=" + nullToEmpty(address)
                + "; head=" + nullToEmpty(headName) + "; active=" + active;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Whether {@code other} is this unit or lies below it. */
    public boolean contains(Unit other) {
        return other != null && other.getPath().startsWith(path);
    }

    @Override
    public Long getId() {
        return id;
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

    public UnitType getType() {
        return type;
    }

    public void setType(UnitType type) {
        this.type = type;
    }

    public Unit getParent() {
        return parent;
    }

    void setParent(Unit parent) {
        this.parent = parent;
    }

    public String getPath() {
        return path;
    }

    void setPath(String path) {
        this.path = path;
    }

    public Long getPopulation() {
        return population;
    }

    public void setPopulation(Long population) {
        this.population = population;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }
}
