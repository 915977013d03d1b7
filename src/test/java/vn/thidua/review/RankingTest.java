package vn.thidua.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.thidua.review.TieBreak.FEWER_PENALTY_POINTS;
import static vn.thidua.review.TieBreak.HIGHER_CRITERIA_POINTS;
import static vn.thidua.review.TieBreak.MORE_CRITERIA_MET;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static final List<TieBreak> ALL_TIE_BREAKS = List.of(MORE_CRITERIA_MET, FEWER_PENALTY_POINTS,
            HIGHER_CRITERIA_POINTS);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static RankEntry entry(long id, String name, String total, int met, String penalty, String criteria) {
        return new RankEntry(id, name, d(total), met, d(penalty), d(criteria));
    }

    /** A unit whose tie-break figures are all the same as every other such unit's. */
    private static RankEntry entry(long id, String name, String total) {
        return entry(id, name, total, 5, "0", "80");
    }

    private static List<RankedUnit> rank(List<TieBreak> tieBreaks, RankEntry... entries) {
        return Ranking.rank(Arrays.asList(entries), tieBreaks, Band.defaults());
    }

    private static List<Long> ids(List<RankedUnit> ranked) {
        return ranked.stream().map(r -> r.entry().unitId()).toList();
    }

    private static List<Integer> ranks(List<RankedUnit> ranked) {
        return ranked.stream().map(RankedUnit::rank).toList();
    }

    private static List<Boolean> tied(List<RankedUnit> ranked) {
        return ranked.stream().map(RankedUnit::tied).toList();
    }

    // ---- order by total

    @Test
    void emptyListGivesAnEmptyRanking() {
        assertThat(Ranking.rank(List.of(), ALL_TIE_BREAKS, Band.defaults())).isEmpty();
        assertThat(Ranking.rank(List.of(), List.of(), List.of())).isEmpty();
    }

    @Test
    void oneUnitIsFirstAndNotTied() {
        List<RankedUnit> ranked = rank(ALL_TIE_BREAKS, entry(1, "Bệnh viện Mắt", "70"));
        assertThat(ranked).extracting(RankedUnit::rank, RankedUnit::tied, RankedUnit::band)
                .containsExactly(tuple(1, false, "Khá"));
    }

    @Test
    void highestTotalFirst() {
        List<RankedUnit> ranked = rank(ALL_TIE_BREAKS,
                entry(1, "A", "70.5"), entry(2, "B", "92"), entry(3, "C", "81.25"), entry(4, "D", "40"));
        assertThat(ids(ranked)).containsExactly(2L, 3L, 1L, 4L);
        assertThat(ranks(ranked)).containsExactly(1, 2, 3, 4);
        assertThat(tied(ranked)).containsOnly(false);
        assertThat(ranked).extracting(RankedUnit::band).containsExactly("Xuất sắc", "Tốt", "Khá", null);
    }

    @Test
    void theRankingIsUnmodifiableAndTheInputUnchanged() {
        List<RankEntry> entries = new ArrayList<>(List.of(entry(1, "A", "50"), entry(2, "B", "60")));
        List<RankedUnit> ranked = Ranking.rank(entries, ALL_TIE_BREAKS, Band.defaults());
        assertThat(entries).extracting(RankEntry::unitId).containsExactly(1L, 2L);
        assertThatThrownBy(() -> ranked.add(ranked.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    // ---- tie-breaks, each in turn

    @Test
    void equalTotalsBrokenByMoreCriteriaMet() {
        // both 85; unit 1 meets 6 criteria, unit 2 meets 7
        List<RankedUnit> ranked = rank(ALL_TIE_BREAKS,
                entry(1, "A", "85", 6, "0", "85"),
                entry(2, "B", "85", 7, "-5", "80"));
        assertThat(ids(ranked)).containsExactly(2L, 1L);
        assertThat(ranks(ranked)).containsExactly(1, 2);
        assertThat(tied(ranked)).containsExactly(false, false);
    }

    @Test
    void thenByFewerPenaltyPoints() {
        // both 85 with 7 met; unit 1 had 3 deducted, unit 2 only 1 (−1 is fewer penalty points than −3)
        List<RankedUnit> ranked = rank(ALL_TIE_BREAKS,
                entry(1, "A", "85", 7, "-3", "88"),
                entry(2, "B", "85", 7, "-1", "86"));
        assertThat(ids(ranked)).containsExactly(2L, 1L);
        assertThat(ranks(ranked)).containsExactly(1, 2);
    }

    @Test
    void noPenaltyBeatsAnyPenalty() {
        List<RankedUnit> ranked = rank(List.of(FEWER_PENALTY_POINTS),
                entry(1, "A", "85", 7, "-0.01", "85.01"),
                entry(2, "B", "85", 7, "0", "85"));
        assertThat(ids(ranked)).containsExactly(2L, 1L);
    }

    @Test
    void thenByHigherCriteriaPoints() {
        // both 85 with 7 met and −2 deducted; criteria before bonus: unit 1 82 (+ 5 bonus), unit 2 84 (+ 3 bonus)
        List<RankedUnit> ranked = rank(ALL_TIE_BREAKS,
                entry(1, "A", "85", 7, "-2", "82"),
                entry(2, "B", "85", 7, "-2", "84"));
        assertThat(ids(ranked)).containsExactly(2L, 1L);
        assertThat(ranks(ranked)).containsExactly(1, 2);
        assertThat(tied(ranked)).containsExactly(false, false);
    }

    @Test
    void tieBreaksApplyInTheOrderGiven() {
        // both 85; unit 1 meets more criteria (8 against 6) but had more deducted (−4 against −1)
        RankEntry moreMet = entry(1, "A", "85", 8, "-4", "85");
        RankEntry fewerPenalty = entry(2, "B", "85", 6, "-1", "85");
        assertThat(ids(rank(List.of(MORE_CRITERIA_MET, FEWER_PENALTY_POINTS), moreMet, fewerPenalty)))
                .containsExactly(1L, 2L);
        assertThat(ids(rank(List.of(FEWER_PENALTY_POINTS, MORE_CRITERIA_MET), moreMet, fewerPenalty)))
                .containsExactly(2L, 1L);
    }

    @Test
    void aLaterTieBreakDecidesOnlyWhenTheEarlierOnesAreEqual() {
        // unit 1 has far higher criteria points, but unit 2 meets one criterion more, which comes first
        List<RankedUnit> ranked = rank(List.of(MORE_CRITERIA_MET, HIGHER_CRITERIA_POINTS),
                entry(1, "A", "85", 6, "0", "85"),
                entry(2, "B", "85", 7, "-10", "75"));
        assertThat(ids(ranked)).containsExactly(2L, 1L);
    }

    @Test
    void aTieBreakNotChosenIsNotApplied() {
        // unit 2 meets more criteria, but only the penalty rule is chosen and both had 2 deducted: a tie
        List<RankedUnit> ranked = rank(List.of(FEWER_PENALTY_POINTS),
                entry(1, "A", "85", 6, "-2", "85"),
                entry(2, "B", "85", 7, "-2", "85"));
        assertThat(ranks(ranked)).containsExactly(1, 1);
        assertThat(tied(ranked)).containsExactly(true, true);
    }

    @Test
    void withoutTieBreaksEqualTotalsTie() {
        List<RankedUnit> ranked = rank(List.of(),
                entry(1, "A", "85", 6, "-3", "80"),
                entry(2, "B", "85", 9, "0", "85"));
        assertThat(ranks(ranked)).containsExactly(1, 1);
        assertThat(tied(ranked)).containsExactly(true, true);
    }

    @Test
    void aTieBreakNeverOvertakesAHigherTotal() {
        // unit 1 has 0,01 more in total; unit 2 is better on every tie-break
        List<RankedUnit> ranked = rank(ALL_TIE_BREAKS,
                entry(1, "B", "85.01", 1, "-9", "10"),
                entry(2, "A", "85", 9, "0", "85"));
        assertThat(ids(ranked)).containsExactly(1L, 2L);
        assertThat(ranks(ranked)).containsExactly(1, 2);
    }

    // ---- remaining ties

    @Test
    void remainingTieSharesTheRankAndSkipsTheNext() {
        // 95; 88 and 88 equal on every tie-break; 80 → 1, 2, 2, 4
        List<RankedUnit> ranked = rank(ALL_TIE_BREAKS,
                entry(1, "A", "80"), entry(2, "B", "88"), entry(3, "C", "95"), entry(4, "D", "88"));
        assertThat(ids(ranked)).containsExactly(3L, 2L, 4L, 1L);
        assertThat(ranks(ranked)).containsExactly(1, 2, 2, 4);
        assertThat(tied(ranked)).containsExactly(false, true, true, false);
    }

    @Test
    void threeWayTieAtTheTop() {
        // 90, 90, 90, 85, 85, 70 → 1, 1, 1, 4, 4, 6
        List<RankedUnit> ranked = rank(ALL_TIE_BREAKS,
                entry(1, "A", "90"), entry(2, "B", "85"), entry(3, "C", "90"),
                entry(4, "D", "70"), entry(5, "E", "90"), entry(6, "F", "85"));
        assertThat(ids(ranked)).containsExactly(1L, 3L, 5L, 2L, 6L, 4L);
        assertThat(ranks(ranked)).containsExactly(1, 1, 1, 4, 4, 6);
        assertThat(tied(ranked)).containsExactly(true, true, true, true, true, false);
    }

    @Test
    void aTieBrokenForSomeLeavesTheRestTied() {
        // all 88; unit 2 meets 7 criteria, units 1, 3 meet 5 with the same other figures → 1, 2, 2
        List<RankedUnit> ranked = rank(ALL_TIE_BREAKS,
                entry(1, "A", "88", 5, "0", "80"),
                entry(2, "B", "88", 7, "0", "80"),
                entry(3, "C", "88", 5, "0", "80"));
        assertThat(ids(ranked)).containsExactly(2L, 1L, 3L);
        assertThat(ranks(ranked)).containsExactly(1, 2, 2);
        assertThat(tied(ranked)).containsExactly(false, true, true);
    }

    @Test
    void figuresAreComparedByValueNotScale() {
        List<RankedUnit> ranked = rank(ALL_TIE_BREAKS,
                entry(1, "A", "75", 5, "-1", "76"),
                entry(2, "B", "75.00", 5, "-1.0", "76.000"));
        assertThat(ranks(ranked)).containsExactly(1, 1);
        assertThat(ranked.get(0).entry().total().scale()).isEqualTo(2);
    }

    // ---- Vietnamese name order among tied units

    @Test
    void tiedUnitsAreOrderedByVietnameseName() {
        List<RankedUnit> ranked = rank(ALL_TIE_BREAKS,
                entry(1, "Trung tâm Y tế Kỳ Anh", "80"),
                entry(2, "Trung tâm Y tế Đức Thọ", "80"),
                entry(3, "Trung tâm Y tế Hương Khê", "80"),
                entry(4, "Trung tâm Y tế Cẩm Xuyên", "80"),
                entry(5, "Trung tâm Y tế Can Lộc", "80"));
        // Vietnamese: Can before Cẩm (a before â), then Đ, H, K
        assertThat(ranked).extracting(r -> r.entry().unitName()).containsExactly(
                "Trung tâm Y tế Can Lộc", "Trung tâm Y tế Cẩm Xuyên", "Trung tâm Y tế Đức Thọ",
                "Trung tâm Y tế Hương Khê", "Trung tâm Y tế Kỳ Anh");
        assertThat(ranks(ranked)).containsOnly(1);
        // the plain code point order would put Đ (U+0110) after K
        List<String> byCodePoint = new ArrayList<>(ranked.stream().map(r -> r.entry().unitName()).toList());
        Collections.sort(byCodePoint);
        assertThat(byCodePoint.get(4)).isEqualTo("Trung tâm Y tế Đức Thọ");
    }

    @Test
    void dComesBeforeDWithStrokeWhichComesBeforeE() {
        List<RankedUnit> ranked = rank(List.of(),
                entry(1, "Bệnh viện Mắt", "70"),
                entry(2, "Bệnh viện Đa khoa tỉnh", "70"),
                entry(3, "Bệnh viện Da liễu", "70"),
                entry(4, "Bệnh viện Em bé", "70"));
        assertThat(ids(ranked)).containsExactly(3L, 2L, 4L, 1L);
    }

    @Test
    void tonesFollowTheVietnameseOrder() {
        // same letters: no mark, huyền, hỏi, ngã, sắc, nặng (code points would give Ma, Mà, Má, Mã, Mạ, Mả)
        List<RankedUnit> ranked = rank(List.of(),
                entry(1, "Trạm Y tế xã Mạ", "70"), entry(2, "Trạm Y tế xã Má", "70"),
                entry(3, "Trạm Y tế xã Mã", "70"), entry(4, "Trạm Y tế xã Mả", "70"),
                entry(5, "Trạm Y tế xã Mà", "70"), entry(6, "Trạm Y tế xã Ma", "70"));
        assertThat(ids(ranked)).containsExactly(6L, 5L, 4L, 3L, 2L, 1L);
    }

    @Test
    void nameOrdersOnlyWithinARank() {
        // "Trung tâm Y tế Can Lộc" sorts first by name but ranks below on total
        List<RankedUnit> ranked = rank(ALL_TIE_BREAKS,
                entry(1, "Trung tâm Y tế Can Lộc", "70"),
                entry(2, "Trung tâm Y tế Vũ Quang", "80"),
                entry(3, "Trung tâm Y tế Đức Thọ", "80"));
        assertThat(ids(ranked)).containsExactly(3L, 2L, 1L);
        assertThat(ranks(ranked)).containsExactly(1, 1, 3);
    }

    @Test
    void sameNameFallsBackToTheUnitId() {
        List<RankedUnit> ranked = rank(List.of(),
                entry(9, "Trạm Y tế xã Thạch Lạc", "70"), entry(4, "Trạm Y tế xã Thạch Lạc", "70"));
        assertThat(ids(ranked)).containsExactly(4L, 9L);
    }

    // ---- bands

    @Test
    void defaultBands() {
        assertThat(Band.defaults()).extracting(Band::name, b -> b.minTotal().intValueExact())
                .containsExactly(tuple("Xuất sắc", 90), tuple("Tốt", 75), tuple("Khá", 60));
    }

    @Test
    void bandsAtTheExactBoundaries() {
        List<RankedUnit> ranked = rank(ALL_TIE_BREAKS,
                entry(1, "A", "100"), entry(2, "B", "90"), entry(3, "C", "89.99"), entry(4, "D", "75"),
                entry(5, "E", "74.99"), entry(6, "F", "60"), entry(7, "G", "59.99"), entry(8, "H", "0"));
        assertThat(ranked).extracting(r -> r.entry().unitId(), RankedUnit::band).containsExactly(
                tuple(1L, "Xuất sắc"), tuple(2L, "Xuất sắc"), tuple(3L, "Tốt"), tuple(4L, "Tốt"),
                tuple(5L, "Khá"), tuple(6L, "Khá"), tuple(7L, null), tuple(8L, null));
    }

    @Test
    void aTotalIsRoundedBeforeItsBandIsFound() {
        // 89,995 → 90,00 (HALF_UP) → Xuất sắc; 89,994 → 89,99 → Tốt
        List<RankedUnit> ranked = rank(ALL_TIE_BREAKS, entry(1, "A", "89.995"), entry(2, "B", "89.994"));
        assertThat(ranked).extracting(RankedUnit::band).containsExactly("Xuất sắc", "Tốt");
    }

    @Test
    void bandsMayBeGivenInAnyOrder() {
        List<Band> shuffled = List.of(Band.KHA, Band.XUAT_SAC, Band.TOT);
        List<RankedUnit> ranked = Ranking.rank(List.of(entry(1, "A", "91"), entry(2, "B", "76"), entry(3, "C", "61")),
                List.of(), shuffled);
        assertThat(ranked).extracting(RankedUnit::band).containsExactly("Xuất sắc", "Tốt", "Khá");
    }

    @Test
    void ownBands() {
        List<Band> bands = List.of(new Band("Hoàn thành tốt", d("50")), new Band("Hoàn thành", d("0")));
        List<RankedUnit> ranked = Ranking.rank(List.of(entry(1, "A", "50"), entry(2, "B", "49.99")), List.of(), bands);
        assertThat(ranked).extracting(RankedUnit::band).containsExactly("Hoàn thành tốt", "Hoàn thành");
    }

    @Test
    void withoutBandsNoUnitHasOne() {
        List<RankedUnit> ranked = Ranking.rank(List.of(entry(1, "A", "99")), List.of(), List.of());
        assertThat(ranked.get(0).band()).isNull();
    }

    @Test
    void bandForAlone() {
        assertThat(Ranking.bandFor(d("75"), Band.defaults())).isEqualTo(Band.TOT);
        assertThat(Ranking.bandFor(d("74.999"), Band.defaults())).isEqualTo(Band.KHA);
        assertThat(Ranking.bandFor(d("12"), Band.defaults())).isNull();
    }

    @Test
    void invalidBandsAreRejected() {
        assertThatThrownBy(() -> new Band(" ", d("10"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Band(null, d("10"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Band("Khá", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Band("Khá", d("-1"))).isInstanceOf(IllegalArgumentException.class);
        List<Band> sameMinimum = List.of(new Band("Tốt", d("75")), new Band("Khá", d("75.00")));
        assertThatThrownBy(() -> Ranking.rank(List.of(), List.of(), sameMinimum))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both start at 75");
    }

    // ---- entries from the review

    @Test
    void entryFromAUnitResult() {
        Map<Long, BigDecimal> none = Map.of();
        UnitResult result = UnitResult.of(Map.of(
                1L, Aggregation.aggregateCriterion(null, d("50"), Map.of(1L, d("50")), d("0.25"), null),
                2L, Aggregation.aggregateCriterion(null, d("40"), Map.of(1L, d("30"), 2L, d("31")), d("0.25"), null),
                3L, Aggregation.aggregateCriterion(null, Contribution.BONUS, d("5"), Map.of(1L, d("4")), d("0.25"), null),
                4L, Aggregation.aggregateCriterion(null, Contribution.PENALTY, d("5"), Map.of(1L, d("-2")), d("0.25"), null),
                5L, Aggregation.aggregateCriterion(null, d("10"), none, d("0.25"), null)));
        // criteria 50 + (30 + 31) / 2 = 50 + 30,5 = 80,5; total 80,5 + 4 − 2 = 82,5; met: criterion 1 only
        RankEntry entry = RankEntry.of(17L, "Bệnh viện Đa khoa tỉnh Hà Tĩnh", result);
        assertThat(entry.unitId()).isEqualTo(17L);
        assertThat(entry.unitName()).isEqualTo("Bệnh viện Đa khoa tỉnh Hà Tĩnh");
        assertThat(entry.total()).isEqualByComparingTo("82.50");
        assertThat(entry.criteriaMet()).isEqualTo(1);
        assertThat(entry.penaltyPoints()).isEqualByComparingTo("-2");
        assertThat(entry.criteriaPoints()).isEqualByComparingTo("80.50");
        assertThat(Ranking.rank(List.of(entry), ALL_TIE_BREAKS, Band.defaults()).get(0).band()).isEqualTo("Tốt");
    }

    // ---- invalid input

    @Test
    void invalidEntriesAreRejected() {
        assertThatThrownBy(() -> entry(1, " ", "50")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> entry(1, null, "50")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> entry(1, "A", "-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> entry(1, "A", "50", -1, "0", "50")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> entry(1, "A", "50", 1, "2", "48"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("penalty");
        assertThatThrownBy(() -> entry(1, "A", "50", 1, "0", "-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RankEntry(1, "A", null, 1, d("0"), d("1"))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> RankEntry.of(1, "A", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void invalidListsAreRejected() {
        List<RankEntry> one = List.of(entry(1, "A", "50"));
        assertThatThrownBy(() -> Ranking.rank(null, List.of(), List.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Ranking.rank(one, null, List.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Ranking.rank(one, List.of(), null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Ranking.rank(Arrays.asList(entry(1, "A", "50"), null), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ranking.rank(one, Arrays.asList(MORE_CRITERIA_MET, null), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ranking.rank(one, List.of(), Arrays.asList(Band.TOT, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ranking.rank(List.of(entry(1, "A", "50"), entry(1, "A bis", "60")), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unit 1");
    }

    @Test
    void rankedUnitStartsAtOne() {
        assertThatThrownBy(() -> new RankedUnit(entry(1, "A", "50"), 0, false, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RankedUnit(null, 1, false, null)).isInstanceOf(NullPointerException.class);
    }
}
