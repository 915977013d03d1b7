package vn.thidua.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thidua.common.AccessDeniedException;
import vn.thidua.common.Forms;
import vn.thidua.common.InvalidInputException;
import vn.thidua.common.Messages;
import vn.thidua.criteria.Criterion;
import vn.thidua.criteria.CriterionScore;
import vn.thidua.criteria.CriterionScorer;
import vn.thidua.plan.TargetText;
import vn.thidua.plan.TargetValue;
import vn.thidua.review.ReviewAssignment;
import vn.thidua.review.ReviewScore;
import vn.thidua.review.RoundService;
import vn.thidua.submission.Answer;
import vn.thidua.submission.Evidence;
import vn.thidua.submission.SelfScore;
import vn.thidua.submission.Submission;
import vn.thidua.submission.SubmissionService;

/**
 * A board member scores one assigned report: /review/score.xhtml?id=… — for every scored criterion what the unit
 * reported, its self-score and evidence, and the member's points and comment; saved as a draft or finished.
 */
@Named
@ViewScoped
public class ScoringBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the member types for one criterion. */
    public static class Input implements Serializable {
        private static final long serialVersionUID = 1L;
        private BigDecimal points;
        private String comment;

        public BigDecimal getPoints() {
            return points;
        }

        public void setPoints(BigDecimal points) {
            this.points = points;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }

    /** One scored criterion with what the unit reported. */
    public static class Row {
        private final Criterion criterion;
        private final Answer answer;
        private final CriterionScore self;
        private final List<Evidence> evidence;

        Row(Criterion criterion, Answer answer, CriterionScore self, List<Evidence> evidence) {
            this.criterion = criterion;
            this.answer = answer;
            this.self = self;
            this.evidence = evidence;
        }

        public Criterion getCriterion() {
            return criterion;
        }

        public Answer getAnswer() {
            return answer;
        }

        public CriterionScore getSelf() {
            return self;
        }

        public List<Evidence> getEvidence() {
            return evidence;
        }

        public boolean isRate() {
            return criterion.getIndicator() != null && criterion.getIndicator().isRate();
        }

        /** The checklist answers, item by item (null where unanswered). */
        public List<Boolean> getChecklist() {
            return answer == null ? List.of() : answer.getChecklistAnswers();
        }

        /** The value scored: for a numeric criterion the value or rate, for a survey or tasks the share in percent. */
        public BigDecimal getActual() {
            if (answer == null) {
                return null;
            }
            return switch (criterion.getKind()) {
                case NUMERIC_TARGET -> SelfScore.actualValue(criterion, answer);
                case SURVEY_PERCENTAGE -> share(answer.getSatisfied(), answer.getSurveyed());
                case TASK_COMPLETION -> share(answer.getCompleted(), answer.getAssigned());
                default -> null;
            };
        }

        private static BigDecimal share(Long part, Long whole) {
            return part == null || whole == null || whole <= 0 || part < 0 || part > whole ? null : CriterionScorer.percentage(part, whole);
        }
    }

    @Inject
    private transient RoundService rounds;
    @Inject
    private transient SubmissionService submissions;

    private Long id;
    private long version;
    private final Map<Long, Input> inputs = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    // records read again when the view comes back from another node of the cluster
    private transient ReviewAssignment assignment;
    private transient List<Row> rows;
    private transient SelfScore selfScore;

    public void load() {
        assignment = null;
        rows = null;
        selfScore = null;
        version = getAssignment().getVersion();
        inputs.clear();
        for (Row row : getRows()) {
            Input input = new Input();
            Optional<ReviewScore> score = getAssignment().scoreOf(row.getCriterion());
            score.ifPresent(s -> {
                input.setPoints(s.getPoints());
                input.setComment(s.getComment());
            });
            inputs.put(row.getCriterion().getId(), input);
        }
    }

    public ReviewAssignment getAssignment() {
        if (assignment == null) {
            assignment = rounds.assignment(id);
        }
        return assignment;
    }

    public Submission getSubmission() {
        return getAssignment().getSubmission();
    }

    public SelfScore getSelfScore() {
        if (selfScore == null) {
            selfScore = submissions.selfScore(getSubmission(), submissions.answerCopies(getSubmission()));
        }
        return selfScore;
    }

    public List<Row> getRows() {
        if (rows == null) {
            Submission submission = getSubmission();
            Map<Long, Answer> answers = submissions.answerCopies(submission);
            List<Evidence> files = submissions.evidence(submission);
            List<Row> list = new ArrayList<>();
            for (Criterion c : submissions.criteriaOf(submission)) {
                if (!c.isGroup()) {
                    list.add(new Row(c, answers.get(c.getId()), getSelfScore().scoreOf(c), files.stream()
                            .filter(e -> e.getCriterion() != null && e.getCriterion().getId().equals(c.getId())).toList()));
                }
            }
            rows = list;
        }
        return rows;
    }

    public Map<Long, Input> getInputs() {
        return inputs;
    }

    public long getScoredCount() {
        return getAssignment().getScores().size();
    }

    public String targetOf(Row row) {
        TargetValue target = row.getCriterion().targetFor(getSubmission().getYear());
        return target == null ? "" : TargetText.format(target);
    }

    public String error(Row row, String field) {
        return errors.get("scores[" + row.getCriterion().getId() + "]." + field);
    }

    public String evidenceUrl(Evidence file) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/submissions/"
                + getSubmission().getId() + "/evidence/" + file.getId();
    }

    public boolean isEditable() {
        return getAssignment().getRound().getStatus() == vn.thidua.review.RoundStatus.OPEN;
    }

    // ------------------------------------------------------------------ actions

    public void saveDraft() {
        save(false, "review.savedDraft");
    }

    public void finish() {
        save(true, "review.finished");
    }

    private void save(boolean done, String doneKey) {
        errors.clear();
        Map<Long, RoundService.ScoreInput> scores = new LinkedHashMap<>();
        inputs.forEach((criterionId, input) -> {
            if (input.getPoints() != null || Forms.blankToNull(input.getComment()) != null) {
                scores.put(criterionId, new RoundService.ScoreInput(input.getPoints(), input.getComment()));
            }
        });
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ReviewAssignment saved = rounds.score(id, version, scores, done);
            long savedVersion = saved.getVersion();
            load();
            version = Math.max(savedVersion, version);
            FormErrors.info(doneKey);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof InvalidInputException invalid) {
                    invalid.fieldErrors().forEach((field, message) -> {
                        if (field.startsWith("scores[")) {
                            errors.put(field, message);
                        } else {
                            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
                        }
                    });
                    if (!errors.isEmpty()) {
                        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                                Messages.text(faces.getViewRoot().getLocale(), "review.fixFields", errors.size()), null));
                    }
                    faces.validationFailed();
                    return;
                }
                if (t instanceof AccessDeniedException denied) {
                    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, denied.getMessage(), null));
                    faces.validationFailed();
                    return;
                }
            }
            if (FormErrors.report("scoringForm", e)) {
                return;
            }
            throw e;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public Map<String, String> getErrors() {
        return errors;
    }
}
