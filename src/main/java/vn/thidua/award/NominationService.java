package vn.thidua.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import vn.thidua.common.AccessDeniedException;
import vn.thidua.common.AuditLog;
import vn.thidua.common.Forms;
import vn.thidua.common.InvalidInputException;
import vn.thidua.common.Messages;
import vn.thidua.common.NotFoundException;
import vn.thidua.org.StaffMember;
import vn.thidua.org.Unit;
import vn.thidua.plan.EmulationPlan;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;
import vn.thidua.submission.EvidenceService;
import vn.thidua.submission.EvidenceStore;

/**
 * Nomination rounds and the nominations in them. A unit's officer or head drafts nominations of its own staff and
 * collectives (itself or its sub-units); only the unit's head submits them, which checks eligibility. The office
 * returns them, re-checks them, overrides a failed check with a logged reason, and puts them on the board's agenda.
 */
@ApplicationScoped
public class NominationService {

    static final int MAX_SUMMARY = 20_000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    @Inject
    private TitleService titles;

    @Inject
    private EligibilityService eligibility;

    @Inject
    private EvidenceService files;

    @Inject
    private AuditLog auditLog;

    public List<NominationRound> rounds() {
        requireSignedInRole();
        return em.createQuery("SELECT r FROM NominationRound r ORDER BY r.year DESC, r.id DESC", NominationRound.class).getResultList();
    }

    public NominationRound round(long roundId) {
        requireSignedInRole();
        NominationRound round = em.find(NominationRound.class, roundId);
        if (round == null) {
            throw new NotFoundException(messages.get("error.notFound.record"));
        }
        return round;
    }

    @Transactional
    public NominationRound createRound(String name, RoundKind kind, Integer year, Long planId, LocalDate deadline) {
        currentUser.requireAnyRole(Role.SECRETARIAT);
        String text = Forms.blankToNull(name);
        if (text == null || text.length() > 255) {
            throw InvalidInputException.of("name", messages.get("nominationRound.error.name"));
        }
        if (kind == null) {
            throw InvalidInputException.of("kind", messages.get("nominationRound.error.kind"));
        }
        if (year == null || year < 2000 || year > LocalDate.now().getYear() + 1) {
            throw InvalidInputException.of("year", messages.get("nominationRound.error.year"));
        }
        EmulationPlan plan = planId == null ? null : em.find(EmulationPlan.class, planId);
        if (planId != null && (plan == null || !plan.coversYear(year))) {
            throw InvalidInputException.of("planId", messages.get("nominationRound.error.plan"));
        }
        NominationRound round = new NominationRound(text, kind, year, plan, deadline);
        em.persist(round);
        em.flush();
        return round;
    }

    @Transactional
    public NominationRound setOpen(long roundId, Long version, boolean open) {
        currentUser.requireAnyRole(Role.SECRETARIAT);
        NominationRound round = round(roundId);
        Forms.requireVersion(round.getVersion(), version, messages.get("error.versionRequired"));
        round.setOpen(open);
        em.flush();
        return round;
    }

    /** The round's nominations the caller may see: every unit's for the office and the board, the own unit's otherwise. */
    public List<Nomination> nominations(long roundId) {
        NominationRound round = round(roundId);
        if (seesEveryUnit()) {
            return em.createQuery("SELECT n FROM Nomination n LEFT JOIN FETCH n.staff s LEFT JOIN FETCH s.unit"
                    + " WHERE n.round = :r ORDER BY n.unit.name, n.title.position, n.id",
                    Nomination.class).setParameter("r", round).getResultList();
        }
        return em.createQuery("SELECT n FROM Nomination n LEFT JOIN FETCH n.staff s LEFT JOIN FETCH s.unit WHERE n.round = :r AND n.unit.path LIKE :p"
                + " ORDER BY n.unit.name, n.title.position, n.id", Nomination.class)
                .setParameter("r", round).setParameter("p", currentUser.scope().pathPrefix() + "%").getResultList();
    }

