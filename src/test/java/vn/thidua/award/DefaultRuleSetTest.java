package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.thidua.award.PerformanceRating.COMPLETED;
import static vn.thidua.award.PerformanceRating.EXCELLENT;
import static vn.thidua.award.PerformanceRating.GOOD;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DefaultRuleSetTest {

    private static final TitleNames NAMES = DefaultRuleSet.names();
    private static final Set<String> CODES = DefaultRuleSet.titles().stream().map(TitleDefinition::code).collect(Collectors.toSet());

    private static CandidateFacts person() {
        return CandidateFacts.individual(2025, "Nguyễn Thị B");
    }

    private static CandidateFacts unit() {
        return CandidateFacts.collective(2025, "Khoa Hồi sức");
    }

    private static List<TitleHeld> held(String code, int... years) {
        List<TitleHeld> titles = new ArrayList<>();
        for (int y : years) {
            titles.add(new TitleHeld(y, code, null));
        }
        return titles;
    }

    private static List<TitleHeld> plus(List<TitleHeld> a, List<TitleHeld> b) {
        List<TitleHeld> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Map<Integer, PerformanceRating> good(int from, int to) {
        Map<Integer, PerformanceRating> ratings = new HashMap<>();
        for (int y = from; y <= to; y++) {
            ratings.put(y, GOOD);
        }
        return ratings;
    }

    private static Map<Integer, PerformanceRating> with(Map<Integer, PerformanceRating> ratings, int year, PerformanceRating r) {
        Map<Integer, PerformanceRating> copy = new HashMap<>(ratings);
        copy.put(year, r);
        return copy;
    }

    /** title, a candidate who passes, one who fails by one fact, the summary of the failing condition. */
    static Stream<Arguments> candidates() {
        CandidateFacts cstdcs = person().withRatings(good(2025, 2025))
                .withInitiatives(List.of(new InitiativeRecord(2025, "Quy trình tiếp đón", RecognitionLevel.UNIT, null)))
                .withVote(new VoteTally(6, 10));
        CandidateFacts cstdTinh = person().withTitles(held("CSTDCS", 2023, 2024, 2025))
                .withInitiatives(List.of(new InitiativeRecord(2024, "Phần mềm", RecognitionLevel.PROVINCE, null)))
                .withVote(new VoteTally(9, 10));
        CandidateFacts cstdTq = person().withTitles(held("CSTD_TINH", 2024, 2025))
                .withInitiatives(List.of(new InitiativeRecord(2020, "Đề tài", RecognitionLevel.NATIONAL, null)))
                .withVote(new VoteTally(10, 10));
        CandidateFacts ttldtt = unit().withMembers(new MemberFacts(10, Map.of("LDTT", 6), 10, 10)).withVote(new VoteTally(6, 10));
        CandidateFacts ttldxs = unit().withMembers(new MemberFacts(10, Map.of("LDTT", 7, "CSTDCS", 1), 10, 10));
        CandidateFacts coTinh = unit().withStanding(new BlockStanding("Khối bệnh viện", 1, 9, false));
        CandidateFacts bkTtg = person().withTitles(plus(held("BK_TINH", 2020), held("CSTDCS", 2021, 2023, 2025)))
                .withRatings(good(2021, 2025));
        CandidateFacts hcld3 = person().withTitles(plus(held("BK_TTG", 2019), held("CSTDCS", 2021, 2022, 2023)))
                .withRatings(with(good(2021, 2025), 2025, EXCELLENT));
        return Stream.of(
                Arguments.of("LDTT", person().withRatings(good(2025, 2025)), person().withRatings(Map.of(2025, COMPLETED)),
                        "Xếp loại hoàn thành tốt nhiệm vụ trở lên năm 2025: 0/1 ✘"),
                Arguments.of("CSTDCS", cstdcs, cstdcs.withInitiatives(List.of()),
                        "Sáng kiến cấp cơ sở trở lên năm 2025: 0/1 ✘"),
                Arguments.of("CSTD_TINH", cstdTinh, cstdTinh.withVote(new VoteTally(8, 10)),
                        "Phiếu đồng ý ≥ 90 % tổng số thành viên Hội đồng: 8/10 = 80,0 % ✘"),
                Arguments.of("CSTD_TQ", cstdTq,
                        cstdTq.withInitiatives(List.of(new InitiativeRecord(2019, "Đề tài", RecognitionLevel.NATIONAL, null))),
                        "Sáng kiến toàn quốc 2020–2025: 0/1 ✘"),
                Arguments.of("TTLDTT", ttldtt, ttldtt.withMembers(new MemberFacts(10, Map.of("LDTT", 5), 10, 10)),
                        "Thành viên đạt LĐTT > 50 % năm 2025: 5/10 = 50,0 % ✘"),
                Arguments.of("TTLDXS", ttldxs, ttldxs.withMembers(new MemberFacts(10, Map.of("LDTT", 7, "CSTDCS", 1), 9, 10)),
                        "Thành viên hoàn thành nhiệm vụ trở lên ≥ 100 % năm 2025: 9/10 = 90,0 % ✘"),
                Arguments.of("CO_TINH", coTinh, coTinh.withStanding(new BlockStanding("Khối bệnh viện", 2, 9, false)),
                        "Đứng đầu khối thi đua năm 2025: hạng 2/9 ✘"),
                Arguments.of("CO_CP", unit().withTitles(held("CO_TINH", 2025)), unit().withTitles(held("CO_TINH", 2024)),
                        "Cờ thi đua tỉnh năm 2025: 0/1 ✘"),
                Arguments.of("GIAY_KHEN", person().withRatings(good(2025, 2025)),
                        person().withRatings(good(2025, 2025)).withDisciplines(
                                List.of(new DisciplineRecord(LocalDate.of(2025, 3, 2), DisciplineMeasure.REPRIMAND, null))),
                        "Không bị kỷ luật từ mức khiển trách trở lên năm 2025: 1 quyết định ✘"),
                Arguments.of("BK_TINH", person().withTitles(held("CSTDCS", 2024, 2025)), person().withTitles(held("CSTDCS", 2023, 2025)),
                        "CSTĐCS 2 năm liên tục đến năm 2025: 1/2 ✘"),
                Arguments.of("BK_TTG", bkTtg, bkTtg.withTitles(plus(held("BK_TINH", 2025), held("CSTDCS", 2021, 2023, 2025))),
                        "Bằng khen UBND tỉnh ít nhất 1 lần trong 2015–2024: 0/1 ✘"),
                Arguments.of("HCLD3", hcld3, hcld3.withRatings(good(2021, 2025)),
                        "Xếp loại hoàn thành xuất sắc nhiệm vụ ít nhất 1 năm trong 2021–2025: 0/1 ✘"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("candidates")
    void eachTitlePassesItsCandidateAndFailsTheOtherByOneFact(String code, CandidateFacts passing, CandidateFacts failing,
            String failedSummary) {
        List<EligibilityRule> rules = DefaultRuleSet.rulesOf(code);

        EligibilityResult pass = EligibilityEngine.evaluate(rules, passing, NAMES);
        EligibilityResult fail = EligibilityEngine.evaluate(rules, failing, NAMES);

        assertThat(pass.overall()).as(pass.conditions().toString()).isEqualTo(Outcome.PASS);
        assertThat(fail.overall()).isEqualTo(Outcome.FAIL);
        assertThat(fail.conditions()).extracting(ConditionResult::summary).contains(failedSummary);
        assertThat(pass.conditions()).allSatisfy(c -> assertThat(c.rule().enabled()).isTrue())
                .allSatisfy(c -> assertThat(c.legalReference()).isNotBlank());
    }

    @Test
    void everyDefaultRuleIsWellWrittenAndNamesKnownTitles() {
        for (EligibilityRule rule : DefaultRuleSet.rules()) {
            assertThat(rule.problems(CODES)).as(rule.titleCode() + " " + rule.kind()).isEmpty();
            assertThat(CODES).contains(rule.titleCode());
            assertThat(rule.legalReference()).isNotBlank();
            for (String key : List.of("title", "over")) {
                if (rule.parameters().has(key)) {
                    assertThat(CODES).contains(rule.parameters().text(key));
                }
            }
        }
    }

    @Test
    void theCatalogue() {
        List<TitleDefinition> titles = DefaultRuleSet.titles();

        assertThat(titles).extracting(TitleDefinition::code).containsExactly("LDTT", "CSTDCS", "CSTD_TINH", "CSTD_TQ", "TTLDTT",
                "TTLDXS", "CO_TINH", "CO_CP", "GIAY_KHEN", "BK_TINH", "BK_TTG", "HCLD3");
        assertThat(titles).allSatisfy(t -> {
            assertThat(DefaultRuleSet.rulesOf(t.code())).isNotEmpty();
            assertThat(t.legalReference()).isNotBlank();
        });
        assertThat(NAMES.shortName("CSTD_TINH")).isEqualTo("CSTĐ cấp tỉnh");
        assertThat(NAMES.shortName("BK_TINH")).isEqualTo("Bằng khen UBND tỉnh");
        assertThat(NAMES.shortName("KHAC")).isEqualTo("KHAC");
        assertThat(DefaultRuleSet.EFFECTIVE_FROM).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(DefaultRuleSet.NAME).isEqualTo("Luật Thi đua, khen thưởng 2022 và Nghị định 98/2023/NĐ-CP");
        TitleDefinition ldtt = titles.get(0);
        assertThat(ldtt.rewardMultiple()).isEqualByComparingTo("0.3");
        assertThat(ldtt.awardingBody()).isEqualTo("Giám đốc Sở Y tế");
        assertThat(titles.get(7).rewardMultiple()).isEqualByComparingTo("12");
    }

    @Test
    void theOldCapsAndTheOldDisciplineClauseAreOff() {
        assertThat(DefaultRuleSet.rules()).filteredOn(r -> !r.enabled())
                .extracting(r -> r.titleCode() + " " + r.kind())
                .containsExactlyInAnyOrder("CSTDCS RATIO_CAP", "TTLDXS NO_DISCIPLINE", "CO_CP RATIO_CAP");
    }

    @Test
    void voteThresholdsOfTheDefaultTitles() {
        assertThat(EligibilityEngine.voteThreshold(DefaultRuleSet.rulesOf("CSTD_TINH")).describe())
                .isEqualTo("≥ 90 % tổng số thành viên Hội đồng");
        assertThat(EligibilityEngine.voteThreshold(DefaultRuleSet.rulesOf("CSTDCS")).describe())
                .isEqualTo("quá bán (> 50 % tổng số thành viên Hội đồng)");
        assertThat(EligibilityEngine.voteThreshold(DefaultRuleSet.rulesOf("GIAY_KHEN")).isMajority()).isTrue();
    }

    @Test
    void bangKhenTinhPassesByEitherOptionAndFailsWhenBothFail() {
        List<EligibilityRule> rules = DefaultRuleSet.rulesOf("BK_TINH");
        CandidateFacts byTitles = person().withTitles(held("CSTDCS", 2024, 2025));
        CandidateFacts byRatings = person().withRatings(Map.of(2024, EXCELLENT, 2025, EXCELLENT)).withInitiatives(List.of(
                new InitiativeRecord(2024, "A", RecognitionLevel.UNIT, null), new InitiativeRecord(2025, "B", RecognitionLevel.UNIT, null)));
        CandidateFacts neither = byRatings.withInitiatives(List.of(new InitiativeRecord(2025, "B", RecognitionLevel.UNIT, null)))
                .withTitles(held("CSTDCS", 2025));

        EligibilityResult first = EligibilityEngine.evaluate(rules, byTitles, NAMES);
        assertThat(first.overall()).isEqualTo(Outcome.PASS);
        assertThat(first.groups()).hasSize(1);
        GroupResult group = first.groups().get(0);
        assertThat(group.anyGroup()).isEqualTo("A");
        assertThat(group.outcome()).isEqualTo(Outcome.PASS);
        assertThat(group.options()).extracting(GroupResult.Option::option, GroupResult.Option::outcome)
                .containsExactly(tuple(1, Outcome.PASS), tuple(2, Outcome.FAIL));
        assertThat(group.options().get(1).conditions()).hasSize(2);

        EligibilityResult second = EligibilityEngine.evaluate(rules, byRatings, NAMES);
        assertThat(second.overall()).isEqualTo(Outcome.PASS);
        assertThat(second.groups().get(0).options()).extracting(GroupResult.Option::outcome).containsExactly(Outcome.FAIL, Outcome.PASS);

        EligibilityResult none = EligibilityEngine.evaluate(rules, neither, NAMES);
        assertThat(none.overall()).isEqualTo(Outcome.FAIL);
        assertThat(none.groups().get(0).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(none.conditions()).extracting(ConditionResult::summary).containsExactly(
                "Không bị kỷ luật từ mức khiển trách trở lên năm 2025: ✔",
                "CSTĐCS 2 năm liên tục đến năm 2025: 1/2 ✘",
                "Xếp loại hoàn thành xuất sắc nhiệm vụ 2 năm liên tục đến năm 2025: 2/2 ✔",
                "Sáng kiến cấp cơ sở trở lên 2024–2025: 1/2 ✘",
                "Phiếu đồng ý quá bán (> 50 % tổng số thành viên Hội đồng): chưa bỏ phiếu …");
        assertThat(none.votePending()).isTrue();
    }

    @Test
    void aTitleForBothJudgesACollectiveOnlyByTheRulesForCollectives() {
        CandidateFacts excellentTwice = unit().withRatings(Map.of(2024, EXCELLENT, 2025, EXCELLENT));
        EligibilityResult passes = EligibilityEngine.evaluate(DefaultRuleSet.rulesOf("BK_TINH"), excellentTwice, NAMES);
        assertThat(passes.overall()).isEqualTo(Outcome.PASS);
        assertThat(passes.conditions()).extracting(c -> c.rule().kind())
                .doesNotContain(RuleKind.TITLE_CONSECUTIVE, RuleKind.INITIATIVES).contains(RuleKind.RATING_CONSECUTIVE);
        CandidateFacts goodOnce = unit().withRatings(Map.of(2024, GOOD, 2025, EXCELLENT));
        assertThat(EligibilityEngine.evaluate(DefaultRuleSet.rulesOf("BK_TINH"), goodOnce, NAMES).overall()).isEqualTo(Outcome.FAIL);
        EligibilityResult person = EligibilityEngine.evaluate(DefaultRuleSet.rulesOf("BK_TINH"),
                person().withTitles(held("CSTDCS", 2024, 2025)), NAMES);
        assertThat(person.overall()).isEqualTo(Outcome.PASS);
        assertThat(person.conditions()).extracting(c -> c.rule().parameters().format()).noneMatch(p -> p.contains("COLLECTIVE"));
    }
}
