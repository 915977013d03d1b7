package vn.thidua.submission;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thidua.common.AuditedEntity;
import vn.thidua.criteria.Criterion;
import vn.thidua.criteria.ScoringFramework;
import vn.thidua.org.Unit;
import vn.thidua.plan.EmulationPlan;

/** A unit's achievement report (báo cáo thành tích) for one year of a plan, scored by one framework. */
@Entity
@Table(name = "submission")
public class Submission extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private EmulationPlan plan;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(name = "report_year", nullable = false)
    private int year;

    @ManyToOne(optional = false)
    @JoinColumn(name = "framework_id")
    private ScoringFramework framework;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubmissionStatus status = SubmissionStatus.DRAFT;

    private String narrative;

    /** In UTC. Lateness is judged on the first submission: a return and a resubmission do not make it late. */
    @Column(name = "first_submitted_at")
    private LocalDateTime firstSubmittedAt;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "days_late")
    private Integer daysLate;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "reopened_until")
    private LocalDate reopenedUntil;

    @Column(name = "versions_submitted", nullable = false)
    private int versionsSubmitted;

    @Column(name = "self_score", precision = 19, scale = 2)
    private BigDecimal selfScore;

    @OneToMany(mappedBy = "submission", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Answer> answers = new ArrayList<>();

    @Version
    private long version;

    protected Submission() {
    }

    public Submission(EmulationPlan plan, Unit unit, int year, ScoringFramework framework) {
        this.plan = plan;
        this.unit = unit;
        this.year = year;
        this.framework = framework;
    }

    @Override
    protected String auditState() {
        return "plan=" + plan.getId() + "; unit=" + unit.getCode() + "; year=" + year + "; status=" + status
                + "; selfScore=" + selfScore + "; daysLate=" + daysLate + "; versions=" + versionsSubmitted
                + "; returnReason=" + returnReason + "; reopenedUntil=" + reopenedUntil;
    }

    public Optional<Answer> answerTo(Criterion criterion) {
        return answers.stream().filter(a -> a.getCriterion().getId().equals(criterion.getId())).findFirst();
    }

    /** The answer to a criterion, added empty when there is none yet. */
    public Answer answerFor(Criterion criterion) {
        return answerTo(criterion).orElseGet(() -> {
            Answer answer = new Answer(this, criterion);
            answers.add(answer);
            return answer;
        });
    }

    public boolean isLate() {
        return daysLate != null && daysLate > 0;
    }

    /** Workflow transitions; {@link SubmissionService} decides when they are allowed. */
    public void markSubmitted(LocalDateTime at, int daysLateNow, BigDecimal score) {
        if (firstSubmittedAt == null) {
            firstSubmittedAt = at;
            daysLate = daysLateNow;
        }
        submittedAt = at;
        selfScore = score;
        versionsSubmitted++;
        status = SubmissionStatus.SUBMITTED;
    }

    public void markReturned(String reason) {
        status = SubmissionStatus.RETURNED;
        returnReason = reason;
    }

    public void markAccepted() {
        status = SubmissionStatus.ACCEPTED;
    }

    void reopenUntil(LocalDate until) {
        reopenedUntil = until;
    }

    void setSelfScore(BigDecimal selfScore) {
        this.selfScore = selfScore;
    }

    @Override
    public Long getId() {
        return id;
    }

    public EmulationPlan getPlan() {
        return plan;
    }

    public Unit getUnit() {
        return unit;
    }

    public int getYear() {
        return year;
    }

    public ScoringFramework getFramework() {
        return framework;
    }

    public SubmissionStatus getStatus() {
        return status;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public LocalDateTime getFirstSubmittedAt() {
        return firstSubmittedAt;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public Integer getDaysLate() {
        return daysLate;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public LocalDate getReopenedUntil() {
        return reopenedUntil;
    }

    public int getVersionsSubmitted() {
        return versionsSubmitted;
    }

    public BigDecimal getSelfScore() {
        return selfScore;
    }

    public List<Answer> getAnswers() {
        return answers;
    }

    public long getVersion() {
        return version;
    }
}
