package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatioCapsTest {

    private static final TitleNames NAMES = DefaultRuleSet.names();
    private static final EligibilityRule CAP = EligibilityRule.mandatory("CSTDCS", RuleKind.RATIO_CAP,
            "title=CSTDCS; over=LDTT; percent=15", "Quy chế tỉnh");

    @Test
    void threeOfTwentyIsWithinFifteenPercentAndFourIsNot() {
        assertThat(RatioCaps.exceeded(List.of(CAP), Map.of("CSTDCS", 3, "LDTT", 20), NAMES)).isEmpty();

        List<CapExceedance> exceeded = RatioCaps.exceeded(List.of(CAP), Map.of("CSTDCS", 4, "LDTT", 20), NAMES);

        assertThat(exceeded).hasSize(1);
        CapExceedance e = exceeded.get(0);
        assertThat(e.rule()).isEqualTo(CAP);
        assertThat(e.count()).isEqualTo(4);
        assertThat(e.over()).isEqualTo(20);
        assertThat(e.sharePercent()).isEqualByComparingTo("20.0");
        assertThat(e.message()).isEqualTo("CSTĐCS 4 / LĐTT 20 = 20,0 % > 15 %");
    }

    @Test
    void theOfficesExample() {
        assertThat(RatioCaps.exceeded(List.of(CAP), Map.of("CSTDCS", 3, "LDTT", 15), NAMES))
                .extracting(CapExceedance::message).containsExactly("CSTĐCS 3 / LĐTT 15 = 20,0 % > 15 %");
    }

    @Test
    void disabledCapsAndOtherKindsAreIgnoredAndIdenticalCapsReportedOnce() {
        EligibilityRule sameCapElsewhere = new EligibilityRule("LDTT", RuleKind.RATIO_CAP,
                RuleParameters.parse("percent=15,0; title=CSTDCS; over=LDTT"), null, 0, true, "Khác");
        EligibilityRule vote = EligibilityRule.mandatory("CSTDCS", RuleKind.VOTE_SHARE, "percent=50", null);
        EligibilityRule broken = EligibilityRule.mandatory("CSTDCS", RuleKind.RATIO_CAP, "title=CSTDCS; over=LDTT", null);

        assertThat(RatioCaps.exceeded(List.of(CAP.withEnabled(false)), Map.of("CSTDCS", 4, "LDTT", 20), NAMES)).isEmpty();
        assertThat(RatioCaps.exceeded(List.of(CAP, vote, sameCapElsewhere, broken), Map.of("CSTDCS", 4, "LDTT", 20), NAMES))
                .extracting(CapExceedance::rule).containsExactly(CAP);
        assertThat(RatioCaps.exceeded(DefaultRuleSet.rules(), Map.of("CSTDCS", 20, "LDTT", 20, "CO_CP", 5), NAMES)).isEmpty();
    }

    @Test
    void aCappedTitleWithNothingToCompareWithExceeds() {
        List<CapExceedance> exceeded = RatioCaps.exceeded(List.of(CAP), Map.of("CSTDCS", 2), null);

        assertThat(exceeded).extracting(CapExceedance::message).containsExactly("CSTDCS 2 / LDTT 0: vượt mức 15 %");
        assertThat(exceeded.get(0).sharePercent()).isNull();
        assertThat(RatioCaps.exceeded(List.of(CAP), Map.of(), NAMES)).isEmpty();
        assertThat(RatioCaps.exceeded(List.of(CAP), null, NAMES)).isEmpty();
    }
}
