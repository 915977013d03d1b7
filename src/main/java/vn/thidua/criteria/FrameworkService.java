package vn.thidua.criteria;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.common.Forms;
import vn.thidua.common.InvalidInputException;
import vn.thidua.common.Messages;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.VietnameseNumbers;
import vn.thidua.plan.Comparison;
import vn.thidua.plan.EmulationPlan;
import vn.thidua.plan.Indicator;
import vn.thidua.plan.IndicatorService;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.TargetValue;

/**
 * Scoring frameworks of a plan. Only the emulation office and admins change them, and only while not
 * frozen; a frozen framework changes by making its next version.
 */
@ApplicationScoped
public class FrameworkService {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PlanService planService;

    @Inject
    private IndicatorService indicatorService;

    @Inject
    private Messages messages;

    public List<ScoringFramework> list(long planId) {
        EmulationPlan plan = planService.find(planId);
        return em.createQuery("SELECT f FROM ScoringFramework f WHERE f.plan = :p ORDER BY f.name, f.versionNo", ScoringFramework.class)
                .setParameter("p", plan).getResultList();
    }

    public ScoringFramework find(long frameworkId) {
        ScoringFramework framework = em.find(ScoringFramework.class, frameworkId);
        if (framework == null) {
            throw new NotFoundException(messages.get("error.notFound.record"));
        }
        planService.find(framework.getPlan().getId());
        return framework;
    }

    @Transactional
    public ScoringFramework create(long planId, FrameworkForm form) {
        EmulationPlan plan = planService.findForChange(planId);
        validate(plan, null, form);
        ScoringFramework framework = new ScoringFramework(plan, form.name().strip(), form.unitType(), 1, form.declaredTotal());
        em.persist(framework);
        em.flush();
        return framework;
    }

    @Transactional
    public ScoringFramework update(long frameworkId, FrameworkForm form) {
        ScoringFramework framework = findForChange(frameworkId);
        Forms.checkVersion(framework.getVersion(), form.version());
        validate(framework.getPlan(), framework, form);
        framework.setName(form.name().strip());
        framework.setUnitType(form.unitType());
        framework.setDeclaredTotal(form.declaredTotal());
        em.flush();
        return framework;
    }

    @Transactional
    public Criterion saveCriterion(long frameworkId, Long criterionId, CriterionForm form) {
        ScoringFramework framework = findForChange(frameworkId);
        Criterion existing = criterionId == null ? null : criterion(framework, criterionId);
        if (existing != null) {
            Forms.checkVersion(existing.getVersion(), form.version());
        }
        Criterion parent = form.parentId() == null ? null : criterion(framework, form.parentId());
        Indicator indicator = form.indicatorId() == null ? null
                : indicatorService.find(framework.getPlan().getId(), form.indicatorId());
        validate(framework, existing, parent, indicator, form);
        Criterion criterion = existing;
        if (criterion == null) {
            String code = form.code() == null || form.code().isBlank() ? nextCode(framework, parent) : form.code().strip();
            criterion = new Criterion(framework, parent, nextPosition(framework, parent), code, form.name().strip(),
                    form.kind(), form.maxPoints());
            framework.getCriteria().add(criterion);
            em.persist(criterion);
        } else if (form.code() != null && !form.code().isBlank()) {
            criterion.setCode(form.code().strip());
        }
        fill(criterion, parent, indicator, form);
        em.flush();
        return criterion;
    }

