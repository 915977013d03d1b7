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
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import vn.thidua.common.AuditedEntity;
import vn.thidua.criteria.Criterion;

/** The points a member gives one criterion of a submission, with a comment. */
@Entity
@Table(name = "review_score")
public class ReviewScore extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "assignment_id")
    private ReviewAssignment assignment;

    @ManyToOne(optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "criterion_id")
    private Criterion criterion;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal points;

    private String comment;

    protected ReviewScore() {
    }

    ReviewScore(ReviewAssignment assignment, Criterion criterion) {
        this.assignment = assignment;
        this.criterion = criterion;
        this.points = BigDecimal.ZERO;
    }

    @Override
    protected String auditState() {
        return "assignment=" + assignment.getId() + "; criterion=" + criterion.getCode() + "; points=" + points + "; comment=" + comment;
    }

    @Override
    public Long getId() {
        return id;
    }

    public ReviewAssignment getAssignment() {
        return assignment;
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public void setPoints(BigDecimal points) {
        this.points = points;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
