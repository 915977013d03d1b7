package vn.thidua.org;

import vn.thidua.common.Forms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.common.InvalidInputException;
import vn.thidua.common.Messages;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.Page;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;

/** Staff of the units, always limited to the caller's unit scope. */
@ApplicationScoped
public class StaffService {

    private static final Map<String, String> SORTABLE = Map.of(
            "fullName", "s.fullName", "code", "s.code", "birthDate", "s.birthDate",
            "position", "s.position", "unit", "u.name", "status", "s.status", "gender", "s.gender");

    static final Role[] STAFF_ROLES = {Role.ADMIN, Role.SECRETARIAT, Role.UNIT_OFFICER, Role.UNIT_HEAD};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private UnitService unitService;

    @Inject
    private Messages messages;

    public Page<StaffMember> page(StaffQuery query) {
        return select(query, Math.max(0, query.first()), Math.min(Math.max(1, query.pageSize()), 500));
    }

    /** Every staff member the query finds, for reports. */
    public List<StaffMember> all(StaffQuery query) {
        return select(query, 0, Integer.MAX_VALUE).items();
    }

    private Page<StaffMember> select(StaffQuery query, int first, int max) {
        currentUser.requireAnyRole(STAFF_ROLES);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        String prefix = currentUser.scope().pathPrefix();
        if (query.unitId() != null) {
            Unit unit = unitService.find(query.unitId());
            if (query.includeSubunits()) {
                prefix = unit.getPath();
            } else {
                where.append(" AND u.id = :unitId");
                params.put("unitId", unit.getId());
            }
        }
        if (prefix != null) {
            where.append(" AND u.path LIKE :prefix");
            params.put("prefix", prefix + "%");
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" AND (s.fullName LIKE :text OR s.code LIKE :text)");
            params.put("text", "%" + query.text().strip().replace("%", "").replace("_", "") + "%");
        }
        if (query.status() != null) {
            where.append(" AND s.status = :status");
            params.put("status", query.status());
        }
        if (query.gender() != null) {
            where.append(" AND s.gender = :gender");
            params.put("gender", query.gender());
        }
        String order = SORTABLE.getOrDefault(query.sortField(), "s.fullName") + (query.ascending() ? " ASC" : " DESC");
        TypedQuery<StaffMember> items = em.createQuery(
                "SELECT s FROM StaffMember s JOIN FETCH s.unit u" + where + " ORDER BY " + order + ", s.id",
                StaffMember.class);
        TypedQuery<Long> count = em.createQuery(
                "SELECT COUNT(s) FROM StaffMember s JOIN s.unit u" + where, Long.class);
        params.forEach((k, v) -> {
            items.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<StaffMember> list = items.setFirstResult(first).setMaxResults(max).getResultList();
        return new Page<>(list, count.getSingleResult());
    }

    public StaffMember find(long id) {
        currentUser.requireAnyRole(STAFF_ROLES);
        StaffMember member = em.find(StaffMember.class, id);
        if (member == null) {
            throw new NotFoundException(messages.get("error.staffNotFound"));
        }
        currentUser.requireInScope(member.getUnit());
        return member;
    }

    @Transactional
    public StaffMember create(StaffForm form) {
        currentUser.requireAnyRole(STAFF_ROLES);
        Unit unit = validate(form, null);
        StaffMember member = new StaffMember(normalizeName(form.fullName()), unit);
        apply(form, member);
        em.persist(member);
        em.flush();
        return member;
    }

    @Transactional
    public StaffMember update(long id, StaffForm form) {
        StaffMember member = find(id);
        Forms.checkVersion(member.getVersion(), form.version());
        Unit unit = validate(form, member);
        member.setFullName(normalizeName(form.fullName()));
        member.setUnit(unit);
        apply(form, member);
        em.flush();
        return member;
    }

    private Unit validate(StaffForm form, StaffMember existing) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.fullName() == null || form.fullName().isBlank()) {
            errors.put("fullName", messages.get("staff.error.nameRequired"));
        } else if (form.fullName().strip().length() > 255) {
            errors.put("fullName", messages.get("error.tooLong", 255));
        }
        if (form.birthDate() != null && (form.birthDate().isAfter(LocalDate.now())
                || form.birthDate().isBefore(LocalDate.of(1900, 1, 1)))) {
            errors.put("birthDate", messages.get("staff.error.birthDate"));
        }
        String code = Forms.blankToNull(form.code());
        if (code != null) {
            StaffMember sameCode = findByCode(code);
            if (sameCode != null && (existing == null || !sameCode.getId().equals(existing.getId()))) {
                errors.put("code", messages.get("staff.error.codeTaken", code));
            }
        }
        Unit unit = null;
        if (form.unitId() == null) {
            errors.put("unitId", messages.get("staff.error.unitRequired"));
        } else {
            unit = unitService.find(form.unitId()); // refuses a unit outside the caller's scope
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return unit;
    }

    StaffMember findByCode(String code) {
        return em.createQuery("SELECT s FROM StaffMember s WHERE s.code = :c", StaffMember.class)
                .setParameter("c", code).getResultStream().findFirst().orElse(null);
    }

    private static void apply(StaffForm form, StaffMember member) {
        member.setCode(Forms.blankToNull(form.code()));
        member.setGender(form.gender());
        member.setBirthDate(form.birthDate());
        member.setPosition(Forms.blankToNull(form.position()));
        member.setStatus(form.status() == null ? EmploymentStatus.ACTIVE : form.status());
    }

    static String normalizeName(String name) {
        return java.text.Normalizer.normalize(name.strip().replaceAll("\\s+", " "), java.text.Normalizer.Form.NFC);
    }
}
