package vn.thidua.common;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;

/**
 * A domain record whose every create, update and delete enters the audit log, with a summary of
 * its state before and after.
 */
@MappedSuperclass
@EntityListeners(AuditListener.class)
public abstract class AuditedEntity {

    @Transient
    private String loadedState;

    public abstract Long getId();

    /** A short, readable summary of the fields that matter, e.g. "name=Bệnh viện...; active=true". */
    protected abstract String auditState();

    String loadedState() {
        return loadedState;
    }

    void rememberState() {
        loadedState = auditState();
    }

    String currentState() {
        return auditState();
    }
}
