package vn.thidua.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.thidua.submission.ReportingState.DRAFT;
import static vn.thidua.submission.ReportingState.LATE;
import static vn.thidua.submission.ReportingState.NOT_STARTED;
import static vn.thidua.submission.ReportingState.ON_TIME;
import static vn.thidua.submission.ReportingState.RETURNED;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.thidua.org.UnitType;
import vn.thidua.submission.Completeness.Group;

class CompletenessTest {

    private static final String TREATMENT = "Khối Điều trị";
    private static final String PREVENTION = "Khối Dự phòng";
    private static final String GRASSROOTS = "Khối Y tế cơ sở";

    private static final Map<UnitType, String> VIETNAMESE = Map.of(
            UnitType.HOSPITAL, "Bệnh viện",
            UnitType.CDC, "Trung tâm Kiểm soát bệnh tật",
            UnitType.DISTRICT_CENTRE, "Trung tâm Y tế huyện",
            UnitType.COMMUNE_STATION, "Trạm Y tế xã",
            UnitType.OTHER, "Đơn vị khác",
            UnitType.DEPARTMENT, "Phòng chức năng");
    private static final Function<CompletenessRow, String> IN_VIETNAMESE = r -> VIETNAMESE.get(r.unitType());

    /** A unit's row with its state as the completeness service derives it. */
    private static CompletenessRow row(long unitId, UnitType type, String block, SubmissionStatus status, Integer daysLate) {
        boolean sent = status == SubmissionStatus.SUBMITTED || status == SubmissionStatus.ACCEPTED;
        return new CompletenessRow(unitId, "DV" + unitId, "Đơn vị " + unitId, type, block, ReportingState.of(status, daysLate),
                status, status == null ? null : 100 + unitId, sent ? LocalDateTime.of(2026, 1, 14, 9, 30) : null, daysLate,
                status == null ? null : new BigDecimal("80.50"));
    }

    /** Seven units in three blocks: 2 on time, 2 late, 1 returned, 1 drafting, 1 not started. */
    private static List<CompletenessRow> rows() {
        return List.of(
                row(1, UnitType.HOSPITAL, TREATMENT, SubmissionStatus.SUBMITTED, 0), // on time
                row(2, UnitType.HOSPITAL, TREATMENT, SubmissionStatus.ACCEPTED, 3), // late, then accepted
                row(3, UnitType.HOSPITAL, TREATMENT, null, null), // not started
                row(4, UnitType.CDC, PREVENTION, SubmissionStatus.DRAFT, null),
                row(5, UnitType.DISTRICT_CENTRE, PREVENTION, SubmissionStatus.RETURNED, 2),
                row(6, UnitType.DISTRICT_CENTRE, PREVENTION, SubmissionStatus.ACCEPTED, null), // on time
                row(7, UnitType.COMMUNE_STATION, GRASSROOTS, SubmissionStatus.SUBMITTED, 1)); // late
    }

    private static Completeness completeness() {
        return Completeness.of(rows(), IN_VIETNAMESE);
    }

    private static Group named(List<Group> groups, String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }

    // ------------------------------------------------------------------ counts

    @Test
    void theTotalCountsEveryUnitByState() {
        Group total = completeness().total();

        assertThat(total.expected()).isEqualTo(7);
        assertThat(total.count(ON_TIME)).isEqualTo(2);
        assertThat(total.count(LATE)).isEqualTo(2);
        assertThat(total.count(RETURNED)).isEqualTo(1);
        assertThat(total.count(DRAFT)).isEqualTo(1);
        assertThat(total.count(NOT_STARTED)).isEqualTo(1);
        assertThat(total.reported()).as("on time + late").isEqualTo(4);
    }

    @Test
    void theCountsOfAGroupAddUpToTheUnitsExpected() {
        Completeness c = completeness();

        for (Group g : concat(List.of(c.total()), c.byBlock(), c.byUnitType())) {
            assertThat(g.counts().values().stream().mapToInt(Integer::intValue).sum()).as(g.name()).isEqualTo(g.expected());
        }
    }

    @Test
    void aStateNoUnitIsInCounts0() {
        Group treatment = named(completeness().byBlock(), TREATMENT);

        assertThat(treatment.count(DRAFT)).isZero();
        assertThat(treatment.count(RETURNED)).isZero();
        assertThat(treatment.percent(DRAFT)).isEqualTo(new BigDecimal("0.0"));
    }

