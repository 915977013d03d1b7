package vn.thidua.submission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.common.VietnameseNumbers;
import vn.thidua.criteria.Criterion;
import vn.thidua.plan.Indicator;

/**
 * What a unit may enter for a criterion. A draft may be incomplete but never wrong: out-of-range values are
 * refused at every save. Submitting also needs every answer and the evidence the criterion requires.
 */
public final class AnswerRules {

    static final BigDecimal HUNDRED = new BigDecimal("100");
    static final BigDecimal THOUSAND = new BigDecimal("1000");
    /** The columns hold 19 digits with 4 decimals. */
    static final BigDecimal TOO_LARGE = new BigDecimal("1000000000000000");
    public static final int MAX_COMMENT = 4000;

    private AnswerRules() {
    }

    /**
     * @param complete      whether the answer must be complete (submitting) or may have gaps (a draft)
     * @param evidenceFiles how many evidence files the criterion has
     */
    public static List<AnswerProblem> check(Criterion criterion, Answer answer, boolean complete, int evidenceFiles) {
        Check check = new Check(criterion);
        switch (criterion.getKind()) {
            case NUMERIC_TARGET -> numeric(check, criterion, answer, complete);
            case YES_NO -> {
                if (complete && answer.getYes() == null) {
                    check.add("yes", "answer.error.required");
                }
            }
            case CHECKLIST -> {
                long open = answer.getChecklistAnswers().stream().filter(a -> a == null).count();
                if (answer.checklistLength() > criterion.getItems().size()) {
                    check.add("items", "answer.error.itemCount", criterion.getItems().size());
                } else if (complete && open > 0) {
                    check.add("items", "answer.error.itemsUnanswered", open);
                }
            }
            case SURVEY_PERCENTAGE -> counts(check, answer.getSurveyed(), answer.getSatisfied(), "surveyed", "satisfied",
                    "answer.error.satisfiedAboveSurveyed", "answer.error.noneSurveyed", complete);
            case TASK_COMPLETION -> counts(check, answer.getAssigned(), answer.getCompleted(), "assigned", "completed",
                    "answer.error.completedAboveAssigned", null, complete);
            case BONUS -> {
                BigDecimal claimed = answer.getClaimed();
                if (claimed != null && claimed.signum() < 0) {
                    check.add("claimed", "answer.error.negative");
                } else if (claimed != null && claimed.compareTo(criterion.getMaxPoints()) > 0) {
                    check.add("claimed", "answer.error.claimedAboveMax", VietnameseNumbers.format(criterion.getMaxPoints()));
                }
            }
            case PENALTY -> {
                if (answer.getViolations() != null && answer.getViolations() < 0) {
                    check.add("violations", "answer.error.negative");
                } else if (complete && answer.getViolations() == null) {
                    check.add("violations", "answer.error.required");
                }
            }
        }
        if (answer.getComment() != null && answer.getComment().length() > MAX_COMMENT) {
            check.add("comment", "answer.error.commentTooLong", MAX_COMMENT);
        }
        if (complete && criterion.isEvidenceRequired() && evidenceFiles == 0) {
            check.add("evidence", "answer.error.evidenceRequired");
        }
        return check.problems;
    }

    private static void numeric(Check check, Criterion criterion, Answer answer, boolean complete) {
        Indicator indicator = criterion.getIndicator();
        boolean rate = indicator != null && indicator.isRate();
        if (rate) {
            notNegative(check, "numerator", answer.getNumerator());
            notNegative(check, "denominator", answer.getDenominator());
            if (answer.getDenominator() != null && answer.getDenominator().signum() == 0) {
                check.add("denominator", "answer.error.denominatorZero");
            }
            if (answer.getNumerator() != null ^ answer.getDenominator() != null) {
                check.add(answer.getNumerator() == null ? "numerator" : "denominator", "answer.error.required");
            }
        }
        if (notNegative(check, "value", answer.getValue()) && check.problems.isEmpty()) {
            // the range applies to the value scored: the rate when numerator and denominator give one
            BigDecimal scored = SelfScore.actualValue(criterion, answer);
            String field = rate && answer.getNumerator() != null && answer.getDenominator() != null ? "numerator" : "value";
            String unit = indicator == null || indicator.getUnitOfMeasure() == null ? "" : indicator.getUnitOfMeasure();
            if (scored != null && unit.contains("%") && scored.compareTo(HUNDRED) > 0) {
                check.add(field, "answer.error.percent");
            } else if (scored != null && unit.contains("‰") && scored.compareTo(THOUSAND) > 0) {
                check.add(field, "answer.error.permille");
            }
        }
        if (complete && SelfScore.actualValue(criterion, answer) == null && check.problems.isEmpty()) {
            check.add(rate ? "numerator" : "value", "answer.error.required");
        }
    }

    private static void counts(Check check, Long whole, Long part, String wholeField, String partField, String partAboveKey,
                               String noneKey, boolean complete) {
        boolean ok = notNegative(check, wholeField, whole == null ? null : BigDecimal.valueOf(whole))
                & notNegative(check, partField, part == null ? null : BigDecimal.valueOf(part));
        if (!ok) {
            return;
        }
        if (whole != null && part != null && part > whole) {
            check.add(partField, partAboveKey, part, whole);
        } else if (complete && (whole == null || part == null)) {
            check.add(whole == null ? wholeField : partField, "answer.error.required");
        } else if (complete && noneKey != null && whole == 0) {
            check.add(wholeField, noneKey);
        }
    }

    /** @return false when the value was refused */
    private static boolean notNegative(Check check, String field, BigDecimal value) {
        if (value == null) {
            return true;
        }
        if (value.signum() < 0) {
            check.add(field, "answer.error.negative");
            return false;
        }
        if (value.compareTo(TOO_LARGE) >= 0) {
            check.add(field, "answer.error.tooLarge");
            return false;
        }
        return true;
    }

    private static final class Check {
        private final Criterion criterion;
        private final List<AnswerProblem> problems = new ArrayList<>();

        Check(Criterion criterion) {
            this.criterion = criterion;
        }

        void add(String field, String key, Object... args) {
            problems.add(new AnswerProblem(criterion.getId(), criterion.getCode(), field, key, List.of(args)));
        }
    }
}
