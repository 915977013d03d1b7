package vn.thidua.org;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.common.InvalidInputException;
import vn.thidua.common.Messages;
import vn.thidua.org.StaffImportParser.ImportRow;
import vn.thidua.org.StaffImportParser.Preview;
import vn.thidua.org.StaffImportParser.Problem;
import vn.thidua.security.CurrentUser;

/**
 * Staff import: a preview that changes nothing, then an import of the valid rows that parses the file
 * again on the server (the preview in the browser is never trusted) and updates people it already knows.
 */
@ApplicationScoped
public class StaffImportService {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    public record Result(int created, int updated) {
    }

    public Preview preview(byte[] xlsx) {
        currentUser.requireAnyRole(StaffService.STAFF_ROLES);
        if (xlsx == null || xlsx.length == 0) {
            return new Preview(List.of(), Problem.of("import.error.empty"));
        }
        if (xlsx.length > MAX_BYTES) {
            return new Preview(List.of(), Problem.of("import.error.tooLarge", MAX_BYTES / 1024 / 1024));
        }
        Map<String, Unit> units = unitsByCode();
        return new StaffImportParser().parse(new ByteArrayInputStream(xlsx), code -> {
            Unit unit = units.get(code.toUpperCase(java.util.Locale.ROOT));
            if (unit == null) {
                return Problem.of("import.error.unitUnknown", code);
            }
            return currentUser.scope().covers(unit.getPath()) ? null : Problem.of("import.error.unitOutOfScope", code);
        });
    }

    /** Imports the valid rows of the file; returns how many people were created and updated. */
    @Transactional
    public Result importValidRows(byte[] xlsx) {
        Preview preview = preview(xlsx);
        if (preview.fileProblem() != null) {
            throw InvalidInputException.of("file", text(preview.fileProblem()));
        }
        Map<String, Unit> units = unitsByCode();
        int created = 0;
        int updated = 0;
        for (ImportRow row : preview.rows()) {
            if (!row.valid()) {
                continue;
            }
            Unit unit = units.get(row.unitCode().toUpperCase(java.util.Locale.ROOT));
            StaffMember member = findExisting(row, unit);
            if (member == null) {
                member = new StaffMember(row.fullName(), unit);
                created++;
            } else {
                updated++;
            }
            member.setCode(row.code());
            member.setFullName(row.fullName());
            member.setUnit(unit);
            if (row.gender() != null) {
                member.setGender(row.gender());
            }
            if (row.birthDate() != null) {
                member.setBirthDate(row.birthDate());
            }
            if (row.position() != null) {
                member.setPosition(row.position());
            }
            member.setStatus(row.status());
            if (member.getId() == null) {
                em.persist(member);
            }
        }
        em.flush();
        return new Result(created, updated);
    }

    /** A problem in the user's language. */
    public String text(Problem problem) {
        return messages.get(problem.key(), problem.args().toArray());
    }

    private StaffMember findExisting(ImportRow row, Unit unit) {
        if (row.code() != null) {
            StaffMember byCode = em.createQuery("SELECT s FROM StaffMember s WHERE s.code = :c", StaffMember.class)
                    .setParameter("c", row.code()).getResultStream().findFirst().orElse(null);
            if (byCode != null) {
                currentUser.requireInScope(byCode.getUnit());
            }
            return byCode;
        }
        var query = em.createQuery("SELECT s FROM StaffMember s WHERE s.unit = :u AND s.fullName = :n AND "
                        + (row.birthDate() == null ? "s.birthDate IS NULL" : "s.birthDate = :b"), StaffMember.class)
                .setParameter("u", unit).setParameter("n", row.fullName());
        if (row.birthDate() != null) {
            query.setParameter("b", row.birthDate());
        }
        return query.getResultStream().findFirst().orElse(null);
    }

    private Map<String, Unit> unitsByCode() {
        Map<String, Unit> map = new HashMap<>();
        em.createQuery("SELECT u FROM Unit u WHERE u.active = TRUE", Unit.class).getResultList()
                .forEach(u -> map.put(u.getCode().toUpperCase(java.util.Locale.ROOT), u));
        return map;
    }
}
