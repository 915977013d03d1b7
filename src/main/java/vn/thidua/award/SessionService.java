package vn.thidua.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.common.AccessDeniedException;
import vn.thidua.common.AuditLog;
import vn.thidua.common.Forms;
import vn.thidua.common.InvalidInputException;
import vn.thidua.common.Messages;
import vn.thidua.common.NotFoundException;
import vn.thidua.review.BoardMember;
import vn.thidua.review.BoardRole;
import vn.thidua.review.ReviewBoard;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;

/**
 * Board sessions and their secret ballots. The office prepares a session (attendance, quorum, agenda), each present
 * member votes once per nomination from their own account, or the office enters the counted paper ballots; the chair
 * closes the session and every result is judged against its title's threshold over the whole membership.
 */
@ApplicationScoped
public class SessionService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    @Inject
    private AuditLog auditLog;

    @Inject
    private TitleService titles;

    @Inject
    private NominationService nominations;

    public List<BoardSession> sessions(long roundId) {
        requireOfficeOrBoard();
        return em.createQuery("SELECT s FROM BoardSession s WHERE s.round.id = :r ORDER BY s.heldOn, s.id", BoardSession.class)
                .setParameter("r", roundId).getResultList();
    }

    public BoardSession find(long sessionId) {
        requireOfficeOrBoard();
        BoardSession session = em.find(BoardSession.class, sessionId);
        if (session == null) {
            throw new NotFoundException(messages.get("error.notFound.record"));
        }
        return session;
    }

    /** Boards that may hold a session of the round: those of its year first, then the newest. */
    public List<ReviewBoard> boardsFor(NominationRound round) {
        requireOfficeOrBoard();
        return em.createQuery("SELECT b FROM ReviewBoard b ORDER BY CASE WHEN b.year = :y THEN 0 ELSE 1 END, b.year DESC, b.name",
                ReviewBoard.class).setParameter("y", round.getYear()).getResultList();
    }

    @Transactional
    public BoardSession create(long roundId, Long boardId, LocalDate heldOn, String place) {
        currentUser.requireAnyRole(Role.SECRETARIAT);
        NominationRound round = nominations.round(roundId);
        ReviewBoard board = boardId == null ? null : em.find(ReviewBoard.class, boardId);
        if (board == null || board.getMembers().isEmpty()) {
            throw InvalidInputException.of("boardId", messages.get("session.error.board"));
        }
        if (heldOn == null) {
            throw InvalidInputException.of("heldOn", messages.get("session.error.heldOn"));
        }
        String text = Forms.blankToNull(place);
        if (text != null && text.length() > 255) {
            throw InvalidInputException.of("place", messages.get("session.error.place"));
        }
        BoardSession session = new BoardSession(round, board, heldOn, text);
        for (BoardMember m : board.getMembers()) {
            session.getAttendance().add(new SessionAttendance(session, m, false));
        }
        em.persist(session);
        em.flush();
        return session;
    }

    /** Who is present, member id → present; only while the session is prepared. */
    @Transactional
    public BoardSession setAttendance(long sessionId, Long version, Map<Long, Boolean> present) {
        BoardSession session = preparing(sessionId, version);
        for (SessionAttendance a : session.getAttendance()) {
            Boolean p = present.get(a.getMember().getId());
            if (p != null) {
                a.setPresent(p);
            }
        }
        em.lock(session, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return session;
    }

    /** Checks the quorum and puts every nomination on the round's agenda to the vote. */
    @Transactional
    public BoardSession openVoting(long sessionId, Long version) {
        BoardSession session = preparing(sessionId, version);
        int membership = session.getBoard().getMembers().size();
        long present = session.presentCount();
        if (!Quorum.met(present, membership)) {
            throw InvalidInputException.of("attendance", messages.get("session.error.quorum", present, membership, Quorum.needed(membership)));
        }
        // a nomination already on another session's open ballot waits for that one
        List<Nomination> agenda = em.createQuery("SELECT n FROM Nomination n WHERE n.round = :r AND n.status = :a AND NOT EXISTS"
                + " (SELECT b FROM Ballot b WHERE b.nomination = n AND b.session.status <> :closed)"
                + " ORDER BY n.title.position, n.unit.name, n.id", Nomination.class)
                .setParameter("r", session.getRound()).setParameter("a", NominationStatus.ON_AGENDA)
                .setParameter("closed", SessionStatus.CLOSED).getResultList();
        if (agenda.isEmpty()) {
            throw InvalidInputException.of("agenda", messages.get("session.error.agenda"));
        }
        int position = 0;
        for (Nomination n : agenda) {
            Ballot ballot = new Ballot(session, n, ++position);
            session.getBallots().add(ballot);
            em.persist(ballot);
        }
        session.openVoting(membership, now());
        em.flush();
        return session;
    }

    /** The caller's membership of the session's board, present at the session; refused otherwise. */
    public BoardMember presentMember(BoardSession session) {
        currentUser.requireAnyRole(Role.BOARD_MEMBER, Role.BOARD_CHAIR);
        Long me = currentUser.accountId();
        return session.getAttendance().stream().filter(a -> a.getMember().getAccount().getId().equals(me)).findFirst()
                .filter(SessionAttendance::isPresent).map(SessionAttendance::getMember)
                .orElseThrow(() -> new AccessDeniedException(messages.get("session.error.notPresent")));
    }

    /** Ballots of the session the caller has already voted on. */
    public Set<Long> votedBallots(BoardSession session) {
        Long me = currentUser.accountId();
        BoardMember member = session.getBoard().getMembers().stream().filter(m -> m.getAccount().getId().equals(me)).findFirst()
                .orElse(null);
        if (member == null) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT v.ballotId FROM BallotVoter v WHERE v.memberId = :m AND v.ballotId IN"
                + " (SELECT b.id FROM Ballot b WHERE b.session = :s)", Long.class)
                .setParameter("m", member.getId()).setParameter("s", session).getResultList());
    }

    /** How many members have voted on each ballot of the session, by ballot id; never how. */
    public Map<Long, Long> voterCounts(BoardSession session) {
        requireOfficeOrBoard();
        Map<Long, Long> counts = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("SELECT v.ballotId, COUNT(v) FROM BallotVoter v WHERE v.ballotId IN"
                + " (SELECT b.id FROM Ballot b WHERE b.session = :s) GROUP BY v.ballotId", Object[].class)
                .setParameter("s", session).getResultList()) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /**
     * One secret vote. The ballot row is locked so that two votes of the same member cannot both pass the check;
     * the member is added to the voters and the tally is raised, and nothing records which way the member voted.
     */
    @Transactional
    public void vote(long ballotId, boolean approve) {
        Ballot ballot = em.find(Ballot.class, ballotId, LockModeType.PESSIMISTIC_WRITE);
        if (ballot == null) {
            throw new NotFoundException(messages.get("error.notFound.record"));
        }
        BoardSession session = ballot.getSession();
        BoardMember member = presentMember(session);
        if (session.getStatus() != SessionStatus.VOTING || ballot.getEntry() == BallotEntry.PAPER) {
            throw InvalidInputException.of("ballot", messages.get("session.error.notVoting"));
        }
        boolean voted = em.createQuery("SELECT COUNT(v) FROM BallotVoter v WHERE v.ballotId = :b AND v.memberId = :m", Long.class)
                .setParameter("b", ballotId).setParameter("m", member.getId()).getSingleResult() > 0;
        if (voted) {
            throw InvalidInputException.of("ballot", messages.get("session.error.votedAlready"));
        }
        em.persist(new BallotVoter(ballotId, member.getId()));
        em.createQuery(approve
                ? "UPDATE Ballot b SET b.approving = b.approving + 1, b.version = b.version + 1 WHERE b.id = :b"
                : "UPDATE Ballot b SET b.disapproving = b.disapproving + 1, b.version = b.version + 1 WHERE b.id = :b")
                .setParameter("b", ballotId).executeUpdate();
        auditLog.record("VOTE_CAST", "BoardSession", session.getId(), null, "member=" + member.getId());
    }

    /** The secretary enters the counted paper ballots of a nomination instead of electronic votes. */
    @Transactional
    public Ballot enterPaperCount(long ballotId, Long version, Integer approving, Integer disapproving) {
        currentUser.requireAnyRole(Role.SECRETARIAT);
        Ballot ballot = em.find(Ballot.class, ballotId, LockModeType.PESSIMISTIC_WRITE);
        if (ballot == null) {
            throw new NotFoundException(messages.get("error.notFound.record"));
        }
        Forms.requireVersion(ballot.getVersion(), version, messages.get("error.versionRequired"));
        BoardSession session = ballot.getSession();
        if (session.getStatus() != SessionStatus.VOTING) {
            throw InvalidInputException.of("ballot", messages.get("session.error.notVoting"));
        }
        boolean electronic = em.createQuery("SELECT COUNT(v) FROM BallotVoter v WHERE v.ballotId = :b", Long.class)
                .setParameter("b", ballotId).getSingleResult() > 0;
        if (electronic) {
            throw InvalidInputException.of("approving", messages.get("session.error.electronicVotes"));
        }
        long present = session.presentCount();
        if (approving == null || disapproving == null || approving < 0 || disapproving < 0 || approving + disapproving > present) {
            throw InvalidInputException.of("approving", messages.get("session.error.paperCount", present));
        }
        ballot.enterPaperCount(approving, disapproving);
        em.flush();
        auditLog.record("PAPER_COUNT", "Ballot", ballot.getId(), null, ballot.auditState());
        return ballot;
    }

    /** The chair closes the session: each ballot is judged against its title's threshold, final and audited. */
    @Transactional
    public BoardSession close(long sessionId, Long version) {
        BoardSession session = find(sessionId);
        BoardMember member = presentMember(session);
        if (member.getRole() != BoardRole.CHAIR) {
            throw new AccessDeniedException(messages.get("session.error.chairCloses"));
        }
        Forms.requireVersion(session.getVersion(), version, messages.get("error.versionRequired"));
        if (session.getStatus() != SessionStatus.VOTING) {
            throw InvalidInputException.of("status", messages.get("session.error.notVoting"));
        }
        RuleSet set = titles.applicableTo(session.getRound().getYear());
        for (Ballot ballot : session.getBallots()) {
            em.refresh(ballot);
            Nomination n = ballot.getNomination();
            VoteThreshold threshold = EligibilityEngine.voteThreshold(titles.rulesOf(set, n.getTitle()), n.subject());
            boolean passed = threshold.passes(ballot.getApproving(), session.getMembership());
            ballot.decide(passed ? BallotResult.PASSED : BallotResult.FAILED, threshold.describe());
            if (n.getStatus() == NominationStatus.ON_AGENDA) { // the office cannot take it back while the vote is open
                n.setStatus(passed ? NominationStatus.APPROVED : NominationStatus.REJECTED);
            }
            auditLog.record("BALLOT_RESULT", "Ballot", ballot.getId(), null, ballot.auditState());
        }
        session.close(currentUser.username(), now());
        em.flush();
        return session;
    }

    private BoardSession preparing(long sessionId, Long version) {
        currentUser.requireAnyRole(Role.SECRETARIAT);
        BoardSession session = find(sessionId);
        Forms.requireVersion(session.getVersion(), version, messages.get("error.versionRequired"));
        if (session.getStatus() != SessionStatus.PREPARING) {
            throw InvalidInputException.of("status", messages.get("session.error.notPreparing"));
        }
        return session;
    }

    private void requireOfficeOrBoard() {
        currentUser.requireAnyRole(Role.SECRETARIAT, Role.ADMIN, Role.BOARD_MEMBER, Role.BOARD_CHAIR, Role.VIEWER);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
