package vn.thidua.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.plan.Direction.HIGHER_IS_BETTER;
import static vn.thidua.plan.Direction.LOWER_IS_BETTER;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thidua.plan.Comparison;
import vn.thidua.plan.Direction;
import vn.thidua.plan.TargetValue;

class CriterionScorerTest {

    private static final BigDecimal TEN = new BigDecimal("10");
    private static final BigDecimal CAP_120 = new BigDecimal("120");
    private static final TargetValue DOCTORS = TargetValue.of(Comparison.GE, new BigDecimal("11.5"));
    private static final TargetValue INFANT_MORTALITY = TargetValue.of(Comparison.LT, new BigDecimal("6.1"));
    private static final TargetValue SATISFACTION = TargetValue.of(Comparison.GE, new BigDecimal("90"));

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static void assertMissing(CriterionScore score) {
        assertThat(score.points()).isEqualByComparingTo("0");
        assertThat(score.achievementPercent()).isNull();
        assertThat(score.met()).isFalse();
        assertThat(score.missing()).isTrue();
    }

    @Nested
    class NumericProportional {

        @Test
        void doctorsBelowTargetEarnTheirShare() {
            CriterionScore score = CriterionScorer.numeric(ScoringRule.proportional(TEN), DOCTORS, HIGHER_IS_BETTER, d("10.2"));
            assertThat(score.achievementPercent()).isEqualByComparingTo("88.70");
            assertThat(score.points()).isEqualByComparingTo("8.87");
            assertThat(score.points().scale()).isEqualTo(2);
            assertThat(score.met()).isFalse();
            assertThat(score.missing()).isFalse();
        }

        @Test
        void infantMortalityAboveTargetEarnsTargetOverActual() {
            CriterionScore score = CriterionScorer.numeric(ScoringRule.proportional(d("5")), INFANT_MORTALITY,
                    LOWER_IS_BETTER, d("7.0"));
            assertThat(score.achievementPercent()).isEqualByComparingTo("87.14");
            assertThat(score.points()).isEqualByComparingTo("4.36"); // 5 × 0,8714 = 4,357
            assertThat(score.met()).isFalse();
        }

        @Test
        void infantMortalityBelowTargetEarnsTheMaximum() {
            CriterionScore score = CriterionScorer.numeric(ScoringRule.proportional(d("5")), INFANT_MORTALITY,
                    LOWER_IS_BETTER, d("5.8"));
            assertThat(score.achievementPercent()).isEqualByComparingTo("100");
            assertThat(score.points()).isEqualByComparingTo("5");
            assertThat(score.met()).isTrue();
        }

        @Test
        void capOf120ShowsTheExtraButPointsNeverExceedTheMaximum() {
            CriterionScore higher = CriterionScorer.numeric(ScoringRule.proportional(TEN, CAP_120), DOCTORS,
                    HIGHER_IS_BETTER, d("13.0"));
            assertThat(higher.achievementPercent()).isEqualByComparingTo("113.04");
            assertThat(higher.points()).isEqualByComparingTo("10");
            assertThat(higher.met()).isTrue();

            CriterionScore lower = CriterionScorer.numeric(ScoringRule.proportional(TEN, CAP_120), INFANT_MORTALITY,
                    LOWER_IS_BETTER, d("4.0"));
            assertThat(lower.achievementPercent()).isEqualByComparingTo("120");
            assertThat(lower.points()).isEqualByComparingTo("10");
        }

        @Test
        void capOf100LimitsTheAchievementShown() {
            CriterionScore score = CriterionScorer.numeric(ScoringRule.proportional(TEN), DOCTORS, HIGHER_IS_BETTER, d("13.0"));
            assertThat(score.achievementPercent()).isEqualByComparingTo("100");
            assertThat(score.points()).isEqualByComparingTo("10");
        }

        @Test
        void actualZero() {
            CriterionScore higher = CriterionScorer.numeric(ScoringRule.proportional(TEN), DOCTORS, HIGHER_IS_BETTER, BigDecimal.ZERO);
            assertThat(higher.achievementPercent()).isEqualByComparingTo("0");
            assertThat(higher.points()).isEqualByComparingTo("0");
            assertThat(higher.met()).isFalse();
            assertThat(higher.missing()).isFalse();

            CriterionScore lower = CriterionScorer.numeric(ScoringRule.proportional(TEN, CAP_120), INFANT_MORTALITY,
                    LOWER_IS_BETTER, BigDecimal.ZERO);
            assertThat(lower.achievementPercent()).isEqualByComparingTo("120");
            assertThat(lower.points()).isEqualByComparingTo("10");
            assertThat(lower.met()).isTrue();
        }

