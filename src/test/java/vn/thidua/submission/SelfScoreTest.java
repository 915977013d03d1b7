package vn.thidua.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.criteria.ChecklistItem;
import vn.thidua.criteria.Criterion;
import vn.thidua.criteria.CriterionKind;
import vn.thidua.criteria.CriterionScore;
import vn.thidua.criteria.ScoringFramework;
import vn.thidua.criteria.UnitTotal;
import vn.thidua.org.UnitType;
import vn.thidua.plan.Comparison;
import vn.thidua.plan.Direction;
import vn.thidua.plan.Indicator;
import vn.thidua.plan.TargetValue;
import vn.thidua.plan.YearTarget;

/**
 * A small hospital framework:
 * <pre>
 * 1     Chuyên môn (group)
 * 1.1     doctors per 10,000 people, a rate; ≥ 11,5 in 2025, ≥ 12,5 in 2026       max 10
 * 1.2     checklist of three items of 2 points                                   max 6
 * 1.3     Quản lý (sub-group)
 * 1.3.1     yes/no                                                               max 2
 * 2     Hài lòng và nhiệm vụ (group)
 * 2.1     patient satisfaction ≥ 90 %, proportional                              max 10
 * 2.2     tasks completed on time (≥ 100 % by default)                           max 5
 * 3     bonus                                                                    max 2
 * 4     penalty, 2 points per violation                                          max 5
 * </pre>
 */
class SelfScoreTest {

    private final ScoringFramework framework = new ScoringFramework(null, "Bảng điểm bệnh viện", UnitType.HOSPITAL, 1,
            new BigDecimal("33"));
    private final Indicator doctors = doctorsPer10000();

    private final Criterion expertise = criterion(1, null, "1", "Chuyên môn", null, "16");
    private final Criterion doctorRate = criterion(2, expertise, "1.1", "Số bác sỹ/10.000 dân", CriterionKind.NUMERIC_TARGET, "10");
    private final Criterion checklist = criterion(3, expertise, "1.2", "Các nội dung thực hiện", CriterionKind.CHECKLIST, "6");
    private final Criterion management = criterion(4, expertise, "1.3", "Quản lý", null, "2");
    private final Criterion plan = criterion(5, management, "1.3.1", "Có kế hoạch năm", CriterionKind.YES_NO, "2");
    private final Criterion satisfactionAndTasks = criterion(6, null, "2", "Hài lòng và nhiệm vụ", null, "15");
    private final Criterion survey = criterion(7, satisfactionAndTasks, "2.1", "Tỷ lệ người bệnh hài lòng", CriterionKind.SURVEY_PERCENTAGE, "10");
    private final Criterion tasks = criterion(8, satisfactionAndTasks, "2.2", "Nhiệm vụ hoàn thành đúng hạn", CriterionKind.TASK_COMPLETION, "5");
    private final Criterion bonus = criterion(9, null, "3", "Điểm thưởng", CriterionKind.BONUS, "2");
    private final Criterion penalty = criterion(10, null, "4", "Điểm trừ", CriterionKind.PENALTY, "5");

    private final List<Criterion> criteria = List.of(expertise, doctorRate, checklist, management, plan,
            satisfactionAndTasks, survey, tasks, bonus, penalty);

    SelfScoreTest() {
        doctorRate.setIndicator(doctors);
        for (String item : List.of("Có kế hoạch năm", "Có sơ kết 6 tháng", "Có biển báo cấm hút thuốc lá")) {
            checklist.getItems().add(new ChecklistItem(item, new BigDecimal("2")));
        }
        survey.setTarget(TargetValue.of(Comparison.GE, new BigDecimal("90")));
        penalty.setPointsPerViolation(new BigDecimal("2"));
    }

    private static Indicator doctorsPer10000() {
        Indicator i = new Indicator(null, 1, "1", "Số bác sỹ/10.000 dân", Direction.HIGHER_IS_BETTER);
        i.setUnitOfMeasure("bác sỹ/10.000 dân");
        i.setNumeratorLabel("Số bác sỹ");
        i.setDenominatorLabel("Dân số");
        i.setMultiplier(new BigDecimal("10000"));
        i.getTargets().add(new YearTarget(2024, true, TargetValue.of(Comparison.EQ, new BigDecimal("9.8")), "Thực hiện 2024"));
        i.getTargets().add(new YearTarget(2025, false, TargetValue.of(Comparison.GE, new BigDecimal("11.5")), "2025"));
        i.getTargets().add(new YearTarget(2026, false, TargetValue.of(Comparison.GE, new BigDecimal("12.5")), "2026"));
        return i;
    }

