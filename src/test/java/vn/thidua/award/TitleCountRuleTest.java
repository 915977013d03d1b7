package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleCountRuleTest {

    private static final TitleNames NAMES = DefaultRuleSet.names();
    private static final EligibilityRule THREE_OF_FIVE = EligibilityRule.mandatory("BK_TTG", RuleKind.TITLE_COUNT,
            "title=CSTDCS; count=3; window=5; includeYear=true", null);

    @Test
    void threeYearsOfFiveInAnyOrderPass() {
        CandidateFacts facts = CandidateFacts.individual(2025, "A").withTitles(List.of(
                new TitleHeld(2021, "CSTDCS", "QĐ 5/QĐ-SYT"), new TitleHeld(2023, "CSTDCS", null),
                new TitleHeld(2025, "CSTDCS", null), new TitleHeld(2020, "CSTDCS", null)));

        ConditionResult result = EligibilityEngine.evaluate(THREE_OF_FIVE, facts, NAMES);

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.summary()).isEqualTo("CSTĐCS ít nhất 3 lần trong 2021–2025: 3/3 ✔");
        assertThat(result.facts()).containsExactly("CSTĐCS 2021 ✔ (QĐ 5/QĐ-SYT)", "CSTĐCS 2023 ✔", "CSTĐCS 2025 ✔");
    }

    @Test
    void aTitleOneYearBeforeTheWindowDoesNotCount() {
        CandidateFacts facts = CandidateFacts.individual(2025, "A").withTitles(List.of(
                new TitleHeld(2020, "CSTDCS", null), new TitleHeld(2023, "CSTDCS", null), new TitleHeld(2025, "CSTDCS", null),
                new TitleHeld(2025, "CSTDCS", "trùng")));

        ConditionResult result = EligibilityEngine.evaluate(THREE_OF_FIVE, facts, NAMES);

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.summary()).isEqualTo("CSTĐCS ít nhất 3 lần trong 2021–2025: 2/3 ✘");
    }

    @Test
    void aCommendationInTheTenYearsBeforeTheYear() {
        EligibilityRule rule = EligibilityRule.mandatory("BK_TTG", RuleKind.TITLE_COUNT,
                "title=BK_TINH; count=1; window=10; includeYear=false", null);

        ConditionResult pass = EligibilityEngine.evaluate(rule,
                CandidateFacts.individual(2025, "A").withTitles(List.of(new TitleHeld(2015, "BK_TINH", null))), NAMES);
        assertThat(pass.outcome()).isEqualTo(Outcome.PASS);
        assertThat(pass.summary()).isEqualTo("Bằng khen UBND tỉnh ít nhất 1 lần trong 2015–2024: 1/1 ✔");

        ConditionResult inTheYear = EligibilityEngine.evaluate(rule,
                CandidateFacts.individual(2025, "A").withTitles(List.of(new TitleHeld(2025, "BK_TINH", null),
                        new TitleHeld(2014, "BK_TINH", null))), NAMES);
        assertThat(inTheYear.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(inTheYear.summary()).isEqualTo("Bằng khen UBND tỉnh ít nhất 1 lần trong 2015–2024: 0/1 ✘");
        assertThat(inTheYear.facts()).containsExactly("Không có Bằng khen UBND tỉnh nào trong 2015–2024");
    }

    @Test
    void aOneYearWindowReadsAsThatYear() {
        EligibilityRule rule = EligibilityRule.mandatory("CO_CP", RuleKind.TITLE_COUNT, "title=CO_TINH; count=1; window=1", null);

        ConditionResult result = EligibilityEngine.evaluate(rule,
                CandidateFacts.collective(2025, "BV").withTitles(List.of(new TitleHeld(2025, "CO_TINH", null))), NAMES);

        assertThat(result.summary()).isEqualTo("Cờ thi đua tỉnh năm 2025: 1/1 ✔");
    }
}
