package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.award.AwardHistoryParser.AwardRow;
import vn.thidua.award.AwardHistoryParser.Directory;
import vn.thidua.award.AwardHistoryParser.DisciplineRow;
import vn.thidua.award.AwardHistoryParser.HistoryRow;
import vn.thidua.award.AwardHistoryParser.InitiativeRow;
import vn.thidua.award.AwardHistoryParser.Preview;
import vn.thidua.award.AwardHistoryParser.Problem;
import vn.thidua.award.AwardHistoryParser.RatingRow;
import vn.thidua.award.AwardHistoryParser.Title;

class AwardHistoryParserTest {

    /** The day the tests pretend it is: years up to 2025 are allowed. */
    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    static final Directory DIRECTORY = new Directory(
            Set.of("BVDK", "TTYT-THA", "CDC"),
            Map.of("NV001", "BVDK", "NV002", "TTYT-THA", "nv003", "CDC"),
            List.of(new Title("CSTDCS", "Chiến sĩ thi đua cơ sở", "CSTĐCS", TitleSubject.INDIVIDUAL),
                    new Title("LDTT", "Lao động tiên tiến", "LĐTT", TitleSubject.INDIVIDUAL),
                    new Title("TTLDXS", "Tập thể lao động xuất sắc", "TTLĐXS", TitleSubject.COLLECTIVE),
                    new Title("GK", "Giấy khen của Giám đốc Sở Y tế", "Giấy khen", TitleSubject.BOTH),
                    new Title("BKTINH", "Bằng khen của Chủ tịch UBND tỉnh", "Bằng khen", TitleSubject.BOTH),
                    new Title("BKTTG", "Bằng khen của Thủ tướng Chính phủ", "Bằng khen", TitleSubject.BOTH)));

    static final Object[] AWARDS = {"Mã cán bộ", "Mã đơn vị", "Năm", "Danh hiệu", "Số quyết định", "Ngày quyết định",
            "Cơ quan quyết định"};
    static final Object[] RATINGS = {"Mã cán bộ", "Mã đơn vị", "Năm", "Mức đánh giá"};
    static final Object[] INITIATIVES = {"Mã cán bộ", "Mã đơn vị", "Năm", "Tên sáng kiến", "Cấp công nhận",
            "Số quyết định", "Ngày quyết định"};
    static final Object[] DISCIPLINES = {"Mã cán bộ", "Mã đơn vị", "Hình thức", "Ngày quyết định", "Số quyết định",
            "Lý do"};

    /** A sheet to build: its name and rows; the first row is usually the header. */
    record S(String name, Object[]... rows) {
    }

    static Object[] row(Object... cells) {
        return cells;
    }

