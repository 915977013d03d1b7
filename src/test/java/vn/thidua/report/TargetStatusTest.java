package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.plan.Direction.HIGHER_IS_BETTER;
import static vn.thidua.plan.Direction.LOWER_IS_BETTER;
import static vn.thidua.report.TargetStatus.MET;
import static vn.thidua.report.TargetStatus.MISSED;
import static vn.thidua.report.TargetStatus.NEAR;
import static vn.thidua.report.TargetStatus.NO_DATA;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thidua.plan.Comparison;
import vn.thidua.plan.Direction;
import vn.thidua.plan.TargetValue;

class TargetStatusTest {

    private static TargetValue target(Comparison c, String value) {
        return TargetValue.of(c, new BigDecimal(value));
    }

    private static TargetStatus classify(String value, TargetValue target, Direction direction) {
        return TargetStatus.classify(new BigDecimal(value), target, direction);
    }

    @ParameterizedTest(name = "≥ 95, higher is better: {0} → {1}")
    @CsvSource({"95, MET", "100, MET", "94.99, NEAR", "85.5, NEAR", "85.49, MISSED", "0, MISSED"})
    void higherIsBetterAtLeast(String value, TargetStatus expected) {
        assertThat(classify(value, target(Comparison.GE, "95"), HIGHER_IS_BETTER)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "< 6,1 ‰ mortality, lower is better: {0} → {1}")
    @CsvSource({"0, MET", "6.09, MET", "6.1, NEAR", "6.71, NEAR", "6.7100001, MISSED", "12, MISSED"})
    void lowerIsBetterBelow(String value, TargetStatus expected) {
        assertThat(classify(value, target(Comparison.LT, "6.1"), LOWER_IS_BETTER)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "≤ 14 %, lower is better: {0} → {1}")
    @CsvSource({"14, MET", "14.01, NEAR", "15.4, NEAR", "15.41, MISSED", "12.5, MET"})
    void lowerIsBetterAtMost(String value, TargetStatus expected) {
        assertThat(classify(value, target(Comparison.LE, "14"), LOWER_IS_BETTER)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "> 11,5, higher is better: {0} → {1}")
    @CsvSource({"11.51, MET", "11.5, NEAR", "10.35, NEAR", "10.34, MISSED"})
    void strictlyAboveIsNearAtTheTargetItself(String value, TargetStatus expected) {
        assertThat(classify(value, target(Comparison.GT, "11.5"), HIGHER_IS_BETTER)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "= 74 years, higher is better: {0} → {1}")
    @CsvSource({"74, MET", "66.6, NEAR", "66.59, MISSED", "80, NEAR"})
    void equalityFollowsTheDirectionForTheAmberBand(String value, TargetStatus expected) {
        // above an "=" target is on the better side of a higher-is-better indicator: within the band however far
        assertThat(classify(value, target(Comparison.EQ, "74"), HIGHER_IS_BETTER)).isEqualTo(expected);
    }

    @Test
    void equalityLowerIsBetterMirrors() {
        TargetValue t = target(Comparison.EQ, "100");
        assertThat(classify("110", t, LOWER_IS_BETTER)).isEqualTo(NEAR);
        assertThat(classify("110.01", t, LOWER_IS_BETTER)).isEqualTo(MISSED);
        assertThat(classify("50", t, LOWER_IS_BETTER)).isEqualTo(NEAR);
    }

    @ParameterizedTest(name = "between 90 and 100: {0} → {1}")
    @CsvSource({"90, MET", "100, MET", "89.99, NEAR", "81, NEAR", "80.99, MISSED", "110, NEAR", "110.01, MISSED"})
    void rangeUsesTheNearerBoundWhateverTheDirection(String value, TargetStatus expected) {
        TargetValue range = new TargetValue(Comparison.BETWEEN, new BigDecimal("90"), new BigDecimal("100"));
        assertThat(classify(value, range, HIGHER_IS_BETTER)).isEqualTo(expected);
        assertThat(classify(value, range, LOWER_IS_BETTER)).isEqualTo(expected);
    }

    @Test
    void aTargetOfZeroLeavesNoAmberBand() {
        TargetValue none = target(Comparison.LE, "0");
        assertThat(classify("0", none, LOWER_IS_BETTER)).isEqualTo(MET);
        assertThat(classify("0.01", none, LOWER_IS_BETTER)).isEqualTo(MISSED);
    }

    @Test
    void theBandIsConfigurable() {
        TargetValue t = target(Comparison.GE, "100");
        assertThat(TargetStatus.classify(new BigDecimal("80"), t, HIGHER_IS_BETTER, new BigDecimal("0.2"))).isEqualTo(NEAR);
        assertThat(TargetStatus.classify(new BigDecimal("99.99"), t, HIGHER_IS_BETTER, BigDecimal.ZERO)).isEqualTo(MISSED);
        assertThatThrownBy(() -> TargetStatus.classify(BigDecimal.ONE, t, HIGHER_IS_BETTER, new BigDecimal("-0.1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingValueOrTargetIsNoData() {
        assertThat(TargetStatus.classify(null, target(Comparison.GE, "95"), HIGHER_IS_BETTER)).isEqualTo(NO_DATA);
        assertThat(TargetStatus.classify(BigDecimal.TEN, null, HIGHER_IS_BETTER)).isEqualTo(NO_DATA);
    }
}
