package vn.thidua.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import vn.thidua.common.AccessDeniedException;
import vn.thidua.common.Messages;
import vn.thidua.org.Unit;

/** Who is calling, with which roles and which unit scope; every service asks here before acting. */
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Messages messages;

    private Account account;
    private boolean loaded;

    public boolean isLoggedIn() {
        return account() != null;
    }

    public String username() {
        Account a = account();
        return a == null ? null : a.getUsername();
    }

    public String fullName() {
        Account a = account();
        return a == null ? "" : a.getFullName();
    }

    public Long accountId() {
        Account a = account();
        return a == null ? null : a.getId();
    }

    public Set<Role> roles() {
        Account a = account();
        return a == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(a.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : a.getRoles());
    }

    public boolean hasRole(Role role) {
        return roles().contains(role);
    }

    public boolean hasAnyRole(Role... wanted) {
        Set<Role> mine = roles();
        return Arrays.stream(wanted).anyMatch(mine::contains);
    }

    /** @throws AccessDeniedException unless the caller has one of the roles */
    public void requireAnyRole(Role... wanted) {
        if (!hasAnyRole(wanted)) {
            throw new AccessDeniedException(messages.get("error.forbidden"));
        }
    }

    /** The office, IT and those who judge or lead: they read every unit's records (changing them is checked apart). */
    public boolean seesEveryUnit() {
        return hasAnyRole(Role.SECRETARIAT, Role.ADMIN, Role.BOARD_MEMBER, Role.BOARD_CHAIR, Role.VIEWER);
    }

    public Unit homeUnit() {
        Account a = account();
        return a == null ? null : a.getUnit();
    }

    public UnitScope scope() {
        Account a = account();
        if (a == null) {
            return UnitScope.NONE;
        }
        return UnitScope.of(a.getRoles(), a.getUnit() == null ? null : a.getUnit().getPath());
    }

    /** @throws AccessDeniedException unless the unit is within the caller's scope */
    public void requireInScope(Unit unit) {
        if (unit == null || !scope().covers(unit.getPath())) {
            throw new AccessDeniedException(messages.get("error.forbiddenUnit"));
        }
    }

    private Account account() {
        if (!loaded) {
            loaded = true;
            Principal principal = securityContext.getCallerPrincipal();
            if (principal != null) {
                account = em.createQuery("SELECT a FROM Account a LEFT JOIN FETCH a.unit WHERE a.username = :u", Account.class)
                        .setParameter("u", principal.getName())
                        .getResultStream().filter(Account::isEnabled).findFirst().orElse(null);
            }
        }
        return account;
    }
}
