package vn.thidua.submission;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.thidua.common.InvalidInputException;
import vn.thidua.common.Messages;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.TransactionEnd;
import vn.thidua.criteria.Criterion;
import vn.thidua.security.CurrentUser;

/**
 * Evidence files of submissions: attached while the unit may edit, read by whoever may see the submission.
 * A file whose row does not commit is deleted again, so the store holds no orphans.
 */
@ApplicationScoped
public class EvidenceService {

    private static final Logger LOG = Logger.getLogger(EvidenceService.class.getName());
    private static final long MEGABYTE = 1024L * 1024L;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SubmissionService submissions;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "thidua.storageDir")
    private String storageDir;

    @Inject
    @ConfigProperty(name = "thidua.evidence.maxMb", defaultValue = "20")
    private int maxMb;

    public int getMaxMb() {
        return maxMb;
    }

    public long maxBytes() {
        return maxMb * MEGABYTE;
    }

    /**
     * @param criterionId the criterion the file proves, or null for the report as a whole
     * @throws InvalidInputException ("file") when the file is empty, too large, or not an allowed type by its content
     */
    @Transactional
    public Evidence upload(long submissionId, Long criterionId, InputStream content, String fileName) {
        Submission submission = submissions.find(submissionId);
        submissions.allow(SubmissionAction.EDIT, submissions.situation(submission));
        Criterion criterion = null;
        if (criterionId != null) {
            criterion = submissions.criteriaOf(submission).stream().filter(c -> !c.isGroup() && c.getId().equals(criterionId))
                    .findFirst().orElseThrow(() -> InvalidInputException.of("criterionId",
                            messages.get("submission.error.unknownCriterion", criterionId)));
        }
        EvidenceStore.StoredEvidence stored = storeFile(content, fileName);
        Evidence evidence = new Evidence(submission, criterion, stored, LocalDateTime.now(ZoneOffset.UTC), currentUser.username());
        em.persist(evidence);
        // a file is part of the report: a submit or another change racing with it must see a new version
        em.lock(submission, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return evidence;
    }

    /** An evidence file the caller may read. */
    public Evidence find(long submissionId, long evidenceId) {
        Submission submission = submissions.find(submissionId);
        Evidence evidence = em.find(Evidence.class, evidenceId);
        if (evidence == null || !evidence.getSubmission().getId().equals(submission.getId())) {
            throw new NotFoundException(messages.get("error.notFound.record"));
        }
        return evidence;
    }

    public InputStream open(Evidence evidence) {
        return openStored(evidence.getStoredName());
    }

    /**
     * Checks and stores an uploaded file under the storage folder; it is deleted again if the caller's transaction
     * rolls back. Also used for the attachments of nominations.
     *
     * @throws InvalidInputException ("file") when the file is empty, too large, or not an allowed type by its content
     */
    public EvidenceStore.StoredEvidence storeFile(InputStream content, String fileName) {
        EvidenceStore.StoredEvidence stored;
        try {
            stored = store().store(content, fileName);
        } catch (EvidenceRefusedException refused) {
            throw InvalidInputException.of("file", messages.get(refused.key(), refused.args().toArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TransactionEnd.onRollback(transactions, () -> deleteQuietly(stored.storedName()));
        return stored;
    }

    public InputStream openStored(String storedName) {
        try {
            return store().open(storedName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Detaches a file from a draft. A file some submitted version lists stays stored and is only marked removed;
     * a file added since the last submission is deleted.
     */
    @Transactional
    public void remove(long submissionId, long evidenceId) {
        Evidence evidence = find(submissionId, evidenceId);
        Submission submission = evidence.getSubmission();
        submissions.allow(SubmissionAction.EDIT, submissions.situation(submission));
        if (evidence.isRemoved()) {
            return;
        }
        em.lock(submission, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        boolean inAVersion = submission.getSubmittedAt() != null && !evidence.getUploadedAt().isAfter(submission.getSubmittedAt());
        if (inAVersion) {
            evidence.markRemoved(LocalDateTime.now(ZoneOffset.UTC));
        } else {
            em.remove(evidence);
            String storedName = evidence.getStoredName();
            TransactionEnd.onCommit(transactions, () -> deleteQuietly(storedName));
        }
    }

    private EvidenceStore store() {
        return new EvidenceStore(Path.of(storageDir, "evidence"), maxBytes());
    }

    private void deleteQuietly(String storedName) {
        try {
            store().delete(storedName);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete evidence file " + storedName, e);
        }
    }
}
