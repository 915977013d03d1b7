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

/** One step of a submission's history, as the unit and the office read it; never changed once written. */
@Entity
@Table(name = "submission_event")
public class SubmissionEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "submission_id")
    private Submission submission;

    /** In UTC. */
    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubmissionAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private SubmissionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private SubmissionStatus toStatus;

    private String note;

    protected SubmissionEvent() {
    }

    public SubmissionEvent(Submission submission, LocalDateTime occurredAt, String actor, SubmissionAction action,
                           SubmissionStatus fromStatus, SubmissionStatus toStatus, String note) {
        this.submission = submission;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public SubmissionAction getAction() {
        return action;
    }

    public SubmissionStatus getFromStatus() {
        return fromStatus;
    }

    public SubmissionStatus getToStatus() {
        return toStatus;
    }

    public String getNote() {
        return note;
    }
}
