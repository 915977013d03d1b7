package vn.thidua.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.thidua.common.AccessDeniedException;
import vn.thidua.common.Forms;
import vn.thidua.common.InvalidInputException;
import vn.thidua.common.Messages;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.VietnameseDates;
import vn.thidua.criteria.Criterion;
import vn.thidua.criteria.CriterionKind;
import vn.thidua.criteria.CriterionScore;
import vn.thidua.criteria.ScoringFramework;
import vn.thidua.notification.NotificationService;
import vn.thidua.org.Unit;
import vn.thidua.plan.EmulationPlan;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.PlanTask;
import vn.thidua.plan.PlanStatus;
import vn.thidua.security.Account;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;
import vn.thidua.security.UnitScope;

/**
 * Units' yearly submissions: open, fill in, save drafts, submit, return, accept, reopen; the history and the
 * submitted versions. Every rule of who may do what is in {@link SubmissionPolicy}; every rule of what may be
 * entered in {@link AnswerRules}; this service applies them and refuses before changing anything.
 */
@ApplicationScoped
public class SubmissionService {

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

    @Inject
    @ConfigProperty(name = "thidua.submission.cutoffDays", defaultValue = "30")
    private int cutoffDays;

    // ------------------------------------------------------------------ reading

    /** @throws NotFoundException when there is none; AccessDeniedException when the caller may not see it */
    public Submission find(long id) {
        Submission submission = em.find(Submission.class, id);
        if (submission == null) {
            throw new NotFoundException(messages.get("submission.error.notFound"));
        }
        if (!assignedToMe(submission)) {
            requireView(submission.getUnit());
        }
        return submission;
    }

    /**
     * A board member or chair reads a report assigned to them for scoring (changing it stays with the unit and the
     * office: every change is checked against {@link SubmissionPolicy} as well).
     */
    private boolean assignedToMe(Submission submission) {
        if (!currentUser.hasAnyRole(Role.BOARD_MEMBER, Role.BOARD_CHAIR) || currentUser.accountId() == null) {
            return false;
        }
        return !em.createQuery("SELECT a.id FROM ReviewAssignment a WHERE a.submission = :s AND a.member.account.id = :me", Long.class)
                .setParameter("s", submission).setParameter("me", currentUser.accountId()).setMaxResults(1).getResultList().isEmpty();
    }

    /** A unit's submission for a plan year, if the unit has started one. */
    public Optional<Submission> findFor(long planId, long unitId, int year) {
        EmulationPlan plan = planService.find(planId);
        Unit unit = unit(unitId);
        requireView(unit);
        return em.createQuery("SELECT s FROM Submission s WHERE s.plan = :p AND s.unit = :u AND s.year = :y", Submission.class)
                .setParameter("p", plan).setParameter("u", unit).setParameter("y", year).getResultStream().findFirst();
    }

    /** The submissions the caller may see, newest year first. */
    public List<Submission> visible(Long planId, Integer year) {
        requireReporterOrOffice();
        String prefix = currentUser.scope().pathPrefix();
        return em.createQuery("SELECT s FROM Submission s JOIN FETCH s.unit u JOIN FETCH s.plan p"
                        + " WHERE (:prefix IS NULL OR u.path LIKE CONCAT(:prefix, '%'))"
                        + " AND (:plan IS NULL OR p.id = :plan) AND (:year IS NULL OR s.year = :year)"
                        + " ORDER BY s.year DESC, p.numberSymbol, u.name", Submission.class)
                .setParameter("prefix", prefix).setParameter("plan", planId).setParameter("year", year)
                .setMaxResults(2000).getResultList();
    }

    /** The criteria the submission's unit reports on, each followed by its children; empty groups left out. */
    public List<Criterion> criteriaOf(Submission submission) {
        List<Criterion> all = submission.getFramework().depthFirst();
        List<Criterion> leaves = all.stream().filter(c -> !c.isGroup() && c.appliesTo(submission.getUnit().getType())).toList();
        return all.stream().filter(c -> c.isGroup() ? leaves.stream().anyMatch(l -> l.isUnder(c)) : leaves.contains(c)).toList();
    }

