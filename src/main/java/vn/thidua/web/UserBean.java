package vn.thidua.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.thidua.org.Unit;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;

/** What pages need to know about the signed-in user: name, unit, roles for the menu. */
@Named("user")
@RequestScoped
public class UserBean {

    @Inject
    private CurrentUser currentUser;

    public boolean isLoggedIn() {
        return currentUser.isLoggedIn();
    }

    public String getFullName() {
        return currentUser.fullName();
    }

    public String getUsername() {
        return currentUser.username();
    }

    public String getUnitName() {
        Unit unit = currentUser.homeUnit();
        return unit == null ? "" : unit.getName();
    }

    public List<Role> getRoles() {
        return currentUser.roles().stream().sorted().toList();
    }

    public boolean is(String role) {
        return currentUser.hasRole(Role.valueOf(role));
    }

    public boolean isAdmin() {
        return currentUser.hasRole(Role.ADMIN);
    }

    public boolean isOffice() {
        return currentUser.hasAnyRole(Role.ADMIN, Role.SECRETARIAT);
    }

    public boolean isStaffViewer() {
        return currentUser.hasAnyRole(Role.ADMIN, Role.SECRETARIAT, Role.UNIT_OFFICER, Role.UNIT_HEAD);
    }
}
