package vn.thidua.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.review.AggregationMethod.MEAN;
import static vn.thidua.review.AggregationMethod.MEDIAN;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnitResultTest {

    private static final BigDecimal QUARTER = Aggregation.DEFAULT_OUTLIER_SHARE;

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Map<Long, BigDecimal> reviews(String... scores) {
        Map<Long, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < scores.length; i++) {
            map.put((long) i + 1, d(scores[i]));
        }
        return map;
    }

    private static CriterionResult result(AggregationMethod method, Contribution contribution, String max,
            String... scores) {
        return Aggregation.aggregateCriterion(method, contribution, d(max), reviews(scores), QUARTER, null);
    }

    private static CriterionResult regular(String max, String... scores) {
        return result(MEAN, Contribution.REGULAR, max, scores);
    }

    private static CriterionResult bonus(String max, String... scores) {
        return result(MEAN, Contribution.BONUS, max, scores);
    }

    private static CriterionResult penalty(String max, String... scores) {
        return result(MEAN, Contribution.PENALTY, max, scores);
    }

    private static Map<Long, CriterionResult> criteria(CriterionResult... results) {
        Map<Long, CriterionResult> map = new LinkedHashMap<>();
        for (int i = 0; i < results.length; i++) {
            map.put(101L + i, results[i]);
        }
        return map;
    }

    @Test
    void criteriaPlusBonusMinusPenalty() {
        UnitResult unit = UnitResult.of(criteria(
                regular("10", "10", "10", "10"),                              // 101: 10, met
                regular("10", "8", "9"),                                      // 102: (8 + 9) / 2 = 8,5
                result(MEDIAN, Contribution.REGULAR, "10", "6", "9", "7"),    // 103: median of 6, 7, 9 = 7
                bonus("5", "2", "3"),                                         // 104: (2 + 3) / 2 = 2,5
                penalty("5", "-1", "-2")));                                   // 105: (−1 − 2) / 2 = −1,5
        // criteria 10 + 8,5 + 7 = 25,5; total 25,5 + 2,5 − 1,5 = 26,5
        assertThat(unit.criteriaPoints()).isEqualByComparingTo("25.50");
        assertThat(unit.bonusPoints()).isEqualByComparingTo("2.50");
        assertThat(unit.penaltyPoints()).isEqualByComparingTo("-1.50");
        assertThat(unit.total()).isEqualByComparingTo("26.50");
        // only 101 is met: 102 and 103 are below 10, the penalty deducts something, a bonus never counts
        assertThat(unit.criteriaMet()).isEqualTo(1);
        assertThat(unit.missingCriterionIds()).isEmpty();
        assertThat(unit.complete()).isTrue();
        assertThat(unit.total().scale()).isEqualTo(2);
        assertThat(unit.criteriaPoints().scale()).isEqualTo(2);
        assertThat(unit.bonusPoints().scale()).isEqualTo(2);
        assertThat(unit.penaltyPoints().scale()).isEqualTo(2);
    }

    @Test
    void penaltyWithNothingDeductedCountsAsMet() {
        UnitResult unit = UnitResult.of(criteria(
                regular("10", "10"),          // met
                regular("20", "20", "20"),    // met
                penalty("5", "0", "0"),       // 0 → met
                penalty("3", "0", "-3")));    // −1,5 → not met
        // 10 + 20 − 1,5 = 28,5
        assertThat(unit.total()).isEqualByComparingTo("28.50");
        assertThat(unit.criteriaMet()).isEqualTo(3);
    }

    @Test
    void bonusAtFullMarksIsNotACriterionMet() {
        UnitResult unit = UnitResult.of(criteria(regular("10", "5"), bonus("5", "5")));
        // 5 + 5 = 10
        assertThat(unit.total()).isEqualByComparingTo("10.00");
        assertThat(unit.criteriaMet()).isZero();
    }

    @Test
    void criterionWithoutReviewsIsMissingAndCountsZero() {
        UnitResult unit = UnitResult.of(criteria(
                regular("10", "7"),     // 101: 7
                regular("10"),          // 102: no review
                penalty("5"),           // 103: no review: 0 points, flagged, not met
                bonus("5")));           // 104: no review
        assertThat(unit.criteriaPoints()).isEqualByComparingTo("7.00");
        assertThat(unit.bonusPoints()).isEqualByComparingTo("0");
        assertThat(unit.penaltyPoints()).isEqualByComparingTo("0");
        assertThat(unit.total()).isEqualByComparingTo("7.00");
        assertThat(unit.missingCriterionIds()).containsExactly(102L, 103L, 104L);
        assertThat(unit.complete()).isFalse();
        assertThat(unit.criteriaMet()).isZero();
    }

    @Test
    void moderatedPointsCount() {
        CriterionResult moderated = Aggregation.aggregateCriterion(MEAN, d("10"), reviews("6", "7"), QUARTER, d("10"));
        CriterionResult moderatedUnreviewed = Aggregation.aggregateCriterion(MEAN, d("10"), Map.of(), QUARTER, d("4"));
        UnitResult unit = UnitResult.of(criteria(moderated, moderatedUnreviewed));
        // 10 (moderated from 6,5) + 4 (moderated, nobody reviewed) = 14
        assertThat(unit.total()).isEqualByComparingTo("14.00");
        assertThat(unit.criteriaMet()).isEqualTo(1);
        assertThat(unit.missingCriterionIds()).isEmpty();
    }

    @Test
    void totalNeverFallsBelowZero() {
        UnitResult unit = UnitResult.of(criteria(regular("10", "1"), bonus("5", "0.5"), penalty("5", "-5")));
        // 1 + 0,5 − 5 = −3,5 → 0
        assertThat(unit.criteriaPoints()).isEqualByComparingTo("1.00");
        assertThat(unit.penaltyPoints()).isEqualByComparingTo("-5.00");
        assertThat(unit.total()).isEqualByComparingTo("0.00");
        assertThat(unit.total().scale()).isEqualTo(2);
    }

    @Test
    void totalExactlyZeroAfterPenalty() {
        // 3 + 0 − 3 = 0
        UnitResult unit = UnitResult.of(criteria(regular("10", "3"), penalty("5", "-3")));
        assertThat(unit.total()).isEqualByComparingTo("0");
    }

    @Test
    void sumsTheRoundedCriterionFigures() {
        // (7 + 8 + 8) / 3 = 7,666… → 7,67, three times → 23,01 (not 23,00 from the exact 23)
        UnitResult unit = UnitResult.of(criteria(
                regular("10", "7", "8", "8"), regular("10", "7", "8", "8"), regular("10", "7", "8", "8")));
        assertThat(unit.total()).isEqualByComparingTo("23.01");
    }

    @Test
    void noCriteriaIsZero() {
        UnitResult unit = UnitResult.of(Map.of());
        assertThat(unit.total()).isEqualByComparingTo("0");
        assertThat(unit.criteriaPoints()).isEqualByComparingTo("0");
        assertThat(unit.criteriaMet()).isZero();
        assertThat(unit.complete()).isTrue();
    }

    @Test
    void nullInputIsRejected() {
        assertThatThrownBy(() -> UnitResult.of(null)).isInstanceOf(NullPointerException.class);
        Map<Long, CriterionResult> nullResult = new HashMap<>();
        nullResult.put(7L, null);
        assertThatThrownBy(() -> UnitResult.of(nullResult))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("criterion 7");
        Map<Long, CriterionResult> nullId = new HashMap<>();
        nullId.put(null, regular("10", "5"));
        assertThatThrownBy(() -> UnitResult.of(nullId)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordRefusesFiguresThatDoNotAddUp() {
        assertThatThrownBy(() -> new UnitResult(d("10"), d("1"), d("-2"), d("10"), 0, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("floored");
        assertThatThrownBy(() -> new UnitResult(d("10"), d("0"), d("2"), d("12"), 0, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("penalty");
        assertThatThrownBy(() -> new UnitResult(d("-1"), d("0"), d("0"), d("0"), 0, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnitResult(d("1"), d("0"), d("0"), d("1"), -1, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnitResult(null, d("0"), d("0"), d("0"), 0, Set.of()))
                .isInstanceOf(NullPointerException.class);
        // 10 + 1 − 2 = 9
        assertThat(new UnitResult(d("10"), d("1"), d("-2"), d("9"), 0, null).missingCriterionIds()).isEmpty();
    }
}