    public List<SubmissionEvent> history(long submissionId) {
        Submission submission = find(submissionId);
        return em.createQuery("SELECT e FROM SubmissionEvent e WHERE e.submission = :s ORDER BY e.occurredAt, e.id",
                SubmissionEvent.class).setParameter("s", submission).getResultList();
    }

    public List<SubmissionVersion> versions(long submissionId) {
        Submission submission = find(submissionId);
        return em.createQuery("SELECT v FROM SubmissionVersion v WHERE v.submission = :s ORDER BY v.versionNo",
                SubmissionVersion.class).setParameter("s", submission).getResultList();
    }

    /** One submitted version, as it was submitted. */
    public SubmissionVersion version(long submissionId, int versionNo) {
        Submission submission = find(submissionId);
        return em.createQuery("SELECT v FROM SubmissionVersion v WHERE v.submission = :s AND v.versionNo = :n", SubmissionVersion.class)
                .setParameter("s", submission).setParameter("n", versionNo).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(messages.get("error.notFound.record")));
    }

    /** The evidence files still attached, in upload order. */
    public List<Evidence> evidence(Submission submission) {
        return em.createQuery("SELECT e FROM Evidence e WHERE e.submission = :s AND e.removedAt IS NULL ORDER BY e.id",
                Evidence.class).setParameter("s", submission).getResultList();
    }

    /** The answers by criterion id, as detached copies a form may change freely. */
    public Map<Long, Answer> answerCopies(Submission submission) {
        Map<Long, Answer> copies = new LinkedHashMap<>();
        for (Criterion criterion : criteriaOf(submission)) {
            if (!criterion.isGroup()) {
                copies.put(criterion.getId(), submission.answerTo(criterion).map(Answer::copy)
                        .orElseGet(() -> new Answer(null, criterion)));
            }
        }
        countTasks(submission, copies, progressOf(submission));
        return copies;
    }

    /** The plan tasks the submission's unit leads, in the plan's order. */
    public List<PlanTask> tasksOf(Submission submission) {
        return em.createQuery("SELECT t FROM PlanTask t WHERE t.plan = :p AND t.leadUnit = :u ORDER BY t.position, t.id", PlanTask.class)
                .setParameter("p", submission.getPlan()).setParameter("u", submission.getUnit()).getResultList();
    }

    /** What the unit reported on its tasks, by task id. */
    public Map<Long, TaskReport> taskReports(Submission submission) {
        Map<Long, TaskReport> reports = new LinkedHashMap<>();
        em.createQuery("SELECT r FROM TaskReport r WHERE r.submission = :s", TaskReport.class).setParameter("s", submission)
                .getResultList().forEach(r -> reports.put(r.getTask().getId(), r));
        return reports;
    }

    private Map<Long, TaskProgress> progressOf(Submission submission) {
        Map<Long, TaskProgress> progress = new HashMap<>();
        taskReports(submission).forEach((task, report) -> progress.put(task, report.getProgress()));
        return progress;
    }

    /**
     * A unit that leads tasks of the plan does not type its task counts: assigned is the number of its tasks,
     * completed the number done on time.
     */
    private void countTasks(Submission submission, Map<Long, Answer> answers, Map<Long, TaskProgress> progress) {
        List<PlanTask> tasks = tasksOf(submission);
        if (tasks.isEmpty()) {
            return;
        }
        long onTime = tasks.stream().filter(t -> progress.getOrDefault(t.getId(), TaskProgress.NOT_STARTED).isCompletedOnTime()).count();
        answers.values().stream().filter(a -> a.getCriterion().getKind() == CriterionKind.TASK_COMPLETION).forEach(a -> {
            a.setAssigned((long) tasks.size());
            a.setCompleted(onTime);
        });
    }

    public SelfScore selfScore(Submission submission, Map<Long, Answer> answers) {
        return SelfScore.of(criteriaOf(submission), answers, submission.getYear());
    }

    /** What is wrong with the answers, criterion by criterion; {@code complete} as for submitting. */
    public List<AnswerProblem> problems(Submission submission, Map<Long, Answer> answers, boolean complete) {
        Map<Long, Long> files = evidence(submission).stream().filter(e -> e.getCriterion() != null)
                .collect(Collectors.groupingBy(e -> e.getCriterion().getId(), Collectors.counting()));
        return criteriaOf(submission).stream().filter(c -> !c.isGroup())
                .flatMap(c -> AnswerRules.check(c, answers.getOrDefault(c.getId(), new Answer(null, c)), complete,
                        files.getOrDefault(c.getId(), 0L).intValue()).stream())
                .toList();
    }

    /** The message of a problem in the caller's language. */
    public String describe(AnswerProblem problem) {
        return messages.get(problem.key(), problem.args().toArray());
    }

    /** The plan's reporting deadline for the submission's year; null when the plan sets none. */
    public LocalDate deadline(Submission submission) {
        return submission.getPlan().reportingDeadline(submission.getYear());
    }

    public LocalDate cutoff(Submission submission) {
        return SubmissionPolicy.cutoff(deadline(submission), cutoffDays);
    }

    public static LocalDate today() {
        return LocalDate.now(VietnameseDates.PROVINCE_ZONE);
    }

    /** The actions the caller may take now, for showing the right buttons. */
    public Set<SubmissionAction> allowedActions(Submission submission) {
        return java.util.EnumSet.allOf(SubmissionAction.class).stream()
                .filter(a -> SubmissionPolicy.refusal(a, situation(submission)).isEmpty())
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(SubmissionAction.class)));
    }

    // ------------------------------------------------------------------ changing

    /**
     * The unit's submission for a plan year, started as a draft when there is none (by an officer or the head of
     * the unit, before the cut-off); the framework is the plan's latest for the unit's type.
     */
    @Transactional
    public Submission open(long planId, long unitId, int year) {
        Optional<Submission> existing = findFor(planId, unitId, year);
        if (existing.isPresent()) {
            return existing.get();
        }
        EmulationPlan plan = planService.find(planId);
        Unit unit = unit(unitId);
        allow(SubmissionAction.EDIT, situation(plan, unit, year, null));
        Submission submission = new Submission(plan, unit, year, openableFramework(plan, unit, year));
        em.persist(submission);
        event(submission, SubmissionAction.EDIT, null, null);
        em.flush();
        return submission;
    }

    /**
     * Saves what the unit typed. Incomplete answers are kept; a value out of range refuses the whole save with a
     * message per field, and nothing changes.
     *
     * @param answers by criterion id; criteria left out keep their answers
     */
    @Transactional
    public Submission saveDraft(long submissionId, Long version, String narrative, Map<Long, Answer> answers) {
        return saveDraft(submissionId, version, narrative, answers, Map.of());
    }

    /** What a unit says of one of its tasks. */
    public record TaskUpdate(TaskProgress progress, String note) {
    }

    /**
     * Like {@link #saveDraft(long, Long, String, Map)}, with the progress on the unit's tasks (by task id), from
     * which the task completion criterion is counted.
     */
    @Transactional
    public Submission saveDraft(long submissionId, Long version, String narrative, Map<Long, Answer> answers,
                                Map<Long, TaskUpdate> taskUpdates) {
        Submission submission = forAction(submissionId, version, SubmissionAction.EDIT);
        Map<Long, Answer> merged = answerCopies(submission);
        Map<Long, Criterion> criteria = new HashMap<>();
        criteriaOf(submission).forEach(c -> criteria.put(c.getId(), c));
        for (Map.Entry<Long, Answer> typed : answers.entrySet()) {
            Criterion criterion = criteria.get(typed.getKey());
            if (criterion == null || criterion.isGroup()) {
                throw InvalidInputException.of("answers", messages.get("submission.error.unknownCriterion", typed.getKey()));
            }
            Answer answer = new Answer(null, criterion);
            answer.takeOver(typed.getValue());
            answer.keepOnlyFieldsOfKind();
            merged.put(typed.getKey(), answer);
        }
        Map<Long, PlanTask> tasks = new LinkedHashMap<>();
        tasksOf(submission).forEach(t -> tasks.put(t.getId(), t));
        Map<Long, TaskProgress> progress = progressOf(submission);
        for (Map.Entry<Long, TaskUpdate> update : taskUpdates.entrySet()) {
            String note = update.getValue().note();
            if (!tasks.containsKey(update.getKey()) || update.getValue().progress() == null || note != null && note.length() > 2000) {
                throw InvalidInputException.of("tasks[" + update.getKey() + "]", messages.get("submission.error.task", update.getKey()));
            }
            progress.put(update.getKey(), update.getValue().progress());
        }
        countTasks(submission, merged, progress);
        String text = Forms.blankToNull(narrative);
        refuseProblems(problems(submission, merged, false), text);
        submission.setNarrative(text);
        for (Answer answer : merged.values()) {
            submission.answerFor(answer.getCriterion()).takeOver(answer);
        }
        Map<Long, TaskReport> reports = taskReports(submission);
        taskUpdates.forEach((taskId, update) -> {
            TaskReport report = reports.get(taskId);
            if (report == null) {
                report = new TaskReport(submission, tasks.get(taskId));
                em.persist(report);
            }
            report.setProgress(update.progress());
            report.setNote(Forms.blankToNull(update.note()));
        });
        submission.setSelfScore(selfScore(submission, merged).total().total());
        em.lock(submission, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return submission;
    }

    /** The head signs off: everything answered, required evidence attached; late when past the deadline. */
    @Transactional
    public Submission submit(long submissionId, Long version) {
        Submission submission = forAction(submissionId, version, SubmissionAction.SUBMIT);
        Map<Long, Answer> answers = answerCopies(submission);
        refuseProblems(problems(submission, answers, true), submission.getNarrative());
        SelfScore score = selfScore(submission, answers);
        SubmissionStatus before = submission.getStatus();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        int daysLate = SubmissionPolicy.daysLate(deadline(submission), today());
        submission.markSubmitted(now, daysLate, score.total().total());
        em.persist(new SubmissionVersion(submission, submission.getVersionsSubmitted(), now, currentUser.username(), daysLate,
                score.total().total(), snapshot(submission, score)));
        return transitioned(submission, SubmissionAction.SUBMIT, before,
                daysLate > 0 ? Messages.vietnamese("submission.history.late", daysLate) : null, notifications.office(),
                Messages.vietnamese("notification.submitted", submission.getUnit().getName(), submission.getPlan().getNumberSymbol(),
                        submission.getYear()));
    }

    /** The office sends it back with a reason the unit sees. */
    @Transactional
    public Submission returnForRevision(long submissionId, Long version, String reason) {
        Submission submission = forAction(submissionId, version, SubmissionAction.RETURN);
        String text = Forms.blankToNull(reason);
        if (text == null || text.length() > AnswerRules.MAX_COMMENT) {
            throw InvalidInputException.of("reason", messages.get("submission.error.reason"));
        }
        SubmissionStatus before = submission.getStatus();
        submission.markReturned(text);
        return transitioned(submission, SubmissionAction.RETURN, before, text, notifications.unitReporters(submission.getUnit()),
                Messages.vietnamese("notification.returned", submission.getPlan().getNumberSymbol(), submission.getYear(), text));
    }

    /** The office accepts it; it is then locked for the review board. */
    @Transactional
    public Submission accept(long submissionId, Long version) {
        Submission submission = forAction(submissionId, version, SubmissionAction.ACCEPT);
        SubmissionStatus before = submission.getStatus();
        submission.markAccepted();
        return transitioned(submission, SubmissionAction.ACCEPT, before, null, notifications.unitReporters(submission.getUnit()),
                Messages.vietnamese("notification.accepted", submission.getPlan().getNumberSymbol(), submission.getYear()));
    }

    /** After the cut-off, the office lets a unit work on its report again until a day (started if needed). */
    @Transactional
    public Submission reopen(long planId, long unitId, int year, LocalDate until) {
        currentUser.requireAnyRole(Role.SECRETARIAT);
        if (until == null || until.isBefore(today())) {
            throw InvalidInputException.of("until", messages.get("submission.error.reopenUntil"));
        }
        EmulationPlan plan = planService.find(planId);
        Unit unit = unit(unitId);
        Submission submission = findFor(planId, unitId, year).orElse(null);
        allow(SubmissionAction.REOPEN, situation(plan, unit, year, submission));
        SubmissionStatus before = submission == null ? null : submission.getStatus();
        if (submission == null) {
            submission = new Submission(plan, unit, year, openableFramework(plan, unit, year));
            em.persist(submission);
        }
        submission.reopenUntil(until);
        return transitioned(submission, SubmissionAction.REOPEN, before,
                Messages.vietnamese("submission.history.reopenedUntil", VietnameseDates.format(until)), notifications.unitReporters(unit),
                Messages.vietnamese("notification.reopened", plan.getNumberSymbol(), year, VietnameseDates.format(until)));
    }

    // ------------------------------------------------------------------ rules applied

    /** The submission a caller changes, after refusing a stale version or an action the policy does not allow. */
    private Submission forAction(long submissionId, Long version, SubmissionAction action) {
        Submission submission = find(submissionId);
        Forms.requireVersion(submission.getVersion(), version, messages.get("error.versionRequired"));
        allow(action, situation(submission));
        return submission;
    }

    /** Records a workflow step in the history (notes in Vietnamese, as stored texts are) and tells those concerned. */
    private Submission transitioned(Submission submission, SubmissionAction action, SubmissionStatus before, String note,
                                    List<Account> told, String message) {
        event(submission, action, before, note);
        notifications.notify(told, message, link(submission));
        em.flush();
        return submission;
    }

    SubmissionPolicy.Situation situation(Submission submission) {
        return situation(submission.getPlan(), submission.getUnit(), submission.getYear(), submission);
    }

    /**
     * @param year       the report year, also when the unit has not started (its deadline and cut-off apply then too)
     * @param submission null when the unit has not started
     */
    private SubmissionPolicy.Situation situation(EmulationPlan plan, Unit unit, int year, Submission submission) {
        // a year outside the plan has no deadline; opening it is refused with its own message
        LocalDate deadline = plan.coversYear(year) ? plan.reportingDeadline(year) : null;
        Unit home = currentUser.homeUnit();
        // the unit roles decide whose reports one prepares: never a province-wide role held beside them
        Set<Role> unitRoles = currentUser.roles().stream().filter(Role::isUnitScoped).collect(Collectors.toSet());
        boolean inUnitScope = UnitScope.of(unitRoles, home == null ? null : home.getPath()).covers(unit.getPath());
        boolean ownUnit = home != null && home.getId().equals(unit.getId());
        return new SubmissionPolicy.Situation(currentUser.roles(), inUnitScope, ownUnit,
                submission == null ? null : submission.getStatus(), today(), deadline, cutoffDays,
                submission == null ? null : submission.getReopenedUntil());
    }

    /** @throws AccessDeniedException or InvalidInputException with the policy's reason */
    void allow(SubmissionAction action, SubmissionPolicy.Situation situation) {
        SubmissionPolicy.refusal(action, situation).ifPresent(refusal -> {
            Object[] args = refusal.args().stream().map(this::readable).toArray();
            String text = messages.get(refusal.key(), args);
            if (refusal.forbidden()) {
                throw new AccessDeniedException(text);
            }
            throw InvalidInputException.of("", text);
        });
    }

    private Object readable(Object arg) {
        if (arg instanceof LocalDate date) {
            return VietnameseDates.format(date);
        }
        if (arg instanceof String s && s.chars().allMatch(c -> Character.isUpperCase(c) || c == '_')) {
            return messages.get("SubmissionStatus." + s);
        }
        return arg;
    }

    private void refuseProblems(List<AnswerProblem> problems, String narrative) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (AnswerProblem problem : problems) {
            errors.putIfAbsent(fieldName(problem), describe(problem));
        }
        if (narrative != null && narrative.length() > 20_000) {
            errors.put("narrative", messages.get("submission.error.narrativeTooLong", 20_000));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The name a refused field goes by in an API error and a form: answers[criterion id].field. */
    public static String fieldName(AnswerProblem problem) {
        return "answers[" + problem.criterionId() + "]." + problem.field();
    }

    private ScoringFramework openableFramework(EmulationPlan plan, Unit unit, int year) {
        if (plan.getStatus() != PlanStatus.ISSUED) {
            throw InvalidInputException.of("", messages.get("submission.error.planNotIssued"));
        }
        if (!plan.coversYear(year)) {
            throw InvalidInputException.of("year", messages.get("submission.error.yearOutsidePlan", plan.getPeriod()));
        }
        List<ScoringFramework> frameworks = em.createQuery("SELECT f FROM ScoringFramework f WHERE f.plan = :p"
                + " ORDER BY f.versionNo DESC, f.id DESC", ScoringFramework.class).setParameter("p", plan).getResultList();
        List<ScoringFramework> forType = frameworks.stream().filter(f -> f.getUnitType() == unit.getType()).toList();
        List<ScoringFramework> candidates = forType.isEmpty() ? frameworks.stream().filter(f -> f.getUnitType() == null).toList() : forType;
        if (candidates.isEmpty()) {
            throw InvalidInputException.of("", messages.get("submission.error.noFramework"));
        }
        // units answer a fixed framework: the newest frozen version, else the newest, frozen from now on
        ScoringFramework framework = candidates.stream().filter(ScoringFramework::isFrozen).findFirst().orElse(candidates.get(0));
        if (!framework.isFrozen()) {
            framework.freeze();
        }
        return framework;
    }

    private void event(Submission submission, SubmissionAction action, SubmissionStatus from, String note) {
        em.persist(new SubmissionEvent(submission, LocalDateTime.now(ZoneOffset.UTC), currentUser.username(), action, from,
                submission.getStatus(), note));
    }

    /** The report as it stands, in the form a submitted version keeps it (JSON). */
    public String snapshot(Submission submission) {
        return snapshot(submission, selfScore(submission, answerCopies(submission)));
    }

    private String snapshot(Submission submission, SelfScore score) {
        JsonArrayBuilder answers = Json.createArrayBuilder();
        for (Criterion criterion : criteriaOf(submission)) {
            if (criterion.isGroup()) {
                continue;
            }
            JsonObjectBuilder a = Json.createObjectBuilder().add("criterionId", criterion.getId())
                    .add("code", criterion.getCode()).add("name", criterion.getName()).add("kind", criterion.getKind().name());
            submission.answerTo(criterion).ifPresent(answer -> AnswerJson.addFields(a, answer));
            CriterionScore s = score.scoreOf(criterion);
            if (s != null) {
                a.add("points", s.points());
            }
            answers.add(a);
        }
        JsonArrayBuilder files = Json.createArrayBuilder();
        for (Evidence e : evidence(submission)) {
            JsonObjectBuilder f = Json.createObjectBuilder().add("id", e.getId()).add("name", e.getOriginalName())
                    .add("sha256", e.getSha256()).add("sizeBytes", e.getSizeBytes());
            if (e.getCriterion() != null) {
                f.add("criterionId", e.getCriterion().getId());
            }
            files.add(f);
        }
        JsonArrayBuilder tasks = Json.createArrayBuilder();
        Map<Long, TaskReport> reports = taskReports(submission);
        for (PlanTask task : tasksOf(submission)) {
            TaskReport report = reports.get(task.getId());
            JsonObjectBuilder t = Json.createObjectBuilder().add("taskId", task.getId()).add("code", task.getCode())
                    .add("progress", (report == null ? TaskProgress.NOT_STARTED : report.getProgress()).name());
            if (report != null && report.getNote() != null) {
                t.add("note", report.getNote());
            }
            tasks.add(t);
        }
        JsonObjectBuilder root = Json.createObjectBuilder().add("answers", answers).add("evidence", files).add("tasks", tasks)
                .add("selfScore", score.total().total());
        if (submission.getNarrative() != null) {
            root.add("narrative", submission.getNarrative());
        }
        return root.build().toString();
    }

    private String link(Submission submission) {
        return "/submission/submission.xhtml?id=" + submission.getId();
    }

    private Unit unit(long unitId) {
        Unit unit = em.find(Unit.class, unitId);
        if (unit == null) {
            throw new NotFoundException(messages.get("error.notFound.record"));
        }
        return unit;
    }

    private void requireReporterOrOffice() {
        currentUser.requireAnyRole(Role.ADMIN, Role.SECRETARIAT, Role.UNIT_OFFICER, Role.UNIT_HEAD);
    }

    private void requireView(Unit unit) {
        requireReporterOrOffice();
        currentUser.requireInScope(unit);
    }
}
