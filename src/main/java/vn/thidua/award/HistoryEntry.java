package vn.thidua.award;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import vn.thidua.common.AuditedEntity;
import vn.thidua.org.StaffMember;
import vn.thidua.org.Unit;

/**
 * A record of someone's history: of a person (staff set, with the unit they belong to) or of a collective (the unit
 * itself, staff null). Awards, ratings, initiatives and discipline are kept this way.
 */
@MappedSuperclass
public abstract class HistoryEntry extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "staff_id")
    private StaffMember staff;

    @Version
    private long version;

    protected HistoryEntry() {
    }

    protected HistoryEntry(Unit unit, StaffMember staff) {
        this.unit = unit;
        this.staff = staff;
    }

    /** Whose record it is, for the audit log. */
    protected String ownerState() {
        return "unit=" + unit.getCode() + "; staff=" + (staff == null ? "" : staff.getId());
    }

    @Override
    public Long getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
    }

    public StaffMember getStaff() {
        return staff;
    }

    public long getVersion() {
        return version;
    }
}
