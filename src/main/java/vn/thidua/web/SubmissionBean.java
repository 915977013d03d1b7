package vn.thidua.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.primefaces.event.FileUploadEvent;
import vn.thidua.common.InvalidInputException;
import vn.thidua.common.Messages;
import vn.thidua.common.VietnameseNumbers;
import vn.thidua.criteria.Criterion;
import vn.thidua.criteria.CriterionKind;
import vn.thidua.criteria.CriterionScore;
import vn.thidua.criteria.CriterionScorer;
import vn.thidua.plan.PlanTask;
import vn.thidua.plan.TargetText;
import vn.thidua.plan.TargetValue;
import vn.thidua.submission.Answer;
import vn.thidua.submission.AnswerProblem;
import vn.thidua.submission.Evidence;
import vn.thidua.submission.EvidenceService;
import vn.thidua.submission.SelfScore;
import vn.thidua.submission.SheetChange;
import vn.thidua.submission.Submission;
import vn.thidua.submission.SubmissionAction;
import vn.thidua.submission.SubmissionEvent;
import vn.thidua.submission.SubmissionService;
import vn.thidua.submission.SubmissionSheetService;
import vn.thidua.submission.SubmissionVersion;
import vn.thidua.submission.TaskProgress;
import vn.thidua.submission.TaskReport;

/**
 * A unit's submission form: /submission/submission.xhtml?id=… — the inputs each criterion asks for, the self-score
 * computed live, evidence per criterion, the Excel round trip, and the workflow buttons the caller may use.
 */
