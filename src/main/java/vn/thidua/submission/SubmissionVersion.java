package vn.thidua.submission;

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

/** A submission as it was submitted, kept so that a resubmission never overwrites what was sent before. */
@Entity
@Table(name = "submission_version")
public class SubmissionVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "submission_id")
    private Submission submission;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    /** In UTC. */
    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(name = "days_late", nullable = false)
    private int daysLate;

    @Column(name = "self_score", nullable = false, precision = 19, scale = 2)
    private BigDecimal selfScore;

    /** The answers, narrative and evidence list as JSON. */
    @Column(nullable = false)
    private String content;

    protected SubmissionVersion() {
    }

    public SubmissionVersion(Submission submission, int versionNo, LocalDateTime submittedAt, String submittedBy,
                             int daysLate, BigDecimal selfScore, String content) {
        this.submission = submission;
        this.versionNo = versionNo;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.daysLate = daysLate;
        this.selfScore = selfScore;
        this.content = content;
    }

    public Long getId() {
        return id;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public int getDaysLate() {
        return daysLate;
    }

    public BigDecimal getSelfScore() {
        return selfScore;
    }

    public String getContent() {
        return content;
    }
}