    public Nomination find(long nominationId) {
        Nomination n = em.find(Nomination.class, nominationId);
        if (n == null) {
            throw new NotFoundException(messages.get("error.notFound.record"));
        }
        if (!seesEveryUnit()) {
            currentUser.requireAnyRole(Role.UNIT_OFFICER, Role.UNIT_HEAD);
            currentUser.requireInScope(n.getUnit());
        }
        return n;
    }

    /** Staff the caller's unit may nominate: its own people and those of its sub-units. */
    public List<StaffMember> nominableStaff() {
        Unit home = unitOfCaller();
        return em.createQuery("SELECT s FROM StaffMember s JOIN FETCH s.unit WHERE s.unit.path LIKE :p"
                + " AND s.status = vn.thidua.org.EmploymentStatus.ACTIVE"
                + " ORDER BY s.unit.name, s.fullName", StaffMember.class).setParameter("p", home.getPath() + "%").getResultList();
    }

    public List<Unit> nominableCollectives() {
        Unit home = unitOfCaller();
        return em.createQuery("SELECT u FROM Unit u WHERE u.path LIKE :p AND u.active = TRUE ORDER BY u.path", Unit.class)
                .setParameter("p", home.getPath() + "%").getResultList();
    }

    public record Draft(Long staffId, Long candidateUnitId, Long titleId, String summary) {
    }

    @Transactional
    public Nomination create(long roundId, Draft draft) {
        currentUser.requireAnyRole(Role.UNIT_OFFICER, Role.UNIT_HEAD);
        NominationRound round = round(roundId);
        if (!round.isOpen()) {
            throw InvalidInputException.of("round", messages.get("nomination.error.roundClosed"));
        }
        Unit home = unitOfCaller();
        TitleType title = titleOf(draft.titleId());
        Nomination n;
        if (draft.staffId() != null && draft.candidateUnitId() == null) {
            StaffMember staff = em.find(StaffMember.class, draft.staffId());
            if (staff == null || !home.contains(staff.getUnit())) {
                throw InvalidInputException.of("staffId", messages.get("nomination.error.staff"));
            }
            n = Nomination.ofPerson(round, home, staff, title);
        } else if (draft.candidateUnitId() != null && draft.staffId() == null) {
            Unit candidate = em.find(Unit.class, draft.candidateUnitId());
            if (candidate == null || !home.contains(candidate)) {
                throw InvalidInputException.of("candidateUnitId", messages.get("nomination.error.collective"));
            }
            n = Nomination.ofCollective(round, home, candidate, title);
        } else {
            throw InvalidInputException.of("staffId", messages.get("nomination.error.candidate"));
        }
        requireSubject(title, n);
        n.setSummary(summary(draft.summary()));
        requireNotTwice(n);
        em.persist(n);
        em.flush();
        return n;
    }

    @Transactional
    public Nomination update(long nominationId, Long version, Long titleId, String summary) {
        Nomination n = editable(nominationId, version);
        TitleType title = titleOf(titleId);
        n.setTitle(title);
        requireSubject(title, n);
        n.setSummary(summary(summary));
        requireNotTwice(n);
        em.flush();
        return n;
    }

    /** The head saves what the page shows and submits it, all or nothing. */
    @Transactional
    public Nomination submit(long nominationId, Long version, Long titleId, String summary) {
        Nomination n = update(nominationId, version, titleId, summary);
        return submit(nominationId, n.getVersion());
    }

    /** The unit's head submits: the check runs and its result is kept with the nomination. */
    @Transactional
    public Nomination submit(long nominationId, Long version) {
        Nomination n = editable(nominationId, version);
        Unit home = currentUser.homeUnit();
        if (!currentUser.hasRole(Role.UNIT_HEAD) || home == null || !home.getId().equals(n.getUnit().getId())) {
            throw new AccessDeniedException(messages.get("nomination.error.headSubmits"));
        }
        if (!n.getRound().isOpen()) {
            throw InvalidInputException.of("round", messages.get("nomination.error.roundClosed"));
        }
        if (n.getSummary() == null) {
            throw InvalidInputException.of("summary", messages.get("nomination.error.summaryRequired"));
        }
        n.submit(currentUser.username(), now());
        recordCheck(n);
        em.flush();
        return n;
    }

