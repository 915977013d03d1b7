package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardHistoryMatch.Checked;
import vn.thidua.award.AwardHistoryMatch.Kind;
import vn.thidua.award.AwardHistoryMatch.Names;
import vn.thidua.award.AwardHistoryMatch.Status;
import vn.thidua.award.AwardHistoryParser.AwardRow;
import vn.thidua.award.AwardHistoryParser.DisciplineRow;
import vn.thidua.award.AwardHistoryParser.InitiativeRow;
import vn.thidua.award.AwardHistoryParser.Preview;
import vn.thidua.award.AwardHistoryParser.Problem;
import vn.thidua.award.AwardHistoryParser.RatingRow;

class AwardHistoryMatchTest {

    static final Names NAMES = new Names(Map.of("NV001", "Nguyễn Văn An"), Map.of("BVDK", "Bệnh viện Đa khoa tỉnh"),
            Map.of("CSTDCS", "CSTĐCS"));

    static AwardRow award(String staff, String unit, int year, String title, Problem... problems) {
        return new AwardRow("Danh hiệu", 2, staff, unit, year, title, "125/QĐ-SYT", LocalDate.of(year + 1, 1, 15), "Sở Y tế",
                List.of(problems));
    }

    @Test
    void aValidRowIsNewUnlessItsKeyIsStored() {
        AwardRow row = award("NV001", "BVDK", 2023, "CSTDCS");
        assertThat(AwardHistoryMatch.status(row, Set.of())).isEqualTo(Status.NEW);
        assertThat(AwardHistoryMatch.status(row, Set.of(row.identityKey()))).isEqualTo(Status.ALREADY_STORED);
    }

    @Test
    void aRowWithProblemsIsInvalidEvenWhenStored() {
        AwardRow row = award("NV001", "BVDK", 2023, "CSTDCS", Problem.of(AwardHistoryParser.UNKNOWN_TITLE, "X"));
        assertThat(AwardHistoryMatch.status(row, Set.of(row.identityKey()))).isEqualTo(Status.INVALID);
    }

    @Test
    void storedKeysMatchTheRowsKeysWhateverTheCaseOfTheCodes() {
        assertThat(AwardHistoryMatch.awardKey(true, "nv001", "BVDK", "CSTDCS", 2023))
                .isEqualTo(award("NV001", "BVDK", 2023, "CSTDCS").identityKey());
        assertThat(AwardHistoryMatch.awardKey(false, null, "bvdk", "TTLDXS", 2023))
                .isEqualTo(award(null, "BVDK", 2023, "TTLDXS").identityKey());
        assertThat(AwardHistoryMatch.ratingKey(true, "NV001", "OTHER", 2024))
                .isEqualTo(new RatingRow("Đánh giá", 2, "NV001", "BVDK", 2024, PerformanceRating.GOOD, List.of()).identityKey());
        assertThat(AwardHistoryMatch.initiativeKey(true, "NV001", "BVDK", 2023, "Cải tiến quy trình"))
                .isEqualTo(new InitiativeRow("Sáng kiến", 2, "NV001", "BVDK", 2023, "cai tien  QUY TRÌNH", RecognitionLevel.UNIT,
                        null, null, List.of()).identityKey());
        LocalDate day = LocalDate.of(2023, 5, 10);
        assertThat(AwardHistoryMatch.disciplineKey(false, null, "BVDK", DisciplineMeasure.WARNING, day))
                .isEqualTo(new DisciplineRow("Kỷ luật", 2, null, "BVDK", DisciplineMeasure.WARNING, day, null, null, List.of())
                        .identityKey());
    }

    @Test
    void aPersonsRecordWithoutAStaffCodeHasNoKeyAndNeverPassesForTheUnitsOwn() {
        assertThat(AwardHistoryMatch.awardKey(true, null, "BVDK", "GK", 2023)).isNull();
        assertThat(AwardHistoryMatch.ratingKey(true, null, "BVDK", 2023)).isNull();
        assertThat(AwardHistoryMatch.initiativeKey(true, null, "BVDK", 2023, "x")).isNull();
        assertThat(AwardHistoryMatch.disciplineKey(true, null, "BVDK", DisciplineMeasure.WARNING, LocalDate.of(2023, 1, 1)))
                .isNull();
    }

    @Test
    void aPersonsKeyAndTheUnitsOwnKeyDiffer() {
        assertThat(AwardHistoryMatch.awardKey(true, "NV001", "BVDK", "GK", 2023))
                .isNotEqualTo(AwardHistoryMatch.awardKey(false, null, "BVDK", "GK", 2023));
    }

    @Test
    void checkDescribesEveryRowSheetBySheet() {
        AwardRow stored = award("NV001", "BVDK", 2022, "CSTDCS");
        AwardRow fresh = award("NV001", "BVDK", 2023, "CSTDCS");
        RatingRow rating = new RatingRow("Đánh giá", 3, null, "BVDK", 2023, PerformanceRating.EXCELLENT, List.of());
        DisciplineRow bad = new DisciplineRow("Kỷ luật", 2, "NV999", null, DisciplineMeasure.REPRIMAND,
                LocalDate.of(2024, 3, 1), "45/QĐ-BVDK", null, List.of(Problem.of(AwardHistoryParser.UNKNOWN_STAFF, "NV999")));
        Preview preview = new Preview(List.of(stored, fresh), List.of(rating), List.of(), List.of(bad), null);

        List<Checked> rows = AwardHistoryMatch.check(preview, Set.of(stored.identityKey()), NAMES);

        assertThat(rows).extracting(Checked::status)
                .containsExactly(Status.ALREADY_STORED, Status.NEW, Status.NEW, Status.INVALID);
        assertThat(rows).extracting(Checked::kind).containsExactly(Kind.AWARD, Kind.AWARD, Kind.RATING, Kind.DISCIPLINE);
        assertThat(rows.get(1).who()).isEqualTo("Nguyễn Văn An (NV001)");
        assertThat(rows.get(1).what()).isEqualTo("CSTĐCS – QĐ 125/QĐ-SYT ngày 15/01/2024 – Sở Y tế");
        assertThat(rows.get(2).who()).isEqualTo("Bệnh viện Đa khoa tỉnh (BVDK)");
        assertThat(rows.get(2).what()).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
        assertThat(rows.get(3).who()).isEqualTo("NV999");
        assertThat(rows.get(3).what()).isEqualTo("Khiển trách – 01/03/2024 – QĐ 45/QĐ-BVDK");
        assertThat(AwardHistoryMatch.count(rows, Status.NEW)).isEqualTo(2);
    }

    @Test
    void anInitiativeNamesItsLevelAndDecision() {
        InitiativeRow row = new InitiativeRow("Sáng kiến", 2, "NV001", "BVDK", 2023, "Cải tiến quy trình tiếp đón",
                RecognitionLevel.PROVINCE, "98/QĐ-UBND", null, List.of());
        assertThat(AwardHistoryMatch.what(row, NAMES)).isEqualTo("Cải tiến quy trình tiếp đón – cấp tỉnh – QĐ 98/QĐ-UBND");
    }
}
