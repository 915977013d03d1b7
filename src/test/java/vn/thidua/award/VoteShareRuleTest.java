package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class VoteShareRuleTest {

    private static final EligibilityRule NINETY = EligibilityRule.mandatory("CSTD_TINH", RuleKind.VOTE_SHARE, "percent=90",
            "Nghị định 91/2017/NĐ-CP, Điều 45");
    private static final EligibilityRule MAJORITY = EligibilityRule.mandatory("LDTT", RuleKind.VOTE_SHARE,
            "percent=50; comparison=MORE_THAN", null);

    private static ConditionResult evaluate(EligibilityRule rule, VoteTally vote) {
        return EligibilityEngine.evaluate(rule, CandidateFacts.individual(2025, "A").withVote(vote), null);
    }

    @Test
    void nineOfTenPassesNinetyPercentAndEightFails() {
        ConditionResult nine = evaluate(NINETY, new VoteTally(9, 10));
        assertThat(nine.outcome()).isEqualTo(Outcome.PASS);
        assertThat(nine.summary()).isEqualTo("Phiếu đồng ý ≥ 90 % tổng số thành viên Hội đồng: 9/10 = 90,0 % ✔");
        assertThat(nine.facts()).containsExactly("Phiếu đồng ý: 9", "Tổng số thành viên Hội đồng: 10");

        ConditionResult eight = evaluate(NINETY, new VoteTally(8, 10));
        assertThat(eight.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(eight.summary()).isEqualTo("Phiếu đồng ý ≥ 90 % tổng số thành viên Hội đồng: 8/10 = 80,0 % ✘");
    }

    @Test
    void exactlyHalfIsNotAMajority() {
        ConditionResult half = evaluate(MAJORITY, new VoteTally(6, 12));
        assertThat(half.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(half.summary()).isEqualTo("Phiếu đồng ý quá bán (> 50 % tổng số thành viên Hội đồng): 6/12 = 50,0 % ✘");
        assertThat(evaluate(MAJORITY, new VoteTally(7, 12)).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void anOpenBallotIsPending() {
        ConditionResult open = evaluate(NINETY, null);

        assertThat(open.outcome()).isEqualTo(Outcome.PENDING);
        assertThat(open.summary()).isEqualTo("Phiếu đồng ý ≥ 90 % tổng số thành viên Hội đồng: chưa bỏ phiếu …");
        assertThat(open.facts()).containsExactly("Chưa kết thúc bỏ phiếu");
        assertThat(evaluate(NINETY, new VoteTally(0, 0)).outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    }

    @Test
    void theThresholdOfATitle() {
        VoteThreshold ninety = EligibilityEngine.voteThreshold(List.of(MAJORITY.withEnabled(false), NINETY));
        assertThat(ninety).isEqualTo(new VoteThreshold(new BigDecimal("90"), false, "Nghị định 91/2017/NĐ-CP, Điều 45"));
        assertThat(ninety.describe()).isEqualTo("≥ 90 % tổng số thành viên Hội đồng");
        assertThat(ninety.passes(9, 10)).isTrue();
        assertThat(ninety.passes(8, 10)).isFalse();
        assertThat(ninety.passes(14, 15)).isTrue();
        assertThat(ninety.passes(13, 15)).isFalse();
        assertThat(ninety.passes(0, 0)).isFalse();
    }

    @Test
    void withoutAVoteRuleMoreThanHalfOfTheMembers() {
        VoteThreshold threshold = EligibilityEngine.voteThreshold(List.of(NINETY.withEnabled(false)));

        assertThat(threshold.percent()).isEqualByComparingTo("50");
        assertThat(threshold.strictlyMore()).isTrue();
        assertThat(threshold.describe()).isEqualTo("quá bán (> 50 % tổng số thành viên Hội đồng)");
        assertThat(threshold.legalReference()).isEqualTo(EligibilityEngine.DEFAULT_VOTE_REFERENCE);
        assertThat(threshold.passes(5, 10)).isFalse();
        assertThat(threshold.passes(6, 10)).isTrue();
        assertThat(threshold.passes(5, 9)).isTrue();
    }
}