    private Criterion criterion(long id, Criterion parent, String code, String name, CriterionKind kind, String max) {
        return TestIds.withId(new Criterion(framework, parent, (int) id, code, name, kind, new BigDecimal(max)), id);
    }

    // ------------------------------------------------------------------ answers

    private static Answer doctorsAnswer(Criterion c, String doctors, String people) {
        Answer a = new Answer(null, c);
        a.setNumerator(new BigDecimal(doctors));
        a.setDenominator(new BigDecimal(people));
        return a;
    }

    private Answer checklistAnswer(Boolean... yes) {
        Answer a = new Answer(null, checklist);
        a.setChecklistAnswers(Arrays.asList(yes));
        return a;
    }

    private Answer yesNo(Boolean yes) {
        Answer a = new Answer(null, plan);
        a.setYes(yes);
        return a;
    }

    private Answer surveyAnswer(long surveyed, long satisfied) {
        Answer a = new Answer(null, survey);
        a.setSurveyed(surveyed);
        a.setSatisfied(satisfied);
        return a;
    }

    private Answer tasksAnswer(long assigned, long completed) {
        Answer a = new Answer(null, tasks);
        a.setAssigned(assigned);
        a.setCompleted(completed);
        return a;
    }

    private Answer bonusAnswer(String claimed) {
        Answer a = new Answer(null, bonus);
        a.setClaimed(new BigDecimal(claimed));
        return a;
    }

    private Answer penaltyAnswer(long violations) {
        Answer a = new Answer(null, penalty);
        a.setViolations(violations);
        return a;
    }

    /** Every criterion answered. */
    private Map<Long, Answer> fullAnswers() {
        Map<Long, Answer> answers = new HashMap<>();
        answers.put(doctorRate.getId(), doctorsAnswer(doctorRate, "1150", "1000000")); // 11,5 per 10,000
        answers.put(checklist.getId(), checklistAnswer(true, false, true)); // 2 + 2
        answers.put(plan.getId(), yesNo(true));
        answers.put(survey.getId(), surveyAnswer(500, 400)); // 80 %
        answers.put(tasks.getId(), tasksAnswer(12, 9)); // 75 %
        answers.put(bonus.getId(), bonusAnswer("1.5"));
        answers.put(penalty.getId(), penaltyAnswer(2)); // 2 × 2
        return answers;
    }

    // ------------------------------------------------------------------ per criterion

    @Test
    void aRateIsScoredAgainstTheIndicatorsTargetForTheYear() {
        SelfScore in2025 = SelfScore.of(criteria, fullAnswers(), 2025);
        SelfScore in2026 = SelfScore.of(criteria, fullAnswers(), 2026);

        assertThat(in2025.scoreOf(doctorRate)).as("11,5 against ≥ 11,5")
                .isEqualTo(new CriterionScore(new BigDecimal("10.00"), new BigDecimal("100.00"), true, false));
        assertThat(in2026.scoreOf(doctorRate)).as("11,5 against ≥ 12,5: 92 % of 10 points")
                .isEqualTo(new CriterionScore(new BigDecimal("9.20"), new BigDecimal("92.00"), false, false));
    }

    @Test
    void aChecklistScoresThePointsOfTheItemsAnsweredYes() {
        CriterionScore score = SelfScore.of(criteria, fullAnswers(), 2025).scoreOf(checklist);

        assertThat(score.points()).isEqualByComparingTo("4.00");
        assertThat(score.met()).as("6 needed for full marks").isFalse();
        assertThat(score.missing()).isFalse();
    }

    @Test
    void aSurveyIsProportionalToItsOwnTargetOf90Percent() {
        CriterionScore score = SelfScore.of(criteria, fullAnswers(), 2025).scoreOf(survey);

        // 400 of 500 = 80 %; 80 ÷ 90 = 88,89 %; 10 × 88,89 % = 8,889 → 8,89
        assertThat(score.achievementPercent()).isEqualByComparingTo("88.89");
        assertThat(score.points()).isEqualByComparingTo("8.89");
        assertThat(score.met()).isFalse();
    }

