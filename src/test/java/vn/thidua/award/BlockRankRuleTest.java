package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlockRankRuleTest {

    private static final EligibilityRule TOP = EligibilityRule.mandatory("CO_TINH", RuleKind.BLOCK_RANK, "rank=1", null);
    private static final EligibilityRule TOP_THREE = EligibilityRule.mandatory("X", RuleKind.BLOCK_RANK, "rank=3", null);

    private static ConditionResult evaluate(EligibilityRule rule, BlockStanding standing) {
        return EligibilityEngine.evaluate(rule, CandidateFacts.collective(2025, "BVĐK tỉnh").withStanding(standing), null);
    }

    @Test
    void theFirstPassesAndTheSecondFails() {
        ConditionResult first = evaluate(TOP, new BlockStanding("Khối bệnh viện tuyến tỉnh", 1, 8, false));
        assertThat(first.outcome()).isEqualTo(Outcome.PASS);
        assertThat(first.summary()).isEqualTo("Đứng đầu khối thi đua năm 2025: hạng 1/8 ✔");
        assertThat(first.facts()).containsExactly("Khối bệnh viện tuyến tỉnh: hạng 1 trên 8 đơn vị");

        ConditionResult second = evaluate(TOP, new BlockStanding("Khối bệnh viện tuyến tỉnh", 2, 8, false));
        assertThat(second.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(second.summary()).isEqualTo("Đứng đầu khối thi đua năm 2025: hạng 2/8 ✘");
    }

    @Test
    void aTieAtTheBoundaryPassesAndSaysSo() {
        ConditionResult tied = evaluate(TOP_THREE, new BlockStanding("Khối TTYT", 3, 12, true));

        assertThat(tied.outcome()).isEqualTo(Outcome.PASS);
        assertThat(tied.summary()).isEqualTo("Xếp hạng từ 1 đến 3 trong khối thi đua năm 2025: hạng 3/12 (đồng hạng) ✔");
        assertThat(tied.facts()).containsExactly("Khối TTYT: hạng 3 trên 12 đơn vị, đồng hạng");
        assertThat(evaluate(TOP_THREE, new BlockStanding("Khối TTYT", 4, 12, true)).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void noPublishedRankingNeedsReview() {
        ConditionResult result = evaluate(TOP, null);

        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(result.summary()).isEqualTo("Đứng đầu khối thi đua năm 2025: chưa có xếp hạng ?");
        assertThat(result.facts()).containsExactly("Chưa có kết quả xếp hạng được công bố");
    }
}
