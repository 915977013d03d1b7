package vn.thidua.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import vn.thidua.award.AwardRecord;
import vn.thidua.org.StaffMember;

/** The database steps of a background report, each in its own short transaction. */
@ApplicationScoped
public class ReportJobSteps {

    @PersistenceContext
    private EntityManager em;

    @Transactional
    public int count(BackgroundReport report, String unitPath, Integer year) {
        String jpql = report == BackgroundReport.STAFF
                ? "SELECT COUNT(s) FROM StaffMember s WHERE s.unit.path LIKE :p"
                : "SELECT COUNT(a) FROM AwardRecord a WHERE a.unit.path LIKE :p" + (year == null ? "" : " AND a.year = :y");
        var query = em.createQuery(jpql, Long.class).setParameter("p", unitPath + "%");
        if (year != null && report == BackgroundReport.REGISTRY) {
            query.setParameter("y", year);
        }
        return query.getSingleResult().intValue();
    }

    /** Takes a queued job; null when it is not queued any more (another instance took it). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ReportJob claim(long jobId) {
        int claimed = em.createQuery("UPDATE ReportJob j SET j.status = :running WHERE j.id = :id AND j.status = :queued")
                .setParameter("running", ReportJob.Status.RUNNING).setParameter("queued", ReportJob.Status.QUEUED)
                .setParameter("id", jobId).executeUpdate();
        if (claimed == 0) {
            return null;
        }
        ReportJob job = em.find(ReportJob.class, jobId);
        job.getUnit().getPath();
        return job;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<? extends Record> page(BackgroundReport report, String unitPath, Integer year, int offset, int limit) {
        if (report == BackgroundReport.STAFF) {
            return em.createQuery("SELECT s FROM StaffMember s JOIN FETCH s.unit WHERE s.unit.path LIKE :p"
                    + " ORDER BY s.unit.path, s.fullName, s.id", StaffMember.class).setParameter("p", unitPath + "%")
                    .setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(StaffListRow::of).toList();
        }
        var query = em.createQuery("SELECT a FROM AwardRecord a JOIN FETCH a.unit LEFT JOIN FETCH a.staff JOIN FETCH a.title"
                + " WHERE a.unit.path LIKE :p" + (year == null ? "" : " AND a.year = :y")
                + " ORDER BY a.year DESC, a.unit.path, a.title.position, a.id", AwardRecord.class).setParameter("p", unitPath + "%");
        if (year != null) {
            query.setParameter("y", year);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(AwardDocuments::registryRow).toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(long jobId, int rowsDone) {
        em.createQuery("UPDATE ReportJob j SET j.rowsDone = :d WHERE j.id = :id").setParameter("d", rowsDone).setParameter("id", jobId)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(long jobId, String storedName, String fileName, long size) {
        em.createQuery("UPDATE ReportJob j SET j.status = :done, j.storedName = :s, j.fileName = :f, j.sizeBytes = :b,"
                + " j.finishedAt = :t WHERE j.id = :id").setParameter("done", ReportJob.Status.DONE).setParameter("s", storedName)
                .setParameter("f", fileName).setParameter("b", size).setParameter("t", LocalDateTime.now(ZoneOffset.UTC))
                .setParameter("id", jobId).executeUpdate();
    }

    /** Jobs that have not finished since the given time: their instance stopped. They fail, and can be asked for again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int failStuck(LocalDateTime startedBefore, String error) {
        return em.createQuery("UPDATE ReportJob j SET j.status = :failed, j.error = :e, j.finishedAt = :now"
                + " WHERE j.status IN :running AND j.createdAt < :before")
                .setParameter("failed", ReportJob.Status.FAILED).setParameter("e", error)
                .setParameter("now", LocalDateTime.now(ZoneOffset.UTC))
                .setParameter("running", List.of(ReportJob.Status.QUEUED, ReportJob.Status.RUNNING))
                .setParameter("before", startedBefore).executeUpdate();
    }

    /** Finished files older than the given time, to be deleted; their jobs are marked expired. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> expire(LocalDateTime finishedBefore) {
        List<ReportJob> old = em.createQuery("SELECT j FROM ReportJob j WHERE j.status = :done AND j.finishedAt < :before", ReportJob.class)
                .setParameter("done", ReportJob.Status.DONE).setParameter("before", finishedBefore).getResultList();
        if (old.isEmpty()) {
            return List.of();
        }
        em.createQuery("UPDATE ReportJob j SET j.status = :expired WHERE j.id IN :ids").setParameter("expired", ReportJob.Status.EXPIRED)
                .setParameter("ids", old.stream().map(ReportJob::getId).toList()).executeUpdate();
        return old.stream().map(ReportJob::getStoredName).toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long jobId, String error) {
        em.createQuery("UPDATE ReportJob j SET j.status = :failed, j.error = :e, j.finishedAt = :t WHERE j.id = :id")
                .setParameter("failed", ReportJob.Status.FAILED).setParameter("e", error.length() > 1000 ? error.substring(0, 1000) : error)
                .setParameter("t", LocalDateTime.now(ZoneOffset.UTC)).setParameter("id", jobId).executeUpdate();
    }
}
