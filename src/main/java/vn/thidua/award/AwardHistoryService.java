package vn.thidua.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.thidua.common.Forms;
import vn.thidua.common.InvalidInputException;
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

    public static final int MAX_REVOKE_REASON = 1000;

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

    /**
     * The units whose registry the caller may read, each followed by its sub-units: every unit for the office, the
     * board and leaders; a unit's own and its sub-units for unit users.
     */
    public List<Unit> registryUnits() {
        List<Unit> all = em.createQuery("SELECT u FROM Unit u ORDER BY u.path", Unit.class).getResultList();
        if (currentUser.seesEveryUnit()) {
            return all;
        }
        if (!currentUser.hasAnyRole(Role.UNIT_OFFICER, Role.UNIT_HEAD)) {
            return List.of();
        }
        return all.stream().filter(u -> currentUser.scope().covers(u.getPath())).toList();
    }

    /**
     * The office revokes a registry entry with its reason; the entry stays, marked revoked, and no longer counts
     * towards later eligibility.
     */
    @Transactional
    public AwardRecord revoke(long awardId, Long version, String reason) {
        currentUser.requireAnyRole(Role.SECRETARIAT);
        AwardRecord award = em.find(AwardRecord.class, awardId);
        if (award == null) {
            throw new NotFoundException(messages.get("error.notFound.record"));
        }
        String text = Forms.blankToNull(reason);
        if (text == null || text.length() > MAX_REVOKE_REASON) {
            throw InvalidInputException.of("reason", messages.get("registry.error.reason", MAX_REVOKE_REASON));
        }
        Forms.requireVersion(award.getVersion(), version, messages.get("error.versionRequired"));
        if (award.isRevoked()) {
            throw InvalidInputException.of("reason", messages.get("registry.error.revoked"));
        }
        award.revoke(text);
        em.flush();
        return award;
    }

    void requireReader(Unit unit) {
        if (currentUser.seesEveryUnit()) {
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