    @Test
    void aFullySatisfiedSurveyAboveTheTargetGetsNoMoreThanTheMaximum() {
        Map<Long, Answer> answers = fullAnswers();
        answers.put(survey.getId(), surveyAnswer(450, 441)); // 98 %

        CriterionScore score = SelfScore.of(criteria, answers, 2025).scoreOf(survey);

        assertThat(score.points()).isEqualByComparingTo("10.00");
        assertThat(score.achievementPercent()).isEqualByComparingTo("100.00");
        assertThat(score.met()).isTrue();
    }

    @Test
    void aTaskCriterionWithoutATargetExpectsEveryTaskDone() {
        CriterionScore score = SelfScore.of(criteria, fullAnswers(), 2025).scoreOf(tasks);

        // 9 of 12 = 75 % of ≥ 100 %; 5 × 75 % = 3,75
        assertThat(score.achievementPercent()).isEqualByComparingTo("75.00");
        assertThat(score.points()).isEqualByComparingTo("3.75");
    }

    @Test
    void aPenaltyDeductsPointsPerViolationUpToItsMaximum() {
        Map<Long, Answer> answers = fullAnswers();
        assertThat(SelfScore.of(criteria, answers, 2025).pointsOf(penalty)).isEqualByComparingTo("-4.00");

        answers.put(penalty.getId(), penaltyAnswer(3)); // 6 → at most 5
        assertThat(SelfScore.of(criteria, answers, 2025).pointsOf(penalty)).isEqualByComparingTo("-5.00");

        answers.put(penalty.getId(), penaltyAnswer(0));
        assertThat(SelfScore.of(criteria, answers, 2025).scoreOf(penalty))
                .isEqualTo(new CriterionScore(new BigDecimal("0.00"), null, true, false));
    }

    @Test
    void aPenaltyWithoutPointsPerViolationDeductsItsMaximumForOneViolation() {
        penalty.setPointsPerViolation(null);
        Map<Long, Answer> answers = fullAnswers();
        answers.put(penalty.getId(), penaltyAnswer(1));

        assertThat(SelfScore.of(criteria, answers, 2025).pointsOf(penalty)).isEqualByComparingTo("-5.00");
    }

    @Test
    void aBonusIsClampedToItsMaximum() {
        Map<Long, Answer> answers = fullAnswers();
        assertThat(SelfScore.of(criteria, answers, 2025).pointsOf(bonus)).isEqualByComparingTo("1.50");

        answers.put(bonus.getId(), bonusAnswer("3"));
        assertThat(SelfScore.of(criteria, answers, 2025).pointsOf(bonus)).isEqualByComparingTo("2.00");
    }

    // ------------------------------------------------------------------ groups and total

    @Test
    void aGroupsPointsAreTheSumOfItsScoredDescendants() {
        SelfScore score = SelfScore.of(criteria, fullAnswers(), 2025);

        assertThat(score.pointsOf(management)).as("1.3 = 1.3.1").isEqualByComparingTo("2.00");
        assertThat(score.pointsOf(expertise)).as("1.1 + 1.2 + 1.3.1 = 10 + 4 + 2").isEqualByComparingTo("16.00");
        assertThat(score.pointsOf(satisfactionAndTasks)).as("2.1 + 2.2 = 8,89 + 3,75").isEqualByComparingTo("12.64");
    }

    @Test
    void aGroupHasNoScoreOfItsOwn() {
        SelfScore score = SelfScore.of(criteria, fullAnswers(), 2025);

        assertThat(score.scoreOf(expertise)).isNull();
        assertThat(score.scoreOf(management)).isNull();
    }

    @Test
    void theTotalIsCriteriaPlusBonusPlusPenalty() {
        UnitTotal total = SelfScore.of(criteria, fullAnswers(), 2025).total();

        assertThat(total.criteriaPoints()).as("16 + 12,64").isEqualByComparingTo("28.64");
        assertThat(total.bonusPoints()).isEqualByComparingTo("1.50");
        assertThat(total.penaltyPoints()).isEqualByComparingTo("-4.00");
        assertThat(total.total()).as("28,64 + 1,5 − 4").isEqualByComparingTo("26.14");
    }

