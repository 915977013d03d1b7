package vn.thidua.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.thidua.common.AccessDeniedException;
import vn.thidua.common.Forms;
import vn.thidua.common.InvalidInputException;
import vn.thidua.common.Messages;
import vn.thidua.common.NotFoundException;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitService;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;

/**
 * Emulation plans. Everyone signed in reads issued and closed plans; the emulation office and admins
 * also see drafts and are the only ones who change plans. A closed plan no longer changes.
 */
@ApplicationScoped
public class PlanService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private UnitService unitService;

    @Inject
    private Messages messages;

    public boolean canEdit() {
        return currentUser.hasAnyRole(Role.ADMIN, Role.SECRETARIAT);
    }

    /** Plans whose number or title contains the text, of a status, covering a year; any filter may be null. */
    public List<EmulationPlan> search(String text, PlanStatus status, Integer year) {
        requireLoggedIn();
        StringBuilder jpql = new StringBuilder("SELECT p FROM EmulationPlan p WHERE 1 = 1");
        if (!canEdit()) {
            jpql.append(" AND p.status <> vn.thidua.plan.PlanStatus.DRAFT");
        }
        if (text != null && !text.isBlank()) {
            jpql.append(" AND (LOWER(p.numberSymbol) LIKE :t OR LOWER(p.title) LIKE :t OR LOWER(p.issuingBody) LIKE :t)");
        }
        if (status != null) {
            jpql.append(" AND p.status = :s");
        }
        if (year != null) {
            jpql.append(" AND p.startYear <= :y AND p.endYear >= :y");
        }
        jpql.append(" ORDER BY p.endYear DESC, p.issuedOn DESC, p.id DESC");
        var query = em.createQuery(jpql.toString(), EmulationPlan.class);
        if (text != null && !text.isBlank()) {
            query.setParameter("t", "%" + text.strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (status != null) {
            query.setParameter("s", status);
        }
        if (year != null) {
            query.setParameter("y", year);
        }
        return query.getResultList();
    }

    /** One plan the caller may read: drafts only for the emulation office and admins. */
    public EmulationPlan find(long id) {
        requireLoggedIn();
        EmulationPlan plan = em.find(EmulationPlan.class, id);
        if (plan == null || plan.getStatus() == PlanStatus.DRAFT && !canEdit()) {
            throw new NotFoundException(messages.get("plan.error.notFound"));
        }
        return plan;
    }

    /** A plan the caller may change: only the emulation office and admins, and not once it is closed. */
    public EmulationPlan findForChange(long id) {
        currentUser.requireAnyRole(Role.ADMIN, Role.SECRETARIAT);
        EmulationPlan plan = find(id);
        if (plan.getStatus() == PlanStatus.CLOSED) {
            throw InvalidInputException.of("", messages.get("plan.error.closed"));
        }
        return plan;
    }

    @Transactional
    public EmulationPlan create(PlanForm form) {
        currentUser.requireAnyRole(Role.ADMIN, Role.SECRETARIAT);
        Unit issuer = form.issuingUnitId() == null ? null : unitService.find(form.issuingUnitId());
        validate(form, null, issuer);
        EmulationPlan plan = new EmulationPlan(form.numberSymbol().strip(), issuingBody(form, issuer), form.title().strip(),
                form.kind(), form.startYear(), form.endYear());
        apply(form, plan, issuer);
        em.persist(plan);
        em.flush();
        return plan;
    }

    @Transactional
    public EmulationPlan update(long id, PlanForm form) {
        EmulationPlan plan = findForChange(id);
        Forms.checkVersion(plan.getVersion(), form.version());
        Unit issuer = form.issuingUnitId() == null ? null : unitService.find(form.issuingUnitId());
        validate(form, plan, issuer);
        plan.setNumberSymbol(form.numberSymbol().strip());
        plan.setTitle(form.title().strip());
        plan.setKind(form.kind());
        plan.setStartYear(form.startYear());
        plan.setEndYear(form.endYear());
        apply(form, plan, issuer);
        em.flush();
        return plan;
    }

    @Transactional
    public EmulationPlan changeStatus(long id, PlanStatus next, Long version) {
        currentUser.requireAnyRole(Role.ADMIN, Role.SECRETARIAT);
        EmulationPlan plan = find(id);
        Forms.checkVersion(plan.getVersion(), version);
        if (next == null || !plan.getStatus().canMoveTo(next)) {
            throw InvalidInputException.of("status", messages.get("plan.error.statusChange",
                    messages.get("PlanStatus." + plan.getStatus()), next == null ? "–" : messages.get("PlanStatus." + next)));
        }
        plan.setStatus(next);
        em.flush();
        return plan;
    }

    @Transactional
    public PlanContent saveContent(long planId, Long contentId, ContentForm form) {
        EmulationPlan plan = findForChange(planId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.title() == null || form.title().isBlank()) {
            errors.put("contentTitle", messages.get("plan.error.contentTitleRequired"));
        }
        if (form.position() != null && (form.position() < 1 || form.position() > 999)) {
            errors.put("contentPosition", messages.get("plan.error.position"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PlanContent content;
        if (contentId == null) {
            int position = form.position() != null ? form.position() : plan.getContents().size() + 1;
            content = new PlanContent(plan, position, form.title().strip(), Forms.blankToNull(form.description()));
            plan.getContents().add(content);
            em.persist(content);
        } else {
            content = child(plan.getContents(), contentId);
            Forms.checkVersion(content.getVersion(), form.version());
            content.setTitle(form.title().strip());
            content.setDescription(Forms.blankToNull(form.description()));
            if (form.position() != null) {
                content.setPosition(form.position());
            }
        }
        em.flush();
        return content;
    }

    @Transactional
    public void deleteContent(long planId, long contentId) {
        EmulationPlan plan = findForChange(planId);
        PlanContent content = child(plan.getContents(), contentId);
        plan.getContents().remove(content);
        em.remove(content);
    }

    @Transactional
    public Milestone saveMilestone(long planId, Long milestoneId, MilestoneForm form) {
        EmulationPlan plan = findForChange(planId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.kind() == null) {
            errors.put("milestoneKind", messages.get("plan.error.milestoneKindRequired"));
        }
        if (form.dueOn() == null) {
            errors.put("milestoneDue", messages.get("plan.error.milestoneDueRequired"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String title = form.title() == null || form.title().isBlank() ? messages.get("MilestoneKind." + form.kind()) : form.title().strip();
        Milestone milestone;
        if (milestoneId == null) {
            milestone = new Milestone(plan, form.kind(), title, form.dueOn());
            plan.getMilestones().add(milestone);
            em.persist(milestone);
        } else {
            milestone = child(plan.getMilestones(), milestoneId);
            Forms.checkVersion(milestone.getVersion(), form.version());
            milestone.setKind(form.kind());
            milestone.setTitle(title);
            milestone.setDueOn(form.dueOn());
        }
        em.flush();
        return milestone;
    }

    @Transactional
    public void deleteMilestone(long planId, long milestoneId) {
        EmulationPlan plan = findForChange(planId);
        Milestone milestone = child(plan.getMilestones(), milestoneId);
        plan.getMilestones().remove(milestone);
        em.remove(milestone);
    }

    private <T extends vn.thidua.common.AuditedEntity> T child(List<T> children, long id) {
        return children.stream().filter(c -> c.getId() == id).findFirst()
                .orElseThrow(() -> new NotFoundException(messages.get("error.notFound.record")));
    }

    private void validate(PlanForm form, EmulationPlan existing, Unit issuer) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.numberSymbol() == null || form.numberSymbol().isBlank()) {
            errors.put("numberSymbol", messages.get("plan.error.numberRequired"));
        } else if (form.numberSymbol().strip().length() > 64) {
            errors.put("numberSymbol", messages.get("plan.error.numberTooLong"));
        }
        if (issuer == null && (form.issuingBody() == null || form.issuingBody().isBlank())) {
            errors.put("issuingUnitId", messages.get("plan.error.issuerRequired"));
        }
        if (form.title() == null || form.title().isBlank()) {
            errors.put("title", messages.get("plan.error.titleRequired"));
        }
        if (form.kind() == null) {
            errors.put("kind", messages.get("plan.error.kindRequired"));
        }
        if (form.startYear() == null || form.startYear() < 2000 || form.startYear() > 2100) {
            errors.put("startYear", messages.get("plan.error.year"));
        }
        if (form.endYear() == null || form.endYear() < 2000 || form.endYear() > 2100) {
            errors.put("endYear", messages.get("plan.error.year"));
        } else if (form.startYear() != null && form.endYear() < form.startYear()) {
            errors.put("endYear", messages.get("plan.error.endBeforeStart"));
        }
        if ((form.reportDay() == null) != (form.reportMonth() == null)) {
            errors.put("reportDay", messages.get("plan.error.reportDeadline"));
        } else if (form.reportDay() != null) {
            try {
                LocalDate.of(2024, form.reportMonth(), form.reportDay()); // a leap year accepts 29/2
            } catch (DateTimeException e) {
                errors.put("reportDay", messages.get("plan.error.reportDeadline"));
            }
        }
        if (errors.isEmpty()) {
            String number = form.numberSymbol().strip();
            String body = issuingBody(form, issuer);
            boolean taken = em.createQuery("SELECT p FROM EmulationPlan p WHERE p.numberSymbol = :n AND p.issuingBody = :b",
                            EmulationPlan.class).setParameter("n", number).setParameter("b", body).getResultStream()
                    .anyMatch(p -> existing == null || !p.getId().equals(existing.getId()));
            if (taken) {
                errors.put("numberSymbol", messages.get("plan.error.numberTaken", number, body));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static String issuingBody(PlanForm form, Unit issuer) {
        return form.issuingBody() != null && !form.issuingBody().isBlank() ? form.issuingBody().strip() : issuer.getName();
    }

    private void apply(PlanForm form, EmulationPlan plan, Unit issuer) {
        plan.setIssuingUnit(issuer);
        plan.setIssuingBody(issuingBody(form, issuer));
        plan.setPlace(Forms.blankToNull(form.place()));
        plan.setIssuedOn(form.issuedOn());
        plan.setSummary(Forms.blankToNull(form.summary()));
        plan.setReportDay(form.reportDay());
        plan.setReportMonth(form.reportMonth());
        plan.setMonitoringFrequency(form.monitoringFrequency());
    }

    private void requireLoggedIn() {
        if (!currentUser.isLoggedIn()) {
            throw new AccessDeniedException(messages.get("error.forbidden"));
        }
    }
}