        @Test
        void targetZero() {
            TargetValue noMaternalDeaths = TargetValue.of(Comparison.LE, BigDecimal.ZERO);
            CriterionScore none = CriterionScorer.numeric(ScoringRule.proportional(TEN), noMaternalDeaths, LOWER_IS_BETTER, BigDecimal.ZERO);
            assertThat(none.points()).isEqualByComparingTo("10");
            assertThat(none.met()).isTrue();
            CriterionScore one = CriterionScorer.numeric(ScoringRule.proportional(TEN), noMaternalDeaths, LOWER_IS_BETTER, d("1"));
            assertThat(one.achievementPercent()).isEqualByComparingTo("0");
            assertThat(one.points()).isEqualByComparingTo("0");
            assertThat(one.met()).isFalse();

            TargetValue atLeastZero = TargetValue.of(Comparison.GE, BigDecimal.ZERO);
            CriterionScore higher = CriterionScorer.numeric(ScoringRule.proportional(TEN), atLeastZero, HIGHER_IS_BETTER, BigDecimal.ZERO);
            assertThat(higher.achievementPercent()).isEqualByComparingTo("100");
            assertThat(higher.points()).isEqualByComparingTo("10");
            assertThat(higher.met()).isTrue();
        }

        @Test
        void strictComparisonAtTheTargetShowsHundredPercentButIsNotMet() {
            TargetValue above = TargetValue.of(Comparison.GT, new BigDecimal("11.5"));
            CriterionScore score = CriterionScorer.numeric(ScoringRule.proportional(TEN), above, HIGHER_IS_BETTER, d("11.5"));
            assertThat(score.achievementPercent()).isEqualByComparingTo("100");
            assertThat(score.points()).isEqualByComparingTo("10");
            assertThat(score.met()).isFalse();
        }

        @Test
        void betweenOutsideTheRange() {
            TargetValue range = new TargetValue(Comparison.BETWEEN, d("90"), d("110"));
            CriterionScore score = CriterionScorer.numeric(ScoringRule.proportional(TEN), range, HIGHER_IS_BETTER, d("121"));
            assertThat(score.achievementPercent()).isEqualByComparingTo("90.91");
            assertThat(score.points()).isEqualByComparingTo("9.09");
            assertThat(score.met()).isFalse();
        }

        @Test
        void missingActual() {
            assertMissing(CriterionScorer.numeric(ScoringRule.proportional(TEN), DOCTORS, HIGHER_IS_BETTER, null));
            assertMissing(CriterionScorer.numeric(ScoringRule.allOrNothing(TEN), INFANT_MORTALITY, LOWER_IS_BETTER, null));
        }
    }

    @Nested
    class NumericAllOrNothing {

        @ParameterizedTest(name = "{0} {1} ({2}) with {3} → met {4}")
        @CsvSource({
            "GE, 11.5, HIGHER_IS_BETTER, 11.5, true",
            "GE, 11.5, HIGHER_IS_BETTER, 11.49, false",
            "GT, 11.5, HIGHER_IS_BETTER, 11.51, true",
            "GT, 11.5, HIGHER_IS_BETTER, 11.5, false",
            "LE, 6.1, LOWER_IS_BETTER, 6.1, true",
            "LE, 6.1, LOWER_IS_BETTER, 6.11, false",
            "LT, 6.1, LOWER_IS_BETTER, 6.09, true",
            "LT, 6.1, LOWER_IS_BETTER, 6.1, false",
            "EQ, 100, HIGHER_IS_BETTER, 100, true",
            "EQ, 100, HIGHER_IS_BETTER, 99.9, false",
            "EQ, 0, LOWER_IS_BETTER, 0, true",
            "EQ, 0, LOWER_IS_BETTER, 1, false",
            "LE, 0, LOWER_IS_BETTER, 0, true",
            "GE, 0, HIGHER_IS_BETTER, 0, true"})
        void maximumOnlyWhenTheTargetIsMet(Comparison comparison, String target, Direction direction, String actual,
                boolean met) {
            CriterionScore score = CriterionScorer.numeric(ScoringRule.allOrNothing(TEN),
                    TargetValue.of(comparison, d(target)), direction, d(actual));
            assertThat(score.met()).isEqualTo(met);
            assertThat(score.points()).isEqualByComparingTo(met ? "10" : "0");
            assertThat(score.missing()).isFalse();
        }

