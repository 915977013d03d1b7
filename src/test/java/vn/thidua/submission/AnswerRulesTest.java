package vn.thidua.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.common.Messages;
import vn.thidua.criteria.ChecklistItem;
import vn.thidua.criteria.Criterion;
import vn.thidua.criteria.CriterionKind;
import vn.thidua.plan.Direction;
import vn.thidua.plan.Indicator;

class AnswerRulesTest {

    private static final long ID = 42L;
    private static final String CODE = "1.3";

    // ------------------------------------------------------------------ helpers

    private static Criterion criterion(CriterionKind kind, String maxPoints) {
        return TestIds.withId(new Criterion(null, null, 3, CODE, "Tiêu chí", kind, new BigDecimal(maxPoints)), ID);
    }

    private static Criterion numeric(Indicator indicator) {
        Criterion c = criterion(CriterionKind.NUMERIC_TARGET, "10");
        c.setIndicator(indicator);
        return c;
    }

    /** A plain indicator with a unit of measure. */
    private static Indicator indicator(String unitOfMeasure) {
        Indicator i = new Indicator(null, 1, "1", "Tỷ lệ", Direction.HIGHER_IS_BETTER);
        i.setUnitOfMeasure(unitOfMeasure);
        return i;
    }

    /** Doctors per 10,000 people: a rate from a numerator and a denominator. */
    private static Indicator rate() {
        Indicator i = new Indicator(null, 1, "1", "Số bác sỹ/10.000 dân", Direction.HIGHER_IS_BETTER);
        i.setUnitOfMeasure("bác sỹ/10.000 dân");
        i.setNumeratorLabel("Số bác sỹ");
        i.setDenominatorLabel("Dân số");
        i.setMultiplier(new BigDecimal("10000"));
        return i;
    }

    private static Answer answer(Criterion c) {
        return new Answer(null, c);
    }

    private static Answer value(Criterion c, String value) {
        Answer a = answer(c);
        a.setValue(value == null ? null : new BigDecimal(value));
        return a;
    }

    private static Answer fraction(Criterion c, String numerator, String denominator) {
        Answer a = answer(c);
        a.setNumerator(numerator == null ? null : new BigDecimal(numerator));
        a.setDenominator(denominator == null ? null : new BigDecimal(denominator));
        return a;
    }

    private static List<AnswerProblem> draft(Criterion c, Answer a) {
        return AnswerRules.check(c, a, false, 0);
    }

    private static List<AnswerProblem> submitting(Criterion c, Answer a) {
        return AnswerRules.check(c, a, true, 0);
    }

    /** The problems as (field, key, args). */
    private static List<Tuple> found(List<AnswerProblem> problems) {
        return problems.stream().map(p -> tuple(p.field(), p.key(), p.args())).toList();
    }

    private static Tuple problem(String field, String key, Object... args) {
        return tuple(field, key, List.of(args));
    }

    // ------------------------------------------------------------------ numeric target

    @Nested
    class NumericTarget {