    @Test
    void theTotalNeverFallsBelow0() {
        Map<Long, Answer> answers = new HashMap<>();
        answers.put(checklist.getId(), checklistAnswer(true, false, false)); // 2
        answers.put(penalty.getId(), penaltyAnswer(5)); // −5

        UnitTotal total = SelfScore.of(criteria, answers, 2025).total();

        assertThat(total.criteriaPoints()).isEqualByComparingTo("2.00");
        assertThat(total.penaltyPoints()).isEqualByComparingTo("-5.00");
        assertThat(total.total()).isEqualByComparingTo("0.00");
    }

    // ------------------------------------------------------------------ missing and impossible input

    @Test
    void aMissingAnswerScores0AndIsFlaggedMissing() {
        Map<Long, Answer> answers = fullAnswers();
        answers.remove(checklist.getId());
        answers.remove(plan.getId());

        SelfScore score = SelfScore.of(criteria, answers, 2025);

        assertThat(score.scoreOf(checklist)).isEqualTo(CriterionScore.missingValue());
        assertThat(score.scoreOf(plan)).isEqualTo(CriterionScore.missingValue());
        assertThat(score.pointsOf(expertise)).as("only 1.1 left").isEqualByComparingTo("10.00");
        assertThat(score.total().total()).as("26,14 − 4 − 2").isEqualByComparingTo("20.14");
    }

    @Test
    void noAnswersAtAllScore0() {
        SelfScore score = SelfScore.of(criteria, Map.of(), 2025);

        assertThat(criteria.stream().filter(c -> !c.isGroup()).map(score::scoreOf))
                .hasSize(7).allSatisfy(s -> assertThat(s.missing()).isTrue());
        assertThat(score.total().total()).isEqualByComparingTo("0.00");
    }

    @Test
    void anAnswerWithBlankFieldsScoresAsMissing() {
        Map<Long, Answer> answers = fullAnswers();
        answers.put(doctorRate.getId(), new Answer(null, doctorRate));
        answers.put(survey.getId(), new Answer(null, survey));

        SelfScore score = SelfScore.of(criteria, answers, 2025);

        assertThat(score.scoreOf(doctorRate).missing()).isTrue();
        assertThat(score.scoreOf(survey).missing()).isTrue();
    }

    @Test
    void uncompletedChecklistItemsStillCountTheYesItemsButAreFlaggedMissing() {
        Map<Long, Answer> answers = fullAnswers();
        answers.put(checklist.getId(), checklistAnswer(true, null, true));

        CriterionScore score = SelfScore.of(criteria, answers, 2025).scoreOf(checklist);

        assertThat(score.points()).isEqualByComparingTo("4.00");
        assertThat(score.missing()).isTrue();
    }

    @Test
    void satisfiedAboveSurveyedScoresAsMissingInsteadOfThrowing() {
        Map<Long, Answer> answers = fullAnswers();
        answers.put(survey.getId(), surveyAnswer(450, 451));

        SelfScore score = SelfScore.of(criteria, answers, 2025);

        assertThat(score.scoreOf(survey)).isEqualTo(CriterionScore.missingValue());
        assertThat(score.pointsOf(satisfactionAndTasks)).as("only the tasks' 3,75").isEqualByComparingTo("3.75");
    }

    @Test
    void completedAboveAssignedOrNegativeViolationsScoreAsMissingInsteadOfThrowing() {
        Map<Long, Answer> answers = fullAnswers();
        answers.put(tasks.getId(), tasksAnswer(12, 13));
        answers.put(penalty.getId(), penaltyAnswer(-1));

        SelfScore score = SelfScore.of(criteria, answers, 2025);

        assertThat(score.scoreOf(tasks)).isEqualTo(CriterionScore.missingValue());
        assertThat(score.scoreOf(penalty)).isEqualTo(CriterionScore.missingValue());
    }

    @Test
    void aNumericCriterionWithoutATargetForTheYearScoresAsMissing() {
        doctors.getTargets().removeIf(t -> !t.isBaseline());

        CriterionScore score = SelfScore.of(criteria, fullAnswers(), 2025).scoreOf(doctorRate);

        assertThat(score).as("a baseline is not a target").isEqualTo(CriterionScore.missingValue());
    }

