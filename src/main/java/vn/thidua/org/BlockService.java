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
import vn.thidua.common.AccessDeniedException;
import vn.thidua.common.InvalidInputException;
import vn.thidua.common.Messages;
import vn.thidua.common.NotFoundException;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;

/** Emulation blocks: everyone signed in sees them; the emulation office and admins change them. */
@ApplicationScoped
public class BlockService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private UnitService unitService;

    @Inject
    private Messages messages;

    /** The blocks of a year, or of every year when year is null, newest year first. */
    public List<EmulationBlock> list(Integer year) {
        if (!currentUser.isLoggedIn()) {
            throw new AccessDeniedException(messages.get("error.forbidden"));
        }
        String where = year == null ? "" : " WHERE b.year = :y";
        var query = em.createQuery("SELECT DISTINCT b FROM EmulationBlock b LEFT JOIN FETCH b.units" + where
                + " ORDER BY b.year DESC, b.name", EmulationBlock.class);
        if (year != null) {
            query.setParameter("y", year);
        }
        return query.getResultList();
    }

    public EmulationBlock find(long id) {
        EmulationBlock block = em.find(EmulationBlock.class, id);
        if (block == null || !currentUser.isLoggedIn()) {
            throw new NotFoundException(messages.get("error.notFound.record"));
        }
        return block;
    }

    @Transactional
    public EmulationBlock save(Long id, BlockForm form) {
        currentUser.requireAnyRole(Role.ADMIN, Role.SECRETARIAT);
        EmulationBlock block = id == null ? null : find(id);
        if (block != null) {
            Forms.checkVersion(block.getVersion(), form.version());
        }
        List<Unit> units = form.unitIds() == null ? List.of() : form.unitIds().stream().distinct().map(unitService::find).toList();
        validate(form, block, units);
        if (block == null) {
            block = new EmulationBlock(form.name().strip(), form.year());
            em.persist(block);
        }
        block.setName(form.name().strip());
        block.setYear(form.year());
        block.setDescription(Forms.blankToNull(form.description()));
        block.getUnits().clear();
        block.getUnits().addAll(units);
        em.flush();
        return block;
    }

    private void validate(BlockForm form, EmulationBlock existing, List<Unit> units) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.name() == null || form.name().isBlank()) {
            errors.put("name", messages.get("block.error.nameRequired"));
        }
        if (form.year() == null || form.year() < 2000 || form.year() > 2100) {
            errors.put("year", messages.get("block.error.year"));
        }
        if (errors.isEmpty()) {
            for (EmulationBlock other : list(form.year())) {
                if (existing != null && other.getId().equals(existing.getId())) {
                    continue;
                }
                if (other.getName().equalsIgnoreCase(form.name().strip())) {
                    errors.put("name", messages.get("block.error.nameTaken", other.getName(), String.valueOf(form.year())));
                }
                for (Unit unit : units) {
                    if (other.getUnits().stream().anyMatch(u -> u.getId().equals(unit.getId()))) {
                        errors.put("unitIds", messages.get("block.error.unitInOtherBlock", unit.getName(), other.getName(),
                                String.valueOf(form.year())));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
