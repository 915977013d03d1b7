package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.award.PerformanceRating.EXCELLENT;
import static vn.thidua.award.PerformanceRating.GOOD;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RatingCountRuleTest {

    private static final EligibilityRule TWO_EXCELLENT_OF_FIVE = EligibilityRule.mandatory("HCLD3", RuleKind.RATING_COUNT,
            "rating=EXCELLENT; count=2; window=5; includeYear=true", null);

    private static ConditionResult evaluate(Map<Integer, PerformanceRating> ratings) {
        return EligibilityEngine.evaluate(TWO_EXCELLENT_OF_FIVE, CandidateFacts.individual(2025, "A").withRatings(ratings), null);
    }

    @Test
    void twoExcellentYearsOfFivePass() {
        ConditionResult result = evaluate(Map.of(2021, EXCELLENT, 2022, GOOD, 2023, GOOD, 2024, EXCELLENT, 2025, GOOD));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.summary()).isEqualTo("Xếp loại hoàn thành xuất sắc nhiệm vụ ít nhất 2 năm trong 2021–2025: 2/2 ✔");
        assertThat(result.facts()).hasSize(5).contains("Năm 2022: Hoàn thành tốt nhiệm vụ ✘", "Năm 2024: Hoàn thành xuất sắc nhiệm vụ ✔");
    }

    @Test
    void oneExcellentYearFailsAndAnExcellentYearBeforeTheWindowDoesNotCount() {
        ConditionResult result = evaluate(Map.of(2020, EXCELLENT, 2021, GOOD, 2022, GOOD, 2023, GOOD, 2024, EXCELLENT, 2025, GOOD));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.summary()).isEqualTo("Xếp loại hoàn thành xuất sắc nhiệm vụ ít nhất 2 năm trong 2021–2025: 1/2 ✘");
    }

    @Test
    void missingYearsNeedReviewOnlyWhileTheyCouldStillMakeTheCount() {
        ConditionResult couldStill = evaluate(Map.of(2021, GOOD, 2022, GOOD, 2023, GOOD, 2024, EXCELLENT));
        assertThat(couldStill.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(couldStill.summary()).endsWith(": 1/2 ?");
        assertThat(couldStill.facts()).contains("Năm 2025: chưa có xếp loại ?");

        // 2022 unknown, no excellent year: even an excellent 2022 gives only 1 of 2
        assertThat(evaluate(Map.of(2021, GOOD, 2023, GOOD, 2024, GOOD, 2025, GOOD)).outcome()).isEqualTo(Outcome.FAIL);
        // 2022 unknown but two excellent years already
        assertThat(evaluate(Map.of(2021, GOOD, 2023, EXCELLENT, 2024, EXCELLENT, 2025, GOOD)).outcome()).isEqualTo(Outcome.PASS);
    }
}
