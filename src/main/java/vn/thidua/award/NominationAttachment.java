package vn.thidua.award;

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
import vn.thidua.submission.EvidenceStore;
import vn.thidua.submission.EvidenceType;

/** A file attached to a nomination (the signed achievement report, certificates of initiatives, ...). */
@Entity
@Table(name = "nomination_attachment")
public class NominationAttachment extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "nomination_id")
    private Nomination nomination;

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

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    protected NominationAttachment() {
    }

    public NominationAttachment(Nomination nomination, EvidenceStore.StoredEvidence stored, String uploadedBy, LocalDateTime uploadedAt) {
        this.nomination = nomination;
        this.originalName = stored.originalFileName();
        this.storedName = stored.storedName();
        this.type = stored.type();
        this.sizeBytes = stored.sizeBytes();
        this.sha256 = stored.sha256();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    @Override
    protected String auditState() {
        return "nomination=" + nomination.getId() + "; file=" + originalName + "; sha256=" + sha256;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Nomination getNomination() {
        return nomination;
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

    public String getUploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }
}
