package vn.thidua.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.common.InvalidInputException;
import vn.thidua.common.Messages;
import vn.thidua.common.TableText;
import vn.thidua.criteria.Criterion;
import vn.thidua.plan.Indicator;

/**
 * The Excel round trip of a unit's form: download it pre-filled, fill it offline, upload it, see every change and
 * every bad cell, and only then save it as a draft. A row's key is the criterion's code and the input
 * ("1.3:numerator", "2:item:4"), so a user may reorder rows.
 */
@ApplicationScoped
public class SubmissionSheetService {

    static final String NARRATIVE = "narrative";

    /** What an upload would change, and everything wrong with it; nothing is saved. */
    public record Preview(List<SheetChange> changes, List<String> problems) {

        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    @Inject
    private SubmissionService submissions;

    @Inject
    private Messages messages;

    public byte[] download(long submissionId) {
        Submission submission = submissions.find(submissionId);
        String title = messages.get("sheet.title", submission.getYear(), submission.getUnit().getName(),
                submission.getPlan().getNumberSymbol());
        return SubmissionSheet.write(title, SheetLabels.from(messages::get),
                fields(submission, submissions.answerCopies(submission), submission.getNarrative()));
    }

    /** Reads an upload against the submission as it is now; refuses what the unit may not edit. */
    public Preview preview(long submissionId, byte[] xlsx) {
        Submission submission = submissions.find(submissionId);
        submissions.allow(SubmissionAction.EDIT, submissions.situation(submission));
        Reading reading = read(submission, xlsx);
        List<String> problems = new ArrayList<>();
        for (SheetProblem p : reading.sheet().problems()) {
            problems.add(messages.get("sheet.error.row", p.rowNumber(), messages.get(p.messageKey(), p.args().toArray())));
        }
        Map<String, Criterion> byCode = codes(submission);
        for (AnswerProblem p : submissions.problems(submission, reading.answers(), false)) {
            Criterion c = byCode.get(p.criterionCode());
            problems.add(messages.get("sheet.error.criterion", p.criterionCode(), c == null ? "" : c.getName(),
                    submissions.describe(p)));
        }
        return new Preview(reading.sheet().changes(), problems);
    }

    /** Saves the upload as the draft, refusing it whole while any cell is bad. */
    public Submission confirm(long submissionId, Long version, byte[] xlsx) {
        Submission submission = submissions.find(submissionId);
        Reading reading = read(submission, xlsx);
        if (reading.sheet().hasProblems()) {
            throw InvalidInputException.of("file", messages.get("sheet.error.hasProblems", reading.sheet().problems().size()));
        }
        return submissions.saveDraft(submissionId, version, reading.narrative(), reading.answers());
    }

    private record Reading(SheetReading sheet, Map<Long, Answer> answers, String narrative) {
    }

