package vn.thidua.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.common.Messages;
import vn.thidua.common.VietnameseDates;
import vn.thidua.notification.NotificationService;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitType;
import vn.thidua.plan.EmulationPlan;
import vn.thidua.plan.PlanBlock;
import vn.thidua.plan.PlanService;
import vn.thidua.security.Account;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;

/**
 * Who has reported for a plan year and who has not, for the emulation office; and reminders to those who have not.
 * The units expected are those in the plan's blocks for the year; without blocks, every active unit but the Sở.
 */
@ApplicationScoped
public class CompletenessService {

    /** What a reminder reached. */
    public record ReminderResult(int units, int accounts, int emails) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PlanService planService;

    @Inject
    private NotificationService notifications;

    @Inject
    private Messages messages;

    public Completeness dashboard(long planId, int year) {
        currentUser.requireAnyRole(Role.SECRETARIAT, Role.ADMIN, Role.VIEWER);
        EmulationPlan plan = planService.find(planId);
        return Completeness.of(rows(plan, year), r -> messages.get("UnitType." + r.unitType().name()));
    }

    /**
     * Notifies the officers and heads of every expected unit that has not reported (not started, drafting or
     * returned), in the application and by e-mail when configured.
     *
     * @param unitIds only these units (a drill-down selection); null or empty for all that have not reported
     */
    @Transactional
    public ReminderResult remind(long planId, int year, Collection<Long> unitIds) {
        currentUser.requireAnyRole(Role.SECRETARIAT);
        EmulationPlan plan = planService.find(planId);
        LocalDate deadline = plan.reportingDeadline(year);
        String message = Messages.vietnamese("notification.reminder", plan.getNumberSymbol(), year,
                deadline == null ? "—" : VietnameseDates.format(deadline));
        List<CompletenessRow> unreported = rows(plan, year).stream().filter(r -> !r.state().isReported())
                .filter(r -> unitIds == null || unitIds.isEmpty() || unitIds.contains(r.unitId())).toList();
        List<Unit> unitList = em.createQuery("SELECT u FROM Unit u LEFT JOIN FETCH u.parent WHERE u.id IN :ids", Unit.class)
                .setParameter("ids", unreported.isEmpty() ? List.of(-1L) : unreported.stream().map(CompletenessRow::unitId).toList())
                .getResultList();
        Map<Long, List<Account>> reporters = notifications.unitReporters(unitList);
        int units = 0;
        int accounts = 0;
        int emails = 0;
        for (CompletenessRow row : unreported) {
            List<Account> told = reporters.getOrDefault(row.unitId(), List.of());
            String link = row.submissionId() == null ? "/submission/submissions.xhtml"
                    : "/submission/submission.xhtml?id=" + row.submissionId();
            emails += notifications.notify(told, message, link);
            accounts += told.size();
            units++;
        }
        return new ReminderResult(units, accounts, emails);
    }

    private List<CompletenessRow> rows(EmulationPlan plan, int year) {
        Map<Unit, String> expected = new LinkedHashMap<>();
        List<PlanBlock> blocks = em.createQuery("SELECT b FROM PlanBlock b WHERE b.plan = :p AND b.year = :y ORDER BY b.name",
                PlanBlock.class).setParameter("p", plan).setParameter("y", year).getResultList();
        for (PlanBlock block : blocks) {
            block.getUnits().forEach(u -> expected.putIfAbsent(u, block.getName()));
        }
        if (blocks.isEmpty()) {
            em.createQuery("SELECT u FROM Unit u WHERE u.active = TRUE AND u.type <> :dept ORDER BY u.path", Unit.class)
                    .setParameter("dept", UnitType.DEPARTMENT).getResultList()
                    .forEach(u -> expected.put(u, messages.get("completeness.noBlock")));
        }
        Map<Long, Submission> submitted = new HashMap<>();
        em.createQuery("SELECT s FROM Submission s JOIN FETCH s.unit WHERE s.plan = :p AND s.year = :y", Submission.class)
                .setParameter("p", plan).setParameter("y", year).getResultList()
                .forEach(s -> submitted.put(s.getUnit().getId(), s));
        List<CompletenessRow> rows = new ArrayList<>();
        expected.forEach((unit, block) -> {
            Submission s = submitted.get(unit.getId());
            rows.add(new CompletenessRow(unit.getId(), unit.getCode(), unit.getName(), unit.getType(), block,
                    ReportingState.of(s == null ? null : s.getStatus(), s == null ? null : s.getDaysLate()),
                    s == null ? null : s.getStatus(), s == null ? null : s.getId(), s == null ? null : s.getSubmittedAt(),
                    s == null ? null : s.getDaysLate(), s == null ? null : s.getSelfScore()));
        });
        return rows;
    }
}