        @Test
        void aPercentIndicatorRefusesAValueAbove100() {
            Criterion c = numeric(indicator("%"));

            assertThat(found(draft(c, value(c, "100.01")))).containsExactly(problem("value", "answer.error.percent"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"100", "100.0000", "0", "99.99"})
        void aPercentIndicatorAccepts0To100Inclusive(String v) {
            Criterion c = numeric(indicator("%"));

            assertThat(draft(c, value(c, v))).isEmpty();
            assertThat(submitting(c, value(c, v))).isEmpty();
        }

        @Test
        void aUnitThatMerelyContainsThePercentSignIsAPercentUnit() {
            Criterion c = numeric(indicator("Tỷ lệ %"));

            assertThat(found(draft(c, value(c, "101")))).containsExactly(problem("value", "answer.error.percent"));
        }

        @Test
        void aPerMilleIndicatorAcceptsUpTo1000AndRefusesMore() {
            Criterion c = numeric(indicator("‰"));

            assertThat(draft(c, value(c, "1000"))).isEmpty();
            assertThat(draft(c, value(c, "150.5"))).as("above 100 is fine per mille").isEmpty();
            assertThat(found(draft(c, value(c, "1000.01")))).containsExactly(problem("value", "answer.error.permille"));
        }

        @Test
        void anIndicatorWithoutAPercentUnitHasNoUpperBoundBelowTheColumnLimit() {
            Criterion count = numeric(indicator("giường"));
            Criterion noUnit = numeric(indicator(null));
            Criterion noIndicator = numeric(null);

            assertThat(draft(count, value(count, "12500"))).isEmpty();
            assertThat(draft(noUnit, value(noUnit, "12500"))).isEmpty();
            assertThat(draft(noIndicator, value(noIndicator, "12500"))).isEmpty();
        }

        @Test
        void aNumberTooLargeForTheColumnIsRefused() {
            Criterion c = numeric(indicator("giường"));

            assertThat(draft(c, value(c, "999999999999999.9999"))).as("19 digits, 4 decimals").isEmpty();
            assertThat(found(draft(c, value(c, "1000000000000000")))).containsExactly(problem("value", "answer.error.tooLarge"));
        }

        @Test
        void aNegativeValueIsRefusedOnceEvenForAPercent() {
            Criterion c = numeric(indicator("%"));

            assertThat(found(draft(c, value(c, "-0.5")))).containsExactly(problem("value", "answer.error.negative"));
            assertThat(found(submitting(c, value(c, "-0.5"))))
                    .as("no 'required' on top of the refusal").containsExactly(problem("value", "answer.error.negative"));
        }

        @Test
        void aNegativeNumeratorOrDenominatorIsRefused() {
            Criterion c = numeric(rate());

            assertThat(found(draft(c, fraction(c, "-1", "1000000"))))
                    .containsExactly(problem("numerator", "answer.error.negative"));
            assertThat(found(draft(c, fraction(c, "1150", "-1000000"))))
                    .containsExactly(problem("denominator", "answer.error.negative"));
        }

        @Test
        void aDenominatorOf0IsRefused() {
            Criterion c = numeric(rate());

            assertThat(found(draft(c, fraction(c, "1150", "0"))))
                    .containsExactly(problem("denominator", "answer.error.denominatorZero"));
            assertThat(found(submitting(c, fraction(c, "1150", "0"))))
                    .as("not also 'required' although no rate can be computed")
                    .containsExactly(problem("denominator", "answer.error.denominatorZero"));
        }

        @Test
        void aNumeratorWithoutDenominatorIsRefusedEvenInADraft() {
            Criterion c = numeric(rate());

            assertThat(found(draft(c, fraction(c, "1150", null))))
                    .containsExactly(problem("denominator", "answer.error.required"));
        }

        @Test
        void aDenominatorWithoutNumeratorIsRefusedEvenInADraft() {
            Criterion c = numeric(rate());

            assertThat(found(draft(c, fraction(c, null, "1000000"))))
                    .containsExactly(problem("numerator", "answer.error.required"));
        }

        @Test
        void aCompleteRateNeedsNumeratorAndDenominatorOrAValue() {
            Criterion c = numeric(rate());

            assertThat(draft(c, fraction(c, null, null))).isEmpty();
            assertThat(found(submitting(c, fraction(c, null, null))))
                    .containsExactly(problem("numerator", "answer.error.required"));
            assertThat(submitting(c, fraction(c, "1150", "1000000"))).isEmpty();
            assertThat(submitting(c, value(c, "11.5"))).as("a typed value is enough").isEmpty();
        }

        @Test
        void aCompleteValueIsRequiredForANonRateIndicator() {
            Criterion c = numeric(indicator("%"));

            assertThat(draft(c, value(c, null))).isEmpty();
            assertThat(found(submitting(c, value(c, null)))).containsExactly(problem("value", "answer.error.required"));
        }

        @Test
        void numeratorAndDenominatorAreIgnoredWhenTheIndicatorIsNotARate() {
            Criterion c = numeric(indicator("giường"));

            assertThat(draft(c, fraction(c, "-1", "0")))
                    .as("only a rate indicator uses numerator and denominator").isEmpty();
        }

        @Test
        void aPercentRateAbove100IsRefusedLikeATypedPercent() {
            Indicator stations = indicator("%");
            stations.setNumeratorLabel("Số trạm y tế có bác sĩ");
            stations.setDenominatorLabel("Số trạm y tế");
            stations.setMultiplier(new BigDecimal("100"));
            Criterion c = numeric(stations);
            Answer a = fraction(c, "12", "10");
            assertThat(SelfScore.actualValue(c, a)).as("the value scored").isEqualByComparingTo("120");

            assertThat(draft(c, a)).extracting(AnswerProblem::field, AnswerProblem::key)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("numerator", "answer.error.percent"));
        }
    }

