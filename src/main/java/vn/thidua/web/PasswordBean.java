package vn.thidua.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.thidua.security.AccountService;

/** A user changes their own password. */
@Named
@RequestScoped
public class PasswordBean {

    @Inject
    private AccountService accountService;

    private String current;
    private String newPassword;
    private String repeated;

    public boolean isMustChange() {
        return accountService.mustChangePassword();
    }

    public String change() {
        if (FormErrors.attempt("passwordForm", () -> accountService.changeOwnPassword(current, newPassword, repeated))) {
            FormErrors.info("password.changed");
            return "/index?faces-redirect=true";
        }
        return null;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
