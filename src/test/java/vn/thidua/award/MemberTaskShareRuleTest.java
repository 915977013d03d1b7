package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MemberTaskShareRuleTest {

    private static final EligibilityRule ALL_COMPLETE = EligibilityRule.mandatory("TTLDXS", RuleKind.MEMBER_TASK_SHARE, "percent=100",
            null);

    private static ConditionResult evaluate(EligibilityRule rule, MemberFacts members) {
        return EligibilityEngine.evaluate(rule, CandidateFacts.collective(2025, "Khoa Nội").withMembers(members), null);
    }

    @Test
    void everyMemberCompletingPassesAndOneShortFails() {
        ConditionResult all = evaluate(ALL_COMPLETE, new MemberFacts(25, Map.of(), 25, 25));
        assertThat(all.outcome()).isEqualTo(Outcome.PASS);
        assertThat(all.summary()).isEqualTo("Thành viên hoàn thành nhiệm vụ trở lên ≥ 100 % năm 2025: 25/25 = 100,0 % ✔");
        assertThat(all.facts()).containsExactly("Tổng số thành viên: 25", "Số thành viên hoàn thành nhiệm vụ trở lên: 25");

        ConditionResult oneShort = evaluate(ALL_COMPLETE, new MemberFacts(25, Map.of(), 24, 25));
        assertThat(oneShort.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(oneShort.summary()).isEqualTo("Thành viên hoàn thành nhiệm vụ trở lên ≥ 100 % năm 2025: 24/25 = 96,0 % ✘");
    }

    @Test
    void anUnratedMemberNeedsReviewUnlessSomeoneAlreadyFailed() {
        ConditionResult unrated = evaluate(ALL_COMPLETE, new MemberFacts(25, Map.of(), 24, 24));
        assertThat(unrated.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(unrated.facts()).containsExactly("Tổng số thành viên: 25", "Số thành viên hoàn thành nhiệm vụ trở lên: 24",
                "Số thành viên chưa xếp loại: 1");

        assertThat(evaluate(ALL_COMPLETE, new MemberFacts(25, Map.of(), 23, 24)).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void aStrictShare() {
        EligibilityRule rule = EligibilityRule.mandatory("X", RuleKind.MEMBER_TASK_SHARE, "percent=80; comparison=MORE_THAN", null);

        assertThat(evaluate(rule, new MemberFacts(10, Map.of(), 8, 10)).outcome()).isEqualTo(Outcome.FAIL);
        ConditionResult nine = evaluate(rule, new MemberFacts(10, Map.of(), 9, 10));
        assertThat(nine.outcome()).isEqualTo(Outcome.PASS);
        assertThat(nine.summary()).isEqualTo("Thành viên hoàn thành nhiệm vụ trở lên > 80 % năm 2025: 9/10 = 90,0 % ✔");
    }

    @Test
    void withoutMembersItNeedsReview() {
        ConditionResult result = evaluate(ALL_COMPLETE, null);

        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(result.summary()).isEqualTo("Thành viên hoàn thành nhiệm vụ trở lên ≥ 100 % năm 2025: chưa có số liệu thành viên ?");
    }
}
