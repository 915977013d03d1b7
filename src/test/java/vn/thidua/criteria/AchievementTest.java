package vn.thidua.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.plan.Direction.HIGHER_IS_BETTER;
import static vn.thidua.plan.Direction.LOWER_IS_BETTER;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thidua.plan.Comparison;
import vn.thidua.plan.TargetValue;

class AchievementTest {

    private static final BigDecimal CAP_120 = new BigDecimal("120");

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static TargetValue target(Comparison comparison, String value) {
        return TargetValue.of(comparison, d(value));
    }

    @Test
    void doctorsPerTenThousandHigherIsBetterIsActualOverTarget() {
        // ≥ 11,5 doctors per 10,000 people, actual 10,2 → 88,70 %
        assertThat(Achievement.percent(target(Comparison.GE, "11.5"), HIGHER_IS_BETTER, d("10.2"), null))
                .isEqualByComparingTo("88.70");
    }

    @Test
    void infantMortalityLowerIsBetterIsTargetOverActual() {
        // < 6,1 ‰, actual 7,0 → 87,14 %
        assertThat(Achievement.percent(target(Comparison.LT, "6.1"), LOWER_IS_BETTER, d("7.0"), null))
                .isEqualByComparingTo("87.14");
    }

    @Test
    void sexRatioAtBirthIsLowerIsBetter() {
        // < 112 boys per 100 girls, actual 115 → 97,39 %
        assertThat(Achievement.percent(target(Comparison.LT, "112"), LOWER_IS_BETTER, d("115")))
                .isEqualByComparingTo("97.39");
    }

    @Test
    void higherIsBetterAboveTargetIsCappedAtTheDefaultHundred() {
        assertThat(Achievement.percent(target(Comparison.GE, "11.5"), HIGHER_IS_BETTER, d("13.0"), null))
                .isEqualByComparingTo("100");
    }

    @Test
    void higherIsBetterAboveTargetShowsUpToACapOf120() {
        TargetValue target = target(Comparison.GE, "11.5");
        assertThat(Achievement.percent(target, HIGHER_IS_BETTER, d("13.0"), CAP_120)).isEqualByComparingTo("113.04");
        assertThat(Achievement.percent(target, HIGHER_IS_BETTER, d("15.0"), CAP_120)).isEqualByComparingTo("120");
    }

    @Test
    void lowerIsBetterBelowTargetIsCappedAtHundredOr120() {
        TargetValue target = target(Comparison.LT, "6.1");
        assertThat(Achievement.percent(target, LOWER_IS_BETTER, d("5.0"), null)).isEqualByComparingTo("100");
        assertThat(Achievement.percent(target, LOWER_IS_BETTER, d("5.5"), CAP_120)).isEqualByComparingTo("110.91");
        assertThat(Achievement.percent(target, LOWER_IS_BETTER, d("4.0"), CAP_120)).isEqualByComparingTo("120");
    }

    @Test
    void lowerIsBetterWithActualZeroIsFullyMetAtTheCap() {
        TargetValue target = target(Comparison.LT, "6.1");
        assertThat(Achievement.percent(target, LOWER_IS_BETTER, BigDecimal.ZERO, null)).isEqualByComparingTo("100");
        assertThat(Achievement.percent(target, LOWER_IS_BETTER, BigDecimal.ZERO, CAP_120)).isEqualByComparingTo("120");
    }

    @Test
    void higherIsBetterWithActualZeroAchievesNothing() {
        assertThat(Achievement.percent(target(Comparison.GE, "11.5"), HIGHER_IS_BETTER, BigDecimal.ZERO, CAP_120))
                .isEqualByComparingTo("0");
        assertThat(Achievement.percent(target(Comparison.GE, "11.5"), HIGHER_IS_BETTER, d("-1"), null))
                .isEqualByComparingTo("0");
    }

    @Test
    void higherIsBetterWithTargetZeroIsTheCapWhenTheComparisonIsSatisfied() {
        assertThat(Achievement.percent(target(Comparison.GE, "0"), HIGHER_IS_BETTER, BigDecimal.ZERO, null))
                .isEqualByComparingTo("100");
        assertThat(Achievement.percent(target(Comparison.GE, "0"), HIGHER_IS_BETTER, d("3"), CAP_120))
                .isEqualByComparingTo("120");
        assertThat(Achievement.percent(target(Comparison.GT, "0"), HIGHER_IS_BETTER, BigDecimal.ZERO, null))
                .isEqualByComparingTo("0");
    }

    @Test
    void lowerIsBetterWithTargetZeroIsTheCapOnlyForZero() {
        // no maternal deaths: ≤ 0
        TargetValue none = target(Comparison.LE, "0");
        assertThat(Achievement.percent(none, LOWER_IS_BETTER, BigDecimal.ZERO, null)).isEqualByComparingTo("100");
        assertThat(Achievement.percent(none, LOWER_IS_BETTER, BigDecimal.ZERO, CAP_120)).isEqualByComparingTo("120");
        assertThat(Achievement.percent(none, LOWER_IS_BETTER, d("1"), CAP_120)).isEqualByComparingTo("0");
        // "< 0" cannot be satisfied by 0, yet an actual of 0 still counts as fully met
        assertThat(Achievement.percent(target(Comparison.LT, "0"), LOWER_IS_BETTER, BigDecimal.ZERO, null))
                .isEqualByComparingTo("100");
    }

    @ParameterizedTest(name = "between 90 and 110, actual {0} → {1} %")
    @CsvSource({
        "95, 100", "90, 100", "110, 100", // inside, bounds included
        "81, 90.00", // below: actual ÷ lower
        "121, 90.91", // above: upper ÷ actual
        "0, 0"})
    void betweenIsHundredInsideAndDistanceBasedOutside(String actual, String expected) {
        TargetValue range = new TargetValue(Comparison.BETWEEN, d("90"), d("110"));
        assertThat(Achievement.percent(range, HIGHER_IS_BETTER, d(actual), CAP_120)).isEqualByComparingTo(expected);
        assertThat(Achievement.percent(range, LOWER_IS_BETTER, d(actual), CAP_120)).isEqualByComparingTo(expected);
    }

    @Test
    void betweenWithZeroBounds() {
        assertThat(Achievement.percent(new TargetValue(Comparison.BETWEEN, d("0"), d("5")), HIGHER_IS_BETTER, d("10")))
                .isEqualByComparingTo("50");
        assertThat(Achievement.percent(new TargetValue(Comparison.BETWEEN, d("0"), d("0")), HIGHER_IS_BETTER, d("3")))
                .isEqualByComparingTo("0");
    }

    @Test
    void roundsHalfUpToTwoDecimals() {
        // 1,25 ÷ 200 = 0,625 % → 0,63 (HALF_EVEN would give 0,62)
        BigDecimal percent = Achievement.percent(target(Comparison.GE, "200"), HIGHER_IS_BETTER, d("1.25"), null);
        assertThat(percent).isEqualByComparingTo("0.63");
        assertThat(percent.scale()).isEqualTo(2);
    }

    @Test
    void missingActualHasNoAchievement() {
        assertThat(Achievement.percent(target(Comparison.GE, "11.5"), HIGHER_IS_BETTER, null, null)).isNull();
    }

    @Test
    void capBelowHundredIsRejected() {
        assertThatThrownBy(() -> Achievement.percent(target(Comparison.GE, "1"), HIGHER_IS_BETTER, d("1"), d("90")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