    // ------------------------------------------------------------------ survey and task counts

    @Nested
    class SurveyPercentage {

        private final Criterion c = criterion(CriterionKind.SURVEY_PERCENTAGE, "10");

        private Answer counts(Long surveyed, Long satisfied) {
            Answer a = answer(c);
            a.setSurveyed(surveyed);
            a.setSatisfied(satisfied);
            return a;
        }

        @Test
        void satisfiedAboveSurveyedIsRefusedWithBothCounts() {
            assertThat(found(draft(c, counts(450L, 451L))))
                    .containsExactly(problem("satisfied", "answer.error.satisfiedAboveSurveyed", 451L, 450L));
        }

        @Test
        void satisfiedEqualToSurveyedIsFine() {
            assertThat(submitting(c, counts(450L, 450L))).isEmpty();
        }

        @Test
        void negativeCountsAreRefusedEachOnItsField() {
            assertThat(found(draft(c, counts(-1L, 5L)))).containsExactly(problem("surveyed", "answer.error.negative"));
            assertThat(found(draft(c, counts(5L, -1L)))).containsExactly(problem("satisfied", "answer.error.negative"));
            assertThat(found(draft(c, counts(-3L, -4L)))).as("both reported, nothing else")
                    .containsExactly(problem("surveyed", "answer.error.negative"), problem("satisfied", "answer.error.negative"));
        }

        @Test
        void nobodySurveyedIsRefusedOnlyWhenSubmitting() {
            assertThat(draft(c, counts(0L, 0L))).isEmpty();
            assertThat(found(submitting(c, counts(0L, 0L)))).containsExactly(problem("surveyed", "answer.error.noneSurveyed"));
        }

        @Test
        void submittingNeedsBothCounts() {
            assertThat(draft(c, counts(450L, null))).isEmpty();
            assertThat(found(submitting(c, counts(450L, null)))).containsExactly(problem("satisfied", "answer.error.required"));
            assertThat(found(submitting(c, counts(null, 423L)))).containsExactly(problem("surveyed", "answer.error.required"));
            assertThat(found(submitting(c, counts(null, null)))).containsExactly(problem("surveyed", "answer.error.required"));
        }
    }

    @Nested
    class TaskCompletion {

        private final Criterion c = criterion(CriterionKind.TASK_COMPLETION, "10");

        private Answer counts(Long assigned, Long completed) {
            Answer a = answer(c);
            a.setAssigned(assigned);
            a.setCompleted(completed);
            return a;
        }

        @Test
        void completedAboveAssignedIsRefusedWithBothCounts() {
            assertThat(found(draft(c, counts(12L, 13L))))
                    .containsExactly(problem("completed", "answer.error.completedAboveAssigned", 13L, 12L));
        }

        @Test
        void negativeCountsAreRefused() {
            assertThat(found(draft(c, counts(-1L, 0L)))).containsExactly(problem("assigned", "answer.error.negative"));
            assertThat(found(draft(c, counts(3L, -1L)))).containsExactly(problem("completed", "answer.error.negative"));
        }

        @Test
        void submittingNeedsBothCounts() {
            assertThat(draft(c, counts(null, null))).isEmpty();
            assertThat(found(submitting(c, counts(12L, null)))).containsExactly(problem("completed", "answer.error.required"));
            assertThat(found(submitting(c, counts(null, null)))).containsExactly(problem("assigned", "answer.error.required"));
        }

        @Test
        void noTaskAssignedMayBeSubmittedUnlikeNobodySurveyed() {
            assertThat(submitting(c, counts(0L, 0L))).isEmpty();
        }
    }

    // ------------------------------------------------------------------ bonus and penalty

    @Nested
    class Bonus {

        private final Criterion c = criterion(CriterionKind.BONUS, "2.5");