    private Reading read(Submission submission, byte[] xlsx) {
        Map<Long, Answer> answers = submissions.answerCopies(submission);
        List<SheetField> fields = fields(submission, answers, submission.getNarrative());
        SheetReading sheet;
        try {
            sheet = SubmissionSheet.read(new ByteArrayInputStream(xlsx), fields);
        } catch (IllegalArgumentException unreadable) {
            String key = unreadable.getMessage();
            throw InvalidInputException.of("file", TableText.TOO_LARGE.equals(key)
                    ? messages.get(key, TableText.MAX_ROWS, TableText.MAX_COLUMNS) : messages.get(TableText.NOT_XLSX));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Criterion> byCode = codes(submission);
        String narrative = submission.getNarrative();
        for (SheetChange change : sheet.changes()) {
            if (change.key().equals(NARRATIVE)) {
                narrative = (String) change.after();
                continue;
            }
            String[] parts = change.key().split(":");
            Answer answer = answers.get(byCode.get(parts[0]).getId());
            apply(answer, parts, change.after());
        }
        return new Reading(sheet, answers, narrative);
    }

    private static void apply(Answer answer, String[] key, Object value) {
        switch (key[1]) {
            case "value" -> answer.setValue((BigDecimal) value);
            case "numerator" -> answer.setNumerator((BigDecimal) value);
            case "denominator" -> answer.setDenominator((BigDecimal) value);
            case "yes" -> answer.setYes((Boolean) value);
            case "item" -> {
                List<Boolean> items = new ArrayList<>(answer.getChecklistAnswers());
                items.set(Integer.parseInt(key[2]) - 1, (Boolean) value);
                answer.setChecklistAnswers(items);
            }
            case "surveyed" -> answer.setSurveyed((Long) value);
            case "satisfied" -> answer.setSatisfied((Long) value);
            case "assigned" -> answer.setAssigned((Long) value);
            case "completed" -> answer.setCompleted((Long) value);
            case "violations" -> answer.setViolations((Long) value);
            case "claimed" -> answer.setClaimed((BigDecimal) value);
            case "comment" -> answer.setComment((String) value);
            default -> throw new IllegalStateException("unknown field " + key[1]);
        }
    }

    private List<SheetField> fields(Submission submission, Map<Long, Answer> answers, String narrative) {
        List<SheetField> fields = new ArrayList<>();
        boolean countedFromTasks = !submissions.tasksOf(submission).isEmpty();
        for (Criterion c : submissions.criteriaOf(submission)) {
            if (c.isGroup()) {
                continue;
            }
            Answer a = answers.get(c.getId());
            String section = c.getCode() + " " + c.getName();
            String k = c.getCode() + ":";
            switch (c.getKind()) {
                case NUMERIC_TARGET -> {
                    Indicator i = c.getIndicator();
                    if (i != null && i.isRate()) {
                        fields.add(new SheetField(k + "numerator", section, messages.get("sheet.field.numerator", i.getNumeratorLabel()),
                                FieldType.DECIMAL, a.getNumerator()));
                        fields.add(new SheetField(k + "denominator", section, messages.get("sheet.field.denominator",
                                i.getDenominatorLabel()), FieldType.DECIMAL, a.getDenominator()));
                    }
                    String unit = i == null || i.getUnitOfMeasure() == null ? "" : " (" + i.getUnitOfMeasure() + ")";
                    fields.add(new SheetField(k + "value", section, messages.get("sheet.field.value") + unit, FieldType.DECIMAL,
                            a.getValue()));
                }
                case YES_NO -> fields.add(new SheetField(k + "yes", section, messages.get("sheet.field.yes"), FieldType.YES_NO, a.getYes()));
                case CHECKLIST -> {
                    List<Boolean> yes = a.getChecklistAnswers();
                    for (int item = 0; item < yes.size(); item++) {
                        fields.add(new SheetField(k + "item:" + (item + 1), section, (item + 1) + ". " + c.getItems().get(item).getText(),
                                FieldType.YES_NO, yes.get(item)));
                    }
                }
                case SURVEY_PERCENTAGE -> {
                    fields.add(new SheetField(k + "surveyed", section, messages.get("sheet.field.surveyed"), FieldType.COUNT, a.getSurveyed()));
                    fields.add(new SheetField(k + "satisfied", section, messages.get("sheet.field.satisfied"), FieldType.COUNT, a.getSatisfied()));
                }
                case TASK_COMPLETION -> {
                    if (!countedFromTasks) { // a unit leading plan tasks reports them on the page; the counts follow
                        fields.add(new SheetField(k + "assigned", section, messages.get("sheet.field.assigned"), FieldType.COUNT, a.getAssigned()));
                        fields.add(new SheetField(k + "completed", section, messages.get("sheet.field.completed"), FieldType.COUNT, a.getCompleted()));
                    }
                }
                case PENALTY -> fields.add(new SheetField(k + "violations", section, messages.get("sheet.field.violations"),
                        FieldType.COUNT, a.getViolations()));
                case BONUS -> fields.add(new SheetField(k + "claimed", section, messages.get("sheet.field.claimed"), FieldType.DECIMAL,
                        a.getClaimed()));
            }
            fields.add(new SheetField(k + "comment", section, messages.get("sheet.field.comment"), FieldType.TEXT, a.getComment()));
        }
        fields.add(new SheetField(NARRATIVE, messages.get("sheet.field.narrative"), messages.get("sheet.field.narrative"),
                FieldType.TEXT, narrative));
        return fields;
    }

    private Map<String, Criterion> codes(Submission submission) {
        Map<String, Criterion> byCode = new LinkedHashMap<>();
        submissions.criteriaOf(submission).forEach(c -> byCode.put(c.getCode(), c));
        return byCode;
    }
}