@Named
@ViewScoped
public class SubmissionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One criterion of the form with the answer being typed. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Criterion criterion;
        private final Answer answer;
        private final List<Item> items = new ArrayList<>();

        Row(Criterion criterion, Answer answer) {
            this.criterion = criterion;
            this.answer = answer;
            if (answer != null) {
                List<Boolean> yes = answer.getChecklistAnswers();
                for (int i = 0; i < yes.size(); i++) {
                    items.add(new Item(criterion.getItems().get(i).getText(), criterion.getItems().get(i).getPoints(), yes.get(i)));
                }
            }
        }

        /** The answer with the checklist items written back. */
        Answer typed() {
            answer.setChecklistAnswers(items.stream().map(Item::getYes).toList());
            return answer;
        }

        public Criterion getCriterion() {
            return criterion;
        }

        public Answer getAnswer() {
            return answer;
        }

        public List<Item> getItems() {
            return items;
        }

        public boolean isRate() {
            return criterion.getIndicator() != null && criterion.getIndicator().isRate();
        }
    }

    /** One checklist item with its answer. */
    public static class Item implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String text;
        private final BigDecimal points;
        private Boolean yes;

        Item(String text, BigDecimal points, Boolean yes) {
            this.text = text;
            this.points = points;
            this.yes = yes;
        }

        public String getText() {
            return text;
        }

        public BigDecimal getPoints() {
            return points;
        }

        public Boolean getYes() {
            return yes;
        }

        public void setYes(Boolean yes) {
            this.yes = yes;
        }
    }

    /** A plan task the unit leads, with the progress being typed. */
    public static class TaskRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long taskId;
        private final String code;
        private final String content;
        private final String due;
        private TaskProgress progress;
        private String note;

        TaskRow(PlanTask task, TaskReport report) {
            taskId = task.getId();
            code = task.getCode();
            content = task.getContent();
            due = task.getDueText();
            progress = report == null ? TaskProgress.NOT_STARTED : report.getProgress();
            note = report == null ? null : report.getNote();
        }

        public String getCode() {
            return code;
        }

        public String getContent() {
            return content;
        }

        public String getDue() {
            return due;
        }

        public TaskProgress getProgress() {
            return progress;
        }

        public void setProgress(TaskProgress progress) {
            this.progress = progress;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    @Inject
    private transient SubmissionService submissions;
    @Inject
    private transient EvidenceService evidenceService;
    @Inject
    private transient SubmissionSheetService sheets;

    private Long id;
    private String narrative;
    private long version;
    private List<TaskRow> tasks;
    // records read again when the view comes back from another node of the cluster (typed but unsaved figures
    // then come back with the next full postback of the form)
    private transient Submission submission;
    private transient List<Row> rows;
    private transient List<SubmissionEvent> history;
    private transient List<SubmissionVersion> versions;
    private transient Set<SubmissionAction> allowed;
    private transient SelfScore score;
    private transient List<Evidence> evidence;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String returnReason;
    private LocalDate reopenUntil;
    private byte[] sheetUpload;
    private String sheetName;
    private transient SubmissionSheetService.Preview sheetPreview;

    public void load() {
        submission = null;
        rows = null;
        allowed = null;
        evidence = null;
        score = null;
        narrative = getSubmission().getNarrative();
        version = getSubmission().getVersion();
        Map<Long, TaskReport> reports = submissions.taskReports(getSubmission());
        tasks = submissions.tasksOf(getSubmission()).stream().map(t -> new TaskRow(t, reports.get(t.getId()))).toList();
        reopenUntil = SubmissionService.today().plusDays(7);
        recalculate();
    }

    public Submission getSubmission() {
        if (submission == null) {
            submission = submissions.find(id);
        }
        return submission;
    }

    public List<Row> getRows() {
        if (rows == null) {
            Map<Long, Answer> answers = submissions.answerCopies(getSubmission());
            rows = submissions.criteriaOf(getSubmission()).stream().map(c -> new Row(c, answers.get(c.getId()))).toList();
        }
        return rows;
    }

    private Set<SubmissionAction> allowed() {
        if (allowed == null) {
            allowed = submissions.allowedActions(getSubmission());
        }
        return allowed;
    }

    private List<Evidence> evidence() {
        if (evidence == null) {
            evidence = submissions.evidence(getSubmission());
        }
        return evidence;
    }

    public SelfScore getScore() {
        if (score == null) {
            recalculate();
        }
        return score;
    }

    /** Scores what is typed now, criterion by criterion; called on every change. */
    public void recalculate() {
        if (!tasks.isEmpty()) {
            long onTime = tasks.stream().filter(t -> t.getProgress() != null && t.getProgress().isCompletedOnTime()).count();
            getRows().stream().filter(r -> r.getCriterion().getKind() == CriterionKind.TASK_COMPLETION).forEach(r -> {
                r.getAnswer().setAssigned((long) tasks.size());
                r.getAnswer().setCompleted(onTime);
            });
        }
        score = submissions.selfScore(getSubmission(), typedAnswers());
    }

    public void save() {
        if (attempt(() -> submissions.saveDraft(id, version, narrative, typedAnswers(), taskUpdates()))) {
            FormErrors.info("submission.saved");
            reload();
        }
    }

    public void submit() {
        if (!saveQuietly()) {
            return;
        }
        if (attempt(() -> submissions.submit(id, version))) {
            FormErrors.info("submission.submittedMessage");
            reload();
        }
    }

    public void returnForRevision() {
        if (attempt(() -> submissions.returnForRevision(id, version, returnReason))) {
            FormErrors.info("submission.returnedMessage");
            returnReason = null;
            reload();
        }
    }

    public void accept() {
        if (attempt(() -> submissions.accept(id, version))) {
            FormErrors.info("submission.acceptedMessage");
            reload();
        }
    }

    public void reopen() {
        if (attempt(() -> submissions.reopen(getSubmission().getPlan().getId(), getSubmission().getUnit().getId(), getSubmission().getYear(), reopenUntil))) {
            FormErrors.info("submission.reopenedMessage");
            reload();
        }
    }

    public void uploadEvidence(FileUploadEvent event) {
        Object criterionId = event.getComponent().getAttributes().get("criterionId");
        Long criterion = criterionId == null || criterionId.toString().isBlank() ? null : Long.valueOf(criterionId.toString());
        try (InputStream in = event.getFile().getInputStream()) {
            boolean stored = attempt(() -> evidenceService.upload(id, criterion, in, event.getFile().getFileName()));
            if (stored) {
                evidence = null;
                followOwnChange();
                FormErrors.info("evidence.uploaded", event.getFile().getFileName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void removeEvidence(Evidence file) {
        if (attempt(() -> evidenceService.remove(id, file.getId()))) {
            evidence = null;
            followOwnChange();
        }
    }

    public void uploadSheet(FileUploadEvent event) {
        sheetUpload = event.getFile().getContent();
        sheetName = event.getFile().getFileName();
        sheetPreview = null;
        FormErrors.attemptValue("submissionForm", () -> sheets.preview(id, sheetUpload)).ifPresent(p -> sheetPreview = p);
    }

    public void confirmSheet() {
        if (attempt(() -> sheets.confirm(id, version, sheetUpload))) {
            FormErrors.info("sheet.saved");
            cancelSheet();
            reload();
        }
    }

    public void cancelSheet() {
        sheetUpload = null;
        sheetName = null;
        sheetPreview = null;
    }

    // ------------------------------------------------------------------ for the page

    public boolean can(String action) {
        return allowed().contains(SubmissionAction.valueOf(action));
    }

    public boolean isEditable() {
        return can("EDIT");
    }

    public CriterionScore scoreOf(Row row) {
        return getScore().scoreOf(row.getCriterion());
    }

    public BigDecimal pointsOf(Row row) {
        return getScore().pointsOf(row.getCriterion());
    }

    /** The value scored for a numeric criterion: the rate computed from numerator and denominator, or the value typed. */
    /**
     * What the typed figures come to: for a numeric criterion the value scored (the rate from numerator and
     * denominator), for a survey satisfied ÷ surveyed and for tasks completed ÷ assigned in percent; null when open.
     */
    public BigDecimal actualOf(Row row) {
        Answer a = row.typed();
        return switch (row.getCriterion().getKind()) {
            case NUMERIC_TARGET -> SelfScore.actualValue(row.getCriterion(), a);
            case SURVEY_PERCENTAGE -> share(a.getSatisfied(), a.getSurveyed());
            case TASK_COMPLETION -> share(a.getCompleted(), a.getAssigned());
            default -> null;
        };
    }

    private static BigDecimal share(Long part, Long whole) {
        return part == null || whole == null || whole <= 0 || part < 0 || part > whole ? null : CriterionScorer.percentage(part, whole);
    }

    public String targetOf(Row row) {
        TargetValue target = row.getCriterion().targetFor(getSubmission().getYear());
        return target == null ? "" : TargetText.format(target);
    }

    public String error(Row row, String field) {
        return errors.get("answers[" + row.getCriterion().getId() + "]." + field);
    }

    public List<Evidence> evidenceOf(Row row) {
        return evidence().stream().filter(e -> e.getCriterion() != null && e.getCriterion().getId().equals(row.getCriterion().getId())).toList();
    }

    public List<Evidence> getGeneralEvidence() {
        return evidence().stream().filter(e -> e.getCriterion() == null).toList();
    }

    public String evidenceUrl(Evidence file) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/submissions/" + id
                + "/evidence/" + file.getId();
    }

    public String getSheetUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/submissions/" + id + "/sheet";
    }

    public List<SubmissionEvent> getHistory() {
        if (history == null) {
            history = submissions.history(id);
        }
        return history;
    }

    public List<SubmissionVersion> getVersions() {
        if (versions == null) {
            versions = submissions.versions(id);
        }
        return versions;
    }

    public LocalDate getDeadline() {
        return submissions.deadline(getSubmission());
    }

    public LocalDate getCutoff() {
        return submissions.cutoff(getSubmission());
    }

    public int getMaxMb() {
        return evidenceService.getMaxMb();
    }

    public long getMaxBytes() {
        return evidenceService.maxBytes();
    }

    /** A value read from the Excel form as the page shows it: 8,25; Có/Không; — for empty. */
    public String display(Object value) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (value == null) {
            return "—";
        }
        if (value instanceof Boolean yes) {
            return Messages.text(faces.getViewRoot().getLocale(), yes ? "common.yes" : "common.no");
        }
        if (value instanceof BigDecimal number) {
            return VietnameseNumbers.format(number);
        }
        if (value instanceof Long count) {
            return VietnameseNumbers.format(BigDecimal.valueOf(count));
        }
        return value.toString();
    }

    public List<SheetChange> getSheetChanges() {
        return sheetPreview == null ? List.of() : sheetPreview.changes();
    }

    // ------------------------------------------------------------------ internals

    private Map<Long, SubmissionService.TaskUpdate> taskUpdates() {
        Map<Long, SubmissionService.TaskUpdate> updates = new LinkedHashMap<>();
        tasks.forEach(t -> updates.put(t.taskId, new SubmissionService.TaskUpdate(t.getProgress(), t.getNote())));
        return updates;
    }

    private Map<Long, Answer> typedAnswers() {
        Map<Long, Answer> typed = new LinkedHashMap<>();
        getRows().stream().filter(r -> r.getAnswer() != null).forEach(r -> typed.put(r.getCriterion().getId(), r.typed()));
        return typed;
    }

    /**
     * Attaching or removing a file counts as a change of the report (its version rises by one); the form follows
     * its own change but still notices anyone else's.
     */
    private void followOwnChange() {
        long now = submissions.find(id).getVersion();
        if (now == version + 1) {
            version = now;
        }
    }

    private boolean saveQuietly() {
        if (!isEditable()) {
            return true;
        }
        Optional<Submission> saved = attemptValue(() -> submissions.saveDraft(id, version, narrative, typedAnswers(), taskUpdates()));
        saved.ifPresent(s -> version = s.getVersion());
        return saved.isPresent();
    }

    /** Runs a change; refusals of single fields go beside them, the rest to the top of the page. */
    private boolean attempt(Runnable change) {
        return attemptValue(() -> {
            change.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    private <T> Optional<T> attemptValue(Supplier<T> change) {
        errors.clear();
        try {
            return Optional.of(change.get());
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof InvalidInputException invalid) {
                    FacesContext faces = FacesContext.getCurrentInstance();
                    invalid.fieldErrors().forEach((field, message) -> {
                        if (field.startsWith("answers[")) {
                            errors.put(field, message);
                        } else {
                            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
                        }
                    });
                    if (!errors.isEmpty()) {
                        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                                Messages.text(faces.getViewRoot().getLocale(), "submission.fixFields", errors.size()), null));
                    }
                    faces.validationFailed();
                    return Optional.empty();
                }
            }
            if (FormErrors.report("submissionForm", e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private void reload() {
        errors.clear();
        history = null;
        versions = null;
        load();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }


    public List<TaskRow> getTasks() {
        return tasks;
    }

    public TaskProgress[] getProgressChoices() {
        return TaskProgress.values();
    }


    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }


    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }

    public LocalDate getReopenUntil() {
        return reopenUntil;
    }

    public void setReopenUntil(LocalDate reopenUntil) {
        this.reopenUntil = reopenUntil;
    }

    public String getSheetName() {
        return sheetName;
    }

    public SubmissionSheetService.Preview getSheetPreview() {
        return sheetPreview;
    }

    public Map<String, String> getErrors() {
        return errors;
    }
}