    @Test
    void eachBlockCountsItsOwnUnits() {
        List<Group> blocks = completeness().byBlock();

        Group treatment = named(blocks, TREATMENT);
        assertThat(treatment.expected()).isEqualTo(3);
        assertThat(treatment.count(ON_TIME)).isEqualTo(1);
        assertThat(treatment.count(LATE)).isEqualTo(1);
        assertThat(treatment.count(NOT_STARTED)).isEqualTo(1);

        Group prevention = named(blocks, PREVENTION);
        assertThat(prevention.expected()).isEqualTo(3);
        assertThat(prevention.count(DRAFT)).isEqualTo(1);
        assertThat(prevention.count(RETURNED)).isEqualTo(1);
        assertThat(prevention.count(ON_TIME)).isEqualTo(1);
        assertThat(prevention.reported()).isEqualTo(1);

        Group grassroots = named(blocks, GRASSROOTS);
        assertThat(grassroots.expected()).isEqualTo(1);
        assertThat(grassroots.count(LATE)).isEqualTo(1);
    }

    @Test
    void eachUnitTypeIsCountedUnderItsNameInTheCallersLanguage() {
        List<Group> types = completeness().byUnitType();

        assertThat(types).extracting(Group::name, Group::expected).containsExactlyInAnyOrder(
                tuple("Bệnh viện", 3),
                tuple("Trung tâm Kiểm soát bệnh tật", 1),
                tuple("Trung tâm Y tế huyện", 2),
                tuple("Trạm Y tế xã", 1));
        Group centres = named(types, "Trung tâm Y tế huyện");
        assertThat(centres.count(RETURNED)).isEqualTo(1);
        assertThat(centres.count(ON_TIME)).isEqualTo(1);

        List<Group> english = Completeness.of(rows(), r -> r.unitType().name()).byUnitType();
        assertThat(english).extracting(Group::name).containsExactly("CDC", "COMMUNE_STATION", "DISTRICT_CENTRE", "HOSPITAL");
    }

    @Test
    void theRowsAreKeptAsGiven() {
        List<CompletenessRow> given = new ArrayList<>(rows());
        Completeness c = Completeness.of(given, IN_VIETNAMESE);
        given.clear();

        assertThat(c.rows()).hasSize(7).extracting(CompletenessRow::unitId).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    }

    // ------------------------------------------------------------------ percentages

    @Test
    void percentagesHaveOneDecimal() {
        Group treatment = named(completeness().byBlock(), TREATMENT);

        assertThat(treatment.reportedPercent()).as("2 of 3").isEqualTo(new BigDecimal("66.7"));
        assertThat(treatment.percent(ON_TIME)).as("1 of 3").isEqualTo(new BigDecimal("33.3"));
        assertThat(treatment.percent(NOT_STARTED)).isEqualTo(new BigDecimal("33.3"));
    }

    @Test
    void theTotalsPercentagesAreOfAllUnitsExpected() {
        Group total = completeness().total();

        assertThat(total.reportedPercent()).as("4 of 7 = 57,14").isEqualTo(new BigDecimal("57.1"));
        assertThat(total.percent(ON_TIME)).as("2 of 7 = 28,57").isEqualTo(new BigDecimal("28.6"));
        assertThat(total.percent(LATE)).isEqualTo(new BigDecimal("28.6"));
        assertThat(total.percent(RETURNED)).as("1 of 7 = 14,29").isEqualTo(new BigDecimal("14.3"));
    }

    @Test
    void theReportingRateIsOnTimePlusLate() {
        Group grassroots = named(completeness().byBlock(), GRASSROOTS);
        Group prevention = named(completeness().byBlock(), PREVENTION);

        assertThat(grassroots.reportedPercent()).as("its one unit reported late").isEqualTo(new BigDecimal("100.0"));
        assertThat(prevention.reportedPercent()).as("returned and draft are not reported").isEqualTo(new BigDecimal("33.3"));
    }

    @ParameterizedTest
    @CsvSource({"1, 6, 16.7", "5, 6, 83.3", "1, 8, 12.5", "1, 16, 6.3", "0, 5, 0.0", "3, 3, 100.0"})
    void percentagesAreRoundedHalfUp(int onTime, int units, String percent) {
        List<CompletenessRow> rows = IntStream.rangeClosed(1, units)
                .mapToObj(i -> row(i, UnitType.HOSPITAL, TREATMENT, i <= onTime ? SubmissionStatus.SUBMITTED : SubmissionStatus.DRAFT, 0))
                .toList();

        assertThat(Completeness.of(rows, IN_VIETNAMESE).total().reportedPercent()).isEqualTo(new BigDecimal(percent));
    }

    @Test
    void withoutRowsEveryPercentageIs0() {
        Completeness none = Completeness.of(List.of(), IN_VIETNAMESE);

        assertThat(none.total().expected()).isZero();
        assertThat(none.total().reportedPercent()).isEqualTo(new BigDecimal("0.0"));
        for (ReportingState state : ReportingState.values()) {
            assertThat(none.total().percent(state)).as(state.name()).isEqualTo(new BigDecimal("0.0"));
        }
        assertThat(none.byBlock()).isEmpty();
        assertThat(none.byUnitType()).isEmpty();
        assertThat(none.rows()).isEmpty();
    }

