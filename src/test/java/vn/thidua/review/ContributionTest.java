package vn.thidua.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.thidua.criteria.CriterionKind;

class ContributionTest {

    private static final BigDecimal FIVE = new BigDecimal("5");

    @ParameterizedTest
    @EnumSource(CriterionKind.class)
    void everyKindOfTheFrameworkHasAContribution(CriterionKind kind) {
        Contribution expected = switch (kind) {
            case BONUS -> Contribution.BONUS;
            case PENALTY -> Contribution.PENALTY;
            default -> Contribution.REGULAR;
        };
        assertThat(Contribution.of(kind)).isEqualTo(expected);
    }

    @Test
    void rangeOfARegularCriterionOrBonusIsZeroToMax() {
        for (Contribution c : new Contribution[] {Contribution.REGULAR, Contribution.BONUS}) {
            assertThat(c.lowest(FIVE)).isEqualByComparingTo("0");
            assertThat(c.highest(FIVE)).isEqualByComparingTo("5");
            assertThat(c.allows(FIVE, new BigDecimal("0"))).isTrue();
            assertThat(c.allows(FIVE, new BigDecimal("5.00"))).isTrue();
            assertThat(c.allows(FIVE, new BigDecimal("5.01"))).isFalse();
            assertThat(c.allows(FIVE, new BigDecimal("-0.01"))).isFalse();
        }
    }

    @Test
    void rangeOfAPenaltyIsMinusMaxToZero() {
        assertThat(Contribution.PENALTY.lowest(FIVE)).isEqualByComparingTo("-5");
        assertThat(Contribution.PENALTY.highest(FIVE)).isEqualByComparingTo("0");
        assertThat(Contribution.PENALTY.allows(FIVE, new BigDecimal("-5"))).isTrue();
        assertThat(Contribution.PENALTY.allows(FIVE, new BigDecimal("0"))).isTrue();
        assertThat(Contribution.PENALTY.allows(FIVE, new BigDecimal("-5.01"))).isFalse();
        assertThat(Contribution.PENALTY.allows(FIVE, new BigDecimal("0.01"))).isFalse();
    }

    @Test
    void maximumMustBePositive() {
        assertThatThrownBy(() -> Contribution.REGULAR.lowest(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Contribution.PENALTY.highest(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Contribution.BONUS.allows(new BigDecimal("-1"), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Contribution.of(null)).isInstanceOf(NullPointerException.class);
    }
}
