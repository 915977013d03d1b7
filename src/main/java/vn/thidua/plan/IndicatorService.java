package vn.thidua.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.common.Forms;
import vn.thidua.common.InvalidInputException;
import vn.thidua.common.Messages;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.VietnameseNumbers;

/** The indicators of a plan: by hand one at a time, or a whole table pasted or uploaded after a preview. */
@ApplicationScoped
public class IndicatorService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PlanService planService;

    @Inject
    private Messages messages;

    public List<Indicator> list(long planId) {
        EmulationPlan plan = planService.find(planId);
        return em.createQuery("SELECT i FROM Indicator i WHERE i.plan = :p ORDER BY i.position, i.id", Indicator.class)
                .setParameter("p", plan).getResultList();
    }

    public Indicator find(long planId, long indicatorId) {
        EmulationPlan plan = planService.find(planId);
        Indicator indicator = em.find(Indicator.class, indicatorId);
        if (indicator == null || !indicator.getPlan().getId().equals(plan.getId())) {
            throw new NotFoundException(messages.get("error.notFound.record"));
        }
        return indicator;
    }

    @Transactional
    public Indicator save(long planId, Long indicatorId, IndicatorForm form) {
        EmulationPlan plan = planService.findForChange(planId);
        Indicator indicator = indicatorId == null ? null : find(planId, indicatorId);
        if (indicator != null) {
            Forms.checkVersion(indicator.getVersion(), form.version());
        }
        validate(plan, indicator, form);
        if (indicator == null) {
            indicator = new Indicator(plan, nextPosition(plan), form.code().strip(), form.name().strip(), form.direction());
            em.persist(indicator);
        }
        indicator.setCode(form.code().strip());
        indicator.setName(form.name().strip());
        indicator.setGroup(form.group());
        indicator.setUnitOfMeasure(Forms.blankToNull(form.unitOfMeasure()));
        indicator.setDirection(form.direction());
        indicator.setNumeratorLabel(Forms.blankToNull(form.numeratorLabel()));
        indicator.setDenominatorLabel(Forms.blankToNull(form.denominatorLabel()));
        indicator.setMultiplier(form.multiplier());
        indicator.setUnitTypeSet(form.unitTypes());
        indicator.getTargets().clear();
        for (IndicatorForm.TargetForm t : form.targets() == null ? List.<IndicatorForm.TargetForm>of() : form.targets()) {
            indicator.getTargets().add(new YearTarget(t.year(), t.baseline(), new TargetValue(t.comparison(), t.value(), t.upper()),
                    Forms.blankToNull(t.label())));
        }
        em.flush();
        return indicator;
    }

    @Transactional
    public void delete(long planId, long indicatorId) {
        planService.findForChange(planId);
        Indicator indicator = find(planId, indicatorId);
        long uses = em.createQuery("SELECT COUNT(c) FROM Criterion c WHERE c.indicator = :i", Long.class)
                .setParameter("i", indicator).getSingleResult();
        if (uses > 0) {
            throw InvalidInputException.of("", messages.get("indicator.error.inUse", indicator.getCode(), uses));
        }
        em.remove(indicator);
    }

    /** Reads a pasted or uploaded table without saving anything. */
    public IndicatorTable preview(long planId, List<List<String>> rows) {
        planService.findForChange(planId);
        return new IndicatorTableParser().parse(rows);
    }

    /**
     * Reads the table again and saves every indicator in it: a code the plan already has updates that
     * indicator (re-importing does not duplicate), a new code adds one. Refuses the whole table while any
     * cell has an error.
     */
    @Transactional
    public ImportResult importTable(long planId, List<List<String>> rows) {
        EmulationPlan plan = planService.findForChange(planId);
        IndicatorTable table = new IndicatorTableParser().parse(rows);
        if (table.hasErrors() || table.indicators().isEmpty()) {
            throw InvalidInputException.of("", table.indicators().isEmpty() ? messages.get("indicator.import.empty")
                    : messages.get("tableImport.hasErrors", table.allProblems().stream().filter(ImportProblem::isError).count()));
        }
        Map<String, Indicator> existing = new LinkedHashMap<>();
        list(planId).forEach(i -> existing.put(i.getCode(), i));
        int created = 0;
        int updated = 0;
        int position = nextPosition(plan);
        for (ParsedIndicator row : table.indicators()) {
            Indicator indicator = existing.get(row.code());
            if (indicator == null) {
                indicator = new Indicator(plan, position++, row.code(), row.name(), row.direction());
                em.persist(indicator);
                existing.put(row.code(), indicator);
                created++;
            } else {
                updated++;
            }
            indicator.takeOver(row, table.columns());
        }
        em.flush();
        return new ImportResult(created, updated);
    }

    private int nextPosition(EmulationPlan plan) {
        Integer max = em.createQuery("SELECT MAX(i.position) FROM Indicator i WHERE i.plan = :p", Integer.class)
                .setParameter("p", plan).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private void validate(EmulationPlan plan, Indicator existing, IndicatorForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.code() == null || form.code().isBlank() || form.code().strip().length() > 32) {
            errors.put("code", messages.get("indicator.error.code"));
        } else {
            boolean taken = em.createQuery("SELECT i FROM Indicator i WHERE i.plan = :p AND i.code = :c", Indicator.class)
                    .setParameter("p", plan).setParameter("c", form.code().strip()).getResultStream()
                    .anyMatch(i -> existing == null || !i.getId().equals(existing.getId()));
            if (taken) {
                errors.put("code", messages.get("indicator.error.codeTaken", form.code().strip()));
            }
        }
        if (form.name() == null || form.name().isBlank()) {
            errors.put("name", messages.get("indicator.error.nameRequired"));
        }
        if (form.direction() == null) {
            errors.put("direction", messages.get("indicator.error.directionRequired"));
        }
        if ((form.numeratorLabel() == null || form.numeratorLabel().isBlank())
                != (form.denominatorLabel() == null || form.denominatorLabel().isBlank())) {
            errors.put("numeratorLabel", messages.get("indicator.error.formula"));
        }
        if (form.multiplier() != null && form.multiplier().signum() <= 0) {
            errors.put("multiplier", messages.get("indicator.error.multiplier"));
        }
        Set<String> years = new HashSet<>();
        for (IndicatorForm.TargetForm t : form.targets() == null ? List.<IndicatorForm.TargetForm>of() : form.targets()) {
            String where = t.year() == null ? "?" : String.valueOf(t.year());
            if (t.year() == null || t.year() < 2000 || t.year() > 2100) {
                errors.put("targets", messages.get("indicator.error.targetYear", where));
            } else if (!years.add(t.year() + "/" + t.baseline())) {
                errors.put("targets", messages.get("indicator.error.targetYearTwice", where));
            } else if (t.comparison() == null || t.value() == null) {
                errors.put("targets", messages.get("indicator.error.targetValue", where));
            } else if (t.comparison() == Comparison.BETWEEN && (t.upper() == null || t.upper().compareTo(t.value()) < 0)) {
                errors.put("targets", messages.get("indicator.error.targetRange", where, VietnameseNumbers.format(t.value())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
