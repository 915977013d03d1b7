package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.award.PerformanceRating.EXCELLENT;
import static vn.thidua.award.PerformanceRating.GOOD;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EligibilityEngineTest {

    private static final EligibilityRule GOOD_THIS_YEAR = EligibilityRule.mandatory("T", RuleKind.RATING_CONSECUTIVE,
            "rating=GOOD; years=1", "Điều 1");
    private static final EligibilityRule EXCELLENT_THIS_YEAR = EligibilityRule.alternative("T", RuleKind.RATING_CONSECUTIVE,
            "rating=EXCELLENT; years=1", "A", 1, "Điều 2");
    private static final EligibilityRule AN_INITIATIVE = EligibilityRule.alternative("T", RuleKind.INITIATIVES,
            "level=UNIT; count=1; window=1", "A", 2, "Điều 2");
    private static final EligibilityRule VOTE = EligibilityRule.mandatory("T", RuleKind.VOTE_SHARE, "percent=90", "Điều 3");

    private static final CandidateFacts GOOD_NO_INITIATIVE = CandidateFacts.individual(2025, "A").withRatings(Map.of(2025, GOOD));

    @Test
    void aPendingVoteNeverChangesTheOverallOutcome() {
        EligibilityResult result = EligibilityEngine.evaluate(List.of(GOOD_THIS_YEAR, VOTE), GOOD_NO_INITIATIVE, null);

        assertThat(result.overall()).isEqualTo(Outcome.PASS);
        assertThat(result.votePending()).isTrue();
        assertThat(result.conditions()).extracting(ConditionResult::outcome).containsExactly(Outcome.PASS, Outcome.PENDING);
        assertThat(EligibilityEngine.evaluate(List.of(VOTE), GOOD_NO_INITIATIVE, null).overall()).isEqualTo(Outcome.PASS);
        assertThat(EligibilityEngine.evaluate(List.of(), GOOD_NO_INITIATIVE, null).overall()).isEqualTo(Outcome.PASS);
    }

    @Test
    void failIsWorseThanNeedsReview() {
        EligibilityRule members = EligibilityRule.mandatory("T", RuleKind.MEMBER_TASK_SHARE, "percent=100", null);

        assertThat(EligibilityEngine.evaluate(List.of(GOOD_THIS_YEAR, members), GOOD_NO_INITIATIVE, null).overall())
                .isEqualTo(Outcome.NEEDS_REVIEW);
        EligibilityResult both = EligibilityEngine.evaluate(List.of(members, GOOD_THIS_YEAR, EXCELLENT_THIS_YEAR),
                GOOD_NO_INITIATIVE, null);
        assertThat(both.overall()).isEqualTo(Outcome.FAIL);
        assertThat(both.mandatory()).hasSize(2);
    }

    @Test
    void aGroupTakesTheBestOptionAndAnOptionItsWorstRule() {
        EligibilityRule secondRuleOfOptionTwo = EligibilityRule.alternative("T", RuleKind.RATING_CONSECUTIVE,
                "rating=GOOD; years=2", "A", 2, null);
        CandidateFacts initiativeButOneRating = GOOD_NO_INITIATIVE.withInitiatives(
                List.of(new InitiativeRecord(2025, "S", RecognitionLevel.UNIT, null)));

        EligibilityResult result = EligibilityEngine.evaluate(
                List.of(GOOD_THIS_YEAR, EXCELLENT_THIS_YEAR, AN_INITIATIVE, secondRuleOfOptionTwo), initiativeButOneRating, null);

        GroupResult group = result.groups().get(0);
        assertThat(group.options()).extracting(GroupResult.Option::outcome).containsExactly(Outcome.FAIL, Outcome.NEEDS_REVIEW);
        assertThat(group.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(result.overall()).isEqualTo(Outcome.NEEDS_REVIEW);

        EligibilityResult excellent = EligibilityEngine.evaluate(
                List.of(GOOD_THIS_YEAR, EXCELLENT_THIS_YEAR, AN_INITIATIVE, secondRuleOfOptionTwo),
                initiativeButOneRating.withRatings(Map.of(2025, EXCELLENT)), null);
        assertThat(excellent.groups().get(0).outcome()).isEqualTo(Outcome.PASS);
        assertThat(excellent.overall()).isEqualTo(Outcome.PASS);
    }

    @Test
    void disabledRulesAreListedNowhere() {
        EligibilityResult result = EligibilityEngine.evaluate(
                List.of(GOOD_THIS_YEAR, EXCELLENT_THIS_YEAR.withEnabled(false), AN_INITIATIVE.withEnabled(false), VOTE.withEnabled(false)),
                GOOD_NO_INITIATIVE, null);

        assertThat(result.overall()).isEqualTo(Outcome.PASS);
        assertThat(result.conditions()).extracting(ConditionResult::rule).containsExactly(GOOD_THIS_YEAR);
        assertThat(result.groups()).isEmpty();
    }

    @Test
    void aRuleWrittenWronglyNeedsReviewAndSaysWhy() {
        EligibilityRule broken = EligibilityRule.mandatory("T", RuleKind.RATING_CONSECUTIVE, "rating=TOT", "Điều 9");

        ConditionResult result = EligibilityEngine.evaluate(broken, GOOD_NO_INITIATIVE, null);

        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(result.summary()).isEqualTo("Xếp loại nhiều năm liên tục: điều kiện ghi chưa đúng ?");
        assertThat(result.facts()).containsExactly("Thiếu tham số «years» (số năm liên tục).",
                "Mức xếp loại «TOT» (tham số «rating») không hợp lệ; dùng một trong: EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED.");
    }

    @Test
    void outcomesReadInVietnamese() {
        assertThat(Outcome.PASS.label()).isEqualTo("Đạt");
        assertThat(Outcome.FAIL.label()).isEqualTo("Không đạt");
        assertThat(Outcome.NEEDS_REVIEW.label()).isEqualTo("Cần xem xét");
        assertThat(Outcome.PENDING.label()).isEqualTo("Chờ bỏ phiếu");
        assertThat(List.of(Outcome.values())).extracting(Outcome::symbol).containsExactly("✔", "✘", "?", "…");
        assertThat(Outcome.worse(Outcome.PENDING, Outcome.NEEDS_REVIEW)).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(Outcome.better(Outcome.FAIL, Outcome.NEEDS_REVIEW)).isEqualTo(Outcome.NEEDS_REVIEW);
    }
}
