package vn.thidua.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.common.AuditedEntity;
import vn.thidua.criteria.Criterion;
import vn.thidua.criteria.CriterionKind;

/**
 * What a unit reports for one criterion. Which fields are used follows the criterion's kind: a value (or a
 * numerator and denominator for a rate indicator), a yes/no, one answer per checklist item, survey counts,
 * task counts, violations, or claimed bonus points; a comment for every kind.
 */
@Entity
@Table(name = "submission_answer")
public class Answer extends AuditedEntity {

    private static final char YES = 'Y';
    private static final char NO = 'N';
    private static final char UNANSWERED = '-';

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "submission_id")
    private Submission submission;

    @ManyToOne(optional = false)
    @JoinColumn(name = "criterion_id")
    private Criterion criterion;

    @Column(name = "actual_value", precision = 19, scale = 4)
    private BigDecimal value;

    @Column(precision = 19, scale = 4)
    private BigDecimal numerator;

    @Column(precision = 19, scale = 4)
    private BigDecimal denominator;

    @Column(name = "yes_no")
    private Boolean yes;

    /** One character per checklist item: Y, N or - (not answered). */
    private String checklist;

    private Long surveyed;
    private Long satisfied;
    private Long assigned;
    private Long completed;
    private Long violations;

    @Column(precision = 19, scale = 2)
    private BigDecimal claimed;

    private String comment;

    protected Answer() {
    }

    /** A blank answer; only for building forms and tests outside a submission, and by {@link Submission}. */
    public Answer(Submission submission, Criterion criterion) {
        this.submission = submission;
        this.criterion = criterion;
    }

    @Override
    protected String auditState() {
        return "submission=" + (submission == null ? null : submission.getId()) + "; criterion=" + criterion.getCode()
                + "; value=" + value + "; numerator=" + numerator + "; denominator=" + denominator + "; yes=" + yes
                + "; checklist=" + checklist + "; surveyed=" + surveyed + "; satisfied=" + satisfied + "; assigned="
                + assigned + "; completed=" + completed + "; violations=" + violations + "; claimed=" + claimed;
    }

    /** The answers to the checklist items in order, null where not answered; as long as the criterion's items. */
    public List<Boolean> getChecklistAnswers() {
        int items = criterion.getItems().size();
        List<Boolean> out = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            char c = checklist != null && i < checklist.length() ? checklist.charAt(i) : UNANSWERED;
            out.add(c == YES ? Boolean.TRUE : c == NO ? Boolean.FALSE : null);
        }
        return out;
    }

    public void setChecklistAnswers(List<Boolean> answers) {
        if (answers == null || answers.stream().allMatch(a -> a == null)) {
            checklist = null;
            return;
        }
        StringBuilder s = new StringBuilder();
        for (Boolean a : answers) {
            s.append(a == null ? UNANSWERED : a ? YES : NO);
        }
        checklist = s.toString();
    }

    /** Copies every reported field from another answer (a form or an uploaded sheet) to this one. */
    public void takeOver(Answer other) {
        value = other.value;
        numerator = other.numerator;
        denominator = other.denominator;
        yes = other.yes;
        checklist = other.checklist;
        surveyed = other.surveyed;
        satisfied = other.satisfied;
        assigned = other.assigned;
        completed = other.completed;
        violations = other.violations;
        claimed = other.claimed;
        comment = other.comment;
    }

    /** Empties what the criterion's kind does not ask for, so that nothing else is ever stored (only the comment is common). */
    public void keepOnlyFieldsOfKind() {
        CriterionKind kind = criterion.getKind();
        if (kind != CriterionKind.NUMERIC_TARGET) {
            value = null;
            numerator = null;
            denominator = null;
        }
        if (kind != CriterionKind.YES_NO) {
            yes = null;
        }
        if (kind != CriterionKind.CHECKLIST) {
            checklist = null;
        }
        if (kind != CriterionKind.SURVEY_PERCENTAGE) {
            surveyed = null;
            satisfied = null;
        }
        if (kind != CriterionKind.TASK_COMPLETION) {
            assigned = null;
            completed = null;
        }
        if (kind != CriterionKind.PENALTY) {
            violations = null;
        }
        if (kind != CriterionKind.BONUS) {
            claimed = null;
        }
    }

    /** How many checklist answers were given, whether or not the criterion has that many items. */
    public int checklistLength() {
        return checklist == null ? 0 : checklist.length();
    }

    /** A detached copy for editing, with the same criterion. */
    public Answer copy() {
        Answer copy = new Answer(null, criterion);
        copy.takeOver(this);
        return copy;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Submission getSubmission() {
        return submission;
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public BigDecimal getNumerator() {
        return numerator;
    }

    public void setNumerator(BigDecimal numerator) {
        this.numerator = numerator;
    }

    public BigDecimal getDenominator() {
        return denominator;
    }

    public void setDenominator(BigDecimal denominator) {
        this.denominator = denominator;
    }

    public Boolean getYes() {
        return yes;
    }

    public void setYes(Boolean yes) {
        this.yes = yes;
    }

    public Long getSurveyed() {
        return surveyed;
    }

    public void setSurveyed(Long surveyed) {
        this.surveyed = surveyed;
    }

    public Long getSatisfied() {
        return satisfied;
    }

    public void setSatisfied(Long satisfied) {
        this.satisfied = satisfied;
    }

    public Long getAssigned() {
        return assigned;
    }

    public void setAssigned(Long assigned) {
        this.assigned = assigned;
    }

    public Long getCompleted() {
        return completed;
    }

    public void setCompleted(Long completed) {
        this.completed = completed;
    }

    public Long getViolations() {
        return violations;
    }

    public void setViolations(Long violations) {
        this.violations = violations;
    }

    public BigDecimal getClaimed() {
        return claimed;
    }

    public void setClaimed(BigDecimal claimed) {
        this.claimed = claimed;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
