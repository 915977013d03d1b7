package vn.thidua.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.thidua.common.AccessDeniedException;
import vn.thidua.common.AuditEvent;
import vn.thidua.common.AuditLog;
import vn.thidua.common.Forms;
import vn.thidua.common.InvalidInputException;
import vn.thidua.common.Messages;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.VietnameseNumbers;
import vn.thidua.criteria.Criterion;
import vn.thidua.criteria.CriterionScore;
import vn.thidua.notification.NotificationService;
import vn.thidua.org.Unit;
import vn.thidua.plan.PlanBlock;
import vn.thidua.security.Account;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;
import vn.thidua.submission.Submission;
import vn.thidua.submission.SubmissionService;
import vn.thidua.submission.SubmissionStatus;

/**
 * Scoring rounds: the office opens a round and assigns the accepted reports to members (never to one in conflict),
 * members score their queue, the office moderates, the chair locks and publishes; results are aggregated per
 * criterion and ranked per emulation block. A member's request to score a report of their own unit is refused
 * even when crafted by hand: the conflict is checked again at every score.
 */
@ApplicationScoped
public class RoundService {

    /** The order ties are broken in when the framework says nothing else. */
    public static final List<TieBreak> TIE_BREAKS = List.of(TieBreak.MORE_CRITERIA_MET, TieBreak.FEWER_PENALTY_POINTS);

    /** What a member gives one criterion. */
    public record ScoreInput(BigDecimal points, String comment) {
    }

    /** One unit's place in its block. */
    public record BlockRanking(String block, List<RankedUnit> units, Map<Long, Long> submissionOfUnit) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private BoardService boards;

    @Inject
    private SubmissionService submissions;

    @Inject
    private Messages messages;

    @Inject
    private AuditLog auditLog;

    @Inject
    private NotificationService notifications;

    // ------------------------------------------------------------------ rounds

    @Transactional
    public ReviewRound create(long boardId, String name, Integer reviewersPerSubmission, AggregationMethod aggregation, String bands,
                              List<TieBreak> tieBreaks) {
        return create(boardId, name, reviewersPerSubmission, aggregation, bands, tieBreaks, null, null);
    }

