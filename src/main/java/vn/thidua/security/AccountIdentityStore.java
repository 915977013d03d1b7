package vn.thidua.security;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/** Checks user names and passwords against the account table. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Account account = em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                .setParameter("u", credential.getCaller().strip())
                .getResultStream().findFirst().orElse(null);
        if (account == null || !account.isEnabled()
                || !hasher.matches(credential.getPasswordAsString(), account.getPasswordHash())) {
            return INVALID_RESULT;
        }
        return new CredentialValidationResult(account.getUsername(),
                account.getRoles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
