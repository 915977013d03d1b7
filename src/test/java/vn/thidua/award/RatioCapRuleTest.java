package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RatioCapRuleTest {

    private static final TitleNames NAMES = DefaultRuleSet.names();
    private static final EligibilityRule CAP = EligibilityRule.mandatory("CSTDCS", RuleKind.RATIO_CAP,
            "title=CSTDCS; over=LDTT; percent=15", "Nghị định 91/2017/NĐ-CP");

    private static ConditionResult evaluate(Map<String, Integer> counts) {
        return EligibilityEngine.evaluate(CAP, CandidateFacts.individual(2025, "A").withUnitTitleCounts(counts), NAMES);
    }

    @Test
    void atTheCapPassesAndOneMoreFails() {
        ConditionResult at = evaluate(Map.of("CSTDCS", 3, "LDTT", 20));
        assertThat(at.outcome()).isEqualTo(Outcome.PASS);
        assertThat(at.summary()).isEqualTo("Tỷ lệ CSTĐCS / LĐTT ≤ 15 % năm 2025: 3/20 = 15,0 % ✔");
        assertThat(at.facts()).containsExactly("CSTĐCS (đã đạt và được đề nghị) trong đơn vị: 3",
                "LĐTT (đã đạt và được đề nghị) trong đơn vị: 20");

        ConditionResult over = evaluate(Map.of("CSTDCS", 4, "LDTT", 20));
        assertThat(over.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(over.summary()).isEqualTo("Tỷ lệ CSTĐCS / LĐTT ≤ 15 % năm 2025: 4/20 = 20,0 % ✘");
    }

    @Test
    void nothingToCompareWith() {
        assertThat(evaluate(Map.of("CSTDCS", 1)).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(evaluate(Map.of("CSTDCS", 1)).summary()).isEqualTo("Tỷ lệ CSTĐCS / LĐTT ≤ 15 % năm 2025: 1/0 ✘");
        assertThat(evaluate(Map.of()).outcome()).isEqualTo(Outcome.PASS);

        ConditionResult unknown = evaluate(null);
        assertThat(unknown.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(unknown.facts()).containsExactly("Chưa có số lượng danh hiệu của đơn vị trong năm");
    }
}