        private Answer claimed(String points) {
            Answer a = answer(c);
            a.setClaimed(new BigDecimal(points));
            return a;
        }

        @Test
        void claimingAboveTheMaximumIsRefusedWithTheMaximumInVietnamese() {
            assertThat(found(draft(c, claimed("2.51")))).containsExactly(problem("claimed", "answer.error.claimedAboveMax", "2,5"));
        }

        @Test
        void claimingTheMaximumOr0IsFine() {
            assertThat(submitting(c, claimed("2.5"))).isEmpty();
            assertThat(submitting(c, claimed("0"))).isEmpty();
        }

        @Test
        void aNegativeClaimIsRefused() {
            assertThat(found(draft(c, claimed("-1")))).containsExactly(problem("claimed", "answer.error.negative"));
        }

        @Test
        void aBonusMayBeLeftEmptyEvenWhenSubmitting() {
            assertThat(submitting(c, answer(c))).isEmpty();
        }
    }

    @Nested
    class Penalty {

        private final Criterion c = criterion(CriterionKind.PENALTY, "5");

        private Answer violations(Long n) {
            Answer a = answer(c);
            a.setViolations(n);
            return a;
        }

        @Test
        void negativeViolationsAreRefusedEvenInADraft() {
            assertThat(found(draft(c, violations(-1L)))).containsExactly(problem("violations", "answer.error.negative"));
            assertThat(found(submitting(c, violations(-1L)))).containsExactly(problem("violations", "answer.error.negative"));
        }

        @Test
        void missingViolationsAreRefusedOnlyWhenSubmitting() {
            assertThat(draft(c, violations(null))).isEmpty();
            assertThat(found(submitting(c, violations(null)))).containsExactly(problem("violations", "answer.error.required"));
        }

        @Test
        void noViolationIsAnAnswer() {
            assertThat(submitting(c, violations(0L))).isEmpty();
        }
    }

    // ------------------------------------------------------------------ yes/no and checklist

    @Test
    void anUnansweredYesNoIsRefusedOnlyWhenSubmitting() {
        Criterion c = criterion(CriterionKind.YES_NO, "2");
        Answer no = answer(c);
        no.setYes(false);

        assertThat(draft(c, answer(c))).isEmpty();
        assertThat(found(submitting(c, answer(c)))).containsExactly(problem("yes", "answer.error.required"));
        assertThat(submitting(c, no)).as("no is an answer").isEmpty();
    }

    @Test
    void unansweredChecklistItemsAreRefusedOnlyWhenSubmittingWithTheirCount() {
        Criterion c = checklist();
        Answer partly = answer(c);
        partly.setChecklistAnswers(Arrays.asList(true, null, null));

        assertThat(draft(c, partly)).isEmpty();
        assertThat(found(submitting(c, partly))).containsExactly(problem("items", "answer.error.itemsUnanswered", 2L));
        assertThat(found(submitting(c, answer(c)))).as("none answered")
                .containsExactly(problem("items", "answer.error.itemsUnanswered", 3L));
    }

    @Test
    void aFullyAnsweredChecklistMaySayNo() {
        Criterion c = checklist();
        Answer all = answer(c);
        all.setChecklistAnswers(List.of(true, false, false));

        assertThat(submitting(c, all)).isEmpty();
    }

    private static Criterion checklist() {
        Criterion c = criterion(CriterionKind.CHECKLIST, "6");
        c.getItems().add(new ChecklistItem("Có kế hoạch năm", new BigDecimal("2")));
        c.getItems().add(new ChecklistItem("Có sơ kết 6 tháng", new BigDecimal("2")));
        c.getItems().add(new ChecklistItem("Có biển báo cấm hút thuốc lá", new BigDecimal("2")));
        return c;
    }

    // ------------------------------------------------------------------ every kind: evidence, comment, drafts

    @Test
    void evidenceIsRequiredOnlyWhenSubmittingWithoutAnyFile() {
        Criterion c = criterion(CriterionKind.YES_NO, "2");
        c.setEvidenceRequired(true);
        Answer yes = answer(c);
        yes.setYes(true);

        assertThat(AnswerRules.check(c, yes, false, 0)).as("a draft").isEmpty();
        assertThat(found(AnswerRules.check(c, yes, true, 0))).containsExactly(problem("evidence", "answer.error.evidenceRequired"));
        assertThat(AnswerRules.check(c, yes, true, 1)).as("one file is enough").isEmpty();
    }