    private void fill(Criterion criterion, Criterion parent, Indicator indicator, CriterionForm form) {
        criterion.setParent(parent);
        criterion.setName(form.name().strip());
        criterion.setKind(form.kind());
        criterion.setMaxPoints(form.maxPoints());
        boolean rated = form.kind() != null && form.kind().usesAchievement();
        criterion.setMethod(rated ? form.method() : null);
        criterion.setCapPercent(rated ? (form.capPercent() == null ? HUNDRED : form.capPercent()) : null);
        criterion.setIndicator(form.kind() == CriterionKind.NUMERIC_TARGET ? indicator : null);
        criterion.setTarget(rated && form.targetComparison() != null && form.targetValue() != null
                ? new TargetValue(form.targetComparison(), form.targetValue(), form.targetUpper()) : null);
        criterion.setPointsPerViolation(form.kind() == CriterionKind.PENALTY ? form.pointsPerViolation() : null);
        criterion.setEvidenceRequired(form.evidenceRequired());
        criterion.getItems().clear();
        if (form.kind() == CriterionKind.CHECKLIST && form.items() != null) {
            form.items().forEach(i -> criterion.getItems().add(new ChecklistItem(i.text().strip(), i.points())));
        }
        criterion.getBands().clear();
        if (rated && form.method() == ScoringMethod.BANDS && form.bands() != null) {
            form.bands().forEach(b -> criterion.getBands().add(new Band(b.minAchievement(), b.points())));
        }
    }

    /** Adds a criterion made from a built-in template, at the end of the parent (or the top level). */
    @Transactional
    public Criterion addTemplate(long frameworkId, CriterionTemplate template, Long parentId) {
        ScoringFramework framework = findForChange(frameworkId);
        Criterion parent = parentId == null ? null : criterion(framework, parentId);
        if (parent != null && !parent.isGroup()) {
            throw InvalidInputException.of("parentId", messages.get("criterion.error.parentNotGroup"));
        }
        Criterion criterion = template.create(framework, parent, nextPosition(framework, parent), nextCode(framework, parent));
        framework.getCriteria().add(criterion);
        em.persist(criterion);
        em.flush();
        return criterion;
    }

    /** Adds a group with one proportional numeric criterion per indicator of the plan, each worth the same points. */
    @Transactional
    public Criterion addIndicatorGroup(long frameworkId, BigDecimal pointsEach) {
        ScoringFramework framework = findForChange(frameworkId);
        List<Indicator> indicators = indicatorService.list(framework.getPlan().getId());
        if (indicators.isEmpty()) {
            throw InvalidInputException.of("", messages.get("criterion.error.noIndicators"));
        }
        if (pointsEach == null || pointsEach.signum() <= 0) {
            throw InvalidInputException.of("pointsEach", messages.get("criterion.error.maxPoints"));
        }
        Criterion group = new Criterion(framework, null, nextPosition(framework, null), nextCode(framework, null),
                messages.get("criterion.indicatorGroupName"), null, pointsEach.multiply(BigDecimal.valueOf(indicators.size())));
        framework.getCriteria().add(group);
        em.persist(group);
        int position = 1;
        for (Indicator indicator : indicators) {
            Criterion leaf = new Criterion(framework, group, position, group.getCode() + "." + position,
                    indicator.getName(), CriterionKind.NUMERIC_TARGET, pointsEach);
            leaf.setIndicator(indicator);
            leaf.setMethod(ScoringMethod.PROPORTIONAL);
            leaf.setCapPercent(HUNDRED);
            framework.getCriteria().add(leaf);
            em.persist(leaf);
            position++;
        }
        em.flush();
        return group;
    }

    @Transactional
    public void deleteCriterion(long frameworkId, long criterionId) {
        ScoringFramework framework = findForChange(frameworkId);
        Criterion criterion = criterion(framework, criterionId);
        removeWithChildren(framework, criterion);
    }

    private void removeWithChildren(ScoringFramework framework, Criterion criterion) {
        framework.childrenOf(criterion).forEach(child -> removeWithChildren(framework, child));
        framework.getCriteria().remove(criterion);
        em.remove(criterion);
        em.flush();
    }

    /** What keeps the framework from being used, as messages for the user; empty when it is sound. */
    public List<String> problems(ScoringFramework framework) {
        return new FrameworkValidator().validate(framework.getDeclaredTotal(), nodes(framework, framework.roots())).stream()
                .map(p -> messages.get(p.messageKey(), p.args().toArray())).toList();
    }

