package vn.thidua.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.plan.Direction.HIGHER_IS_BETTER;
import static vn.thidua.plan.Direction.LOWER_IS_BETTER;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.plan.Comparison;
import vn.thidua.plan.TargetValue;

class UnitTotalTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static UnitTotal.Entry entry(CriterionKind kind, CriterionScore score) {
        return new UnitTotal.Entry(kind, score);
    }

    private static CriterionScore points(String points) {
        return new CriterionScore(d(points), null, false, false);
    }

    @Test
    void criteriaPlusBonusMinusPenalty() {
        List<UnitTotal.Entry> entries = List.of(
                entry(CriterionKind.NUMERIC_TARGET, CriterionScorer.numeric(ScoringRule.proportional(d("10")),
                        TargetValue.of(Comparison.GE, d("11.5")), HIGHER_IS_BETTER, d("10.2"))), // 8,87
                entry(CriterionKind.NUMERIC_TARGET, CriterionScorer.numeric(ScoringRule.proportional(d("5")),
                        TargetValue.of(Comparison.LT, d("6.1")), LOWER_IS_BETTER, d("7.0"))), // 4,36
                entry(CriterionKind.SURVEY_PERCENTAGE, CriterionScorer.survey(ScoringRule.allOrNothing(d("10")),
                        TargetValue.of(Comparison.GE, d("90")), 450L, 423L)), // 10
                entry(CriterionKind.YES_NO, CriterionScorer.yesNo(d("10"), true)), // 10
                entry(CriterionKind.CHECKLIST, CriterionScorer.checklist(d("10"), List.of(
                        new ChecklistAnswer(d("5"), true), new ChecklistAnswer(d("5"), false)))), // 5
                entry(CriterionKind.TASK_COMPLETION, CriterionScorer.taskCompletion(ScoringRule.proportional(d("20")), 12L, 9L)), // 15
                entry(CriterionKind.BONUS, CriterionScorer.bonus(d("5"), d("3"))),
                entry(CriterionKind.PENALTY, CriterionScorer.penalty(d("10"), d("2"), 3L)));
        UnitTotal total = UnitTotal.of(entries);
        assertThat(total.criteriaPoints()).isEqualByComparingTo("53.23");
        assertThat(total.bonusPoints()).isEqualByComparingTo("3");
        assertThat(total.penaltyPoints()).isEqualByComparingTo("-6");
        assertThat(total.total()).isEqualByComparingTo("50.23");
        assertThat(total.total().scale()).isEqualTo(2);
        assertThat(UnitTotal.total(entries)).isEqualByComparingTo("50.23");
    }

    @Test
    void neverBelowZero() {
        List<UnitTotal.Entry> entries = List.of(
                entry(CriterionKind.YES_NO, points("4")),
                entry(CriterionKind.BONUS, points("1")),
                entry(CriterionKind.PENALTY, CriterionScorer.penalty(d("10"), d("5"), 4L)));
        UnitTotal total = UnitTotal.of(entries);
        assertThat(total.penaltyPoints()).isEqualByComparingTo("-10");
        assertThat(total.total()).isEqualByComparingTo("0");
    }

    @Test
    void missingScoresCountZero() {
        List<UnitTotal.Entry> entries = List.of(
                entry(CriterionKind.YES_NO, CriterionScorer.yesNo(d("10"), null)),
                entry(CriterionKind.NUMERIC_TARGET, points("7.5")),
                entry(CriterionKind.BONUS, CriterionScorer.bonus(d("5"), null)),
                entry(CriterionKind.PENALTY, CriterionScorer.penalty(d("5"), d("1"), null)));
        assertThat(UnitTotal.total(entries)).isEqualByComparingTo("7.5");
    }

    @Test
    void emptyIsZero() {
        UnitTotal total = UnitTotal.of(List.of());
        assertThat(total.total()).isEqualByComparingTo("0");
        assertThat(total.criteriaPoints()).isEqualByComparingTo("0");
        assertThat(UnitTotal.total(null)).isEqualByComparingTo("0");
    }

    @Test
    void signsAreChecked() {
        assertThatThrownBy(() -> UnitTotal.of(List.of(entry(CriterionKind.PENALTY, points("3")))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnitTotal.of(List.of(entry(CriterionKind.BONUS, points("-3")))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnitTotal.of(List.of(entry(CriterionKind.YES_NO, points("-1")))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