    /**
     * @param deviationShare how far from the self-score (a share of the criterion's maximum) a score needs a comment;
     *                       null for 0,2
     * @param outlierShare   how far from the other reviewers a score is flagged; null for 0,25
     */
    @Transactional
    public ReviewRound create(long boardId, String name, Integer reviewersPerSubmission, AggregationMethod aggregation, String bands,
                              List<TieBreak> tieBreaks, BigDecimal deviationShare, BigDecimal outlierShare) {
        currentUser.requireAnyRole(Role.SECRETARIAT);
        ReviewBoard board = boards.find(boardId);
        String text = Forms.blankToNull(name);
        if (text == null || text.length() > 255 || reviewersPerSubmission != null && (reviewersPerSubmission < 1 || reviewersPerSubmission > 9)) {
            throw InvalidInputException.of(text == null ? "name" : "reviewersPerSubmission", messages.get("round.error.form"));
        }
        ReviewRound round = new ReviewRound(board, text);
        if (reviewersPerSubmission != null) {
            round.setReviewersPerSubmission(reviewersPerSubmission);
        }
        round.setAggregation(aggregation);
        for (BigDecimal share : new BigDecimal[] {deviationShare, outlierShare}) {
            if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0)) {
                throw InvalidInputException.of(share == deviationShare ? "deviationShare" : "outlierShare", messages.get("round.error.share"));
            }
        }
        if (deviationShare != null) {
            round.setDeviationShare(deviationShare);
        }
        if (outlierShare != null) {
            round.setOutlierShare(outlierShare);
        }
        round.setTieBreakList(tieBreaks == null ? null : tieBreaks.stream().filter(Objects::nonNull).toList());
        try {
            round.setBandList(Band.parseList(bands));
            if (bands != null && bands.length() > 500) {
                throw new IllegalArgumentException(bands.substring(0, 40) + "…");
            }
        } catch (IllegalArgumentException unreadable) {
            throw InvalidInputException.of("bands", messages.get("round.error.bands", unreadable.getMessage()));
        }
        em.persist(round);
        em.flush();
        return round;
    }

    public List<ReviewRound> list(long boardId) {
        ReviewBoard board = boards.find(boardId);
        return em.createQuery("SELECT r FROM ReviewRound r WHERE r.board = :b ORDER BY r.id", ReviewRound.class)
                .setParameter("b", board).getResultList();
    }

    /** The rounds of a plan's boards the caller may see: every round for the office and the board, published ones for others. */
    public List<ReviewRound> visibleRounds(long planId) {
        boolean insider = currentUser.hasAnyRole(Role.SECRETARIAT, Role.ADMIN, Role.BOARD_MEMBER, Role.BOARD_CHAIR);
        List<ReviewRound> rounds = em.createQuery("SELECT r FROM ReviewRound r WHERE r.board.plan.id = :p ORDER BY r.board.year DESC, r.id",
                ReviewRound.class).setParameter("p", planId).getResultList();
        return insider ? rounds : rounds.stream().filter(r -> r.getStatus() == RoundStatus.PUBLISHED).toList();
    }

    /** A published round, for anyone; any other round does not exist for the public. */
    public ReviewRound findPublished(long roundId) {
        ReviewRound round = em.find(ReviewRound.class, roundId);
        if (round == null || round.getStatus() != RoundStatus.PUBLISHED) {
            throw new NotFoundException(messages.get("round.error.notPublished"));
        }
        return round;
    }

    /** A round the caller may see: the office and the board always, everyone once it is published. */
    public ReviewRound find(long roundId) {
        ReviewRound round = em.find(ReviewRound.class, roundId);
        if (round == null) {
            throw new NotFoundException(messages.get("error.notFound.record"));
        }
        if (round.getStatus() != RoundStatus.PUBLISHED) {
            requireOfficeOrMember(round);
        }
        return round;
    }

    /**
     * The round's assignments as the caller may see them: all for the office and the chair; for a member their own
     * while the round is open, and after the lock every one but those of units they are in conflict with.
     */
    public List<ReviewAssignment> assignments(long roundId) {
        ReviewRound round = find(roundId);
        requireOfficeOrMember(round);
        List<ReviewAssignment> all = em.createQuery("SELECT a FROM ReviewAssignment a JOIN FETCH a.submission JOIN FETCH a.member"
                + " WHERE a.round = :r ORDER BY a.submission.id, a.member.id", ReviewAssignment.class).setParameter("r", round).getResultList();
        if (seesEverything(round)) {
            return all;
        }
        BoardMember me = boards.membershipOf(round.getBoard());
        Set<String> declared = new HashSet<>(boards.declaredPaths(me));
        return all.stream().filter(a -> a.getMember().getId().equals(me.getId()) || round.getStatus() != RoundStatus.OPEN
                && !ConflictOfInterest.between(me.homeUnitPath(), a.getSubmission().getUnit().getPath(), declared)).toList();
    }

    /** The office and the board's chair see every assignment and score of a round. */
    private boolean seesEverything(ReviewRound round) {
        if (currentUser.hasAnyRole(Role.SECRETARIAT, Role.ADMIN)) {
            return true;
        }
        BoardMember me = boards.membershipOf(round.getBoard());
        return me != null && me.getRole() == BoardRole.CHAIR;
    }

    /**
     * Tops every accepted report of the board's plan year up to the round's number of reviewers, balanced across the
     * members who score and never to a member in conflict.
     *
     * @return the reports that could not get enough reviewers
     */
    @Transactional
    public AssignmentPlan assign(long roundId) {
        currentUser.requireAnyRole(Role.SECRETARIAT);
        ReviewRound round = openRound(roundId);
        ReviewBoard board = round.getBoard();
        List<Submission> accepted = acceptedReports(round);
        Map<Long, BoardMember> members = new LinkedHashMap<>();
        List<Reviewer> reviewers = new ArrayList<>();
        for (BoardMember member : board.getMembers()) {
            if (member.getRole().scores()) {
                members.put(member.getId(), member);
                reviewers.add(new Reviewer(member.getId(), member.getAccount().getUsername(), member.homeUnitPath(),
                        new HashSet<>(boards.declaredPaths(member))));
            }
        }
        Map<Long, Set<Long>> existing = new HashMap<>();
        for (ReviewAssignment a : assignments(roundId)) {
            existing.computeIfAbsent(a.getSubmission().getId(), k -> new HashSet<>()).add(a.getMember().getId());
        }
        Map<Long, Submission> byId = new HashMap<>();
        accepted.forEach(s -> byId.put(s.getId(), s));
        AssignmentPlan plan = AssignmentPlanner.plan(reviewers,
                accepted.stream().map(s -> new AssignmentPlanner.ReviewTarget(s.getId(), s.getUnit().getPath())).toList(),
                round.getReviewersPerSubmission(), existing);
        for (Assignment a : plan.assignments()) {
            em.persist(new ReviewAssignment(round, byId.get(a.targetId()), members.get(a.reviewerId())));
        }
        em.flush();
        return plan;
    }

    /** The reports a round scores: those accepted for the board's plan year. */
    public List<Submission> acceptedReports(ReviewRound round) {
        ReviewBoard board = round.getBoard();
        return em.createQuery("SELECT s FROM Submission s JOIN FETCH s.unit WHERE s.plan = :p AND s.year = :y AND s.status = :status"
                        + " ORDER BY s.unit.name", Submission.class)
                .setParameter("p", board.getPlan()).setParameter("y", board.getYear()).setParameter("status", SubmissionStatus.ACCEPTED)
                .getResultList();
    }

    /** The office assigns one more member to an accepted report by hand; a member in conflict is refused. */
    @Transactional
    public ReviewAssignment addAssignment(long roundId, Long submissionId, Long memberId) {
        currentUser.requireAnyRole(Role.SECRETARIAT);
        ReviewRound round = openRound(roundId);
        ReviewBoard board = round.getBoard();
        Submission submission = submissionId == null ? null : em.find(Submission.class, submissionId);
        BoardMember member = memberId == null ? null : board.getMembers().stream().filter(m -> m.getId().equals(memberId)).findFirst().orElse(null);
        if (submission == null || member == null || !submission.getPlan().getId().equals(board.getPlan().getId())
                || submission.getYear() != board.getYear() || submission.getStatus() != SubmissionStatus.ACCEPTED || !member.getRole().scores()) {
            throw InvalidInputException.of("", messages.get("round.error.manualAssignment"));
        }
        if (ConflictOfInterest.between(member.homeUnitPath(), submission.getUnit().getPath(), new HashSet<>(boards.declaredPaths(member)))) {
            throw InvalidInputException.of("memberId", messages.get("round.error.conflictOther", member.getAccount().getFullName(),
                    submission.getUnit().getName()));
        }
        boolean twice = assignments(roundId).stream().anyMatch(a -> a.getSubmission().getId().equals(submissionId)
                && a.getMember().getId().equals(memberId));
        if (twice) {
            throw InvalidInputException.of("memberId", messages.get("round.error.assignedTwice"));
        }
        ReviewAssignment assignment = new ReviewAssignment(round, submission, member);
        em.persist(assignment);
        em.flush();
        return assignment;
    }

    /** The office takes an unfinished assignment back; finished reviews stay, their scores count. */
    @Transactional
    public void removeAssignment(long assignmentId) {
        currentUser.requireAnyRole(Role.SECRETARIAT);
        ReviewAssignment assignment = assignment(assignmentId);
        openRound(assignment.getRound().getId());
        if (assignment.isDone()) {
            throw InvalidInputException.of("", messages.get("round.error.removeDone"));
        }
        em.remove(assignment);
        em.flush();
    }

    // ------------------------------------------------------------------ scoring

    /** The caller's assignments across open rounds: their queue. */
    public List<ReviewAssignment> queue() {
        currentUser.requireAnyRole(Role.BOARD_MEMBER, Role.BOARD_CHAIR);
        return em.createQuery("SELECT a FROM ReviewAssignment a WHERE a.member.account.id = :me ORDER BY a.done, a.round.id, a.id",
                ReviewAssignment.class).setParameter("me", currentUser.accountId()).getResultList();
    }

    /** An assignment its member may read: the report, and the scores given so far. */
    public ReviewAssignment assignment(long assignmentId) {
        ReviewAssignment assignment = em.find(ReviewAssignment.class, assignmentId);
        if (assignment == null) {
            throw new NotFoundException(messages.get("error.notFound.record"));
        }
        boolean mine = assignment.getMember().getAccount().getId().equals(currentUser.accountId());
        if (!mine && !currentUser.hasAnyRole(Role.SECRETARIAT, Role.ADMIN)) {
            throw new AccessDeniedException(messages.get("round.error.notYourAssignment"));
        }
        return assignment;
    }

    /**
     * A member scores criteria of an assigned report: points within each criterion's range (penalties as negative
     * points), and a comment wherever the points stray from the unit's self-score by more than the round's share of
     * the criterion's maximum. {@code done} needs every criterion scored.
     */
    @Transactional
    public ReviewAssignment score(long assignmentId, Long version, Map<Long, ScoreInput> scores, boolean done) {
        ReviewAssignment assignment = assignment(assignmentId);
        if (!assignment.getMember().getAccount().getId().equals(currentUser.accountId())) {
            throw new AccessDeniedException(messages.get("round.error.notYourAssignment"));
        }
        Forms.requireVersion(assignment.getVersion(), version, messages.get("error.versionRequired"));
        Submission submission = assignment.getSubmission();
        BoardMember member = assignment.getMember();
        if (ConflictOfInterest.between(member.homeUnitPath(), submission.getUnit().getPath(), new HashSet<>(boards.declaredPaths(member)))) {
            throw new AccessDeniedException(messages.get("round.error.conflict", submission.getUnit().getName()));
        }
        ReviewRound round = openRound(assignment.getRound().getId());
        Map<Long, Criterion> criteria = new LinkedHashMap<>();
        submissions.criteriaOf(submission).stream().filter(c -> !c.isGroup()).forEach(c -> criteria.put(c.getId(), c));
        var self = submissions.selfScore(submission, submissions.answerCopies(submission));
        Map<String, String> errors = new LinkedHashMap<>();
        for (Map.Entry<Long, ScoreInput> entry : scores.entrySet()) {
            Criterion criterion = criteria.get(entry.getKey());
            String field = "scores[" + entry.getKey() + "]";
            if (criterion == null) {
                errors.put(field, messages.get("submission.error.unknownCriterion", entry.getKey()));
                continue;
            }
            BigDecimal points = entry.getValue().points();
            Contribution contribution = Contribution.of(criterion.getKind());
            if (points == null || !contribution.allows(criterion.getMaxPoints(), points)) {
                errors.put(field + ".points", messages.get("round.error.range", VietnameseNumbers.format(contribution.lowest(criterion.getMaxPoints())),
                        VietnameseNumbers.format(contribution.highest(criterion.getMaxPoints()))));
                continue;
            }
            CriterionScore own = self.scoreOf(criterion);
            BigDecimal allowed = round.getDeviationShare().multiply(criterion.getMaxPoints());
            if (own != null && points.subtract(own.points()).abs().compareTo(allowed) > 0 && Forms.blankToNull(entry.getValue().comment()) == null) {
                errors.put(field + ".comment", messages.get("round.error.commentNeeded", VietnameseNumbers.format(own.points())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        scores.forEach((criterionId, input) -> {
            ReviewScore score = assignment.scoreFor(criteria.get(criterionId));
            score.setPoints(input.points().setScale(2, RoundingMode.HALF_UP));
            score.setComment(Forms.blankToNull(input.comment()));
        });
        if (done && criteria.keySet().stream().anyMatch(id -> assignment.scoreOf(criteria.get(id)).isEmpty())) {
            throw InvalidInputException.of("done", messages.get("round.error.incomplete"));
        }
        assignment.setDone(done);
        em.lock(assignment, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return assignment;
    }

    // ------------------------------------------------------------------ moderation, lock, publication

    @Transactional
    public Moderation moderate(long roundId, long submissionId, long criterionId, BigDecimal points, String reason) {
        currentUser.requireAnyRole(Role.SECRETARIAT);
        ReviewRound round = openRound(roundId);
        Submission submission = em.find(Submission.class, submissionId);
        Criterion criterion = submission == null ? null : submissions.criteriaOf(submission).stream()
                .filter(c -> !c.isGroup() && c.getId().equals(criterionId)).findFirst().orElse(null);
        if (criterion == null || !round.getBoard().getPlan().getId().equals(submission.getPlan().getId())) {
            throw new NotFoundException(messages.get("error.notFound.record"));
        }
        boolean inRound = em.createQuery("SELECT COUNT(a) FROM ReviewAssignment a WHERE a.round = :r AND a.submission = :s", Long.class)
                .setParameter("r", round).setParameter("s", submission).getSingleResult() > 0;
        if (!inRound) {
            throw new NotFoundException(messages.get("error.notFound.record"));
        }
        Contribution contribution = Contribution.of(criterion.getKind());
        String text = Forms.blankToNull(reason);
        if (points == null || !contribution.allows(criterion.getMaxPoints(), points) || text == null || text.length() > 2000) {
            throw InvalidInputException.of(text == null ? "reason" : "points", messages.get("round.error.moderation"));
        }
        Moderation moderation = new Moderation(round, submission, criterion, points.setScale(2, RoundingMode.HALF_UP), text, currentUser.username(),
                LocalDateTime.now(ZoneOffset.UTC));
        em.persist(moderation);
        em.flush();
        return moderation;
    }

    @Transactional
    public ReviewRound lock(long roundId, Long version) {
        ReviewRound round = chairAction(roundId, version);
        if (round.getStatus() != RoundStatus.OPEN) {
            throw InvalidInputException.of("", messages.get("round.error.notOpen"));
        }
        long unfinished = em.createQuery("SELECT COUNT(a) FROM ReviewAssignment a WHERE a.round = :r AND a.done = FALSE", Long.class)
                .setParameter("r", round).getSingleResult();
        if (unfinished > 0) {
            throw InvalidInputException.of("", messages.get("round.error.unfinished", unfinished));
        }
        round.lock(LocalDateTime.now(ZoneOffset.UTC));
        em.flush();
        return round;
    }

    /** A locked or published round is opened again only with a logged reason. */
    @Transactional
    public ReviewRound reopen(long roundId, Long version, String reason) {
        ReviewRound round = chairAction(roundId, version);
        String text = Forms.blankToNull(reason);
        if (round.getStatus() == RoundStatus.OPEN || text == null) {
            throw InvalidInputException.of("reason", messages.get("round.error.reopen"));
        }
        round.reopen();
        em.flush();
        auditLog.record("REOPEN", ReviewRound.class.getSimpleName(), round.getId(), null, "reason=" + text);
        return round;
    }

    @Transactional
    public ReviewRound publish(long roundId, Long version) {
        ReviewRound round = chairAction(roundId, version);
        if (round.getStatus() != RoundStatus.LOCKED) {
            throw InvalidInputException.of("", messages.get("round.error.notLocked"));
        }
        round.publish(LocalDateTime.now(ZoneOffset.UTC));
        // every unit whose report was ranked hears of it, with the link to the public page
        List<Unit> units = acceptedReports(round).stream().map(Submission::getUnit).toList();
        List<Account> told = notifications.unitReporters(units).values().stream().flatMap(List::stream).distinct().toList();
        notifications.notify(told, Messages.vietnamese("notification.published", round.getName(), round.getBoard().getPlan().getNumberSymbol()),
                "/public/results.xhtml?round=" + round.getId());
        em.flush();
        return round;
    }

    // ------------------------------------------------------------------ results

    /**
     * The round's results ranked per emulation block: criterion scores aggregated over the finished reviews by the
     * round's method, moderations applied. Before publication only the office and the board may see them.
     */
    public List<BlockRanking> results(long roundId) {
        ReviewRound round = find(roundId);
        if (round.getStatus() != RoundStatus.PUBLISHED) {
            requireOfficeOrMember(round);
        }
        Map<Long, UnitResult> byUnit = new HashMap<>();
        Map<Long, Long> submissionOfUnit = new HashMap<>();
        Map<Long, String> unitNames = new HashMap<>();
        for (Map.Entry<Submission, Map<Long, CriterionResult>> entry : criterionResults(round).entrySet()) {
            Submission s = entry.getKey();
            byUnit.put(s.getUnit().getId(), UnitResult.of(entry.getValue()));
            submissionOfUnit.put(s.getUnit().getId(), s.getId());
            unitNames.put(s.getUnit().getId(), s.getUnit().getName());
        }
        List<PlanBlock> blocks = em.createQuery("SELECT b FROM PlanBlock b WHERE b.plan = :p AND b.year = :y ORDER BY b.name", PlanBlock.class)
                .setParameter("p", round.getBoard().getPlan()).setParameter("y", round.getBoard().getYear()).getResultList();
        List<BlockRanking> rankings = new ArrayList<>();
        for (PlanBlock block : blocks) {
            List<RankEntry> entries = block.getUnits().stream().filter(u -> byUnit.containsKey(u.getId()))
                    .map(u -> RankEntry.of(u.getId(), unitNames.get(u.getId()), byUnit.get(u.getId()))).toList();
            rankings.add(new BlockRanking(block.getName(), Ranking.rank(entries, round.getTieBreakList(), round.getBandList()), submissionOfUnit));
        }
        return rankings;
    }

    /** Per report of the round, each criterion's aggregated result. */
    public Map<Submission, Map<Long, CriterionResult>> criterionResults(ReviewRound round) {
        Map<Submission, Map<Long, Map<Long, BigDecimal>>> scores = new LinkedHashMap<>();
        Map<Long, Set<String>> declared = new HashMap<>();
        for (ReviewAssignment a : em.createQuery("SELECT a FROM ReviewAssignment a JOIN FETCH a.submission JOIN FETCH a.member"
                + " WHERE a.round = :r AND a.done = TRUE", ReviewAssignment.class).setParameter("r", round).getResultList()) {
            BoardMember reviewer = a.getMember();
            Set<String> conflicts = declared.computeIfAbsent(reviewer.getId(), id -> new HashSet<>(boards.declaredPaths(reviewer)));
            if (ConflictOfInterest.between(reviewer.homeUnitPath(), a.getSubmission().getUnit().getPath(), conflicts)) {
                continue; // a conflict that came to light after the review: the review does not count
            }
            Map<Long, Map<Long, BigDecimal>> perCriterion = scores.computeIfAbsent(a.getSubmission(), k -> new LinkedHashMap<>());
            a.getScores().forEach(s -> perCriterion.computeIfAbsent(s.getCriterion().getId(), k -> new LinkedHashMap<>())
                    .put(a.getMember().getId(), s.getPoints()));
        }
        Map<String, BigDecimal> moderated = new HashMap<>();
        em.createQuery("SELECT m FROM Moderation m WHERE m.round = :r ORDER BY m.moderatedAt, m.id", Moderation.class)
                .setParameter("r", round).getResultList()
                .forEach(m -> moderated.put(m.getSubmission().getId() + ":" + m.getCriterion().getId(), m.getPoints()));
        Map<Submission, Map<Long, CriterionResult>> results = new LinkedHashMap<>();
        scores.forEach((submission, perCriterion) -> {
            Map<Long, CriterionResult> unit = new LinkedHashMap<>();
            for (Criterion c : submissions.criteriaOf(submission)) {
                if (!c.isGroup()) {
                    unit.put(c.getId(), Aggregation.aggregateCriterion(round.getAggregation(), Contribution.of(c.getKind()), c.getMaxPoints(),
                            perCriterion.getOrDefault(c.getId(), Map.of()), round.getOutlierShare(),
                            moderated.get(submission.getId() + ":" + c.getId())));
                }
            }
            results.put(submission, unit);
        });
        return results;
    }

    /**
     * Everything the audit log holds about one report in a round, oldest first: its assignments (added, finished,
     * taken back), every score and change of score, moderations, and the round's lock, reopenings and publication.
     */
    public List<AuditEvent> historyOf(long roundId, long submissionId) {
        ReviewRound round = find(roundId);
        requireOfficeOrMember(round);
        if (assignments(roundId).stream().noneMatch(a -> a.getSubmission().getId().equals(submissionId)) && !seesEverything(round)) {
            throw new AccessDeniedException(messages.get("round.error.notYourAssignment"));
        }
        String prefix = "round=" + roundId + "; submission=" + submissionId + ";%";
        List<AuditEvent> assignmentEvents = em.createQuery("SELECT e FROM AuditEvent e WHERE e.entityType IN ('ReviewAssignment', 'Moderation')"
                + " AND (e.afterState LIKE :p OR e.beforeState LIKE :p)", AuditEvent.class).setParameter("p", prefix).getResultList();
        List<String> assignmentIds = assignmentEvents.stream().filter(e -> e.getEntityType().equals("ReviewAssignment"))
                .map(e -> "assignment=" + e.getEntityId() + ";%").distinct().toList();
        List<AuditEvent> events = new ArrayList<>(assignmentEvents);
        for (String assignment : assignmentIds) {
            events.addAll(em.createQuery("SELECT e FROM AuditEvent e WHERE e.entityType = 'ReviewScore'"
                    + " AND (e.afterState LIKE :p OR e.beforeState LIKE :p)", AuditEvent.class).setParameter("p", assignment).getResultList());
        }
        events.addAll(em.createQuery("SELECT e FROM AuditEvent e WHERE e.entityType = 'ReviewRound' AND e.entityId = :id", AuditEvent.class)
                .setParameter("id", String.valueOf(roundId)).getResultList());
        events.sort(Comparator.comparing(AuditEvent::getId));
        return events;
    }

    // ------------------------------------------------------------------ rules applied

    /** The round, locked in the database for the rest of the transaction, so that a lock by the chair cannot race a change. */
    private ReviewRound openRound(long roundId) {
        ReviewRound round = lockedRow(roundId);
        if (round.getStatus() != RoundStatus.OPEN) {
            throw InvalidInputException.of("", messages.get("round.error.notOpen"));
        }
        return round;
    }

    /** Locking, reopening and publishing belong to the board's chair. */
    private ReviewRound chairAction(long roundId, Long version) {
        ReviewRound round = lockedRow(roundId);
        BoardMember me = boards.membershipOf(round.getBoard());
        if (me == null || me.getRole() != BoardRole.CHAIR) {
            throw new AccessDeniedException(messages.get("round.error.chairOnly"));
        }
        Forms.requireVersion(round.getVersion(), version, messages.get("error.versionRequired"));
        return round;
    }

    private ReviewRound lockedRow(long roundId) {
        ReviewRound round = em.find(ReviewRound.class, roundId, LockModeType.PESSIMISTIC_WRITE);
        if (round == null) {
            throw new NotFoundException(messages.get("error.notFound.record"));
        }
        return round;
    }

    private void requireOfficeOrMember(ReviewRound round) {
        if (!currentUser.hasAnyRole(Role.SECRETARIAT, Role.ADMIN) && boards.membershipOf(round.getBoard()) == null) {
            throw new AccessDeniedException(messages.get("round.error.notPublished"));
        }
    }
}
