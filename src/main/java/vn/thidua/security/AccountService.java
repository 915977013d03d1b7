package vn.thidua.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.common.Forms;
import vn.thidua.common.InvalidInputException;
import vn.thidua.common.Messages;
import vn.thidua.common.NotFoundException;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitService;

/** Accounts: administrators create, change and disable them; every user changes their own password. */
@ApplicationScoped
public class AccountService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private UnitService unitService;

    @Inject
    private Messages messages;

    public List<Account> list() {
        currentUser.requireAnyRole(Role.ADMIN);
        return em.createQuery("SELECT a FROM Account a LEFT JOIN FETCH a.unit ORDER BY a.username", Account.class)
                .getResultList();
    }

    public Account find(long id) {
        currentUser.requireAnyRole(Role.ADMIN);
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new NotFoundException(messages.get("error.notFound.record"));
        }
        return account;
    }

    @Transactional
    public Account create(AccountForm form, String password) {
        currentUser.requireAnyRole(Role.ADMIN);
        Map<String, String> errors = validate(form, null);
        String passwordError = PasswordPolicy.check(password);
        if (passwordError != null) {
            errors.put("password", messages.get(passwordError));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Unit unit = form.unitId() == null ? null : unitService.find(form.unitId());
        Account account = new Account(form.username().strip(), form.fullName().strip(), hasher.hash(password), unit, form.roles());
        account.setMustChangePassword(true);
        account.setEmail(Forms.blankToNull(form.email()));
        em.persist(account);
        em.flush();
        return account;
    }

    @Transactional
    public Account update(long id, AccountForm form) {
        Account account = find(id);
        if (form.version() != null && form.version() != account.getVersion()) {
            throw new jakarta.persistence.OptimisticLockException();
        }
        Map<String, String> errors = validate(form, account);
        if (!form.enabled() && account.getUsername().equals(currentUser.username())) {
            errors.put("enabled", messages.get("account.error.selfDisable"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        account.setFullName(form.fullName().strip());
        account.setEmail(Forms.blankToNull(form.email()));
        account.setUnit(form.unitId() == null ? null : unitService.find(form.unitId()));
        account.setRoles(form.roles());
        account.setEnabled(form.enabled());
        em.flush();
        return account;
    }

    /** An administrator sets a new one-time password that the user must change at next login. */
    @Transactional
    public void resetPassword(long id, String password) {
        Account account = find(id);
        String error = PasswordPolicy.check(password);
        if (error != null) {
            throw InvalidInputException.of("password", messages.get(error));
        }
        account.setPasswordHash(hasher.hash(password));
        account.setMustChangePassword(true);
    }

    @Transactional
    public void changeOwnPassword(String current, String newPassword, String repeated) {
        Account account = ownAccount();
        Map<String, String> errors = new LinkedHashMap<>();
        if (!hasher.matches(current == null ? "" : current, account.getPasswordHash())) {
            errors.put("current", messages.get("password.error.current"));
        }
        String weak = PasswordPolicy.check(newPassword);
        if (weak != null) {
            errors.put("newPassword", messages.get(weak));
        } else if (!newPassword.equals(repeated)) {
            errors.put("repeated", messages.get("password.error.mismatch"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        account.setPasswordHash(hasher.hash(newPassword));
        account.setMustChangePassword(false);
    }

    public boolean mustChangePassword() {
        Long id = currentUser.accountId();
        return id != null && em.find(Account.class, id).isMustChangePassword();
    }

    private Account ownAccount() {
        Long id = currentUser.accountId();
        if (id == null) {
            throw new vn.thidua.common.AccessDeniedException(messages.get("error.unauthenticated"));
        }
        return em.find(Account.class, id);
    }

    private Map<String, String> validate(AccountForm form, Account existing) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (existing == null) {
            if (form.username() == null || !form.username().strip().matches("[A-Za-z0-9._-]{3,64}")) {
                errors.put("username", messages.get("account.error.usernameRequired"));
            } else if (!em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                    .setParameter("u", form.username().strip()).getResultList().isEmpty()) {
                errors.put("username", messages.get("account.error.usernameTaken", form.username().strip()));
            }
        }
        if (form.fullName() == null || form.fullName().isBlank()) {
            errors.put("fullName", messages.get("account.error.fullNameRequired"));
        }
        String email = Forms.blankToNull(form.email());
        if (email != null && (email.length() > 255 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            errors.put("email", messages.get("account.error.email"));
        }
        Set<Role> roles = form.roles();
        if (roles == null || roles.isEmpty()) {
            errors.put("roles", messages.get("account.error.rolesRequired"));
        } else if (form.unitId() == null && roles.stream().anyMatch(Role::isUnitScoped)) {
            errors.put("unitId", messages.get("account.error.unitRequired"));
        }
        return errors;
    }
}
