package vn.thidua.common;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The append-only audit log. Events are written on the data source inside the caller's
 * transaction, so an event exists exactly when the change it describes was committed.
 */
@ApplicationScoped
public class AuditLog {

    static final String SYSTEM_USER = "system";
    private static final int MAX_STATE = 60_000;

    @Resource(lookup = "java:app/jdbc/thidua")
    private DataSource dataSource;

    @Inject
    private SecurityContext securityContext;

    public void record(String action, String entityType, Object entityId, String before, String after) {
        String sql = "INSERT INTO audit_event (username, action, entity_type, entity_id, before_state, after_state)"
                + " VALUES (?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, currentUsername());
            ps.setString(2, action);
            ps.setString(3, entityType);
            ps.setString(4, entityId == null ? null : entityId.toString());
            ps.setString(5, truncate(before));
            ps.setString(6, truncate(after));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the audit log", e);
        }
    }

    private String currentUsername() {
        try {
            Principal principal = securityContext.getCallerPrincipal();
            return principal == null ? SYSTEM_USER : principal.getName();
        } catch (RuntimeException outsideRequest) {
            return SYSTEM_USER;
        }
    }

    private static String truncate(String s) {
        return s == null || s.length() <= MAX_STATE ? s : s.substring(0, MAX_STATE);
    }
}