    @Transactional
    public Nomination withdraw(long nominationId, Long version) {
        Nomination n = editable(nominationId, version);
        n.setStatus(NominationStatus.WITHDRAWN);
        em.flush();
        return n;
    }

    @Transactional
    public Nomination returnToUnit(long nominationId, Long version, String reason) {
        Nomination n = officeChange(nominationId, version, NominationStatus.SUBMITTED, NominationStatus.ON_AGENDA);
        String text = Forms.blankToNull(reason);
        if (text == null || text.length() > 1000) {
            throw InvalidInputException.of("reason", messages.get("nomination.error.reason"));
        }
        boolean onOpenBallot = em.createQuery("SELECT COUNT(b) FROM Ballot b WHERE b.nomination = :n AND b.session.status <> :closed",
                Long.class).setParameter("n", n).setParameter("closed", SessionStatus.CLOSED).getSingleResult() > 0;
        if (onOpenBallot) {
            throw InvalidInputException.of("status", messages.get("nomination.error.onBallot"));
        }
        n.returnToUnit(text);
        em.flush();
        return n;
    }

    /** Runs the check again on today's facts (the registry may have changed) and keeps the new result. */
    @Transactional
    public Nomination recheck(long nominationId) {
        currentUser.requireAnyRole(Role.SECRETARIAT);
        Nomination n = find(nominationId);
        if (n.getStatus() != NominationStatus.SUBMITTED && n.getStatus() != NominationStatus.ON_AGENDA) {
            throw InvalidInputException.of("status", messages.get("nomination.error.status"));
        }
        recordCheck(n);
        em.flush();
        return n;
    }

    /** Lets a nomination that does not pass go to the board; the reason and who decided stay with it and in the log. */
    @Transactional
    public Nomination override(long nominationId, Long version, String reason) {
        Nomination n = officeChange(nominationId, version, NominationStatus.SUBMITTED);
        String text = Forms.blankToNull(reason);
        if (text == null || text.length() < 10 || text.length() > 1000) {
            throw InvalidInputException.of("reason", messages.get("nomination.error.overrideReason"));
        }
        if (n.getEligibility() == Outcome.PASS) {
            throw InvalidInputException.of("reason", messages.get("nomination.error.overrideNotNeeded"));
        }
        n.override(text, currentUser.username(), now());
        em.flush();
        auditLog.record("OVERRIDE", "Nomination", n.getId(), "eligibility=" + n.getEligibility(), "override=" + text);
        return n;
    }

    @Transactional
    public Nomination putOnAgenda(long nominationId, Long version) {
        Nomination n = officeChange(nominationId, version, NominationStatus.SUBMITTED);
        if (!n.mayGoToBoard()) {
            throw InvalidInputException.of("eligibility", messages.get("nomination.error.notEligible"));
        }
        n.setStatus(NominationStatus.ON_AGENDA);
        em.flush();
        return n;
    }