        @ParameterizedTest(name = "between 90 and 110 with {0} → met {1}")
        @CsvSource({"90, true", "100, true", "110, true", "89.99, false", "110.01, false"})
        void between(String actual, boolean met) {
            TargetValue range = new TargetValue(Comparison.BETWEEN, d("90"), d("110"));
            CriterionScore score = CriterionScorer.numeric(ScoringRule.allOrNothing(TEN), range, HIGHER_IS_BETTER, d(actual));
            assertThat(score.met()).isEqualTo(met);
            assertThat(score.points()).isEqualByComparingTo(met ? "10" : "0");
        }

        @Test
        void seedExamplesBelowTargetGetNothing() {
            assertThat(CriterionScorer.numeric(ScoringRule.allOrNothing(TEN), DOCTORS, HIGHER_IS_BETTER, d("10.2")).points())
                    .isEqualByComparingTo("0");
            CriterionScore infant = CriterionScorer.numeric(ScoringRule.allOrNothing(TEN), INFANT_MORTALITY,
                    LOWER_IS_BETTER, d("7.0"));
            assertThat(infant.points()).isEqualByComparingTo("0");
            assertThat(infant.achievementPercent()).isEqualByComparingTo("87.14");
        }
    }

    @Nested
    class NumericBands {

        // listed out of order on purpose: the rule sorts them
        private final ScoringRule rule = ScoringRule.bands(TEN, List.of(
                ScoreBand.of("80", "5"), ScoreBand.of("50", "2"), ScoreBand.of("100", "10")));
        private final TargetValue hundred = TargetValue.of(Comparison.GE, d("100"));

        @ParameterizedTest(name = "achievement {0} % → {1} points")
        @CsvSource({
            "49.99, 0", "50, 2", "50.00, 2", "79.99, 2", "80, 5", "99.99, 5", "100, 10", "130, 10", "0, 0"})
        void highestBandReachedWinsAndBoundariesAreInclusive(String actual, String points) {
            CriterionScore score = CriterionScorer.numeric(rule, hundred, HIGHER_IS_BETTER, d(actual));
            assertThat(score.points()).isEqualByComparingTo(points);
        }

        @Test
        void seedExamplesInBands() {
            assertThat(CriterionScorer.numeric(rule, DOCTORS, HIGHER_IS_BETTER, d("10.2")).points())
                    .isEqualByComparingTo("5"); // 88,70 %
            assertThat(CriterionScorer.numeric(rule, INFANT_MORTALITY, LOWER_IS_BETTER, d("7.0")).points())
                    .isEqualByComparingTo("5"); // 87,14 %
            assertThat(CriterionScorer.numeric(rule, INFANT_MORTALITY, LOWER_IS_BETTER, d("12.2")).points())
                    .isEqualByComparingTo("2"); // exactly 50,00 %
            assertThat(CriterionScorer.numeric(rule, INFANT_MORTALITY, LOWER_IS_BETTER, BigDecimal.ZERO).points())
                    .isEqualByComparingTo("10");
        }

        @Test
        void bandsAboveHundredNeedACap() {
            List<ScoreBand> bands = List.of(ScoreBand.of("100", "8"), ScoreBand.of("110", "10"));
            ScoringRule cap100 = ScoringRule.bands(TEN, bands);
            ScoringRule cap120 = ScoringRule.bands(TEN, CAP_120, bands);
            assertThat(CriterionScorer.numeric(cap100, hundred, HIGHER_IS_BETTER, d("115")).points()).isEqualByComparingTo("8");
            assertThat(CriterionScorer.numeric(cap120, hundred, HIGHER_IS_BETTER, d("115")).points()).isEqualByComparingTo("10");
            assertThat(CriterionScorer.numeric(cap120, hundred, HIGHER_IS_BETTER, d("110")).points()).isEqualByComparingTo("10");
            assertThat(CriterionScorer.numeric(cap120, hundred, HIGHER_IS_BETTER, d("109.99")).points()).isEqualByComparingTo("8");
        }
    }

    @Nested
    class YesNo {

