package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MemberTitleShareRuleTest {

    private static final TitleNames NAMES = DefaultRuleSet.names();
    private static final EligibilityRule SEVENTY_PERCENT_LDTT = EligibilityRule.mandatory("TTLDXS", RuleKind.MEMBER_TITLE_SHARE,
            "title=LDTT; percent=70; comparison=AT_LEAST", null);
    private static final EligibilityRule MORE_THAN_HALF_LDTT = EligibilityRule.mandatory("TTLDTT", RuleKind.MEMBER_TITLE_SHARE,
            "title=LDTT; percent=50; comparison=MORE_THAN", null);
    private static final EligibilityRule ONE_CSTDCS = EligibilityRule.mandatory("TTLDXS", RuleKind.MEMBER_TITLE_SHARE,
            "title=CSTDCS; minCount=1", null);

    private static ConditionResult evaluate(EligibilityRule rule, MemberFacts members) {
        return EligibilityEngine.evaluate(rule, CandidateFacts.collective(2025, "Khoa Nội").withMembers(members), NAMES);
    }

    @Test
    void seventyPercentPassesAndSixtyNineFails() {
        ConditionResult seventy = evaluate(SEVENTY_PERCENT_LDTT, new MemberFacts(100, Map.of("LDTT", 70), 100, 100));
        assertThat(seventy.outcome()).isEqualTo(Outcome.PASS);
        assertThat(seventy.summary()).isEqualTo("Thành viên đạt LĐTT ≥ 70 % năm 2025: 70/100 = 70,0 % ✔");
        assertThat(seventy.facts()).containsExactly("Tổng số thành viên: 100", "Số thành viên đạt LĐTT: 70");

        ConditionResult sixtyNine = evaluate(SEVENTY_PERCENT_LDTT, new MemberFacts(100, Map.of("LDTT", 69), 100, 100));
        assertThat(sixtyNine.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(sixtyNine.summary()).isEqualTo("Thành viên đạt LĐTT ≥ 70 % năm 2025: 69/100 = 69,0 % ✘");
    }

    @Test
    void moreThanHalfFailsAtExactlyHalf() {
        ConditionResult half = evaluate(MORE_THAN_HALF_LDTT, new MemberFacts(10, Map.of("LDTT", 5), 10, 10));
        assertThat(half.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(half.summary()).isEqualTo("Thành viên đạt LĐTT > 50 % năm 2025: 5/10 = 50,0 % ✘");

        assertThat(evaluate(MORE_THAN_HALF_LDTT, new MemberFacts(10, Map.of("LDTT", 6), 10, 10)).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void aMinimumNumberOfMembers() {
        ConditionResult one = evaluate(ONE_CSTDCS, new MemberFacts(30, Map.of("CSTDCS", 1), 30, 30));
        assertThat(one.outcome()).isEqualTo(Outcome.PASS);
        assertThat(one.summary()).isEqualTo("Thành viên đạt CSTĐCS ít nhất 1 người năm 2025: 1/30 = 3,3 % ✔");

        ConditionResult none = evaluate(ONE_CSTDCS, new MemberFacts(30, Map.of("LDTT", 30), 30, 30));
        assertThat(none.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(none.facts()).containsExactly("Tổng số thành viên: 30", "Số thành viên đạt CSTĐCS: 0");
    }

    @Test
    void unratedMembersWhoCouldStillReachTheShareNeedReview() {
        ConditionResult couldStill = evaluate(SEVENTY_PERCENT_LDTT, new MemberFacts(10, Map.of("LDTT", 6), 9, 9));
        assertThat(couldStill.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(couldStill.summary()).isEqualTo("Thành viên đạt LĐTT ≥ 70 % năm 2025: 6/10 = 60,0 % ?");
        assertThat(couldStill.facts()).containsExactly("Tổng số thành viên: 10", "Số thành viên đạt LĐTT: 6", "Số thành viên chưa xếp loại: 1");

        assertThat(evaluate(SEVENTY_PERCENT_LDTT, new MemberFacts(10, Map.of("LDTT", 5), 9, 9)).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(evaluate(SEVENTY_PERCENT_LDTT, new MemberFacts(10, Map.of("LDTT", 7), 7, 7)).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void withoutMembersItNeedsReview() {
        ConditionResult none = evaluate(SEVENTY_PERCENT_LDTT, null);
        assertThat(none.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(none.summary()).isEqualTo("Thành viên đạt LĐTT ≥ 70 % năm 2025: chưa có số liệu thành viên ?");
        assertThat(none.facts()).containsExactly("Chưa có số liệu thành viên của tập thể");

        assertThat(evaluate(SEVENTY_PERCENT_LDTT, new MemberFacts(0, Map.of(), 0, 0)).outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
    }

    @Test
    void bothAShareAndAMinimum() {
        EligibilityRule rule = EligibilityRule.mandatory("X", RuleKind.MEMBER_TITLE_SHARE, "title=LDTT; percent=10; minCount=3", null);

        ConditionResult result = evaluate(rule, new MemberFacts(20, Map.of("LDTT", 2), 20, 20));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.summary()).isEqualTo("Thành viên đạt LĐTT ≥ 10 % và ít nhất 3 người năm 2025: 2/20 = 10,0 % ✘");
    }
}
