package vn.thidua.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import vn.thidua.common.AuditedEntity;
import vn.thidua.criteria.Criterion;
import vn.thidua.submission.Submission;

/** The office's adjustment of one criterion's aggregated score for a submission, with its reason; the latest counts. */
@Entity
@Table(name = "moderation")
public class Moderation extends AuditedEntity {

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
    @JoinColumn(name = "criterion_id")
    private Criterion criterion;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal points;

    @Column(nullable = false)
    private String reason;

    @Column(name = "moderated_by", nullable = false)
    private String moderatedBy;

    /** In UTC. */
    @Column(name = "moderated_at", nullable = false)
    private LocalDateTime moderatedAt;

    protected Moderation() {
    }

    public Moderation(ReviewRound round, Submission submission, Criterion criterion, BigDecimal points, String reason,
                      String moderatedBy, LocalDateTime moderatedAt) {
        this.round = round;
        this.submission = submission;
        this.criterion = criterion;
        this.points = points;
        this.reason = reason;
        this.moderatedBy = moderatedBy;
        this.moderatedAt = moderatedAt;
    }

    @Override
    protected String auditState() {
        return "round=" + round.getId() + "; submission=" + submission.getId() + "; criterion=" + criterion.getCode()
                + "; points=" + points + "; reason=" + reason;
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

    public Criterion getCriterion() {
        return criterion;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public String getReason() {
        return reason;
    }

    public String getModeratedBy() {
        return moderatedBy;
    }

    public LocalDateTime getModeratedAt() {
        return moderatedAt;
    }
}
