package vn.thidua.report;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.thidua.common.AccessDeniedException;
import vn.thidua.common.InvalidInputException;
import vn.thidua.common.Messages;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.TransactionEnd;
import vn.thidua.org.Unit;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;

/**
 * Long reports in the background. Asking checks role and unit at once and records the job; the job runs after the
 * commit on the managed executor, off the request thread, reading its rows page by page; the person who asked
 * follows its progress and downloads the file, which nobody else may.
 */
@ApplicationScoped
public class ReportJobService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    @Inject
    private ReportJobRunner runner;

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "thidua.storageDir")
    private String storageDir;

    @Transactional
    public ReportJob submit(BackgroundReport report, Long unitId, Integer year, ReportFormat format) {
        if (report == null) {
            throw InvalidInputException.of("report", messages.get("reportJob.error.report"));
        }
        if (format == null || format == ReportFormat.DOCX) {
            throw InvalidInputException.of("format", messages.get("reportJob.error.format"));
        }
        if (report == BackgroundReport.STAFF) {
            currentUser.requireAnyRole(Role.SECRETARIAT, Role.ADMIN, Role.UNIT_OFFICER, Role.UNIT_HEAD);
        } else {
            currentUser.requireAnyRole(Role.values());
        }
        Unit unit = unitId == null ? null : em.find(Unit.class, unitId);
        if (unit == null) {
            throw InvalidInputException.of("unitId", messages.get("reportJob.error.unit"));
        }
        boolean provinceReader = currentUser.hasAnyRole(Role.SECRETARIAT, Role.ADMIN)
                || report == BackgroundReport.REGISTRY && currentUser.hasAnyRole(Role.BOARD_MEMBER, Role.BOARD_CHAIR, Role.VIEWER);
        if (!provinceReader) {
            currentUser.requireInScope(unit);
        }
        int rows = runner.count(report, unit.getPath(), year);
        String title = Messages.vietnamese("reportJob.title." + report, unit.getName()) + (year == null ? "" : " – " + year);
        ReportJob job = new ReportJob(currentUser.username(), report, unit, year, format, title, rows, LocalDateTime.now(ZoneOffset.UTC));
        em.persist(job);
        em.flush();
        long id = job.getId();
        TransactionEnd.onCommit(transactions, () -> executor.submit(() -> runner.run(id, reportsDir())));
        return job;
    }

    /** The caller's own jobs, newest first. */
    public List<ReportJob> mine() {
        return em.createQuery("SELECT j FROM ReportJob j WHERE j.username = :u ORDER BY j.createdAt DESC, j.id DESC", ReportJob.class)
                .setParameter("u", currentUser.username()).setMaxResults(50).getResultList();
    }

    public ReportJob find(long jobId) {
        ReportJob job = em.find(ReportJob.class, jobId);
        if (job == null) {
            throw new NotFoundException(messages.get("error.notFound.record"));
        }
        if (!job.getUsername().equals(currentUser.username())) {
            throw new AccessDeniedException(messages.get("reportJob.error.notYours"));
        }
        return job;
    }

    public InputStream open(ReportJob job) {
        if (job.getStatus() != ReportJob.Status.DONE) {
            throw InvalidInputException.of("job", messages.get("reportJob.error.notReady"));
        }
        try {
            return Files.newInputStream(reportsDir().resolve(job.getStoredName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path reportsDir() {
        return Path.of(storageDir, "reports");
    }
}