    /** The points the criteria add up to against the declared total (bonus and penalty stand outside it). */
    public BigDecimal scoredTotal(ScoringFramework framework) {
        return FrameworkValidator.scoredSum(nodes(framework, framework.roots()));
    }

    /** Freezes the framework for a scoring round; refused while the points do not add up. */
    @Transactional
    public ScoringFramework freeze(long frameworkId, Long version) {
        ScoringFramework framework = findForChange(frameworkId);
        Forms.checkVersion(framework.getVersion(), version);
        List<String> problems = problems(framework);
        if (!problems.isEmpty()) {
            throw InvalidInputException.of("", messages.get("framework.error.cannotFreeze", String.join(" ", problems)));
        }
        framework.freeze();
        em.flush();
        return framework;
    }

    /** Starts the next version of a frozen framework, a copy of it that can be edited. */
    @Transactional
    public ScoringFramework newVersion(long frameworkId) {
        ScoringFramework source = find(frameworkId);
        planService.findForChange(source.getPlan().getId());
        if (!source.isFrozen()) {
            throw InvalidInputException.of("", messages.get("framework.error.notFrozen"));
        }
        Integer latest = em.createQuery("SELECT MAX(f.versionNo) FROM ScoringFramework f WHERE f.plan = :p AND f.name = :n", Integer.class)
                .setParameter("p", source.getPlan()).setParameter("n", source.getName()).getSingleResult();
        if (latest != null && latest > source.getVersionNo()) {
            throw InvalidInputException.of("", messages.get("framework.error.newerExists", latest));
        }
        ScoringFramework next = new ScoringFramework(source.getPlan(), source.getName(), source.getUnitType(),
                source.getVersionNo() + 1, source.getDeclaredTotal());
        em.persist(next);
        Map<Criterion, Criterion> copies = new HashMap<>();
        for (Criterion criterion : source.depthFirst()) {
            Criterion copy = criterion.copyInto(next, criterion.getParent() == null ? null : copies.get(criterion.getParent()));
            copies.put(criterion, copy);
            next.getCriteria().add(copy);
            em.persist(copy);
        }
        em.flush();
        return next;
    }

    private List<CriterionNode> nodes(ScoringFramework framework, List<Criterion> criteria) {
        return criteria.stream().map(c -> new CriterionNode(c.getCode(), c.getName(), c.getKind(), c.getMaxPoints(),
                nodes(framework, framework.childrenOf(c)))).toList();
    }

    private ScoringFramework findForChange(long frameworkId) {
        ScoringFramework framework = find(frameworkId);
        planService.findForChange(framework.getPlan().getId());
        if (framework.isFrozen()) {
            throw InvalidInputException.of("", messages.get("framework.error.frozen", framework.getVersionNo()));
        }
        return framework;
    }

    private Criterion criterion(ScoringFramework framework, long criterionId) {
        return framework.getCriteria().stream().filter(c -> c.getId() == criterionId).findFirst()
                .orElseThrow(() -> new NotFoundException(messages.get("error.notFound.record")));
    }

    private int nextPosition(ScoringFramework framework, Criterion parent) {
        return framework.childrenOf(parent).stream().mapToInt(Criterion::getPosition).max().orElse(0) + 1;
    }

    private String nextCode(ScoringFramework framework, Criterion parent) {
        int n = framework.childrenOf(parent).size() + 1;
        while (true) {
            String code = (parent == null ? "" : parent.getCode() + ".") + n;
            if (framework.getCriteria().stream().noneMatch(c -> c.getCode().equals(code))) {
                return code;
            }
            n++;
        }
    }

