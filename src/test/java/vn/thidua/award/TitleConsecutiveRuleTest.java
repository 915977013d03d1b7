package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleConsecutiveRuleTest {

    private static final TitleNames NAMES = DefaultRuleSet.names();
    private static final EligibilityRule THREE_CSTDCS = EligibilityRule.mandatory("CSTD_TINH", RuleKind.TITLE_CONSECUTIVE,
            "title=CSTDCS; years=3; includeYear=true", "Luật TĐKT 2022, Điều 22");

    @Test
    void threeConsecutiveYearsEndingWithTheYearPass() {
        CandidateFacts facts = CandidateFacts.individual(2025, "Nguyễn Văn A").withTitles(List.of(
                new TitleHeld(2023, "CSTDCS", "QĐ 12/QĐ-SYT ngày 01/12/2023"), new TitleHeld(2024, "CSTDCS", null),
                new TitleHeld(2025, "CSTDCS", " ")));

        ConditionResult result = EligibilityEngine.evaluate(THREE_CSTDCS, facts, NAMES);

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.summary()).isEqualTo("CSTĐCS 3 năm liên tục đến năm 2025: 3/3 ✔");
        assertThat(result.facts()).containsExactly("CSTĐCS 2023 ✔ (QĐ 12/QĐ-SYT ngày 01/12/2023)", "CSTĐCS 2024 ✔", "CSTĐCS 2025 ✔");
        assertThat(result.legalReference()).isEqualTo("Luật TĐKT 2022, Điều 22");
    }

    @Test
    void aGapOfOneYearFails() {
        CandidateFacts facts = CandidateFacts.individual(2025, "Nguyễn Văn A").withTitles(List.of(
                new TitleHeld(2022, "CSTDCS", null), new TitleHeld(2023, "CSTDCS", null), new TitleHeld(2025, "CSTDCS", null),
                new TitleHeld(2024, "LDTT", null)));

        ConditionResult result = EligibilityEngine.evaluate(THREE_CSTDCS, facts, NAMES);

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.summary()).isEqualTo("CSTĐCS 3 năm liên tục đến năm 2025: 2/3 ✘");
        assertThat(result.facts()).containsExactly("CSTĐCS 2023 ✔", "CSTĐCS 2024 ✘", "CSTĐCS 2025 ✔");
    }

    @Test
    void withoutTheYearTheRangeEndsTheYearBefore() {
        EligibilityRule rule = EligibilityRule.mandatory("X", RuleKind.TITLE_CONSECUTIVE, "title=BK_TINH; years=2; includeYear=false",
                null);
        CandidateFacts facts = CandidateFacts.individual(2025, "B").withTitles(List.of(
                new TitleHeld(2023, "BK_TINH", null), new TitleHeld(2024, "BK_TINH", null)));

        ConditionResult result = EligibilityEngine.evaluate(rule, facts, NAMES);
        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.summary()).isEqualTo("Bằng khen UBND tỉnh 2 năm liên tục đến năm 2024: 2/2 ✔");

        ConditionResult oneYearLater = EligibilityEngine.evaluate(rule, facts.withTitles(List.of(
                new TitleHeld(2023, "BK_TINH", null), new TitleHeld(2025, "BK_TINH", null))), NAMES);
        assertThat(oneYearLater.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(oneYearLater.facts()).containsExactly("Bằng khen UBND tỉnh 2023 ✔", "Bằng khen UBND tỉnh 2024 ✘");
    }

    @Test
    void oneYearReadsAsThatYearAndUnknownCodesShowAsCodes() {
        EligibilityRule rule = EligibilityRule.mandatory("X", RuleKind.TITLE_CONSECUTIVE, "title=KHAC; years=1", null);

        ConditionResult result = EligibilityEngine.evaluate(rule, CandidateFacts.individual(2025, "C"), null);

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.summary()).isEqualTo("KHAC năm 2025: 0/1 ✘");
        assertThat(result.facts()).containsExactly("KHAC 2025 ✘");
    }
}
