package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.award.RecognitionLevel.NATIONAL;
import static vn.thidua.award.RecognitionLevel.PROVINCE;
import static vn.thidua.award.RecognitionLevel.UNIT;

import java.util.List;
import org.junit.jupiter.api.Test;

class InitiativesRuleTest {

    private static final EligibilityRule PROVINCIAL_IN_THREE_YEARS = EligibilityRule.mandatory("CSTD_TINH", RuleKind.INITIATIVES,
            "level=PROVINCE; count=1; window=3", null);

    private static ConditionResult evaluate(EligibilityRule rule, InitiativeRecord... initiatives) {
        return EligibilityEngine.evaluate(rule, CandidateFacts.individual(2025, "A").withInitiatives(List.of(initiatives)), null);
    }

    @Test
    void aProvincialOrNationalInitiativeInTheWindowPasses() {
        ConditionResult result = evaluate(PROVINCIAL_IN_THREE_YEARS, new InitiativeRecord(2023, "Bệnh án điện tử", NATIONAL, "QĐ 7/QĐ-BYT"),
                new InitiativeRecord(2024, "Sổ theo dõi", UNIT, null));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.summary()).isEqualTo("Sáng kiến cấp tỉnh trở lên 2023–2025: 1/1 ✔");
        assertThat(result.facts()).containsExactly("Sáng kiến «Bệnh án điện tử» toàn quốc năm 2023 ✔ (QĐ 7/QĐ-BYT)",
                "Sáng kiến «Sổ theo dõi» cấp cơ sở năm 2024 ✘");
    }

    @Test
    void oneYearBeforeTheWindowOrOneLevelBelowFails() {
        ConditionResult result = evaluate(PROVINCIAL_IN_THREE_YEARS, new InitiativeRecord(2022, "Cũ", PROVINCE, null),
                new InitiativeRecord(2025, "Mới", UNIT, null));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.summary()).isEqualTo("Sáng kiến cấp tỉnh trở lên 2023–2025: 0/1 ✘");
        assertThat(result.facts()).containsExactly("Sáng kiến «Mới» cấp cơ sở năm 2025 ✘");
    }

    @Test
    void noInitiativeAtAllSaysSo() {
        EligibilityRule rule = EligibilityRule.mandatory("CSTDCS", RuleKind.INITIATIVES, "level=UNIT; count=1; window=1", null);

        ConditionResult result = evaluate(rule);

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.summary()).isEqualTo("Sáng kiến cấp cơ sở trở lên năm 2025: 0/1 ✘");
        assertThat(result.facts()).containsExactly("Không có sáng kiến nào được công nhận trong năm 2025");
    }

    @Test
    void twoInitiativesNeedTwo() {
        EligibilityRule rule = EligibilityRule.mandatory("BK_TINH", RuleKind.INITIATIVES, "level=UNIT; count=2; window=2", null);

        assertThat(evaluate(rule, new InitiativeRecord(2024, "A", UNIT, null), new InitiativeRecord(2024, "B", PROVINCE, null))
                .summary()).isEqualTo("Sáng kiến cấp cơ sở trở lên 2024–2025: 2/2 ✔");
        assertThat(evaluate(rule, new InitiativeRecord(2024, "A", UNIT, null)).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void nationalLevelReadsWithoutOrAbove() {
        EligibilityRule rule = EligibilityRule.mandatory("CSTD_TQ", RuleKind.INITIATIVES, "level=NATIONAL; count=1; window=6", null);

        assertThat(evaluate(rule, new InitiativeRecord(2020, "A", NATIONAL, null)).summary())
                .isEqualTo("Sáng kiến toàn quốc 2020–2025: 1/1 ✔");
    }
}