        @Test
        void yesGivesTheMaximumNoGivesNothing() {
            CriterionScore yes = CriterionScorer.yesNo(d("5"), true);
            assertThat(yes.points()).isEqualByComparingTo("5");
            assertThat(yes.met()).isTrue();
            assertThat(yes.achievementPercent()).isNull();
            CriterionScore no = CriterionScorer.yesNo(d("5"), false);
            assertThat(no.points()).isEqualByComparingTo("0");
            assertThat(no.met()).isFalse();
            assertThat(no.missing()).isFalse();
        }

        @Test
        void unansweredIsMissing() {
            assertMissing(CriterionScorer.yesNo(d("5"), null));
        }

        @Test
        void maximumMustBePositive() {
            assertThatThrownBy(() -> CriterionScorer.yesNo(BigDecimal.ZERO, true)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CriterionScorer.yesNo(null, true)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Checklist {

        private ChecklistAnswer item(String points, Boolean yes) {
            return new ChecklistAnswer(d(points), yes);
        }

        @Test
        void sumsTheItemsAnsweredYes() {
            // Xanh - Sạch - Đẹp - An toàn
            CriterionScore score = CriterionScorer.checklist(TEN, List.of(
                    item("3", true), item("3", true), item("2", false), item("2", true)));
            assertThat(score.points()).isEqualByComparingTo("8");
            assertThat(score.met()).isFalse();
            assertThat(score.missing()).isFalse();
            assertThat(score.achievementPercent()).isNull();
        }

        @Test
        void allYesIsFullMarksAndMet() {
            CriterionScore score = CriterionScorer.checklist(TEN, List.of(item("2.5", true), item("7.5", true)));
            assertThat(score.points()).isEqualByComparingTo("10");
            assertThat(score.met()).isTrue();
        }

        @Test
        void cappedAtTheMaximum() {
            CriterionScore score = CriterionScorer.checklist(TEN, List.of(item("6", true), item("6", true), item("1", false)));
            assertThat(score.points()).isEqualByComparingTo("10");
            assertThat(score.met()).isTrue();
        }

        @Test
        void unansweredItemsCountAsNoAndFlagTheScoreMissing() {
            CriterionScore score = CriterionScorer.checklist(TEN, List.of(item("3", true), item("3", null), item("4", true)));
            assertThat(score.points()).isEqualByComparingTo("7");
            assertThat(score.missing()).isTrue();
            assertThat(score.met()).isFalse();
            CriterionScore none = CriterionScorer.checklist(TEN, List.of(item("5", null), item("5", null)));
            assertThat(none.points()).isEqualByComparingTo("0");
            assertThat(none.missing()).isTrue();
        }

        @Test
        void noAnswersAtAllIsMissing() {
            assertMissing(CriterionScorer.checklist(TEN, null));
            assertMissing(CriterionScorer.checklist(TEN, List.of()));
        }

        @Test
        void itemPointsMustBeGivenAndNotNegative() {
            assertThatThrownBy(() -> CriterionScorer.checklist(TEN, List.of(item("-1", true))))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CriterionScorer.checklist(TEN, Arrays.asList(new ChecklistAnswer(null, true))))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Survey {

        @Test
        void patientSatisfactionAboveTarget() {
            // ≥ 90 %, 423 of 450 satisfied = 94 %
            assertThat(CriterionScorer.percentage(423, 450)).isEqualByComparingTo("94.00");
            CriterionScore score = CriterionScorer.survey(ScoringRule.proportional(TEN), SATISFACTION, 450L, 423L);
            assertThat(score.achievementPercent()).isEqualByComparingTo("100"); // 104,44 % capped at 100
            assertThat(score.points()).isEqualByComparingTo("10");
            assertThat(score.met()).isTrue();
            assertThat(score.missing()).isFalse();

            CriterionScore cap120 = CriterionScorer.survey(ScoringRule.proportional(TEN, CAP_120), SATISFACTION, 450L, 423L);
            assertThat(cap120.achievementPercent()).isEqualByComparingTo("104.44");
            assertThat(cap120.points()).isEqualByComparingTo("10");
        }

        @Test
        void patientSatisfactionBelowTarget() {
            // 400 of 450 = 88,89 %; 88,89 ÷ 90 = 98,77 %
            CriterionScore proportional = CriterionScorer.survey(ScoringRule.proportional(TEN), SATISFACTION, 450L, 400L);
            assertThat(proportional.achievementPercent()).isEqualByComparingTo("98.77");
            assertThat(proportional.points()).isEqualByComparingTo("9.88");
            assertThat(proportional.met()).isFalse();
            CriterionScore allOrNothing = CriterionScorer.survey(ScoringRule.allOrNothing(TEN), SATISFACTION, 450L, 400L);
            assertThat(allOrNothing.points()).isEqualByComparingTo("0");
        }

        @Test
        void exactlyAtTargetIsMet() {
            CriterionScore score = CriterionScorer.survey(ScoringRule.allOrNothing(TEN), SATISFACTION, 450L, 405L);
            assertThat(score.met()).isTrue();
            assertThat(score.points()).isEqualByComparingTo("10");
        }

        @Test
        void nobodySatisfied() {
            CriterionScore score = CriterionScorer.survey(ScoringRule.proportional(TEN), SATISFACTION, 450L, 0L);
            assertThat(score.points()).isEqualByComparingTo("0");
            assertThat(score.achievementPercent()).isEqualByComparingTo("0");
            assertThat(score.missing()).isFalse();
        }

        @Test
        void satisfiedAboveSurveyedIsRejectedWithAMessageKey() {
            assertThatThrownBy(() -> CriterionScorer.survey(ScoringRule.proportional(TEN), SATISFACTION, 450L, 451L))
                    .isInstanceOf(IllegalArgumentException.class)
                    .isInstanceOfSatisfying(ScoringInputException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("score.satisfiedAboveSurveyed");
                        assertThat(e.args()).containsExactly("451", "450");
                    });
        }

        @Test
        void negativeCountsAreRejected() {
            assertThatThrownBy(() -> CriterionScorer.survey(ScoringRule.proportional(TEN), SATISFACTION, 450L, -1L))
                    .isInstanceOfSatisfying(ScoringInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("score.negativeCount"));
        }

        @Test
        void missingOrNobodySurveyedIsMissing() {
            assertMissing(CriterionScorer.survey(ScoringRule.proportional(TEN), SATISFACTION, null, 423L));
            assertMissing(CriterionScorer.survey(ScoringRule.proportional(TEN), SATISFACTION, 450L, null));
            assertMissing(CriterionScorer.survey(ScoringRule.proportional(TEN), SATISFACTION, 0L, 0L));
        }

        @Test
        void percentageRoundsHalfUp() {
            assertThat(CriterionScorer.percentage(2, 3)).isEqualByComparingTo("66.67");
            assertThat(CriterionScorer.percentage(1, 8)).isEqualByComparingTo("12.50");
            assertThat(CriterionScorer.percentage(1, 1600)).isEqualByComparingTo("0.06"); // 0,0625
        }
    }

    @Nested
    class TaskCompletion {

        @Test
        void allTasksDoneOnTime() {
            CriterionScore score = CriterionScorer.taskCompletion(ScoringRule.allOrNothing(d("20")), 12L, 12L);
            assertThat(score.achievementPercent()).isEqualByComparingTo("100");
            assertThat(score.points()).isEqualByComparingTo("20");
            assertThat(score.met()).isTrue();
        }

        @Test
        void someTasksLate() {
            CriterionScore proportional = CriterionScorer.taskCompletion(ScoringRule.proportional(d("20")), 12L, 9L);
            assertThat(proportional.achievementPercent()).isEqualByComparingTo("75");
            assertThat(proportional.points()).isEqualByComparingTo("15");
            assertThat(proportional.met()).isFalse();
            assertThat(CriterionScorer.taskCompletion(ScoringRule.allOrNothing(d("20")), 12L, 9L).points())
                    .isEqualByComparingTo("0");
            ScoringRule bands = ScoringRule.bands(d("20"), List.of(ScoreBand.of("75", "10"), ScoreBand.of("100", "20")));
            assertThat(CriterionScorer.taskCompletion(bands, 12L, 9L).points()).isEqualByComparingTo("10");
        }

        @Test
        void ownTarget() {
            TargetValue eighty = TargetValue.of(Comparison.GE, d("80"));
            CriterionScore score = CriterionScorer.taskCompletion(ScoringRule.proportional(d("20"), CAP_120), eighty, 10L, 9L);
            assertThat(score.achievementPercent()).isEqualByComparingTo("112.50");
            assertThat(score.points()).isEqualByComparingTo("20");
            assertThat(score.met()).isTrue();
        }

        @Test
        void completedAboveAssignedIsRejected() {
            assertThatThrownBy(() -> CriterionScorer.taskCompletion(ScoringRule.proportional(TEN), 5L, 6L))
                    .isInstanceOfSatisfying(ScoringInputException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("score.completedAboveAssigned");
                        assertThat(e.args()).containsExactly("6", "5");
                    });
        }

        @Test
        void missingOrNothingAssignedIsMissing() {
            assertMissing(CriterionScorer.taskCompletion(ScoringRule.proportional(TEN), null, 3L));
            assertMissing(CriterionScorer.taskCompletion(ScoringRule.proportional(TEN), 3L, null));
            assertMissing(CriterionScorer.taskCompletion(ScoringRule.proportional(TEN), 0L, 0L));
        }
    }

    @Nested
    class Bonus {

        @ParameterizedTest(name = "claimed {0} of at most 5 → {1}")
        @CsvSource({"3, 3, true", "5, 5, true", "7, 5, true", "0, 0, false", "-2, 0, false", "2.345, 2.35, true"})
        void clampedToZeroAndTheMaximum(String claimed, String points, boolean met) {
            CriterionScore score = CriterionScorer.bonus(d("5"), d(claimed));
            assertThat(score.points()).isEqualByComparingTo(points);
            assertThat(score.met()).isEqualTo(met);
            assertThat(score.missing()).isFalse();
        }

        @Test
        void missingClaim() {
            assertMissing(CriterionScorer.bonus(d("5"), null));
        }
    }

    @Nested
    class Penalty {

        @Test
        void violationsTimesPointsIsANegativeContribution() {
            CriterionScore score = CriterionScorer.penalty(TEN, d("2"), 3L);
            assertThat(score.points()).isEqualByComparingTo("-6");
            assertThat(score.met()).isFalse();
            assertThat(score.achievementPercent()).isNull();
        }

        @Test
        void cappedAtTheMaximum() {
            assertThat(CriterionScorer.penalty(TEN, d("2"), 7L).points()).isEqualByComparingTo("-10");
            assertThat(CriterionScorer.penalty(TEN, d("2"), 5L).points()).isEqualByComparingTo("-10");
        }

        @Test
        void noViolationIsMet() {
            CriterionScore score = CriterionScorer.penalty(TEN, d("2"), 0L);
            assertThat(score.points()).isEqualByComparingTo("0");
            assertThat(score.met()).isTrue();
            assertThat(score.missing()).isFalse();
        }

        @Test
        void missingCount() {
            assertMissing(CriterionScorer.penalty(TEN, d("2"), null));
        }

        @Test
        void negativeCountOrPointsAreRejected() {
            assertThatThrownBy(() -> CriterionScorer.penalty(TEN, d("2"), -1L)).isInstanceOf(ScoringInputException.class);
            assertThatThrownBy(() -> CriterionScorer.penalty(TEN, d("-2"), 1L)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Rules {

        @Test
        void defaultCapIsHundredAndBandsAreSorted() {
            ScoringRule rule = new ScoringRule(ScoringMethod.BANDS, TEN, null,
                    List.of(ScoreBand.of("80", "5"), ScoreBand.of("50", "2")));
            assertThat(rule.capPercent()).isEqualByComparingTo("100");
            assertThat(rule.bands()).extracting(ScoreBand::minAchievementPercent)
                    .usingElementComparator(BigDecimal::compareTo).containsExactly(d("50"), d("80"));
            assertThat(ScoringRule.proportional(TEN).bands()).isEmpty();
        }

        @Test
        void invalidRulesAreRejected() {
            assertThatThrownBy(() -> ScoringRule.proportional(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ScoringRule.proportional(TEN, d("99"))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ScoringRule.bands(TEN, List.of())).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new ScoringRule(ScoringMethod.PROPORTIONAL, TEN, null, List.of(ScoreBand.of("50", "5"))))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ScoringRule.bands(TEN, List.of(ScoreBand.of("50", "11"))))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ScoringRule.bands(TEN, List.of(ScoreBand.of("50", "2"), ScoreBand.of("50", "3"))))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ScoringRule.bands(TEN, List.of(ScoreBand.of("50", "6"), ScoreBand.of("80", "3"))))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ScoreBand.of("-1", "3")).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
