package vn.thidua.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.review.AggregationMethod.MEAN;
import static vn.thidua.review.AggregationMethod.MEDIAN;
import static vn.thidua.review.AggregationMethod.TRIMMED_MEAN;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AggregateCriterionTest {

    private static final BigDecimal TEN = d("10");
    private static final BigDecimal QUARTER = d("0.25");

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** Reviewer ids 1, 2, 3… in order, with the given scores. */
    private static Map<Long, BigDecimal> reviews(String... scores) {
        Map<Long, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < scores.length; i++) {
            map.put((long) i + 1, d(scores[i]));
        }
        return map;
    }

    private static CriterionResult regular(AggregationMethod method, String... scores) {
        return Aggregation.aggregateCriterion(method, TEN, reviews(scores), QUARTER, null);
    }

    // ---- the aggregate

    @Test
    void aggregatesTheReviewsByTheMethod() {
        // 6, 7, 10 of 10: mean 23 / 3 = 7,666… → 7,67; median 7; trimmed drops 6 and 10 → 7
        CriterionResult mean = regular(MEAN, "6", "7", "10");
        assertThat(mean.aggregated()).isEqualByComparingTo("7.67");
        assertThat(mean.rawAggregate()).isEqualByComparingTo("7.67");
        assertThat(mean.aggregated().scale()).isEqualTo(2);
        assertThat(mean.reviewCount()).isEqualTo(3);
        assertThat(mean.moderated()).isFalse();
        assertThat(mean.missing()).isFalse();
        assertThat(mean.points()).isEqualByComparingTo("7.67");
        assertThat(mean.contribution()).isEqualTo(Contribution.REGULAR);
        assertThat(mean.maxPoints()).isEqualByComparingTo("10");
        assertThat(regular(MEDIAN, "6", "7", "10").aggregated()).isEqualByComparingTo("7.00");
        assertThat(regular(TRIMMED_MEAN, "6", "7", "10").aggregated()).isEqualByComparingTo("7.00");
        // a null method is the mean
        assertThat(regular(null, "6", "7", "10").aggregated()).isEqualByComparingTo("7.67");
    }

    @Test
    void oneReview() {
        CriterionResult result = regular(MEDIAN, "8.5");
        assertThat(result.aggregated()).isEqualByComparingTo("8.50");
        assertThat(result.reviewCount()).isEqualTo(1);
        assertThat(result.outlierReviewerIds()).isEmpty();
    }

    @Test
    void noReviewIsMissing() {
        CriterionResult result = Aggregation.aggregateCriterion(MEAN, TEN, Map.of(), QUARTER, null);
        assertThat(result.missing()).isTrue();
        assertThat(result.aggregated()).isNull();
        assertThat(result.rawAggregate()).isNull();
        assertThat(result.reviewCount()).isZero();
        assertThat(result.moderated()).isFalse();
        assertThat(result.points()).isEqualByComparingTo("0").satisfies(p -> assertThat(p.scale()).isEqualTo(2));
        assertThat(result.met()).isFalse();
        assertThat(result.hasOutliers()).isFalse();
    }

    // ---- met

    @Test
    void regularCriterionIsMetAtItsMaximum() {
        assertThat(regular(MEAN, "10", "10").met()).isTrue();
        // (10 + 9,98) / 2 = 9,99 → not met
        assertThat(regular(MEAN, "10", "9.98").met()).isFalse();
        // the rounded figure decides: (10 + 10 + 9,985) / 3 = 29,985 / 3 = 9,995 → 10,00 → met
        CriterionResult rounded = regular(MEAN, "10", "10", "9.985");
        assertThat(rounded.aggregated()).isEqualByComparingTo("10.00");
        assertThat(rounded.met()).isTrue();
    }

    @Test
    void bonusIsNeverCountedAsMet() {
        CriterionResult bonus = Aggregation.aggregateCriterion(MEAN, Contribution.BONUS, d("5"),
                reviews("5", "5"), QUARTER, null);
        assertThat(bonus.aggregated()).isEqualByComparingTo("5.00");
        assertThat(bonus.met()).isFalse();
    }

    // ---- penalties

    @Test
    void penaltyScoresLieBetweenMinusMaxAndZero() {
        // a deduction of at most 5: −5, −2, 0 → mean −7 / 3 = −2,333… → −2,33
        CriterionResult result = Aggregation.aggregateCriterion(MEAN, Contribution.PENALTY, d("5"),
                reviews("-5", "-2", "0"), d("1"), null);
        assertThat(result.aggregated()).isEqualByComparingTo("-2.33");
        assertThat(result.points()).isEqualByComparingTo("-2.33");
        assertThat(result.met()).isFalse();
    }

    @Test
    void penaltyIsMetWhenNothingIsDeducted() {
        CriterionResult none = Aggregation.aggregateCriterion(MEDIAN, Contribution.PENALTY, d("5"),
                reviews("0", "0", "-1"), QUARTER, null);
        // median of −1, 0, 0 = 0
        assertThat(none.aggregated()).isEqualByComparingTo("0.00");
        assertThat(none.met()).isTrue();
    }

    @Test
    void positivePenaltyScoreIsRejected() {
        assertThatThrownBy(() -> Aggregation.aggregateCriterion(MEAN, Contribution.PENALTY, d("5"),
                reviews("0", "2"), QUARTER, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reviewer 2")
                .hasMessageContaining("-5..0");
    }

    @Test
    void penaltyBelowMinusMaxIsRejected() {
        assertThatThrownBy(() -> Aggregation.aggregateCriterion(MEAN, Contribution.PENALTY, d("5"),
                reviews("-5.01"), QUARTER, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeScoreOfARegularCriterionOrBonusIsRejected() {
        assertThatThrownBy(() -> regular(MEAN, "7", "-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0..10");
        assertThatThrownBy(() -> Aggregation.aggregateCriterion(MEAN, Contribution.BONUS, d("5"),
                reviews("-0.5"), QUARTER, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scoreAboveTheMaximumIsRejected() {
        assertThatThrownBy(() -> regular(MEAN, "10.01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Aggregation.aggregateCriterion(MEAN, Contribution.BONUS, d("5"),
                reviews("6"), QUARTER, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void boundsOfTheRangeAreAccepted() {
        assertThat(regular(MEAN, "0", "10").aggregated()).isEqualByComparingTo("5");
        assertThat(Aggregation.aggregateCriterion(MEAN, Contribution.PENALTY, d("5"), reviews("-5", "0"), QUARTER, null)
                .aggregated()).isEqualByComparingTo("-2.50");
    }

    // ---- moderation

    @Test
    void moderationOverridesTheAggregate() {
        // reviews 6, 7, 8 → mean 7; the board sets 9
        CriterionResult result = Aggregation.aggregateCriterion(MEAN, TEN, reviews("6", "7", "8"), QUARTER, d("9"));
        assertThat(result.aggregated()).isEqualByComparingTo("9.00");
        assertThat(result.rawAggregate()).isEqualByComparingTo("7.00");
        assertThat(result.points()).isEqualByComparingTo("9.00");
        assertThat(result.moderated()).isTrue();
        assertThat(result.reviewCount()).isEqualTo(3);
    }

    @Test
    void moderationToFullMarksMeetsTheCriterion() {
        CriterionResult result = Aggregation.aggregateCriterion(MEAN, TEN, reviews("8", "9"), QUARTER, d("10"));
        assertThat(result.met()).isTrue();
        // and moderating down to 0 is a value too, not a missing criterion
        CriterionResult zero = Aggregation.aggregateCriterion(MEAN, TEN, reviews("8", "9"), QUARTER, d("0"));
        assertThat(zero.aggregated()).isEqualByComparingTo("0");
        assertThat(zero.missing()).isFalse();
        assertThat(zero.met()).isFalse();
    }

    @Test
    void moderationIsRoundedToTwoDecimals() {
        CriterionResult result = Aggregation.aggregateCriterion(MEAN, TEN, reviews("8"), QUARTER, d("7.125"));
        assertThat(result.aggregated()).isEqualByComparingTo("7.13");
        assertThat(result.aggregated().scale()).isEqualTo(2);
    }

    @Test
    void moderationWithoutAnyReviewGivesAValue() {
        CriterionResult result = Aggregation.aggregateCriterion(MEAN, TEN, Map.of(), QUARTER, d("6"));
        assertThat(result.missing()).isFalse();
        assertThat(result.aggregated()).isEqualByComparingTo("6");
        assertThat(result.rawAggregate()).isNull();
        assertThat(result.reviewCount()).isZero();
        assertThat(result.moderated()).isTrue();
    }

    @Test
    void moderationOfAPenalty() {
        // reviews −1, −3 → mean −2; the board deducts the full 5
        CriterionResult result = Aggregation.aggregateCriterion(MEAN, Contribution.PENALTY, d("5"),
                reviews("-1", "-3"), QUARTER, d("-5"));
        assertThat(result.aggregated()).isEqualByComparingTo("-5");
        assertThat(result.rawAggregate()).isEqualByComparingTo("-2");
        // the board lifts the deduction: met
        assertThat(Aggregation.aggregateCriterion(MEAN, Contribution.PENALTY, d("5"), reviews("-1", "-3"), QUARTER,
                d("0")).met()).isTrue();
    }

    @Test
    void moderationOutsideTheRangeIsRejected() {
        assertThatThrownBy(() -> Aggregation.aggregateCriterion(MEAN, TEN, reviews("8"), QUARTER, d("11")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("moderated");
        assertThatThrownBy(() -> Aggregation.aggregateCriterion(MEAN, TEN, reviews("8"), QUARTER, d("-1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Aggregation.aggregateCriterion(MEAN, Contribution.PENALTY, d("5"), reviews("-1"),
                QUARTER, d("1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- outliers

    @Test
    void oneReviewerFarAwayAmongThreeIsAnOutlier() {
        // threshold 0,25 × 10 = 2,5; scores 9, 9, 5
        // reviewer 3 (5): others 9, 9 → median 9; |5 − 9| = 4 > 2,5 → outlier
        // reviewers 1, 2 (9): others 9, 5 → median 7; |9 − 7| = 2 ≤ 2,5 → not
        CriterionResult result = regular(MEAN, "9", "9", "5");
        assertThat(result.outlierReviewerIds()).containsExactly(3L);
        assertThat(result.hasOutliers()).isTrue();
        // outliers are flagged only: the mean still counts them, 23 / 3 = 7,67
        assertThat(result.aggregated()).isEqualByComparingTo("7.67");
    }

    @Test
    void withThreeReviewersAScoreFarEnoughAwayFlagsTheCloseOnesToo() {
        // threshold 2,5; scores 8, 8, 2
        // reviewer 3 (2): others median 8; |2 − 8| = 6 > 2,5
        // reviewers 1, 2 (8): others 8, 2 → median 5; |8 − 5| = 3 > 2,5 — the rule as specified flags them too
        assertThat(regular(MEAN, "8", "8", "2").outlierReviewerIds()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void oneReviewerFarAwayAmongFive() {
        // threshold 2,5; scores 8, 8,5, 9, 9, 3
        // reviewer 5 (3): others 8, 8,5, 9, 9 → median (8,5 + 9) / 2 = 8,75; |3 − 8,75| = 5,75 > 2,5 → outlier
        // reviewer 1 (8): others 3, 8,5, 9, 9 → median 8,75; 0,75 → not
        // reviewer 2 (8,5): others 3, 8, 9, 9 → median 8,5; 0 → not
        // reviewers 3, 4 (9): others 3, 8, 8,5, 9 → median 8,25; 0,75 → not
        assertThat(regular(MEDIAN, "8", "8.5", "9", "9", "3").outlierReviewerIds()).containsExactly(5L);
    }

    @Test
    void twoReviewersAreNeverOutliers() {
        // 0 and 10 are as far apart as possible
        assertThat(regular(MEAN, "0", "10").outlierReviewerIds()).isEmpty();
        assertThat(Aggregation.aggregateCriterion(MEAN, TEN, reviews("0", "10"), BigDecimal.ZERO, null)
                .outlierReviewerIds()).isEmpty();
        assertThat(regular(MEAN, "0").outlierReviewerIds()).isEmpty();
    }

    @Test
    void deviationExactlyAtTheThresholdIsNotAnOutlier() {
        // threshold 0,25 × 10 = 2,5; scores 8, 8, 8, 8, 5,5
        // reviewer 5: others median 8; |5,5 − 8| = 2,5, not > 2,5 → not an outlier
        // reviewers 1–4: others 5,5, 8, 8, 8 → median 8; 0 → not
        assertThat(regular(MEAN, "8", "8", "8", "8", "5.5").outlierReviewerIds()).isEmpty();
        // 5,49: |5,49 − 8| = 2,51 > 2,5 → outlier
        assertThat(regular(MEAN, "8", "8", "8", "8", "5.49").outlierReviewerIds()).containsExactly(5L);
        // above the others: max 20, threshold 0,25 × 20 = 5; scores 8, 8, 8, 13
        // reviewer 4: others median 8; |13 − 8| = 5 → not; 13,01 → 5,01 → outlier
        // reviewers 1–3: others 8, 8, 13 (or 13,01) → median 8; 0 → not
        BigDecimal twenty = d("20");
        assertThat(Aggregation.aggregateCriterion(MEAN, twenty, reviews("8", "8", "8", "13"), QUARTER, null)
                .outlierReviewerIds()).isEmpty();
        assertThat(Aggregation.aggregateCriterion(MEAN, twenty, reviews("8", "8", "8", "13.01"), QUARTER, null)
                .outlierReviewerIds()).containsExactly(4L);
    }

    @Test
    void thresholdScalesWithTheShare() {
        // scores 9, 9, 5 of 10: reviewer 3 is 4 from the others' median 9
        // share 0,4 → threshold 4: not an outlier; share 0,39 → 3,9: outlier
        assertThat(Aggregation.aggregateCriterion(MEAN, TEN, reviews("9", "9", "5"), d("0.4"), null)
                .outlierReviewerIds()).isEmpty();
        assertThat(Aggregation.aggregateCriterion(MEAN, TEN, reviews("9", "9", "5"), d("0.39"), null)
                .outlierReviewerIds()).containsExactly(3L);
        // share 0 flags any deviation but not agreement
        assertThat(Aggregation.aggregateCriterion(MEAN, TEN, reviews("7", "7", "7"), BigDecimal.ZERO, null)
                .outlierReviewerIds()).isEmpty();
        // share 1: nobody can be more than the maximum away
        assertThat(Aggregation.aggregateCriterion(MEAN, TEN, reviews("10", "10", "0"), BigDecimal.ONE, null)
                .outlierReviewerIds()).isEmpty();
    }

    @Test
    void outliersUseTheMedianWhateverTheMethod() {
        for (AggregationMethod method : AggregationMethod.values()) {
            assertThat(regular(method, "9", "9", "5").outlierReviewerIds()).as(method.name()).containsExactly(3L);
        }
    }

    @Test
    void outliersAreStillFlaggedWhenTheBoardModerates() {
        CriterionResult result = Aggregation.aggregateCriterion(MEAN, TEN, reviews("9", "9", "5"), QUARTER, d("9"));
        assertThat(result.outlierReviewerIds()).containsExactly(3L);
        assertThat(result.aggregated()).isEqualByComparingTo("9");
    }

    @Test
    void outliersOfAPenalty() {
        // max 5, threshold 1,25; scores 0, 0, −0,5, −4
        // reviewer 4 (−4): others −0,5, 0, 0 → median 0; 4 > 1,25 → outlier
        // reviewers 1, 2 (0): others −4, −0,5, 0 → median −0,5; 0,5 → not
        // reviewer 3 (−0,5): others −4, 0, 0 → median 0; 0,5 → not
        CriterionResult result = Aggregation.aggregateCriterion(MEAN, Contribution.PENALTY, d("5"),
                reviews("0", "0", "-0.5", "-4"), QUARTER, null);
        assertThat(result.outlierReviewerIds()).containsExactly(4L);
        // mean (0 + 0 − 0,5 − 4) / 4 = −1,125 → −1,13 (HALF_UP, away from zero)
        assertThat(result.aggregated()).isEqualByComparingTo("-1.13");
    }

    @Test
    void outlierIdsAreTheReviewersIdsSorted() {
        Map<Long, BigDecimal> scores = new HashMap<>();
        scores.put(907L, d("2"));
        scores.put(15L, d("9"));
        scores.put(311L, d("9"));
        scores.put(42L, d("9"));
        scores.put(1200L, d("1.5"));
        // threshold 2,5; 907 (2): others 1,5, 9, 9, 9 → median 9; 7 → outlier
        // 1200 (1,5): others 2, 9, 9, 9 → median 9; 7,5 → outlier
        // 15, 42, 311 (9): others 1,5, 2, 9, 9 → median 5,5; 3,5 → outliers as well
        CriterionResult result = Aggregation.aggregateCriterion(MEAN, TEN, scores, QUARTER, null);
        assertThat(result.outlierReviewerIds()).containsExactly(15L, 42L, 311L, 907L, 1200L);
        assertThatThrownBy(() -> result.outlierReviewerIds().add(1L)).isInstanceOf(UnsupportedOperationException.class);
    }

    // ---- invalid input

    @Test
    void maximumMustBePositive() {
        assertThatThrownBy(() -> Aggregation.aggregateCriterion(MEAN, null, reviews("1"), QUARTER, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxPoints");
        assertThatThrownBy(() -> Aggregation.aggregateCriterion(MEAN, BigDecimal.ZERO, reviews("0"), QUARTER, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Aggregation.aggregateCriterion(MEAN, Contribution.PENALTY, d("-5"), reviews("-1"),
                QUARTER, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void outlierShareMustLieWithinZeroAndOne() {
        assertThatThrownBy(() -> Aggregation.aggregateCriterion(MEAN, TEN, reviews("1"), null, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Aggregation.aggregateCriterion(MEAN, TEN, reviews("1"), d("-0.01"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outlierShare");
        // 25 instead of 0,25
        assertThatThrownBy(() -> Aggregation.aggregateCriterion(MEAN, TEN, reviews("1"), d("25"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outlierShare");
        assertThat(Aggregation.DEFAULT_OUTLIER_SHARE).isEqualByComparingTo("0.25");
    }

    @Test
    void nullReviewerOrScoreIsRejected() {
        assertThatThrownBy(() -> Aggregation.aggregateCriterion(MEAN, TEN, null, QUARTER, null))
                .isInstanceOf(NullPointerException.class);
        Map<Long, BigDecimal> nullScore = new HashMap<>();
        nullScore.put(1L, d("5"));
        nullScore.put(2L, null);
        assertThatThrownBy(() -> Aggregation.aggregateCriterion(MEAN, TEN, nullScore, QUARTER, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reviewer 2");
        Map<Long, BigDecimal> nullReviewer = new HashMap<>();
        nullReviewer.put(null, d("5"));
        assertThatThrownBy(() -> Aggregation.aggregateCriterion(MEAN, TEN, nullReviewer, QUARTER, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reviewer id");
    }

    @Test
    void contributionIsRequired() {
        assertThatThrownBy(() -> Aggregation.aggregateCriterion(MEAN, null, TEN, reviews("1"), QUARTER, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void theGivenMapIsNotChanged() {
        Map<Long, BigDecimal> scores = reviews("9", "9", "5");
        Aggregation.aggregateCriterion(MEAN, TEN, scores, QUARTER, d("8"));
        assertThat(scores).isEqualTo(reviews("9", "9", "5"));
    }

    // ---- the record's own checks

    @Test
    void resultRefusesPartsThatDoNotFit() {
        // unmoderated but the figure is not the raw aggregate
        assertThatThrownBy(() -> new CriterionResult(Contribution.REGULAR, TEN, d("8"), d("7"), 2, false, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        // moderated without points
        assertThatThrownBy(() -> new CriterionResult(Contribution.REGULAR, TEN, null, d("7"), 2, true, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        // a raw aggregate without reviews, reviews without a raw aggregate
        assertThatThrownBy(() -> new CriterionResult(Contribution.REGULAR, TEN, d("7"), d("7"), 0, false, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CriterionResult(Contribution.REGULAR, TEN, null, null, 1, false, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        // outside the range
        assertThatThrownBy(() -> new CriterionResult(Contribution.PENALTY, TEN, d("1"), d("1"), 1, false, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        // outliers among two reviews
        assertThatThrownBy(() -> new CriterionResult(Contribution.REGULAR, TEN, d("5"), d("5"), 2, false, Set.of(1L)))
                .isInstanceOf(IllegalArgumentException.class);
        // a null outlier set is empty
        assertThat(new CriterionResult(Contribution.REGULAR, TEN, d("5"), d("5"), 2, false, null).outlierReviewerIds())
                .isEmpty();
    }
}