    @Test
    void noEvidenceIsNeededWhenTheCriterionDoesNotRequireIt() {
        Criterion c = criterion(CriterionKind.YES_NO, "2");
        Answer yes = answer(c);
        yes.setYes(true);

        assertThat(AnswerRules.check(c, yes, true, 0)).isEmpty();
    }

    @Test
    void aCommentLongerThan4000CharactersIsRefusedEvenInADraft() {
        Criterion c = criterion(CriterionKind.PENALTY, "5");
        Answer a = answer(c);
        a.setComment("x".repeat(4000));
        assertThat(draft(c, a)).isEmpty();

        a.setComment("x".repeat(4001));
        assertThat(found(draft(c, a))).containsExactly(problem("comment", "answer.error.commentTooLong", 4000));
    }

    @ParameterizedTest
    @EnumSource(CriterionKind.class)
    void anEmptyDraftHasNoProblemsWhateverTheKind(CriterionKind kind) {
        Criterion c = criterion(kind, "5");
        c.setEvidenceRequired(true);
        if (kind == CriterionKind.NUMERIC_TARGET) {
            c.setIndicator(rate());
        } else if (kind == CriterionKind.CHECKLIST) {
            c.getItems().add(new ChecklistItem("Có kế hoạch năm", new BigDecimal("2")));
        }

        assertThat(AnswerRules.check(c, answer(c), false, 0)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "NUMERIC_TARGET, value",
            "YES_NO, yes",
            "CHECKLIST, items",
            "SURVEY_PERCENTAGE, surveyed",
            "TASK_COMPLETION, assigned",
            "PENALTY, violations"})
    void submittingAnEmptyAnswerNamesTheFieldToFillIn(CriterionKind kind, String field) {
        Criterion c = criterion(kind, "5");
        if (kind == CriterionKind.CHECKLIST) {
            c.getItems().add(new ChecklistItem("Có kế hoạch năm", new BigDecimal("2")));
        }

        assertThat(submitting(c, answer(c))).singleElement().extracting(AnswerProblem::field).isEqualTo(field);
    }

    @Test
    void aProblemCarriesTheCriterionIdAndCode() {
        Criterion c = criterion(CriterionKind.YES_NO, "2");

        assertThat(submitting(c, answer(c))).singleElement().satisfies(p -> {
            assertThat(p.criterionId()).isEqualTo(ID);
            assertThat(p.criterionCode()).isEqualTo(CODE);
        });
    }

    @Test
    void severalProblemsOfOneAnswerAreAllReported() {
        Criterion c = criterion(CriterionKind.PENALTY, "5");
        c.setEvidenceRequired(true);
        Answer a = answer(c);
        a.setComment("x".repeat(4001));

        assertThat(found(submitting(c, a))).containsExactly(
                problem("violations", "answer.error.required"),
                problem("comment", "answer.error.commentTooLong", 4000),
                problem("evidence", "answer.error.evidenceRequired"));
    }

    @Test
    void everyMessageKeyExistsInVietnameseAndEnglish() {
        List<String> keys = List.of("answer.error.required", "answer.error.itemsUnanswered",
                "answer.error.satisfiedAboveSurveyed", "answer.error.completedAboveAssigned", "answer.error.noneSurveyed",
                "answer.error.negative", "answer.error.tooLarge", "answer.error.claimedAboveMax",
                "answer.error.commentTooLong", "answer.error.evidenceRequired", "answer.error.denominatorZero",
                "answer.error.percent", "answer.error.permille");
        for (String key : keys) {
            assertThat(Messages.vietnamese(key)).as(key).doesNotStartWith("???");
            assertThat(Messages.text(Locale.ENGLISH, key)).as(key).doesNotStartWith("???");
        }
        assertThat(Messages.vietnamese("answer.error.satisfiedAboveSurveyed", 451L, 450L))
                .isEqualTo("Số hài lòng (451) không được lớn hơn số được khảo sát (450).");
    }
}
