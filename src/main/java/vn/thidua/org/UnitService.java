package vn.thidua.org;

import vn.thidua.common.Forms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.common.Messages;
import vn.thidua.common.InvalidInputException;
import vn.thidua.common.NotFoundException;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;

/** Units: reading within the caller's scope, and changes to the tree by the emulation office and admins. */
@ApplicationScoped
public class UnitService {

    private static final String CODE_PATTERN = "[A-Za-z0-9_.-]{2,32}";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    /** The units the caller may see, each followed by its sub-units. */
    public List<Unit> visibleUnits() {
        requireLoggedIn();
        String prefix = currentUser.scope().pathPrefix();
        List<Unit> units = prefix == null
                ? em.createQuery("SELECT u FROM Unit u", Unit.class).getResultList()
                : em.createQuery("SELECT u FROM Unit u WHERE u.path LIKE :p", Unit.class)
                        .setParameter("p", prefix + "%").getResultList();
        return UnitTree.depthFirst(units);
    }

    /** One unit, if the caller may see it. */
    public Unit find(long id) {
        requireLoggedIn();
        Unit unit = em.find(Unit.class, id);
        if (unit == null) {
            throw new NotFoundException(messages.get("error.unitNotFound"));
        }
        currentUser.requireInScope(unit);
        return unit;
    }

    public Unit findByCode(String code) {
        return em.createQuery("SELECT u FROM Unit u WHERE u.code = :c", Unit.class).setParameter("c", code)
                .getResultStream().findFirst().orElse(null);
    }

    public boolean canEditUnits() {
        return currentUser.hasAnyRole(Role.ADMIN, Role.SECRETARIAT);
    }

    @Transactional
    public Unit create(UnitForm form) {
        currentUser.requireAnyRole(Role.ADMIN, Role.SECRETARIAT);
        Unit parent = form.parentId() == null ? null : find(form.parentId());
        validate(form, null, parent);
        Unit unit = new Unit(form.code().strip(), form.name().strip(), form.type(), parent);
        apply(form, unit);
        em.persist(unit);
        em.flush();
        unit.setPath((parent == null ? "/" : parent.getPath()) + unit.getId() + "/");
        return unit;
    }

    @Transactional
    public Unit update(long id, UnitForm form) {
        currentUser.requireAnyRole(Role.ADMIN, Role.SECRETARIAT);
        Unit unit = find(id);
        Forms.checkVersion(unit.getVersion(), form.version());
        Unit newParent = form.parentId() == null ? null : find(form.parentId());
        validate(form, unit, newParent);
        unit.setCode(form.code().strip());
        unit.setName(form.name().strip());
        unit.setType(form.type());
        apply(form, unit);
        Unit oldParent = unit.getParent();
        boolean moved = oldParent == null ? newParent != null : newParent == null || !oldParent.getId().equals(newParent.getId());
        if (moved) {
            move(unit, newParent);
        }
        return unit;
    }

    /** Deactivates or reactivates a unit; a unit with active sub-units cannot be deactivated. */
    @Transactional
    public Unit setActive(long id, boolean active, long expectedVersion) {
        currentUser.requireAnyRole(Role.ADMIN, Role.SECRETARIAT);
        Unit unit = find(id);
        Forms.checkVersion(unit.getVersion(), expectedVersion);
        if (!active) {
            long activeChildren = em.createQuery(
                    "SELECT COUNT(u) FROM Unit u WHERE u.parent = :p AND u.active = TRUE", Long.class)
                    .setParameter("p", unit).getSingleResult();
            if (activeChildren > 0) {
                throw InvalidInputException.of("", messages.get("unit.error.hasActiveChildren", activeChildren));
            }
        }
        unit.setActive(active);
        return unit;
    }

    private void move(Unit unit, Unit newParent) {
        String oldPath = unit.getPath();
        String newPath = (newParent == null ? "/" : newParent.getPath()) + unit.getId() + "/";
        unit.setParent(newParent);
        unit.setPath(newPath);
        em.flush();
        // the descendants' paths follow; the moved unit itself is audited through its parent change
        em.createQuery("UPDATE Unit u SET u.path = CONCAT(:newPath, SUBSTRING(u.path, :cut)) "
                        + "WHERE u.path LIKE :old AND u.id <> :id")
                .setParameter("newPath", newPath)
                .setParameter("cut", oldPath.length() + 1)
                .setParameter("old", oldPath + "%")
                .setParameter("id", unit.getId())
                .executeUpdate();
    }

    private void validate(UnitForm form, Unit existing, Unit parent) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.code() == null || form.code().isBlank()) {
            errors.put("code", messages.get("unit.error.codeRequired"));
        } else if (!form.code().strip().matches(CODE_PATTERN)) {
            errors.put("code", messages.get("unit.error.codeFormat"));
        } else {
            Unit sameCode = findByCode(form.code().strip());
            if (sameCode != null && (existing == null || !sameCode.getId().equals(existing.getId()))) {
                errors.put("code", messages.get("unit.error.codeTaken", form.code().strip()));
            }
        }
        if (form.name() == null || form.name().isBlank()) {
            errors.put("name", messages.get("unit.error.nameRequired"));
        }
        if (form.type() == null) {
            errors.put("type", messages.get("unit.error.typeRequired"));
        }
        if (form.population() != null && form.population() < 0) {
            errors.put("population", messages.get("error.nonNegative"));
        }
        if (parent == null && form.type() != UnitType.DEPARTMENT) {
            errors.put("parentId", messages.get("unit.error.parentRequired"));
        }
        if (parent != null && existing != null && existing.contains(parent)) {
            errors.put("parentId", messages.get("unit.error.parentInside"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void apply(UnitForm form, Unit unit) {
        unit.setPopulation(form.population());
        unit.setAddress(Forms.blankToNull(form.address()));
        unit.setHeadName(Forms.blankToNull(form.headName()));
    }

    private void requireLoggedIn() {
        if (!currentUser.isLoggedIn()) {
            throw new vn.thidua.common.AccessDeniedException(messages.get("error.forbidden"));
        }
    }
}
