package vn.thidua.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When no account exists (a new production database), creates the account "admin" with the password
 * from thidua.admin.password (THIDUA_ADMIN_PASSWORD), or else a one-time password printed to the log,
 * to be changed at first login. Never a built-in password.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoDataLoader"})
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    @ConfigProperty(name = "thidua.admin.password")
    private Optional<String> configuredPassword;

    @PostConstruct
    void createIfNone() {
        long accounts = em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
        if (accounts > 0) {
            return;
        }
        String password = configuredPassword.filter(p -> !p.isBlank()).orElseGet(FirstAdministrator::oneTimePassword);
        Account admin = new Account("admin", "Quản trị hệ thống", hasher.hash(password), null, EnumSet.of(Role.ADMIN));
        admin.setMustChangePassword(true);
        em.persist(admin);
        if (configuredPassword.filter(p -> !p.isBlank()).isEmpty()) {
            LOG.warning("First administrator created: user name 'admin', one-time password '" + password
                    + "'. Change it at first login.");
        } else {
            LOG.info("First administrator 'admin' created with the configured password.");
        }
    }

    private static String oneTimePassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.append(random.nextInt(10)).toString();
    }
}
