package vn.thidua.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.review.AggregationMethod.MEAN;
import static vn.thidua.review.AggregationMethod.MEDIAN;
import static vn.thidua.review.AggregationMethod.TRIMMED_MEAN;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AggregationTest {

    private static List<BigDecimal> scores(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static BigDecimal aggregate(AggregationMethod method, String... values) {
        return Aggregation.aggregate(method, scores(values));
    }

    // ---- MEAN

    @Test
    void meanOfAnOddCount() {
        // (7 + 8 + 10) / 3 = 25 / 3 = 8,333… → 8,33
        assertThat(aggregate(MEAN, "7", "8", "10")).isEqualByComparingTo("8.33");
    }

    @Test
    void meanOfAnEvenCount() {
        // (6 + 7 + 9 + 10) / 4 = 32 / 4 = 8
        assertThat(aggregate(MEAN, "6", "7", "9", "10")).isEqualByComparingTo("8.00");
    }

    @Test
    void meanRoundsHalfUpOnce() {
        // (8,5 + 8,5 + 9) / 3 = 26 / 3 = 8,666… → 8,67
        assertThat(aggregate(MEAN, "8.5", "8.5", "9")).isEqualByComparingTo("8.67");
        // (1,25 + 1,26) / 2 = 2,51 / 2 = 1,255 → 1,26 (HALF_UP), not 1,25 (HALF_EVEN)
        assertThat(aggregate(MEAN, "1.25", "1.26")).isEqualByComparingTo("1.26");
    }

    @Test
    void meanIsTheDefault() {
        assertThat(AggregationMethod.DEFAULT).isEqualTo(MEAN);
        assertThat(AggregationMethod.orDefault(null)).isEqualTo(MEAN);
        assertThat(AggregationMethod.orDefault(MEDIAN)).isEqualTo(MEDIAN);
        // null method → mean: (2 + 3 + 10) / 3 = 5; the median would be 3
        assertThat(aggregate(null, "2", "3", "10")).isEqualByComparingTo("5.00");
    }

    // ---- MEDIAN

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        // sorted 2, 7, 9 → 7 (the list is given unsorted)
        assertThat(aggregate(MEDIAN, "9", "2", "7")).isEqualByComparingTo("7.00");
        // sorted 1, 4, 5, 8, 10 → 5
        assertThat(aggregate(MEDIAN, "10", "5", "1", "8", "4")).isEqualByComparingTo("5.00");
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        // sorted 2, 6, 7, 10 → (6 + 7) / 2 = 6,5
        assertThat(aggregate(MEDIAN, "10", "6", "2", "7")).isEqualByComparingTo("6.50");
        // sorted 3, 8 → (3 + 8) / 2 = 5,5
        assertThat(aggregate(MEDIAN, "8", "3")).isEqualByComparingTo("5.50");
        // (8,25 + 8,5) / 2 = 16,75 / 2 = 8,375 → 8,38 (HALF_UP)
        assertThat(aggregate(MEDIAN, "8.25", "8.5")).isEqualByComparingTo("8.38");
    }

    // ---- TRIMMED_MEAN

    @Test
    void trimmedMeanOfTwoValuesIsTheMean() {
        // nothing to trim with 2 values: (4 + 9) / 2 = 6,5
        assertThat(aggregate(TRIMMED_MEAN, "4", "9")).isEqualByComparingTo("6.50");
    }

    @Test
    void trimmedMeanOfThreeValuesKeepsTheMiddleOne() {
        // drop 1 (lowest) and 10 (highest) → 8
        assertThat(aggregate(TRIMMED_MEAN, "10", "1", "8")).isEqualByComparingTo("8.00");
    }

    @Test
    void trimmedMeanOfFiveValues() {
        // sorted 2, 7, 8, 8, 10 → drop 2 and 10 → (7 + 8 + 8) / 3 = 23 / 3 = 7,666… → 7,67
        assertThat(aggregate(TRIMMED_MEAN, "8", "10", "2", "8", "7")).isEqualByComparingTo("7.67");
        // the plain mean would be 35 / 5 = 7
        assertThat(aggregate(MEAN, "8", "10", "2", "8", "7")).isEqualByComparingTo("7.00");
    }

    @Test
    void trimmedMeanDropsOnlyOneOfSeveralEqualExtremes() {
        // sorted 5, 8, 10, 10 → drop one 5 and one 10 → (8 + 10) / 2 = 9
        assertThat(aggregate(TRIMMED_MEAN, "10", "10", "8", "5")).isEqualByComparingTo("9.00");
        // all equal: 6, 6, 6 → 6
        assertThat(aggregate(TRIMMED_MEAN, "6", "6", "6")).isEqualByComparingTo("6.00");
    }

    // ---- one review, no review, every method

    @ParameterizedTest
    @EnumSource(AggregationMethod.class)
    void oneReviewIsItsOwnAggregate(AggregationMethod method) {
        assertThat(aggregate(method, "7.5")).isEqualByComparingTo("7.50");
        // a third decimal is rounded HALF_UP: 7,125 → 7,13
        assertThat(aggregate(method, "7.125")).isEqualByComparingTo("7.13");
    }

    @ParameterizedTest
    @EnumSource(AggregationMethod.class)
    void noReviewHasNoAggregate(AggregationMethod method) {
        assertThat(Aggregation.aggregate(method, List.of())).isNull();
    }

    @ParameterizedTest
    @EnumSource(AggregationMethod.class)
    void resultsHaveScaleTwo(AggregationMethod method) {
        assertThat(aggregate(method, "7", "8", "9").scale()).isEqualTo(2);
        assertThat(aggregate(method, "7.0001").scale()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(AggregationMethod.class)
    void negativePenaltyScoresAggregateAlike(AggregationMethod method) {
        // sorted −4, −2, −1, 0, 0 → mean −7 / 5 = −1,4; median −1; trimmed (−2 − 1 + 0) / 3 = −1
        BigDecimal expected = switch (method) {
            case MEAN -> new BigDecimal("-1.40");
            case MEDIAN, TRIMMED_MEAN -> new BigDecimal("-1.00");
        };
        assertThat(aggregate(method, "0", "-2", "-1", "0", "-4")).isEqualByComparingTo(expected);
    }

    @Test
    void negativeHalvesRoundAwayFromZero() {
        // (−1,25 − 1,26) / 2 = −1,255 → −1,26 (HALF_UP is symmetric)
        assertThat(aggregate(MEAN, "-1.25", "-1.26")).isEqualByComparingTo("-1.26");
    }

    @Test
    void theGivenListIsNotChanged() {
        List<BigDecimal> given = new ArrayList<>(scores("9", "2", "7"));
        Aggregation.aggregate(MEDIAN, given);
        assertThat(given).containsExactlyElementsOf(scores("9", "2", "7"));
        // an immutable list is accepted too
        assertThat(Aggregation.aggregate(MEDIAN, List.copyOf(given))).isEqualByComparingTo("7");
    }

    @Test
    void nullListAndNullScoresAreRejected() {
        assertThatThrownBy(() -> Aggregation.aggregate(MEAN, null)).isInstanceOf(NullPointerException.class);
        List<BigDecimal> withNull = new ArrayList<>(scores("7"));
        withNull.add(null);
        assertThatThrownBy(() -> Aggregation.aggregate(MEAN, withNull))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing review");
    }
}
