package vn.thidua.common;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.eclipse.persistence.annotations.ReadOnly;

/** One row of the append-only audit log, for reading it back; rows are written only by {@link AuditLog}. */
@Entity
@ReadOnly
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    private Long id;

    /** In UTC. */
    @Column(name = "occurred_at")
    private LocalDateTime occurredAt;

    private String username;
    private String action;

    @Column(name = "entity_type")
    private String entityType;

    @Column(name = "entity_id")
    private String entityId;

    @Column(name = "before_state")
    private String beforeState;

    @Column(name = "after_state")
    private String afterState;

    protected AuditEvent() {
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getBeforeState() {
        return beforeState;
    }

    public String getAfterState() {
        return afterState;
    }

    /** What the record looked like after the change, or before it when it was deleted. */
    public String getState() {
        return afterState != null ? afterState : beforeState;
    }
}
