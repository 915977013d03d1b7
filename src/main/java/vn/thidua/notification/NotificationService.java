package vn.thidua.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.thidua.common.Messages;
import vn.thidua.common.TransactionEnd;
import vn.thidua.common.NotFoundException;
import vn.thidua.org.Unit;
import vn.thidua.security.Account;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;

/**
 * In-app notifications, also e-mailed when an SMTP server is configured and the account has an address.
 * Texts are written in Vietnamese, the language of the province's documents.
 */
@ApplicationScoped
public class NotificationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Mailer mailer;

    @Inject
    private Messages messages;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Resource
    private ManagedExecutorService mailExecutor;

    /**
     * The officers and heads who report for a unit: its own, and those of its parent when that is not the Sở (a
     * district centre runs its commune stations' reports).
     */
    public List<Account> unitReporters(Unit unit) {
        return unitReporters(List.of(unit)).getOrDefault(unit.getId(), List.of());
    }

    /** {@link #unitReporters(Unit)} of many units in one query, by unit id. */
    public Map<Long, List<Account>> unitReporters(Collection<Unit> units) {
        Set<Unit> homes = new HashSet<>(units);
        units.stream().map(NotificationService::runningParent).filter(Objects::nonNull).forEach(homes::add);
        if (homes.isEmpty()) {
            return Map.of();
        }
        List<Account> accounts = em.createQuery("SELECT DISTINCT a FROM Account a JOIN FETCH a.unit JOIN a.roles r WHERE a.unit IN :units"
                        + " AND a.enabled = TRUE AND r IN :roles ORDER BY a.username", Account.class)
                .setParameter("units", homes).setParameter("roles", Set.of(Role.UNIT_OFFICER, Role.UNIT_HEAD)).getResultList();
        Map<Long, List<Account>> byUnit = new HashMap<>();
        for (Unit unit : units) {
            byUnit.put(unit.getId(), accounts.stream().filter(a -> a.getUnit().getId().equals(unit.getId())
                    || runningParent(unit) != null && a.getUnit().getId().equals(runningParent(unit).getId())).toList());
        }
        return byUnit;
    }

    private static Unit runningParent(Unit unit) {
        Unit parent = unit.getParent();
        return parent == null || parent.getParent() == null ? null : parent;
    }

    public List<Account> office() {
        return em.createQuery("SELECT DISTINCT a FROM Account a JOIN a.roles r WHERE a.enabled = TRUE AND r = :role"
                + " ORDER BY a.username", Account.class).setParameter("role", Role.SECRETARIAT).getResultList();
    }

    /**
     * Notifies every account given, in the caller's transaction; e-mails them once it has committed.
     *
     * @return how many e-mails are sent (accounts with an address while a mail server is configured)
     */
    @Transactional
    public int notify(List<Account> accounts, String message, String link) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        List<String> addresses = new ArrayList<>();
        for (Account account : accounts) {
            em.persist(new Notification(account, now, message, link));
            if (mailer.isConfigured() && account.getEmail() != null && !account.getEmail().isBlank()) {
                addresses.add(account.getEmail());
            }
        }
        if (!addresses.isEmpty()) {
            // only what was committed is mailed, and a slow mail server never holds the transaction
            // after the commit and off the request thread: a slow mail server holds neither
            TransactionEnd.onCommit(transactions, () -> mailExecutor.execute(() -> addresses.forEach(to ->
                    mailer.send(to, Messages.vietnamese("notification.mail.subject"), message))));
        }
        return addresses.size();
    }

    /** The caller's notifications, newest first. */
    public List<Notification> mine(int max) {
        Long me = currentUser.accountId();
        if (me == null) {
            return List.of();
        }
        return em.createQuery("SELECT n FROM Notification n WHERE n.account.id = :a ORDER BY n.createdAt DESC, n.id DESC",
                Notification.class).setParameter("a", me).setMaxResults(max).getResultList();
    }

    public long unreadCount() {
        Long me = currentUser.accountId();
        return me == null ? 0 : em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.account.id = :a AND n.readAt IS NULL",
                Long.class).setParameter("a", me).getSingleResult();
    }

    @Transactional
    public void markRead(long notificationId) {
        Notification n = em.find(Notification.class, notificationId);
        if (n == null || !n.getAccount().getId().equals(currentUser.accountId())) {
            throw new NotFoundException(messages.get("error.notFound.record"));
        }
        n.markRead(LocalDateTime.now(ZoneOffset.UTC));
    }

    @Transactional
    public void markAllRead() {
        em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.account.id = :a AND n.readAt IS NULL")
                .setParameter("now", LocalDateTime.now(ZoneOffset.UTC)).setParameter("a", currentUser.accountId()).executeUpdate();
    }
}
