package vn.thidua.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.thidua.criteria.Criterion;
import vn.thidua.criteria.ScoringFramework;
import vn.thidua.org.Unit;
import vn.thidua.plan.EmulationPlan;
import vn.thidua.plan.Indicator;
import vn.thidua.plan.PlanBlock;
import vn.thidua.plan.TargetValue;
import vn.thidua.submission.Answer;
import vn.thidua.submission.Evidence;
import vn.thidua.submission.EvidenceStore;
import vn.thidua.submission.SelfScore;
import vn.thidua.submission.Submission;
import vn.thidua.submission.SubmissionAction;
import vn.thidua.submission.SubmissionEvent;
import vn.thidua.submission.SubmissionService;
import vn.thidua.submission.SubmissionStatus;
import vn.thidua.submission.SubmissionVersion;

/**
 * In demo mode, the 2025 reports of plan 1750/KH-SYT (deadline 15/11/2025): most units submitted on time with
 * plausible values and a PDF of evidence per criterion that asks for one, some late, some returned with a reason,
 * some still drafting, some not started. The same seed gives the same province every time.
 */
@Singleton
@Startup
@DependsOn("DemoPlans")
public class DemoSubmissions {

    private static final Logger LOG = Logger.getLogger(DemoSubmissions.class.getName());
    private static final int YEAR = 2025;
    private static final String RETURN_REASON = "Thiếu biên bản kiểm tra \"Xanh - Sạch - Đẹp - An toàn\" và số liệu khảo sát hài lòng chưa khớp với phiếu khảo sát.";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SubmissionService submissions;

