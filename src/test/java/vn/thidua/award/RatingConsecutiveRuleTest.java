package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.award.PerformanceRating.COMPLETED;
import static vn.thidua.award.PerformanceRating.EXCELLENT;
import static vn.thidua.award.PerformanceRating.GOOD;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RatingConsecutiveRuleTest {

    private static final EligibilityRule FIVE_GOOD = EligibilityRule.mandatory("BK_TTG", RuleKind.RATING_CONSECUTIVE,
            "rating=GOOD; years=5", null);

    private static ConditionResult evaluate(EligibilityRule rule, Map<Integer, PerformanceRating> ratings) {
        return EligibilityEngine.evaluate(rule, CandidateFacts.individual(2025, "A").withRatings(ratings), null);
    }

    @Test
    void goodOrBetterInEachOfFiveYearsPasses() {
        ConditionResult result = evaluate(FIVE_GOOD, Map.of(2021, GOOD, 2022, EXCELLENT, 2023, GOOD, 2024, GOOD, 2025, EXCELLENT));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.summary()).isEqualTo("Xếp loại hoàn thành tốt nhiệm vụ trở lên 5 năm liên tục đến năm 2025: 5/5 ✔");
        assertThat(result.facts()).containsExactly("Năm 2021: Hoàn thành tốt nhiệm vụ ✔", "Năm 2022: Hoàn thành xuất sắc nhiệm vụ ✔",
                "Năm 2023: Hoàn thành tốt nhiệm vụ ✔", "Năm 2024: Hoàn thành tốt nhiệm vụ ✔",
                "Năm 2025: Hoàn thành xuất sắc nhiệm vụ ✔");
    }

    @Test
    void oneYearBelowFails() {
        ConditionResult result = evaluate(FIVE_GOOD, Map.of(2021, GOOD, 2022, GOOD, 2023, COMPLETED, 2024, GOOD, 2025, GOOD));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.summary()).isEqualTo("Xếp loại hoàn thành tốt nhiệm vụ trở lên 5 năm liên tục đến năm 2025: 4/5 ✘");
        assertThat(result.facts()).contains("Năm 2023: Hoàn thành nhiệm vụ ✘");
    }

    @Test
    void aYearWithoutRatingNeedsReviewUnlessAnotherYearAlreadyFails() {
        ConditionResult missing = evaluate(FIVE_GOOD, Map.of(2021, GOOD, 2022, GOOD, 2023, GOOD, 2024, GOOD));
        assertThat(missing.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(missing.summary()).isEqualTo("Xếp loại hoàn thành tốt nhiệm vụ trở lên 5 năm liên tục đến năm 2025: 4/5 ?");
        assertThat(missing.facts()).endsWith("Năm 2025: chưa có xếp loại ?");

        ConditionResult missingAndFailing = evaluate(FIVE_GOOD, Map.of(2021, COMPLETED, 2022, GOOD, 2023, GOOD, 2024, GOOD));
        assertThat(missingAndFailing.outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void excellentInTheYearBeforeReadsWithoutOrBetter() {
        EligibilityRule rule = EligibilityRule.mandatory("X", RuleKind.RATING_CONSECUTIVE, "rating=EXCELLENT; years=1; includeYear=false",
                null);

        ConditionResult pass = evaluate(rule, Map.of(2024, EXCELLENT, 2025, COMPLETED));
        assertThat(pass.outcome()).isEqualTo(Outcome.PASS);
        assertThat(pass.summary()).isEqualTo("Xếp loại hoàn thành xuất sắc nhiệm vụ năm 2024: 1/1 ✔");

        assertThat(evaluate(rule, Map.of(2024, GOOD, 2025, EXCELLENT)).outcome()).isEqualTo(Outcome.FAIL);
    }
}