    /** Builds an .xlsx; a LocalDate becomes a real date cell, a Number a numeric cell, null no cell at all. */
    static byte[] xlsx(S... sheets) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (S s : sheets) {
                Sheet sheet = wb.createSheet(s.name());
                for (int r = 0; r < s.rows().length; r++) {
                    if (s.rows()[r] == null) {
                        continue;
                    }
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < s.rows()[r].length; c++) {
                        Object v = s.rows()[r][c];
                        if (v instanceof LocalDate d) {
                            row.createCell(c).setCellValue(d);
                            row.getCell(c).setCellStyle(dateStyle);
                        } else if (v instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else if (v != null) {
                            row.createCell(c).setCellValue(v.toString());
                        }
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    static Preview parse(byte[] xlsx) {
        return AwardHistoryParser.parse(new ByteArrayInputStream(xlsx), DIRECTORY, TODAY);
    }

    static Preview parse(S... sheets) throws IOException {
        return parse(xlsx(sheets));
    }

    static List<String> keys(HistoryRow row) {
        return row.problems().stream().map(Problem::key).toList();
    }

    static Problem problem(HistoryRow row, String key) {
        return row.problems().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }

    static AwardRow award(Object... cells) throws IOException {
        Preview preview = parse(new S("Danh hiệu", AWARDS, cells));
        assertThat(preview.fileProblem()).isNull();
        return preview.awards().get(0);
    }

    static RatingRow rating(Object... cells) throws IOException {
        Preview preview = parse(new S("Đánh giá", RATINGS, cells));
        assertThat(preview.fileProblem()).isNull();
        return preview.ratings().get(0);
    }

    static InitiativeRow initiative(Object... cells) throws IOException {
        Preview preview = parse(new S("Sáng kiến", INITIATIVES, cells));
        assertThat(preview.fileProblem()).isNull();
        return preview.initiatives().get(0);
    }

    static DisciplineRow discipline(Object... cells) throws IOException {
        Preview preview = parse(new S("Kỷ luật", DISCIPLINES, cells));
        assertThat(preview.fileProblem()).isNull();
        return preview.disciplines().get(0);
    }

    // ---- good files

    @Test
    void readsAllFourSheetsWithTextAndExcelDates() throws IOException {
        Preview preview = parse(
                new S("Danh hiệu", AWARDS,
                        row("NV001", "BVDK", 2023, "CSTDCS", "125/QĐ-SYT", "15/01/2024", "Sở Y tế"),
                        row(null, "BVDK", "2023", "Tập thể lao động xuất sắc", "30/QĐ-UBND", LocalDate.of(2024, 2, 1),
                                "UBND tỉnh"),
                        row("NV002", null, 2022, "LĐTT", null, null, null)),
                new S("Đánh giá", RATINGS,
                        row("NV001", null, 2024, "Hoàn thành xuất sắc nhiệm vụ"),
                        row(null, "CDC", 2024, "HTTNV")),
                new S("Sáng kiến", INITIATIVES,
                        row("NV002", "TTYT-THA", 2023, "Cải tiến quy trình  tiếp đón người bệnh", "cấp tỉnh", "98/QĐ-SYT",
                                LocalDate.of(2023, 12, 20))),
                new S("Kỷ luật", DISCIPLINES,
                        row("NV001", "BVDK", "Khiển trách", "10/05/2021", "45/QĐ-BVDK", "Đi muộn nhiều lần"),
                        row(null, "CDC", "Cảnh cáo", LocalDate.of(2020, 3, 4), null, null)));
        assertThat(preview.fileProblem()).isNull();
        assertThat(preview.rows()).hasSize(8).allMatch(HistoryRow::valid);
        assertThat(preview.validCount()).isEqualTo(8);
        assertThat(preview.invalidCount()).isZero();
        assertThat(preview.isEmpty()).isFalse();

        AwardRow first = preview.awards().get(0);
        assertThat(first).isEqualTo(new AwardRow("Danh hiệu", 2, "NV001", "BVDK", 2023, "CSTDCS", "125/QĐ-SYT",
                LocalDate.of(2024, 1, 15), "Sở Y tế", List.of()));
        assertThat(first.collective()).isFalse();
        AwardRow unitAward = preview.awards().get(1);
        assertThat(unitAward.staffCode()).isNull();
        assertThat(unitAward.collective()).isTrue();
        assertThat(unitAward.year()).isEqualTo(2023);
        assertThat(unitAward.titleCode()).isEqualTo("TTLDXS");
        assertThat(unitAward.decisionDate()).isEqualTo(LocalDate.of(2024, 2, 1));
        AwardRow third = preview.awards().get(2);
        assertThat(third.unitCode()).as("taken from the staff member").isEqualTo("TTYT-THA");
        assertThat(third.titleCode()).isEqualTo("LDTT");
        assertThat(third.decisionNumber()).isNull();
        assertThat(third.decisionDate()).isNull();

        assertThat(preview.ratings()).extracting(RatingRow::rating)
                .containsExactly(PerformanceRating.EXCELLENT, PerformanceRating.GOOD);
        assertThat(preview.ratings().get(0).unitCode()).isEqualTo("BVDK");
        assertThat(preview.ratings().get(1).staffCode()).isNull();

        InitiativeRow initiative = preview.initiatives().get(0);
        assertThat(initiative).isEqualTo(new InitiativeRow("Sáng kiến", 2, "NV002", "TTYT-THA", 2023,
                "Cải tiến quy trình tiếp đón người bệnh", RecognitionLevel.PROVINCE, "98/QĐ-SYT",
                LocalDate.of(2023, 12, 20), List.of()));

        DisciplineRow discipline = preview.disciplines().get(0);
        assertThat(discipline).isEqualTo(new DisciplineRow("Kỷ luật", 2, "NV001", "BVDK", DisciplineMeasure.REPRIMAND,
                LocalDate.of(2021, 5, 10), "45/QĐ-BVDK", "Đi muộn nhiều lần", List.of()));
        assertThat(discipline.year()).isEqualTo(2021);
        assertThat(preview.disciplines().get(1).measure()).isEqualTo(DisciplineMeasure.WARNING);
        assertThat(preview.disciplines().get(1).decisionDate()).isEqualTo(LocalDate.of(2020, 3, 4));
        assertThat(preview.disciplines().get(1).unitCode()).isEqualTo("CDC");

        assertThat(preview.rows()).extracting(HistoryRow::sheetName)
                .containsExactly("Danh hiệu", "Danh hiệu", "Danh hiệu", "Đánh giá", "Đánh giá", "Sáng kiến", "Kỷ luật", "Kỷ luật");
    }

    @Test
    void codesAreMatchedIgnoringCaseAndCarriedAsTheDirectorySpellsThem() throws IOException {
        AwardRow row = award(" nv001 ", "bvdk", 2023, "cstdcs", null, null, null);
        assertThat(row.valid()).isTrue();
        assertThat(row.staffCode()).isEqualTo("NV001");
        assertThat(row.unitCode()).isEqualTo("BVDK");
        AwardRow lower = award("NV003", null, 2023, "LDTT", null, null, null);
        assertThat(lower.valid()).isTrue();
        assertThat(lower.staffCode()).isEqualTo("nv003");
        assertThat(lower.unitCode()).isEqualTo("CDC");
    }

    @Test
    void emptyRowsAreSkippedAndRowNumbersAreAsExcelShowsThem() throws IOException {
        Preview preview = parse(new S("Đánh giá", RATINGS,
                null,
                row("", " ", null, ""),
                row("NV001", null, 2024, "HTXSNV"),
                null,
                row(null, null, null, null, "a note beside the table")));
        assertThat(preview.ratings()).singleElement().satisfies(r -> assertThat(r.rowNumber()).isEqualTo(4));
    }

    @Test
    void theHeaderMayStandBelowATitleLineWithColumnsInAnyOrderAndSpelling() throws IOException {
        Preview preview = parse(new S("DANH HIEU",
                row("Danh sách danh hiệu thi đua 2020 - 2024"),
                row(),
                row("danh hieu", "NAM", "ma can bo"),
                row("Lao động tiên tiến", 2021, "NV002")));
        assertThat(preview.fileProblem()).isNull();
        assertThat(preview.awards()).singleElement().satisfies(r -> {
            assertThat(r.valid()).isTrue();
            assertThat(r.rowNumber()).isEqualTo(4);
            assertThat(r.sheetName()).isEqualTo("DANH HIEU");
            assertThat(r.unitCode()).isEqualTo("TTYT-THA");
            assertThat(r.titleCode()).isEqualTo("LDTT");
        });
    }

    // ---- sheets

    @Test
    void aMissingSheetMeansNothingOfThatKindAndOtherSheetsAreIgnored() throws IOException {
        Preview preview = parse(
                new S("Hướng dẫn", row("Điền từ dòng 2"), row("Mã cán bộ", "Năm")),
                new S("Ky luat", DISCIPLINES, row("NV001", null, "Cảnh cáo", "01/02/2022", null, null)),
                new S("Sáng kiến"));
        assertThat(preview.fileProblem()).isNull();
        assertThat(preview.awards()).isEmpty();
        assertThat(preview.ratings()).isEmpty();
        assertThat(preview.initiatives()).isEmpty();
        assertThat(preview.disciplines()).singleElement().satisfies(r -> assertThat(r.valid()).isTrue());
    }

    @Test
    void aKnownSheetWithOnlyEmptyRowsIsEmpty() throws IOException {
        Preview preview = parse(new S("Danh hiệu", row(), row(null, ""), row(" ")),
                new S("Đánh giá", RATINGS, row("NV001", null, 2024, "HTTNV")));
        assertThat(preview.fileProblem()).isNull();
        assertThat(preview.awards()).isEmpty();
        assertThat(preview.ratings()).hasSize(1);
    }

    @Test
    void formulaCellsAreReadByTheirValue() throws IOException {
        byte[] file;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Danh hiệu");
            Row header = sheet.createRow(0);
            for (int c = 0; c < AWARDS.length; c++) {
                header.createCell(c).setCellValue(AWARDS[c].toString());
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellFormula("\"NV\"&\"001\"");
            row.createCell(2).setCellFormula("2020+3");
            row.createCell(3).setCellValue("LDTT");
            row.createCell(5).setCellFormula("DATE(2024,1,15)");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
            file = out.toByteArray();
        }
        AwardRow row = parse(file).awards().get(0);
        assertThat(row.problems()).isEmpty();
        assertThat(row.staffCode()).isEqualTo("NV001");
        assertThat(row.year()).isEqualTo(2023);
        assertThat(row.decisionDate()).isEqualTo(LocalDate.of(2024, 1, 15));
    }

    @Test
    void aWorkbookWithoutAnyKnownSheetIsAFileProblem() throws IOException {
        Preview preview = parse(new S("Sheet1", RATINGS, row("NV001", null, 2024, "HTXSNV")));
        assertThat(preview.fileProblem().key()).isEqualTo(AwardHistoryParser.NO_SHEET);
        assertThat(preview.fileProblem().args()).containsExactly("Danh hiệu, Đánh giá, Sáng kiến, Kỷ luật");
        assertThat(preview.isEmpty()).isTrue();
    }

    @Test
    void aSheetLackingARequiredColumnIsAFileProblem() throws IOException {
        Preview preview = parse(new S("Đánh giá", row("Mã cán bộ", "Mã đơn vị", "Năm"), row("NV001", null, 2024)));
        assertThat(preview.fileProblem()).isEqualTo(Problem.of(AwardHistoryParser.MISSING_COLUMN, "Đánh giá", "Mức đánh giá"));

        Preview noSubject = parse(new S("Danh hiệu", row("Năm", "Danh hiệu"), row(2024, "LDTT")));
        assertThat(noSubject.fileProblem()).isEqualTo(Problem.of(AwardHistoryParser.MISSING_COLUMN, "Danh hiệu", "Mã đơn vị"));

        Preview noHeader = parse(new S("Kỷ luật", row("NV001", "x")));
        assertThat(noHeader.fileProblem()).isEqualTo(Problem.of(AwardHistoryParser.MISSING_COLUMN, "Kỷ luật", "Hình thức"));
    }

    @Test
    void aFileThatIsNotAnXlsxIsRefused() {
        assertThat(parse("Mã cán bộ;Năm\nNV001;2024".getBytes(StandardCharsets.UTF_8)).fileProblem())
                .isEqualTo(Problem.of(AwardHistoryParser.NOT_EXCEL));
        assertThat(parse(new byte[0]).fileProblem().key()).isEqualTo(AwardHistoryParser.NOT_EXCEL);
        assertThat(parse(new byte[] {0x50, 0x4b, 0x03, 0x04, 1, 2, 3}).fileProblem().key())
                .isEqualTo(AwardHistoryParser.NOT_EXCEL);
    }

    @Test
    void moreThanMaxRowsInAllSheetsTogetherIsAFileProblem() throws IOException {
        Object[][] awards = new Object[5_001][];
        awards[0] = AWARDS;
        awards[5_000] = row("NV001", null, 2023, "LDTT");
        Object[][] ratings = new Object[5_002][];
        ratings[0] = RATINGS;
        ratings[5_001] = row("NV001", null, 2023, "HTTNV");
        Preview tooMany = parse(new S("Danh hiệu", awards), new S("Đánh giá", ratings));
        assertThat(tooMany.fileProblem()).isEqualTo(Problem.of(AwardHistoryParser.TOO_MANY_ROWS, 10_000));
        assertThat(tooMany.isEmpty()).isTrue();

        Object[][] fewer = Arrays.copyOf(ratings, 5_001);
        fewer[5_000] = ratings[5_001];
        Preview atTheLimit = parse(new S("Danh hiệu", awards), new S("Đánh giá", fewer));
        assertThat(atTheLimit.fileProblem()).isNull();
        assertThat(atTheLimit.rows()).hasSize(2).allMatch(HistoryRow::valid);
    }

    // ---- who a row is about

    @Test
    void anUnknownStaffCodeIsAProblem() throws IOException {
        AwardRow row = award("NV999", null, 2023, "LDTT", null, null, null);
        assertThat(keys(row)).containsExactly(AwardHistoryParser.UNKNOWN_STAFF);
        assertThat(row.problems().get(0).args()).containsExactly("NV999");
        assertThat(row.valid()).isFalse();
    }

    @Test
    void anUnknownUnitCodeIsAProblemWithOrWithoutAStaffCode() throws IOException {
        RatingRow unit = rating(null, "XYZ", 2023, "HTNV");
        assertThat(keys(unit)).containsExactly(AwardHistoryParser.UNKNOWN_UNIT);
        assertThat(unit.problems().get(0).args()).containsExactly("XYZ");
        RatingRow person = rating("NV001", "XYZ", 2023, "HTNV");
        assertThat(keys(person)).containsExactly(AwardHistoryParser.UNKNOWN_UNIT);
    }

    @Test
    void aStaffMemberInAnotherUnitIsAProblem() throws IOException {
        RatingRow row = rating("NV001", "CDC", 2023, "HTNV");
        assertThat(row.problems()).containsExactly(Problem.of(AwardHistoryParser.UNIT_MISMATCH, "NV001", "CDC", "BVDK"));
        assertThat(rating("NV001", "bvdk", 2023, "HTNV").valid()).isTrue();
    }

    @Test
    void aRowWithNeitherStaffNorUnitLacksTheUnit() throws IOException {
        RatingRow row = rating(null, null, 2023, "HTNV");
        assertThat(row.problems()).containsExactly(Problem.of(AwardHistoryParser.MISSING_CELL, "Mã đơn vị"));
    }

    // ---- titles

    @ParameterizedTest
    @ValueSource(strings = {"CSTDCS", "cstdcs", "Chiến sĩ thi đua cơ sở", "CHIẾN SĨ THI ĐUA CƠ SỞ", "chien si thi dua co so",
            "  Chiến  sĩ thi đua cơ sở ", "CSTĐCS", "cstđcs"})
    void aTitleIsFoundByCodeNameOrShortNameIgnoringCaseAndMarks(String text) throws IOException {
        AwardRow row = award("NV001", null, 2023, text, null, null, null);
        assertThat(row.problems()).isEmpty();
        assertThat(row.titleCode()).isEqualTo("CSTDCS");
    }

    @Test
    void anUnknownTitleIsAProblem() throws IOException {
        AwardRow row = award("NV001", null, 2023, "Chiến sĩ thi đua cấp tỉnh", null, null, null);
        assertThat(row.problems()).containsExactly(Problem.of(AwardHistoryParser.UNKNOWN_TITLE, "Chiến sĩ thi đua cấp tỉnh"));
        assertThat(row.titleCode()).isNull();
    }

    @Test
    void aShortNameSharedByTwoTitlesIsAmbiguousButTheirCodesAndNamesAreNot() throws IOException {
        AwardRow row = award("NV001", null, 2023, "bằng khen", null, null, null);
        assertThat(row.problems()).containsExactly(Problem.of(AwardHistoryParser.AMBIGUOUS_TITLE, "bằng khen", "BKTINH, BKTTG"));
        assertThat(award("NV001", null, 2023, "Bằng khen của Thủ tướng Chính phủ", null, null, null).titleCode())
                .isEqualTo("BKTTG");
        assertThat(award("NV001", null, 2023, "bktinh", null, null, null).titleCode()).isEqualTo("BKTINH");
    }

    @Test
    void anIndividualTitleIsRefusedForAUnitAndACollectiveTitleForAPerson() throws IOException {
        AwardRow unit = award(null, "BVDK", 2023, "CSTĐCS", null, null, null);
        assertThat(unit.problems()).containsExactly(Problem.of(AwardHistoryParser.TITLE_NOT_FOR_COLLECTIVE, "CSTĐCS"));
        AwardRow person = award("NV001", null, 2023, "Tập thể lao động xuất sắc", null, null, null);
        assertThat(person.problems())
                .containsExactly(Problem.of(AwardHistoryParser.TITLE_NOT_FOR_INDIVIDUAL, "Tập thể lao động xuất sắc"));
        assertThat(award(null, "BVDK", 2023, "GK", null, null, null).valid()).isTrue();
        assertThat(award("NV001", null, 2023, "Giấy khen", null, null, null).valid()).isTrue();
    }

    // ---- missing cells

    @Test
    void eachSheetNamesItsMissingRequiredCells() throws IOException {
        assertThat(award("NV001", null, null, null, "1/QĐ", null, null).problems()).containsExactly(
                Problem.of(AwardHistoryParser.MISSING_CELL, "Năm"), Problem.of(AwardHistoryParser.MISSING_CELL, "Danh hiệu"));
        assertThat(rating("NV001", null, null, null).problems()).containsExactly(
                Problem.of(AwardHistoryParser.MISSING_CELL, "Năm"), Problem.of(AwardHistoryParser.MISSING_CELL, "Mức đánh giá"));
        assertThat(initiative("NV001", null, null, null, null, "1/QĐ", null).problems()).containsExactly(
                Problem.of(AwardHistoryParser.MISSING_CELL, "Năm"), Problem.of(AwardHistoryParser.MISSING_CELL, "Tên sáng kiến"),
                Problem.of(AwardHistoryParser.MISSING_CELL, "Cấp công nhận"));
        assertThat(discipline("NV001", null, null, null, "1/QĐ", null).problems()).containsExactly(
                Problem.of(AwardHistoryParser.MISSING_CELL, "Hình thức"),
                Problem.of(AwardHistoryParser.MISSING_CELL, "Ngày quyết định"));
    }

    // ---- years and dates

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2023|2023", "1990|1990", "2025|2025", " 2021 |2021", "Năm 2022|2022", "năm 2020|2020"})
    void yearsAsTextAreRead(String text, int year) throws IOException {
        RatingRow row = rating("NV001", null, text, "HTNV");
        assertThat(row.problems()).isEmpty();
        assertThat(row.year()).isEqualTo(year);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1989", "2026", "hai nghìn", "2023.5", "23", "-2023", "2023-2024"})
    void aBadYearIsAProblem(String text) throws IOException {
        RatingRow row = rating("NV001", null, text, "HTNV");
        assertThat(row.problems()).containsExactly(Problem.of(AwardHistoryParser.BAD_YEAR, text, 1990, 2025));
        assertThat(row.year()).isNull();
    }

    @Test
    void aNumericYearMustBeAWholeNumberInRange() throws IOException {
        assertThat(rating("NV001", null, 2024, "HTNV").year()).isEqualTo(2024);
        assertThat(keys(rating("NV001", null, 2023.5, "HTNV"))).containsExactly(AwardHistoryParser.BAD_YEAR);
        assertThat(keys(rating("NV001", null, 1989, "HTNV"))).containsExactly(AwardHistoryParser.BAD_YEAR);
        assertThat(keys(rating("NV001", null, 2026, "HTNV"))).containsExactly(AwardHistoryParser.BAD_YEAR);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"15/01/2024", "15/1/2024", "15-01-2024", "15.01.2024", "2024-01-15"})
    void datesAreReadInTheUsualSpellings(String text) throws IOException {
        AwardRow row = award("NV001", null, 2023, "LDTT", null, text, null);
        assertThat(row.problems()).isEmpty();
        assertThat(row.decisionDate()).isEqualTo(LocalDate.of(2024, 1, 15));
    }

    @Test
    void excelDateCellsAreRead() throws IOException {
        assertThat(award("NV001", null, 2023, "LDTT", null, LocalDate.of(2023, 12, 31), null).decisionDate())
                .isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(initiative("NV001", null, 2023, "Sáng kiến A", "cơ sở", null, LocalDate.of(2024, 3, 1)).decisionDate())
                .isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(discipline("NV001", null, "Cảnh cáo", LocalDate.of(2022, 8, 9), null, null).decisionDate())
                .isEqualTo(LocalDate.of(2022, 8, 9));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2024", "15/13/2024", "hôm qua", "2024"})
    void anUnreadableDateIsAProblem(String text) throws IOException {
        AwardRow row = award("NV001", null, 2023, "LDTT", null, text, null);
        assertThat(row.problems()).containsExactly(Problem.of(AwardHistoryParser.BAD_DATE, "Ngày quyết định", text));
        assertThat(row.decisionDate()).isNull();
        DisciplineRow discipline = discipline("NV001", null, "Khiển trách", text, null, null);
        assertThat(keys(discipline)).containsExactly(AwardHistoryParser.BAD_DATE);
    }

    @Test
    void aNegativeNumberInADateCellIsUnreadable() throws IOException {
        assertThat(keys(award("NV001", null, 2023, "LDTT", null, -5, null))).containsExactly(AwardHistoryParser.BAD_DATE);
    }

    @Test
    void aDateAfterTodayOrBefore1990IsAProblem() throws IOException {
        AwardRow future = award("NV001", null, 2025, "LDTT", null, "01/07/2025", null);
        assertThat(future.problems())
                .containsExactly(Problem.of(AwardHistoryParser.DATE_OUT_OF_RANGE, "Ngày quyết định", "01/07/2025", 1990));
        DisciplineRow old = discipline("NV001", null, "Khiển trách", LocalDate.of(1985, 1, 1), null, null);
        assertThat(keys(old)).containsExactly(AwardHistoryParser.DATE_OUT_OF_RANGE);
        assertThat(discipline("NV001", null, "Khiển trách", "30/06/2025", null, null).valid()).isTrue();
    }

    @Test
    void aDecisionDatedBeforeTheYearItRewardsIsInconsistent() throws IOException {
        AwardRow award = award("NV001", null, 2023, "LDTT", null, "31/12/2022", null);
        assertThat(award.problems()).containsExactly(Problem.of(AwardHistoryParser.DECISION_BEFORE_YEAR, "31/12/2022", 2023));
        InitiativeRow initiative = initiative("NV001", null, 2024, "Sáng kiến B", "cơ sở", null, LocalDate.of(2023, 6, 1));
        assertThat(keys(initiative)).containsExactly(AwardHistoryParser.DECISION_BEFORE_YEAR);
        assertThat(award("NV001", null, 2023, "LDTT", null, "01/01/2023", null).valid()).isTrue();
    }

    // ---- ratings, levels, measures

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hoàn thành xuất sắc nhiệm vụ|EXCELLENT", "hoàn thành xuất sắc|EXCELLENT", "HOAN THANH XUAT SAC NHIEM VU|EXCELLENT",
            "HTXSNV|EXCELLENT", "htxs|EXCELLENT",
            "Hoàn thành tốt nhiệm vụ|GOOD", "Hoàn thành tốt|GOOD", "HTTNV|GOOD", "htt|GOOD",
            "Hoàn thành nhiệm vụ|COMPLETED", "Hoàn thành|COMPLETED", "HTNV|COMPLETED", "Hoàn thành nhiệm vụ.|COMPLETED",
            "Không hoàn thành nhiệm vụ|NOT_COMPLETED", "không hoàn thành|NOT_COMPLETED", "KHTNV|NOT_COMPLETED", "kht|NOT_COMPLETED"})
    void ratingsAreReadInEachAcceptedSpelling(String text, PerformanceRating expected) throws IOException {
        RatingRow row = rating("NV001", null, 2024, text);
        assertThat(row.problems()).isEmpty();
        assertThat(row.rating()).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(PerformanceRating.class)
    void everyRatingLabelIsAccepted(PerformanceRating rating) {
        assertThat(AwardHistoryParser.rating(rating.label())).isEqualTo(rating);
    }

    @Test
    void anUnknownRatingIsAProblem() throws IOException {
        RatingRow row = rating("NV001", null, 2024, "Xuất sắc");
        assertThat(row.problems()).containsExactly(Problem.of(AwardHistoryParser.UNKNOWN_RATING, "Xuất sắc"));
        assertThat(row.rating()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"cơ sở|UNIT", "cấp cơ sở|UNIT", "Cấp Cơ Sở|UNIT", "co so|UNIT",
            "tỉnh|PROVINCE", "cấp tỉnh|PROVINCE", "Bộ|PROVINCE", "cấp bộ|PROVINCE",
            "toàn quốc|NATIONAL", "Toàn quốc|NATIONAL", "quốc gia|NATIONAL", "cấp quốc gia|NATIONAL"})
    void levelsAreReadInEachAcceptedSpelling(String text, RecognitionLevel expected) throws IOException {
        InitiativeRow row = initiative("NV001", null, 2024, "Sáng kiến C", text, null, null);
        assertThat(row.problems()).isEmpty();
        assertThat(row.level()).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(RecognitionLevel.class)
    void everyLevelLabelIsAccepted(RecognitionLevel level) {
        assertThat(AwardHistoryParser.level(level.label())).isEqualTo(level);
    }

    @Test
    void anUnknownLevelIsAProblem() throws IOException {
        InitiativeRow row = initiative("NV001", null, 2024, "Sáng kiến C", "cấp huyện", null, null);
        assertThat(row.problems()).containsExactly(Problem.of(AwardHistoryParser.UNKNOWN_LEVEL, "cấp huyện"));
    }

    @ParameterizedTest
    @EnumSource(DisciplineMeasure.class)
    void measuresAreReadByTheirLabelInAnyCaseWithOrWithoutMarks(DisciplineMeasure measure) throws IOException {
        assertThat(discipline("NV001", null, measure.label(), "01/02/2022", null, null).measure()).isEqualTo(measure);
        assertThat(AwardHistoryParser.measure(measure.label().toUpperCase(Locale.ROOT))).isEqualTo(measure);
        assertThat(AwardHistoryParser.measure(vn.thidua.common.VietnameseText.fold(measure.label()))).isEqualTo(measure);
    }

    @Test
    void anUnknownMeasureIsAProblem() throws IOException {
        DisciplineRow row = discipline("NV001", null, "Phê bình", "01/02/2022", null, null);
        assertThat(row.problems()).containsExactly(Problem.of(AwardHistoryParser.UNKNOWN_MEASURE, "Phê bình"));
    }

    // ---- lengths

    @Test
    void textsLongerThanTheirLimitAreProblems() throws IOException {
        String name500 = "a".repeat(500);
        String number64 = "1".repeat(64);
        assertThat(initiative("NV001", null, 2024, name500, "cơ sở", number64, null).valid()).isTrue();
        assertThat(initiative("NV001", null, 2024, name500 + "b", "cơ sở", number64 + "2", null).problems()).containsExactly(
                Problem.of(AwardHistoryParser.TOO_LONG, "Tên sáng kiến", 500),
                Problem.of(AwardHistoryParser.TOO_LONG, "Số quyết định", 64));
        assertThat(award("NV001", null, 2023, "LDTT", null, null, "x".repeat(501)).problems())
                .containsExactly(Problem.of(AwardHistoryParser.TOO_LONG, "Cơ quan quyết định", 500));
        assertThat(discipline("NV001", null, "Cảnh cáo", "01/02/2022", null, "r".repeat(1000)).valid()).isTrue();
        assertThat(discipline("NV001", null, "Cảnh cáo", "01/02/2022", null, "r".repeat(1001)).problems())
                .containsExactly(Problem.of(AwardHistoryParser.TOO_LONG, "Lý do", 1000));
    }

    // ---- duplicates

    @Test
    void theSameAwardTwiceIsADuplicateOfTheEarlierRowWhateverItsSpelling() throws IOException {
        Preview preview = parse(new S("Danh hiệu", AWARDS,
                row("NV001", null, 2023, "CSTDCS"),
                row("NV001", null, 2024, "CSTDCS"),
                row("nv001", "BVDK", "2023", "Chiến sĩ thi đua cơ sở"),
                row(null, "BVDK", 2023, "GK"),
                row("NV001", null, 2023, "GK"),
                row(null, "bvdk", 2023, "Giấy khen")));
        List<AwardRow> rows = preview.awards();
        assertThat(rows.get(0).valid()).isTrue();
        assertThat(rows.get(1).valid()).isTrue();
        assertThat(rows.get(2).problems()).containsExactly(Problem.of(AwardHistoryParser.DUPLICATE, 2));
        assertThat(rows.get(3).valid()).isTrue();
        assertThat(rows.get(4).valid()).as("the person is not the unit").isTrue();
        assertThat(rows.get(5).problems()).containsExactly(Problem.of(AwardHistoryParser.DUPLICATE, 5));
        assertThat(preview.validCount()).isEqualTo(4);
        assertThat(preview.invalidCount()).isEqualTo(2);
    }

    @Test
    void oneRatingPerPersonOrUnitAndYear() throws IOException {
        Preview preview = parse(new S("Đánh giá", RATINGS,
                row("NV001", null, 2023, "HTXSNV"),
                row("NV001", null, 2023, "HTTNV"),
                row("NV001", null, 2024, "HTTNV"),
                row(null, "BVDK", 2023, "HTTNV"),
                row(null, "BVDK", 2023, "HTTNV")));
        assertThat(preview.ratings()).extracting(AwardHistoryParserTest::keys).containsExactly(
                List.of(), List.of(AwardHistoryParser.DUPLICATE), List.of(), List.of(), List.of(AwardHistoryParser.DUPLICATE));
        assertThat(preview.ratings().get(1).problems().get(0).args()).containsExactly(2);
        assertThat(preview.ratings().get(4).problems().get(0).args()).containsExactly(5);
    }

    @Test
    void initiativesAndDisciplinesRepeatedAreDuplicates() throws IOException {
        Preview preview = parse(
                new S("Sáng kiến", INITIATIVES,
                        row("NV002", null, 2023, "Sổ tay  điều dưỡng", "cơ sở"),
                        row("NV002", null, 2023, "SỔ TAY ĐIỀU DƯỠNG", "tỉnh"),
                        row("NV002", null, 2023, "Sổ tay dược lâm sàng", "cơ sở")),
                new S("Kỷ luật", DISCIPLINES,
                        row("NV002", null, "Khiển trách", "03/04/2022"),
                        row("NV002", null, "Khiển trách", LocalDate.of(2022, 4, 3)),
                        row("NV002", null, "Cảnh cáo", "03/04/2022")));
        assertThat(preview.initiatives()).extracting(AwardHistoryParserTest::keys)
                .containsExactly(List.of(), List.of(AwardHistoryParser.DUPLICATE), List.of());
        assertThat(preview.disciplines()).extracting(AwardHistoryParserTest::keys)
                .containsExactly(List.of(), List.of(AwardHistoryParser.DUPLICATE), List.of());
    }

    @Test
    void rowsWithoutACompleteIdentityAreNotComparedAsDuplicates() throws IOException {
        Preview preview = parse(new S("Đánh giá", RATINGS,
                row("NV001", null, "abc", "HTNV"),
                row("NV001", null, "abc", "HTNV")));
        assertThat(preview.ratings()).allSatisfy(r -> assertThat(keys(r)).containsExactly(AwardHistoryParser.BAD_YEAR));
    }

    // ---- identity keys

    @Test
    void identityKeysNameTheKindTheSubjectAndWhatMakesTheRecordOne() throws IOException {
        Preview preview = parse(
                new S("Danh hiệu", AWARDS, row("nv001", null, 2023, "Chiến sĩ thi đua cơ sở"), row(null, "bvdk", 2023, "TTLĐXS")),
                new S("Đánh giá", RATINGS, row(null, "BVDK", 2024, "HTXSNV"), row("NV003", null, 2024, "HTNV")),
                new S("Sáng kiến", INITIATIVES, row("NV002", null, 2023, "Sổ tay  Điều dưỡng", "cơ sở")),
                new S("Kỷ luật", DISCIPLINES, row("NV001", null, "Cảnh cáo", "10/05/2023")));
        assertThat(preview.rows()).allMatch(HistoryRow::valid).extracting(HistoryRow::identityKey).containsExactly(
                "award|staff:NV001|CSTDCS|2023",
                "award|unit:BVDK|TTLDXS|2023",
                "rating|unit:BVDK|2024",
                "rating|staff:NV003|2024",
                "initiative|staff:NV002|2023|so tay dieu duong",
                "discipline|staff:NV001|WARNING|2023-05-10");
        assertThat(AwardRow.key("NV001", "BVDK", "CSTDCS", 2023)).isEqualTo("award|staff:NV001|CSTDCS|2023");
        assertThat(RatingRow.key(null, "bvdk", 2024)).isEqualTo("rating|unit:BVDK|2024");
        assertThat(InitiativeRow.key("NV002", "TTYT-THA", 2023, "Sổ tay điều dưỡng"))
                .isEqualTo("initiative|staff:NV002|2023|so tay dieu duong");
        assertThat(DisciplineRow.key(null, "CDC", DisciplineMeasure.REPRIMAND, LocalDate.of(2021, 1, 2)))
                .isEqualTo("discipline|unit:CDC|REPRIMAND|2021-01-02");
    }

    @Test
    void theYearsEndWithTheCurrentYearByDefault() throws IOException {
        int thisYear = LocalDate.now(vn.thidua.common.VietnameseDates.PROVINCE_ZONE).getYear();
        byte[] file = xlsx(new S("Đánh giá", RATINGS, row("NV001", null, thisYear, "HTNV"), row("NV002", null, thisYear + 1, "HTNV")));
        Preview preview = AwardHistoryParser.parse(new ByteArrayInputStream(file), DIRECTORY);
        assertThat(preview.ratings().get(0).valid()).isTrue();
        assertThat(preview.ratings().get(1).problems())
                .containsExactly(Problem.of(AwardHistoryParser.BAD_YEAR, String.valueOf(thisYear + 1), 1990, thisYear));
    }

    // ---- messages

    static Set<String> parserKeys() {
        return Arrays.stream(AwardHistoryParser.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers())
                        && f.getType() == String.class)
                .map(f -> {
                    try {
                        return (String) f.get(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .collect(Collectors.toSet());
    }

    /**
     * The texts of the keys: from HISTORY_KEYS.txt while it exists (the "# vi" block, then "# en"), else from the
     * bundles the keys were moved into.
     */
    static Properties texts(String language) throws IOException {
        Properties texts = new Properties();
        Path keysFile = Path.of("HISTORY_KEYS.txt");
        if (Files.exists(keysFile)) {
            String all = Files.readString(keysFile, StandardCharsets.UTF_8);
            int vi = all.indexOf("\n# vi\n");
            int en = all.indexOf("\n# en\n");
            assertThat(vi).isPositive().isLessThan(en);
            String block = language.equals("vi") ? all.substring(vi, en) : all.substring(en);
            try (Reader reader = new StringReader(block)) {
                texts.load(reader);
            }
        } else {
            try (InputStream in = AwardHistoryParserTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
                assertThat(in).isNotNull();
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void everyProblemKeyHasATextThatFormatsItsArguments(String language) throws IOException {
        Properties texts = texts(language);
        assertThat(parserKeys()).hasSize(21).allMatch(k -> k.startsWith("historyImport."));
        Set<String> historyKeys = texts.stringPropertyNames().stream().filter(k -> k.startsWith("historyImport."))
                .collect(Collectors.toSet());
        assertThat(historyKeys).containsAll(parserKeys());
        for (String key : parserKeys()) {
            String pattern = texts.getProperty(key);
            // years and row numbers where the pattern formats a number, text elsewhere
            Object[] args = new Object[4];
            for (int i = 0; i < args.length; i++) {
                args[i] = pattern.contains("{" + i + ",number") ? (Object) 2025 : "BVDK";
            }
            String text = new MessageFormat(pattern, Locale.forLanguageTag(language)).format(args);
            assertThat(text).as(key).isNotBlank().doesNotContain("{").doesNotContain("2.025").doesNotContain("2,025");
        }
        if (language.equals("vi")) {
            assertThat(texts.getProperty(AwardHistoryParser.UNKNOWN_STAFF)).contains("Không có cán bộ");
            assertThat(texts.getProperty(AwardHistoryParser.DUPLICATE)).contains("Trùng");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void everyProblemTheParserRaisesFormatsWithItsRealArguments(String language) throws IOException {
        Preview rows = parse(
                new S("Danh hiệu", AWARDS,
                        row("NV999", "XYZ", 1989, "Không có", "1".repeat(65), "31/02/2024", "x".repeat(501)),
                        row("NV001", "CDC", 2023, "Bằng khen", null, "01/01/2022"),
                        row(null, "BVDK", 2023, "LDTT", null, "01/07/2025"),
                        row("NV001", null, 2023, "TTLDXS"),
                        row("NV001", null, 2023, "TTLDXS"),
                        row(null, null, null, null, "1/QĐ")),
                new S("Đánh giá", RATINGS, row("NV001", null, 2023, "giỏi")),
                new S("Sáng kiến", INITIATIVES, row("NV001", null, 2023, "Sáng kiến", "huyện")),
                new S("Kỷ luật", DISCIPLINES, row("NV001", null, "Phê bình", "01/01/2022")));
        List<Problem> problems = new java.util.ArrayList<>(rows.rows().stream().flatMap(r -> r.problems().stream()).toList());
        problems.add(parse("x".getBytes(StandardCharsets.UTF_8)).fileProblem());
        problems.add(parse(new S("Sheet1")).fileProblem());
        problems.add(parse(new S("Đánh giá", row("Năm"))).fileProblem());
        problems.add(Problem.of(AwardHistoryParser.TOO_MANY_ROWS, AwardHistoryParser.MAX_ROWS));
        assertThat(problems).extracting(Problem::key).containsAll(parserKeys());
        Properties texts = texts(language);
        for (Problem problem : problems) {
            String text = new MessageFormat(texts.getProperty(problem.key()), Locale.forLanguageTag(language))
                    .format(problem.args().toArray());
            assertThat(text).as(problem.key()).isNotBlank().doesNotContain("{").doesNotContain("1.990").doesNotContain("1,990");
        }
    }

    // ---- fixtures used by the template test too

    static byte[] withRows(byte[] template, Map<String, Object[]> rowPerSheet) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Map.Entry<String, Object[]> entry : rowPerSheet.entrySet()) {
                Row row = wb.getSheet(entry.getKey()).createRow(1);
                Object[] cells = entry.getValue();
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (cells[c] != null) {
                        row.createCell(c).setCellValue(cells[c].toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
