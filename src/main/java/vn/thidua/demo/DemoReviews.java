package vn.thidua.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.thidua.criteria.Criterion;
import vn.thidua.criteria.CriterionScore;
import vn.thidua.plan.EmulationPlan;
import vn.thidua.review.Assignment;
import vn.thidua.review.AssignmentPlan;
import vn.thidua.review.AssignmentPlanner;
import vn.thidua.review.BoardLevel;
import vn.thidua.review.BoardMember;
import vn.thidua.review.BoardRole;
import vn.thidua.review.Contribution;
import vn.thidua.review.ReviewAssignment;
import vn.thidua.review.ReviewBoard;
import vn.thidua.review.ReviewRound;
import vn.thidua.review.Reviewer;
import vn.thidua.security.Account;
import vn.thidua.submission.SelfScore;
import vn.thidua.submission.Submission;
import vn.thidua.submission.SubmissionService;
import vn.thidua.submission.SubmissionStatus;

/**
 * In demo mode, the Sở's board for the 2025 reports of plan 1750/KH-SYT: its chair and three members, a round in
 * which three members scored every accepted report close to its self-score, locked and published.
 */
@Singleton
@Startup
@DependsOn("DemoSubmissions")
public class DemoReviews {

    private static final Logger LOG = Logger.getLogger(DemoReviews.class.getName());
    private static final int YEAR = 2025;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SubmissionService submissions;

    @Inject
    @ConfigProperty(name = "thidua.demo", defaultValue = "false")
    private boolean demo;

    @PostConstruct
    void load() {
        if (!demo || em.createQuery("SELECT COUNT(b) FROM ReviewBoard b", Long.class).getSingleResult() > 0) {
            return;
        }
        EmulationPlan plan = em.createQuery("SELECT p FROM EmulationPlan p WHERE p.numberSymbol = '1750/KH-SYT'", EmulationPlan.class)
                .getResultStream().findFirst().orElse(null);
        if (plan == null) {
            return;
        }
        ReviewBoard board = new ReviewBoard(plan, YEAR, BoardLevel.DEPARTMENT, "Hội đồng Thi đua – Khen thưởng Sở Y tế Hà Tĩnh");
        em.persist(board);
        Map<Long, BoardMember> members = new HashMap<>();
        for (String[] m : new String[][] {{"chutich", "CHAIR"}, {"hoidong", "MEMBER"}, {"hoidong2", "MEMBER"}, {"hoidong3", "MEMBER"}}) {
            Account account = em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class).setParameter("u", m[0])
                    .getResultStream().findFirst().orElse(null);
            if (account != null) {
                BoardMember member = new BoardMember(board, account, BoardRole.valueOf(m[1]));
                board.getMembers().add(member);
                em.persist(member);
                em.flush(); // the planner works on ids
                members.put(member.getId(), member);
            }
        }
        ReviewRound round = new ReviewRound(board, "Chấm điểm thi đua năm " + YEAR);
        em.persist(round);
        em.flush();

        List<Submission> accepted = em.createQuery("SELECT s FROM Submission s WHERE s.plan = :p AND s.year = :y AND s.status = :st",
                Submission.class).setParameter("p", plan).setParameter("y", YEAR).setParameter("st", SubmissionStatus.ACCEPTED).getResultList();
        Map<Long, Submission> byId = new HashMap<>();
        accepted.forEach(s -> byId.put(s.getId(), s));
        AssignmentPlan assignments = AssignmentPlanner.plan(
                members.values().stream().map(m -> new Reviewer(m.getId(), m.getAccount().getUsername(), m.homeUnitPath())).toList(),
                accepted.stream().map(s -> new AssignmentPlanner.ReviewTarget(s.getId(), s.getUnit().getPath())).toList(),
                round.getReviewersPerSubmission(), Map.of());
        Random random = new Random(2025);
        for (Assignment a : assignments.assignments()) {
            Submission submission = byId.get(a.targetId());
            ReviewAssignment assignment = new ReviewAssignment(round, submission, members.get(a.reviewerId()));
            em.persist(assignment);
            List<Criterion> criteria = submissions.criteriaOf(submission);
            SelfScore self = submissions.selfScore(submission, submissions.answerCopies(submission));
            for (Criterion criterion : criteria) {
                if (criterion.isGroup()) {
                    continue;
                }
                CriterionScore own = self.scoreOf(criterion);
                Contribution contribution = Contribution.of(criterion.getKind());
                // close to the unit's own points, at most a tenth of the maximum away; violations are facts, not opinions
                BigDecimal shift = criterion.getMaxPoints().multiply(BigDecimal.valueOf(random.nextDouble() * 0.2 - 0.1));
                BigDecimal points = contribution == Contribution.PENALTY ? own.points() : own.points().add(shift).max(contribution.lowest(criterion.getMaxPoints()))
                        .min(contribution.highest(criterion.getMaxPoints())).setScale(2, RoundingMode.HALF_UP);
                assignment.scoreFor(criterion).setPoints(points);
            }
            assignment.setDone(true);
        }
        round.lock(LocalDateTime.of(YEAR, 12, 10, 2, 0));
        round.publish(LocalDateTime.of(YEAR, 12, 15, 2, 0));
        em.flush();
        LOG.info(() -> "Demo review round: " + assignments.assignments().size() + " reviews of " + accepted.size()
                + " accepted reports, locked and published");
    }
}