    @Test
    void aCriterionNotInTheListHasNoPoints() {
        SelfScore score = SelfScore.of(List.of(satisfactionAndTasks, survey, tasks), fullAnswers(), 2025);

        assertThat(score.pointsOf(doctorRate)).isNull();
        assertThat(score.scoreOf(doctorRate)).isNull();
        assertThat(score.total().total()).as("8,89 + 3,75").isEqualByComparingTo("12.64");
    }

    // ------------------------------------------------------------------ targets and actual values

    @Test
    void theTargetOfAYearIsTheIndicatorsTargetForThatYear() {
        assertThat(doctorRate.targetFor(2025)).isEqualTo(TargetValue.of(Comparison.GE, new BigDecimal("11.5")));
        assertThat(doctorRate.targetFor(2026)).isEqualTo(TargetValue.of(Comparison.GE, new BigDecimal("12.5")));
        assertThat(doctorRate.targetFor(2024)).as("not the 2024 baseline but the next target")
                .isEqualTo(TargetValue.of(Comparison.GE, new BigDecimal("11.5")));
        assertThat(doctorRate.targetFor(2027)).as("after the last target, the last one")
                .isEqualTo(TargetValue.of(Comparison.GE, new BigDecimal("12.5")));
    }

    @Test
    void aCriterionsOwnTargetOverridesItsIndicators() {
        doctorRate.setTarget(TargetValue.of(Comparison.GE, new BigDecimal("10")));

        assertThat(doctorRate.targetFor(2026)).isEqualTo(TargetValue.of(Comparison.GE, new BigDecimal("10")));
        assertThat(SelfScore.of(criteria, fullAnswers(), 2026).pointsOf(doctorRate)).isEqualByComparingTo("10.00");
    }

    @Test
    void theActualValueOfARateIsNumeratorOverDenominatorTimesTheMultiplier() {
        Answer a = doctorsAnswer(doctorRate, "1150", "1000000");

        assertThat(SelfScore.actualValue(doctorRate, a)).isEqualByComparingTo("11.5");
    }

    @Test
    void theRateIsPreferredOverATypedValue() {
        Answer a = doctorsAnswer(doctorRate, "1150", "1000000");
        a.setValue(new BigDecimal("99"));

        assertThat(SelfScore.actualValue(doctorRate, a)).isEqualByComparingTo("11.5");
        Map<Long, Answer> answers = fullAnswers();
        answers.put(doctorRate.getId(), a);
        assertThat(SelfScore.of(criteria, answers, 2026).scoreOf(doctorRate).achievementPercent())
                .as("scored on 11,5, not 99").isEqualByComparingTo("92.00");
    }

    @Test
    void theTypedValueIsUsedWhenNoRateCanBeComputed() {
        Answer onlyValue = new Answer(null, doctorRate);
        onlyValue.setValue(new BigDecimal("12"));
        Answer zeroDenominator = doctorsAnswer(doctorRate, "1150", "0");
        zeroDenominator.setValue(new BigDecimal("12"));
        Answer onlyNumerator = new Answer(null, doctorRate);
        onlyNumerator.setNumerator(new BigDecimal("1150"));
        onlyNumerator.setValue(new BigDecimal("12"));

        assertThat(SelfScore.actualValue(doctorRate, onlyValue)).isEqualByComparingTo("12");
        assertThat(SelfScore.actualValue(doctorRate, zeroDenominator)).isEqualByComparingTo("12");
        assertThat(SelfScore.actualValue(doctorRate, onlyNumerator)).isEqualByComparingTo("12");
    }

    @Test
    void numeratorAndDenominatorAreIgnoredWhenTheIndicatorIsNotARate() {
        Indicator beds = new Indicator(null, 3, "3", "Số giường bệnh", Direction.HIGHER_IS_BETTER);
        Criterion c = criterion(11, null, "5", "Số giường bệnh", CriterionKind.NUMERIC_TARGET, "5");
        c.setIndicator(beds);
        Answer a = doctorsAnswer(c, "1150", "1000000");

        assertThat(SelfScore.actualValue(c, a)).isNull();
        a.setValue(new BigDecimal("320"));
        assertThat(SelfScore.actualValue(c, a)).isEqualByComparingTo("320");
    }
}