    private void validate(EmulationPlan plan, ScoringFramework existing, FrameworkForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.name() == null || form.name().isBlank()) {
            errors.put("frameworkName", messages.get("framework.error.nameRequired"));
        } else if (nameTaken(plan, existing, form.name().strip())) {
            errors.put("frameworkName", messages.get("framework.error.nameTaken", form.name().strip()));
        }
        if (form.declaredTotal() == null || form.declaredTotal().signum() <= 0) {
            errors.put("declaredTotal", messages.get("framework.error.total"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The versions of a framework share its name; another framework of the plan may not take it. */
    private boolean nameTaken(EmulationPlan plan, ScoringFramework existing, String name) {
        boolean ownName = existing != null && existing.getName().equalsIgnoreCase(name);
        return !ownName && list(plan.getId()).stream().anyMatch(f -> f.getName().equalsIgnoreCase(name));
    }

    private void validate(ScoringFramework framework, Criterion existing, Criterion parent, Indicator indicator, CriterionForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.name() == null || form.name().isBlank()) {
            errors.put("criterionName", messages.get("criterion.error.nameRequired"));
        }
        if (form.maxPoints() == null || form.maxPoints().signum() <= 0) {
            errors.put("maxPoints", messages.get("criterion.error.maxPoints"));
        }
        if (parent != null && (!parent.isGroup() || parent == existing || isBelow(parent, existing))) {
            errors.put("parentId", messages.get("criterion.error.parentNotGroup"));
        }
        String code = form.code() == null ? null : form.code().strip();
        if (code != null && !code.isEmpty() && framework.getCriteria().stream().anyMatch(c -> c.getCode().equals(code) && c != existing)) {
            errors.put("criterionCode", messages.get("criterion.error.codeTaken", code));
        }
        if (existing != null && form.kind() != null && !framework.childrenOf(existing).isEmpty()) {
            errors.put("kind", messages.get("criterion.error.groupHasChildren"));
        }
        CriterionKind kind = form.kind();
        if (kind != null && kind.usesAchievement()) {
            if (form.method() == null) {
                errors.put("method", messages.get("criterion.error.methodRequired"));
            } else if (form.method() == ScoringMethod.BANDS && (form.bands() == null || form.bands().isEmpty())) {
                errors.put("bands", messages.get("criterion.error.bandsRequired"));
            } else if (form.method() == ScoringMethod.BANDS) {
                for (CriterionForm.Step band : form.bands()) {
                    if (band.minAchievement() == null || band.points() == null || band.points().signum() < 0
                            || form.maxPoints() != null && band.points().compareTo(form.maxPoints()) > 0) {
                        errors.put("bands", messages.get("criterion.error.band", VietnameseNumbers.format(form.maxPoints())));
                    }
                }
            }
            if (form.capPercent() != null && form.capPercent().compareTo(HUNDRED) < 0) {
                errors.put("capPercent", messages.get("criterion.error.cap"));
            }
            boolean hasTarget = form.targetComparison() != null && form.targetValue() != null;
            if (kind == CriterionKind.NUMERIC_TARGET && indicator == null) {
                errors.put("indicatorId", messages.get("criterion.error.indicatorRequired"));
            } else if (kind != CriterionKind.NUMERIC_TARGET && !hasTarget) {
                errors.put("targetValue", messages.get("criterion.error.targetRequired"));
            }
            if (hasTarget && form.targetComparison() == Comparison.BETWEEN
                    && (form.targetUpper() == null || form.targetUpper().compareTo(form.targetValue()) < 0)) {
                errors.put("targetValue", messages.get("criterion.error.targetRange"));
            }
        }
        if (kind == CriterionKind.PENALTY && (form.pointsPerViolation() == null || form.pointsPerViolation().signum() <= 0)) {
            errors.put("pointsPerViolation", messages.get("criterion.error.pointsPerViolation"));
        }
        if (kind == CriterionKind.CHECKLIST) {
            if (form.items() == null || form.items().isEmpty()) {
                errors.put("items", messages.get("criterion.error.itemsRequired"));
            } else if (form.items().stream().anyMatch(i -> i.text() == null || i.text().isBlank() || i.points() == null || i.points().signum() < 0)) {
                errors.put("items", messages.get("criterion.error.item"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static boolean isBelow(Criterion candidate, Criterion ancestor) {
        for (Criterion c = candidate; c != null; c = c.getParent()) {
            if (c == ancestor) {
                return true;
            }
        }
        return false;
    }
}
