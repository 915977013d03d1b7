package vn.thidua.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.thidua.security.Account;
import vn.thidua.security.AccountForm;
import vn.thidua.security.AccountService;
import vn.thidua.security.Role;

/** Administration of accounts: list, create, change roles and unit, disable, reset password. */
@Named
@ViewScoped
public class AccountsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    public record AccountRow(long id, String username, String fullName, String unitName, List<Role> roles, boolean enabled)
            implements Serializable {
    }

    @Inject
    private transient AccountService accountService;

    private List<AccountRow> accounts;

    private boolean editing;
    private Long editId;
    private String username;
    private String fullName;
    private String email;
    private Long unitId;
    private List<Role> roles = new ArrayList<>();
    private boolean enabled = true;
    private String password;
    private Long version;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        accounts = accountService.list().stream().map(a -> new AccountRow(a.getId(), a.getUsername(), a.getFullName(),
                a.getUnit() == null ? "" : a.getUnit().getName(), a.getRoles().stream().sorted().toList(), a.isEnabled()))
                .toList();
    }

    public void startNew() {
        editing = true;
        editId = null;
        username = null;
        fullName = null;
        email = null;
        unitId = null;
        roles = new ArrayList<>();
        enabled = true;
        password = null;
        version = null;
    }

    public void startEdit(long id) {
        Account a = accountService.find(id);
        editing = true;
        editId = a.getId();
        username = a.getUsername();
        fullName = a.getFullName();
        email = a.getEmail();
        unitId = a.getUnit() == null ? null : a.getUnit().getId();
        roles = new ArrayList<>(a.getRoles());
        enabled = a.isEnabled();
        password = null;
        version = a.getVersion();
    }

    public void save() {
        Set<Role> roleSet = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        AccountForm form = new AccountForm(username, fullName, email, unitId, roleSet, enabled, version);
        boolean saved = FormErrors.attempt("accountForm", () -> {
            if (editId == null) {
                accountService.create(form, password);
            } else {
                accountService.update(editId, form);
                if (password != null && !password.isBlank()) {
                    accountService.resetPassword(editId, password);
                }
            }
        });
        if (saved) {
            editing = false;
            reload();
            FormErrors.info("common.saved");
        }
    }

    public void cancel() {
        editing = false;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<AccountRow> getAccounts() {
        return accounts;
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isNew() {
        return editId == null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