    @Inject
    @ConfigProperty(name = "thidua.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    @ConfigProperty(name = "thidua.storageDir")
    private String storageDir;

    @PostConstruct
    void load() {
        if (!demo || em.createQuery("SELECT COUNT(s) FROM Submission s", Long.class).getSingleResult() > 0) {
            return;
        }
        EmulationPlan plan = em.createQuery("SELECT p FROM EmulationPlan p WHERE p.numberSymbol = '1750/KH-SYT'", EmulationPlan.class)
                .getResultStream().findFirst().orElse(null);
        if (plan == null) {
            return;
        }
        long start = System.nanoTime();
        ScoringFramework framework = em.createQuery("SELECT f FROM ScoringFramework f WHERE f.plan = :p ORDER BY f.versionNo DESC",
                ScoringFramework.class).setParameter("p", plan).setMaxResults(1).getSingleResult();
        framework.freeze(); // units report against it
        Map<Unit, String> units = new LinkedHashMap<>();
        em.createQuery("SELECT b FROM PlanBlock b WHERE b.plan = :p AND b.year = :y ORDER BY b.name", PlanBlock.class)
                .setParameter("p", plan).setParameter("y", YEAR).getResultList()
                .forEach(b -> b.getUnits().forEach(u -> units.putIfAbsent(u, b.getName())));
        EvidenceStore store = new EvidenceStore(Path.of(storageDir, "evidence"), 20L * 1024 * 1024);
        Random random = new Random(2025);
        LocalDate deadline = plan.reportingDeadline(YEAR);
        int count = 0;
        for (Unit unit : units.keySet()) {
            if (unit.getCode().equals("BVDK") || unit.getCode().equals("TTYT-THA")) {
                continue; // left to the demo accounts to try the whole workflow
            }
            double roll = random.nextDouble();
            if (roll < 0.07) {
                continue; // not started
            }
            Submission submission = new Submission(plan, unit, YEAR, framework);
            em.persist(submission);
            List<Criterion> criteria = framework.depthFirst().stream().filter(c -> !c.isGroup() && c.appliesTo(unit.getType())).toList();
            Map<Long, Answer> answers = new LinkedHashMap<>();
            for (Criterion criterion : criteria) {
                Answer answer = submission.answerFor(criterion);
                fill(answer, criterion, random);
                answers.put(criterion.getId(), answer);
            }
            submission.setNarrative("Năm " + YEAR + ", " + unit.getName() + " đã triển khai đầy đủ các nội dung thi đua theo Kế hoạch "
                    + plan.getNumberSymbol() + "; hoàn thành các chỉ tiêu chuyên môn được giao.");
            event(submission, LocalDateTime.of(YEAR, 10, 1 + random.nextInt(20), 8, 0), "canbo", SubmissionAction.EDIT, null);
            if (roll < 0.13) {
                continue; // still a draft
            }
            for (Criterion criterion : criteria) {
                if (criterion.isEvidenceRequired()) {
                    evidence(store, submission, criterion);
                }
            }
            BigDecimal score = SelfScore.of(criteria, answers, YEAR).total().total();
            boolean late = roll > 0.88;
            LocalDate on = late ? deadline.plusDays(1 + random.nextInt(12)) : deadline.minusDays(random.nextInt(14));
            LocalDateTime at = on.atTime(9 + random.nextInt(8), random.nextInt(60)).minusHours(7);
            int daysLate = late ? (int) java.time.temporal.ChronoUnit.DAYS.between(deadline, on) : 0;
            submission.markSubmitted(at, daysLate, score);
            em.persist(new SubmissionVersion(submission, 1, at, "truong." + unit.getCode().toLowerCase(), daysLate, score,
                    submissions.snapshot(submission)));
            event(submission, at, "truong", SubmissionAction.SUBMIT, SubmissionStatus.DRAFT);
            if (roll < 0.2) {
                submission.markReturned(RETURN_REASON);
                event(submission, at.plusDays(3), "vanphong", SubmissionAction.RETURN, SubmissionStatus.SUBMITTED);
            } else if (roll < 0.6) { // accepted; the rest waits for the office
                submission.markAccepted();
                event(submission, at.plusDays(5), "vanphong", SubmissionAction.ACCEPT, SubmissionStatus.SUBMITTED);
            }
            count++;
        }
        em.flush();
        int submitted = count;
        LOG.info(() -> String.format("Demo reports for %d: %d of %d units submitted, in %d ms", YEAR, submitted, units.size(),
                (System.nanoTime() - start) / 1_000_000));
    }

    /** Values around the target: most units meet it, some fall a little short. */
    private static void fill(Answer answer, Criterion criterion, Random random) {
        switch (criterion.getKind()) {
            case NUMERIC_TARGET -> {
                TargetValue target = criterion.targetFor(YEAR);
                if (target == null) {
                    return;
                }
                double factor = 0.9 + random.nextDouble() * 0.2;
                BigDecimal value = target.value().multiply(BigDecimal.valueOf(factor)).setScale(2, RoundingMode.HALF_UP);
                Indicator indicator = criterion.getIndicator();
                if (indicator != null && indicator.isRate() && indicator.getMultiplier() != null && indicator.getMultiplier().signum() > 0) {
                    BigDecimal denominator = BigDecimal.valueOf(20_000 + random.nextInt(80_000));
                    answer.setDenominator(denominator);
                    answer.setNumerator(value.multiply(denominator).divide(indicator.getMultiplier(), 0, RoundingMode.HALF_UP));
                } else {
                    String unit = indicator == null || indicator.getUnitOfMeasure() == null ? "" : indicator.getUnitOfMeasure();
                    answer.setValue(unit.contains("%") ? value.min(new BigDecimal("100")) : value);
                }
            }
            case YES_NO -> answer.setYes(random.nextDouble() < 0.9);
            case CHECKLIST -> {
                List<Boolean> items = new ArrayList<>();
                criterion.getItems().forEach(i -> items.add(random.nextDouble() < 0.9));
                answer.setChecklistAnswers(items);
            }
            case SURVEY_PERCENTAGE -> {
                long surveyed = 200 + random.nextInt(400);
                answer.setSurveyed(surveyed);
                answer.setSatisfied(Math.round(surveyed * (0.84 + random.nextDouble() * 0.14)));
            }
            case TASK_COMPLETION -> {
                long assigned = 5 + random.nextInt(8);
                answer.setAssigned(assigned);
                answer.setCompleted(assigned - (random.nextDouble() < 0.7 ? 0 : 1 + random.nextInt(2)));
            }
            case PENALTY -> answer.setViolations(random.nextDouble() < 0.85 ? 0L : 1L);
            case BONUS -> answer.setClaimed(BigDecimal.valueOf(random.nextInt(3)));
        }
    }

    private void evidence(EvidenceStore store, Submission submission, Criterion criterion) {
        String text = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                + "% minh chung " + criterion.getCode() + " " + submission.getUnit().getCode() + "\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        try {
            EvidenceStore.StoredEvidence stored = store.store(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)),
                    "minh-chung-" + criterion.getCode() + ".pdf");
            em.persist(new Evidence(submission, criterion, stored, LocalDateTime.of(YEAR, 11, 1, 2, 0), "canbo"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void event(Submission submission, LocalDateTime at, String actor, SubmissionAction action, SubmissionStatus from) {
        em.persist(new SubmissionEvent(submission, at, actor + "." + submission.getUnit().getCode().toLowerCase(), action, from,
                submission.getStatus(), null));
    }
}
