package vn.thidua.plan;

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
import vn.thidua.org.BlockService;
import vn.thidua.org.EmulationBlock;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitService;

/** Which units compete together under a plan in a year: copied from the organisation's blocks, then adjusted. */
@ApplicationScoped
public class PlanBlockService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PlanService planService;

    @Inject
    private BlockService blockService;

    @Inject
    private UnitService unitService;

    @Inject
    private Messages messages;

    public List<PlanBlock> list(long planId, Integer year) {
        EmulationPlan plan = planService.find(planId);
        String where = year == null ? "" : " AND b.year = :y";
        var query = em.createQuery("SELECT DISTINCT b FROM PlanBlock b LEFT JOIN FETCH b.units WHERE b.plan = :p" + where
                + " ORDER BY b.year, b.name", PlanBlock.class).setParameter("p", plan);
        if (year != null) {
            query.setParameter("y", year);
        }
        return query.getResultList();
    }

    /** Copies the organisation's blocks of the year into the plan, skipping names the plan already has. */
    @Transactional
    public int copyFromOrganisation(long planId, int year) {
        EmulationPlan plan = planService.findForChange(planId);
        requireYearOfPlan(plan, year);
        requireNoLockedRanking(plan, year);
        List<String> taken = list(planId, year).stream().map(PlanBlock::getName).toList();
        int copied = 0;
        for (EmulationBlock block : blockService.list(year)) {
            if (taken.contains(block.getName())) {
                continue;
            }
            PlanBlock copy = new PlanBlock(plan, year, block.getName());
            copy.getUnits().addAll(block.getUnits());
            em.persist(copy);
            copied++;
        }
        if (copied == 0) {
            throw InvalidInputException.of("year", messages.get("planBlock.error.nothingToCopy", year));
        }
        em.flush();
        return copied;
    }

    @Transactional
    public PlanBlock save(long planId, Long blockId, Integer year, String name, List<Long> unitIds, Long version) {
        EmulationPlan plan = planService.findForChange(planId);
        PlanBlock block = blockId == null ? null : find(planId, blockId);
        if (block != null) {
            Forms.checkVersion(block.getVersion(), version);
            year = block.getYear();
        }
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of("blockName", messages.get("block.error.nameRequired"));
        }
        if (year == null) {
            throw InvalidInputException.of("blockYear", messages.get("plan.error.yearOutsidePlan", "–", plan.getPeriod()));
        }
        requireYearOfPlan(plan, year);
        requireNoLockedRanking(plan, year);
        List<Unit> units = unitIds == null ? List.of() : unitIds.stream().distinct().map(unitService::find).toList();
        for (PlanBlock other : list(planId, year)) {
            if (other == block) {
                continue;
            }
            if (other.getName().equalsIgnoreCase(name.strip())) {
                throw InvalidInputException.of("blockName", messages.get("block.error.nameTaken", other.getName(), String.valueOf(year)));
            }
            for (Unit unit : units) {
                if (other.getUnits().contains(unit)) {
                    throw InvalidInputException.of("blockUnits", messages.get("block.error.unitInOtherBlock",
                            unit.getName(), other.getName(), String.valueOf(year)));
                }
            }
        }
        if (block == null) {
            block = new PlanBlock(plan, year, name.strip());
            em.persist(block);
        }
        block.setName(name.strip());
        block.getUnits().clear();
        block.getUnits().addAll(units);
        em.flush();
        return block;
    }

    @Transactional
    public void delete(long planId, long blockId) {
        EmulationPlan plan = planService.findForChange(planId);
        PlanBlock block = find(planId, blockId);
        requireNoLockedRanking(plan, block.getYear());
        em.remove(block);
    }

    /**
     * A year whose scoring round is locked or published keeps its blocks: the ranking per block is what the board
     * decided. (Named by the query only, so that plans do not depend on the review package.)
     */
    private void requireNoLockedRanking(EmulationPlan plan, int year) {
        long locked = em.createQuery("SELECT COUNT(r) FROM ReviewRound r WHERE r.board.plan = :p AND r.board.year = :y"
                + " AND r.status <> vn.thidua.review.RoundStatus.OPEN", Long.class).setParameter("p", plan).setParameter("y", year)
                .getSingleResult();
        if (locked > 0) {
            throw InvalidInputException.of("", messages.get("block.error.lockedRanking", String.valueOf(year)));
        }
    }

    public PlanBlock find(long planId, long blockId) {
        EmulationPlan plan = planService.find(planId);
        PlanBlock block = em.find(PlanBlock.class, blockId);
        if (block == null || !block.getPlan().getId().equals(plan.getId())) {
            throw new NotFoundException(messages.get("error.notFound.record"));
        }
        return block;
    }

    private void requireYearOfPlan(EmulationPlan plan, int year) {
        if (!plan.coversYear(year)) {
            throw InvalidInputException.of("blockYear", messages.get("plan.error.yearOutsidePlan", String.valueOf(year), plan.getPeriod()));
        }
    }
}
