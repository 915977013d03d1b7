package vn.thidua.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import vn.thidua.common.AuditedEntity;
import vn.thidua.criteria.Criterion;

/**
 * An evidence file (minh chứng) of a submission, for one criterion or for the whole report. The file lives in
 * the {@link EvidenceStore} under a generated name. Removing it from a draft only marks it removed when a
 * submitted version lists it, so that what was submitted stays readable.
 */
@Entity
@Table(name = "evidence")
public class Evidence extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "submission_id")
    private Submission submission;

    @ManyToOne
    @JoinColumn(name = "criterion_id")
    private Criterion criterion;

    @Column(name = "original_name", nullable = false)
    private String originalName;

    @Column(name = "stored_name", nullable = false)
    private String storedName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", nullable = false)
    private EvidenceType type;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    /** In UTC. */
    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "removed_at")
    private LocalDateTime removedAt;

    protected Evidence() {
    }

    public Evidence(Submission submission, Criterion criterion, EvidenceStore.StoredEvidence stored, LocalDateTime uploadedAt,
                    String uploadedBy) {
        this.submission = submission;
        this.criterion = criterion;
        this.originalName = stored.originalFileName();
        this.storedName = stored.storedName();
        this.type = stored.type();
        this.sizeBytes = stored.sizeBytes();
        this.sha256 = stored.sha256();
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    @Override
    protected String auditState() {
        return "submission=" + submission.getId() + "; criterion=" + (criterion == null ? null : criterion.getCode())
                + "; name=" + originalName + "; type=" + type + "; size=" + sizeBytes + "; sha256=" + sha256
                + "; removedAt=" + removedAt;
    }

    void markRemoved(LocalDateTime at) {
        removedAt = at;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Submission getSubmission() {
        return submission;
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getStoredName() {
        return storedName;
    }

    public EvidenceType getType() {
        return type;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime getRemovedAt() {
        return removedAt;
    }
}
