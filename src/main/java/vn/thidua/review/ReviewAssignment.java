package vn.thidua.review;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import java.util.List;
import java.util.Optional;
import vn.thidua.common.AuditedEntity;
import vn.thidua.criteria.Criterion;
import vn.thidua.submission.Submission;

/** One member's task to score one submission in a round, with the scores given so far. */
@Entity
@Table(name = "review_assignment")
public class ReviewAssignment extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    private ReviewRound round;

    @ManyToOne(optional = false)
    @JoinColumn(name = "submission_id")
    private Submission submission;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id")
    private BoardMember member;

    @Column(nullable = false)
    private boolean done;

    @OneToMany(mappedBy = "assignment", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN) // results and queues read the scores of many assignments at once
    private List<ReviewScore> scores = new ArrayList<>();

    @Version
    private long version;

    protected ReviewAssignment() {
    }

    public ReviewAssignment(ReviewRound round, Submission submission, BoardMember member) {
        this.round = round;
        this.submission = submission;
        this.member = member;
    }

    @Override
    protected String auditState() {
        return "round=" + round.getId() + "; submission=" + submission.getId() + "; member=" + member.getAccount().getUsername()
                + "; done=" + done;
    }

    public Optional<ReviewScore> scoreOf(Criterion criterion) {
        return scores.stream().filter(s -> s.getCriterion().getId().equals(criterion.getId())).findFirst();
    }

    /** The score of a criterion, added when there is none yet. */
    public ReviewScore scoreFor(Criterion criterion) {
        return scoreOf(criterion).orElseGet(() -> {
            ReviewScore score = new ReviewScore(this, criterion);
            scores.add(score);
            return score;
        });
    }

    public void setDone(boolean done) {
        this.done = done;
    }

    @Override
    public Long getId() {
        return id;
    }

    public ReviewRound getRound() {
        return round;
    }

    public Submission getSubmission() {
        return submission;
    }

    public BoardMember getMember() {
        return member;
    }

    public boolean isDone() {
        return done;
    }

    public List<ReviewScore> getScores() {
        return scores;
    }

    public long getVersion() {
        return version;
    }
}
