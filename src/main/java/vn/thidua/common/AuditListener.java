package vn.thidua.common;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** Writes an audit event for every change of an {@link AuditedEntity}. */
public class AuditListener {

    @PostLoad
    void loaded(AuditedEntity entity) {
        entity.rememberState();
    }

    @PostPersist
    void created(AuditedEntity entity) {
        log().record("CREATE", entity.getClass().getSimpleName(), entity.getId(), null, entity.currentState());
        entity.rememberState();
    }

    @PostUpdate
    void updated(AuditedEntity entity) {
        String after = entity.currentState();
        if (!after.equals(entity.loadedState())) {
            log().record("UPDATE", entity.getClass().getSimpleName(), entity.getId(), entity.loadedState(), after);
        }
        entity.rememberState();
    }

    @PostRemove
    void removed(AuditedEntity entity) {
        log().record("DELETE", entity.getClass().getSimpleName(), entity.getId(), entity.loadedState(), null);
    }

    private static AuditLog log() {
        return CDI.current().select(AuditLog.class).get();
    }
}
