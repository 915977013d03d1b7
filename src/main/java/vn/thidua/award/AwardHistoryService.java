package vn.thidua.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.thidua.common.Messages;
import vn.thidua.common.NotFoundException;
import vn.thidua.org.StaffMember;
import vn.thidua.org.Unit;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;

/**
 * The records a person or a collective has: titles received, annual ratings, initiatives and discipline. A unit sees
 * its own people; the office, the board and leaders see every unit.
 */
@ApplicationScoped
public class AwardHistoryService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    /** Everything known about a person or a collective (staff null), oldest first. */
    public record History(List<AwardRecord> awards, List<AnnualRating> ratings, List<Initiative> initiatives, List<Discipline> disciplines) {
    }

    public History ofPerson(long staffId) {
        StaffMember staff = staff(staffId);
        requireReader(staff.getUnit());
        return new History(
                em.createQuery("SELECT a FROM AwardRecord a WHERE a.staff = :s ORDER BY a.year, a.title.position", AwardRecord.class)
                        .setParameter("s", staff).getResultList(),
                em.createQuery("SELECT r FROM AnnualRating r WHERE r.staff = :s ORDER BY r.year", AnnualRating.class)
                        .setParameter("s", staff).getResultList(),
                em.createQuery("SELECT i FROM Initiative i WHERE i.staff = :s ORDER BY i.year", Initiative.class)
                        .setParameter("s", staff).getResultList(),
                em.createQuery("SELECT d FROM Discipline d WHERE d.staff = :s ORDER BY d.decidedOn", Discipline.class)
                        .setParameter("s", staff).getResultList());
    }

    public History ofCollective(long unitId) {
        Unit unit = unit(unitId);
        requireReader(unit);
        return new History(
                em.createQuery("SELECT a FROM AwardRecord a WHERE a.unit = :u AND a.staff IS NULL ORDER BY a.year, a.title.position",
                        AwardRecord.class).setParameter("u", unit).getResultList(),
                em.createQuery("SELECT r FROM AnnualRating r WHERE r.unit = :u AND r.staff IS NULL ORDER BY r.year", AnnualRating.class)
                        .setParameter("u", unit).getResultList(),
                em.createQuery("SELECT i FROM Initiative i WHERE i.unit = :u AND i.staff IS NULL ORDER BY i.year", Initiative.class)
                        .setParameter("u", unit).getResultList(),
                em.createQuery("SELECT d FROM Discipline d WHERE d.unit = :u AND d.staff IS NULL ORDER BY d.decidedOn", Discipline.class)
                        .setParameter("u", unit).getResultList());
    }

    /** The registry of a unit: what its people and the unit itself received, newest year first. */
    public List<AwardRecord> registryOf(long unitId, Integer year) {
        Unit unit = unit(unitId);
        requireReader(unit);
        var query = em.createQuery("SELECT a FROM AwardRecord a LEFT JOIN FETCH a.staff WHERE a.unit = :u"
                + (year == null ? "" : " AND a.year = :y") + " ORDER BY a.year DESC, a.title.position, a.id", AwardRecord.class)
                .setParameter("u", unit);
        if (year != null) {
            query.setParameter("y", year);
        }
        return query.getResultList();
    }

    void requireReader(Unit unit) {
        if (currentUser.hasAnyRole(Role.SECRETARIAT, Role.ADMIN, Role.BOARD_MEMBER, Role.BOARD_CHAIR, Role.VIEWER)) {
            return;
        }
        currentUser.requireAnyRole(Role.UNIT_OFFICER, Role.UNIT_HEAD);
        currentUser.requireInScope(unit);
    }

    StaffMember staff(long staffId) {
        StaffMember staff = em.find(StaffMember.class, staffId);
        if (staff == null) {
            throw new NotFoundException(messages.get("error.notFound.record"));
        }
        return staff;
    }

    Unit unit(long unitId) {
        Unit unit = em.find(Unit.class, unitId);
        if (unit == null) {
            throw new NotFoundException(messages.get("error.notFound.record"));
        }
        return unit;
    }
}