    // ------------------------------------------------------------------ order

    @Test
    void blocksAreSortedByVietnameseNameWithDBeforeDStroke() {
        assertThat(completeness().byBlock()).extracting(Group::name)
                .as("not by code point, which would put Đ after Y")
                .containsExactly(PREVENTION, TREATMENT, GRASSROOTS);
    }

    @Test
    void unitTypesAreSortedByVietnameseName() {
        List<CompletenessRow> rows = new ArrayList<>(rows());
        rows.add(row(8, UnitType.OTHER, GRASSROOTS, null, null));
        Collections.reverse(rows);

        assertThat(Completeness.of(rows, IN_VIETNAMESE).byUnitType()).extracting(Group::name).containsExactly(
                "Bệnh viện", "Đơn vị khác", "Trạm Y tế xã", "Trung tâm Kiểm soát bệnh tật", "Trung tâm Y tế huyện");
    }

    @Test
    void accentsAndCaseDoNotBreakTheAlphabeticalOrder() {
        List<CompletenessRow> rows = List.of(
                row(1, UnitType.HOSPITAL, "Ông Ích Khiêm", null, null),
                row(2, UnitType.HOSPITAL, "ăn", null, null),
                row(3, UnitType.HOSPITAL, "Âu Cơ", null, null),
                row(4, UnitType.HOSPITAL, "Ánh Dương", null, null),
                row(5, UnitType.HOSPITAL, "Bình Minh", null, null),
                row(6, UnitType.HOSPITAL, "ôm", null, null));

        assertThat(Completeness.of(rows, IN_VIETNAMESE).byBlock()).extracting(Group::name)
                .containsExactly("Ánh Dương", "ăn", "Âu Cơ", "Bình Minh", "ôm", "Ông Ích Khiêm");
    }

    @Test
    void unitsWithoutABlockOrTypeNameAreGroupedUnderAnEmptyNameFirst() {
        List<CompletenessRow> rows = new ArrayList<>(rows());
        rows.add(row(8, UnitType.OTHER, null, SubmissionStatus.SUBMITTED, 0));
        rows.add(row(9, UnitType.OTHER, null, null, null));

        Completeness c = Completeness.of(rows, r -> r.unitType() == UnitType.OTHER ? null : VIETNAMESE.get(r.unitType()));

        assertThat(c.byBlock()).extracting(Group::name).containsExactly("", PREVENTION, TREATMENT, GRASSROOTS);
        assertThat(c.byBlock().get(0).expected()).isEqualTo(2);
        assertThat(c.byBlock().get(0).reportedPercent()).isEqualTo(new BigDecimal("50.0"));
        assertThat(c.byUnitType().get(0).name()).isEmpty();
        assertThat(c.total().expected()).isEqualTo(9);
    }

    // ------------------------------------------------------------------ reporting state

    @Test
    void aUnitWithoutASubmissionHasNotStarted() {
        assertThat(ReportingState.of(null, null)).isEqualTo(NOT_STARTED);
    }

    @Test
    void aDraftIsStillDrafting() {
        assertThat(ReportingState.of(SubmissionStatus.DRAFT, null)).isEqualTo(DRAFT);
    }

    @Test
    void aReturnedReportIsReturnedHoweverLateItWas() {
        assertThat(ReportingState.of(SubmissionStatus.RETURNED, 0)).isEqualTo(RETURNED);
        assertThat(ReportingState.of(SubmissionStatus.RETURNED, 5)).isEqualTo(RETURNED);
    }

    @ParameterizedTest
    @EnumSource(value = SubmissionStatus.class, names = {"SUBMITTED", "ACCEPTED"})
    void aSentReportIsOnTimeOrLateByItsDaysLate(SubmissionStatus status) {
        assertThat(ReportingState.of(status, null)).isEqualTo(ON_TIME);
        assertThat(ReportingState.of(status, 0)).isEqualTo(ON_TIME);
        assertThat(ReportingState.of(status, 1)).isEqualTo(LATE);
        assertThat(ReportingState.of(status, 30)).isEqualTo(LATE);
    }

    @Test
    void onlyOnTimeAndLateCountAsReported() {
        assertThat(ReportingState.values()).filteredOn(ReportingState::isReported).containsExactly(ON_TIME, LATE);
    }

    @SafeVarargs
    private static List<Group> concat(List<Group>... lists) {
        List<Group> all = new ArrayList<>();
        for (List<Group> l : lists) {
            all.addAll(l);
        }
        return all;
    }
}