    @Transactional
    public NominationAttachment attach(long nominationId, InputStream content, String fileName) {
        Nomination n = find(nominationId);
        requireUnitEditor(n);
        if (!n.isEditableByUnit()) {
            throw InvalidInputException.of("file", messages.get("nomination.error.notEditable"));
        }
        EvidenceStore.StoredEvidence stored = files.storeFile(content, fileName);
        NominationAttachment attachment = new NominationAttachment(n, stored, currentUser.username(), now());
        n.getAttachments().add(attachment);
        em.persist(attachment);
        em.lock(n, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return attachment;
    }

    public NominationAttachment attachment(long nominationId, long attachmentId) {
        Nomination n = find(nominationId);
        return n.getAttachments().stream().filter(a -> a.getId().equals(attachmentId)).findFirst()
                .orElseThrow(() -> new NotFoundException(messages.get("error.notFound.record")));
    }

    public InputStream open(NominationAttachment attachment) {
        return files.openStored(attachment.getStoredName());
    }

    /** The live check of a nomination, for the page; nothing is stored. */
    public EligibilityService.Check check(long nominationId) {
        return eligibility.check(find(nominationId));
    }

    /** Every unit of the round whose list exceeds a ratio cap, with the caps it exceeds. */
    public List<UnitCaps> capsExceeded(long roundId) {
        currentUser.requireAnyRole(Role.SECRETARIAT, Role.ADMIN, Role.BOARD_MEMBER, Role.BOARD_CHAIR);
        return eligibility.capsExceeded(round(roundId)).entrySet().stream()
                .map(e -> new UnitCaps(em.find(Unit.class, e.getKey()), e.getValue()))
                .sorted(java.util.Comparator.comparing(c -> c.unit().getName())).toList();
    }

    public record UnitCaps(Unit unit, List<CapExceedance> caps) {
    }

    private void recordCheck(Nomination n) {
        EligibilityService.Check check = eligibility.check(n);
        n.recordCheck(check.result().overall(), check.ruleSet().getName() + "\n" + EligibilityService.describe(check.result()), now());
    }

    private Nomination editable(long nominationId, Long version) {
        Nomination n = find(nominationId);
        requireUnitEditor(n);
        Forms.requireVersion(n.getVersion(), version, messages.get("error.versionRequired"));
        if (!n.isEditableByUnit()) {
            throw InvalidInputException.of("status", messages.get("nomination.error.notEditable"));
        }
        return n;
    }

    private Nomination officeChange(long nominationId, Long version, NominationStatus... from) {
        currentUser.requireAnyRole(Role.SECRETARIAT);
        Nomination n = find(nominationId);
        Forms.requireVersion(n.getVersion(), version, messages.get("error.versionRequired"));
        if (!List.of(from).contains(n.getStatus())) {
            throw InvalidInputException.of("status", messages.get("nomination.error.status"));
        }
        return n;
    }

    private void requireUnitEditor(Nomination n) {
        currentUser.requireAnyRole(Role.UNIT_OFFICER, Role.UNIT_HEAD);
        Unit home = currentUser.homeUnit();
        if (home == null || !home.getId().equals(n.getUnit().getId())) {
            throw new AccessDeniedException(messages.get("error.forbiddenUnit"));
        }
    }

    private void requireSubject(TitleType title, Nomination n) {
        if (!title.getSubject().allows(n.subject())) {
            throw InvalidInputException.of("titleId", messages.get("nomination.error.subject", title.getName()));
        }
    }

    private void requireNotTwice(Nomination n) {
        String who = n.isIndividual() ? "n.staff = :c" : "n.candidateUnit = :c";
        long same = em.createQuery("SELECT COUNT(n) FROM Nomination n WHERE n.round = :r AND n.title = :t AND " + who
                + " AND n.status <> :w AND n.id <> :id", Long.class)
                .setParameter("r", n.getRound()).setParameter("t", n.getTitle())
                .setParameter("c", n.isIndividual() ? n.getStaff() : n.getCandidateUnit())
                .setParameter("w", NominationStatus.WITHDRAWN)
                .setParameter("id", n.getId() == null ? -1L : n.getId()).getSingleResult();
        if (same > 0) {
            throw InvalidInputException.of("titleId", messages.get("nomination.error.twice", n.candidateName(), n.getTitle().getName()));
        }
    }

    private String summary(String summary) {
        String text = Forms.blankToNull(summary);
        if (text != null && text.length() > MAX_SUMMARY) {
            throw InvalidInputException.of("summary", messages.get("nomination.error.summaryLength"));
        }
        return text;
    }

    private TitleType titleOf(Long titleId) {
        if (titleId == null) {
            throw InvalidInputException.of("titleId", messages.get("nomination.error.title"));
        }
        return titles.title(titleId);
    }

    private Unit unitOfCaller() {
        Unit home = currentUser.homeUnit();
        if (home == null) {
            throw new AccessDeniedException(messages.get("error.forbiddenUnit"));
        }
        return home;
    }

    private boolean seesEveryUnit() {
        return currentUser.seesEveryUnit();
    }

    private void requireSignedInRole() {
        currentUser.requireAnyRole(Role.values());
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
