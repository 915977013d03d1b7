package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.award.AwardHistoryParser.HistoryRow;
import vn.thidua.award.AwardHistoryParser.Preview;
import vn.thidua.common.VietnameseDates;

class AwardHistoryTemplateTest {

    static final List<String> TITLES = List.of("CSTDCS", "Lao động tiên tiến", "Tập thể lao động xuất sắc");

    static XSSFWorkbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        for (Cell cell : row) {
            texts.add(formatter.formatCellValue(cell));
        }
        return texts;
    }

    /** The drop-down values of the list validation on a column of a sheet. */
    static List<String> dropDown(XSSFSheet sheet, int column) {
        return sheet.getDataValidations().stream()
                .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == column)
                .filter(v -> v.getValidationConstraint().getValidationType() == ValidationType.LIST)
                .findFirst().map(v -> v.getValidationConstraint().getExplicitListValues()).map(Arrays::asList)
                .orElseThrow();
    }

    @Test
    void theBlankTemplateReadsBackAsAnEmptyValidPreview() {
        for (List<String> titles : List.of(TITLES, List.<String>of())) {
            Preview preview = AwardHistoryParser.parse(new ByteArrayInputStream(AwardHistoryTemplate.workbook(titles)),
                    AwardHistoryParserTest.DIRECTORY);
            assertThat(preview.fileProblem()).isNull();
            assertThat(preview.isEmpty()).isTrue();
            assertThat(preview.validCount()).isZero();
            assertThat(preview.invalidCount()).isZero();
        }
        assertThat(AwardHistoryParser.parse(new ByteArrayInputStream(AwardHistoryTemplate.workbook(null)),
                AwardHistoryParserTest.DIRECTORY).fileProblem()).isNull();
    }

    @Test
    void theDataSheetsHaveABoldFrozenHeaderRowOnly() throws IOException {
        try (XSSFWorkbook wb = open(AwardHistoryTemplate.workbook(TITLES))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(5);
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3), wb.getSheetName(4)))
                    .containsExactly("Danh hiệu", "Đánh giá", "Sáng kiến", "Kỷ luật", "Hướng dẫn");
            assertThat(texts(wb.getSheet("Danh hiệu").getRow(0))).containsExactly("Mã cán bộ", "Mã đơn vị", "Năm", "Danh hiệu",
                    "Số quyết định", "Ngày quyết định", "Cơ quan quyết định");
            assertThat(texts(wb.getSheet("Đánh giá").getRow(0))).containsExactly("Mã cán bộ", "Mã đơn vị", "Năm", "Mức đánh giá");
            assertThat(texts(wb.getSheet("Sáng kiến").getRow(0))).containsExactly("Mã cán bộ", "Mã đơn vị", "Năm",
                    "Tên sáng kiến", "Cấp công nhận", "Số quyết định", "Ngày quyết định");
            assertThat(texts(wb.getSheet("Kỷ luật").getRow(0))).containsExactly("Mã cán bộ", "Mã đơn vị", "Hình thức",
                    "Ngày quyết định", "Số quyết định", "Lý do");
            for (int s = 0; s < 4; s++) {
                XSSFSheet sheet = wb.getSheetAt(s);
                assertThat(sheet.getLastRowNum()).as(sheet.getSheetName()).isZero();
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                for (Cell cell : sheet.getRow(0)) {
                    assertThat(wb.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).isTrue();
                    assertThat(sheet.getColumnWidth(cell.getColumnIndex())).isGreaterThanOrEqualTo(14 * 256);
                }
            }
            assertThat(wb.getSheet("Sáng kiến").getColumnWidth(3)).isGreaterThan(wb.getSheet("Sáng kiến").getColumnWidth(2));
        }
    }

    @Test
    void ratingsLevelsAndMeasuresHaveDropDownsTheParserAccepts() throws IOException {
        try (XSSFWorkbook wb = open(AwardHistoryTemplate.workbook(TITLES))) {
            List<String> ratings = dropDown(wb.getSheet("Đánh giá"), 3);
            assertThat(ratings).containsExactly("Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ",
                    "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ");
            assertThat(ratings).map(AwardHistoryParser::rating).containsExactly(PerformanceRating.values());
            List<String> levels = dropDown(wb.getSheet("Sáng kiến"), 4);
            assertThat(levels).containsExactly("cấp cơ sở", "cấp tỉnh", "toàn quốc");
            assertThat(levels).map(AwardHistoryParser::level).containsExactly(RecognitionLevel.values());
            List<String> measures = dropDown(wb.getSheet("Kỷ luật"), 2);
            assertThat(measures).containsExactly("Khiển trách", "Cảnh cáo", "Hạ bậc lương", "Giáng chức", "Cách chức",
                    "Buộc thôi việc");
            assertThat(measures).map(AwardHistoryParser::measure).containsExactly(DisciplineMeasure.values());
            for (String sheet : List.of("Đánh giá", "Sáng kiến", "Kỷ luật")) {
                DataValidation list = wb.getSheet(sheet).getDataValidations().stream()
                        .filter(v -> v.getValidationConstraint().getValidationType() == ValidationType.LIST)
                        .findFirst().orElseThrow();
                assertThat(list.getShowErrorBox()).isTrue();
                assertThat(list.getRegions().getCellRangeAddress(0).getFirstRow()).isEqualTo(1);
                assertThat(list.getRegions().getCellRangeAddress(0).getLastRow()).isEqualTo(AwardHistoryParser.MAX_ROWS);
            }
        }
    }

    @Test
    void yearsAreLimitedToWholeNumbersFrom1990() throws IOException {
        try (XSSFWorkbook wb = open(AwardHistoryTemplate.workbook(TITLES))) {
            for (String sheet : List.of("Danh hiệu", "Đánh giá", "Sáng kiến")) {
                DataValidation years = wb.getSheet(sheet).getDataValidations().stream()
                        .filter(v -> v.getValidationConstraint().getValidationType() == ValidationType.INTEGER)
                        .findFirst().orElseThrow();
                assertThat(years.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(2);
                assertThat(years.getValidationConstraint().getFormula1()).isEqualTo("1990");
            }
        }
    }

    @Test
    void theInstructionsListTheAcceptedValuesTheTitlesAndAnExamplePerSheet() throws IOException {
        try (XSSFWorkbook wb = open(AwardHistoryTemplate.workbook(TITLES))) {
            XSSFSheet help = wb.getSheet("Hướng dẫn");
            StringBuilder all = new StringBuilder();
            for (Row row : help) {
                all.append(String.join(" ", texts(row))).append('\n');
            }
            String text = all.toString();
            assertThat(text).contains("Mã cán bộ: để trống khi dòng là của chính đơn vị", "HTXSNV", "HTTNV", "HTNV", "KHTNV",
                    "cấp cơ sở", "toàn quốc", "Buộc thôi việc", "dd/MM/yyyy", "10000");
            for (String sheet : List.of("Danh hiệu", "Đánh giá", "Sáng kiến", "Kỷ luật")) {
                assertThat(text).contains("Trang «" + sheet + "»");
            }
            assertThat(text).contains("CB000123 BVDK " + (LocalDate.now(VietnameseDates.PROVINCE_ZONE).getYear() - 2)
                    + " CSTDCS 125/QĐ-SYT");
            assertThat(text).contains("Trang «Kỷ luật» Mã cán bộ Mã đơn vị Hình thức Ngày quyết định Số quyết định Lý do");
            for (String title : TITLES) {
                assertThat(text).contains(title);
            }
            // the title column suggests the listed titles without refusing other spellings
            DataValidation titles = wb.getSheet("Danh hiệu").getDataValidations().stream()
                    .filter(v -> v.getValidationConstraint().getValidationType() == ValidationType.LIST)
                    .findFirst().orElseThrow();
            assertThat(titles.getShowErrorBox()).isFalse();
            assertThat(titles.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(3);
            String formula = titles.getValidationConstraint().getFormula1();
            assertThat(formula).startsWith("'Hướng dẫn'!$B$");
            String[] range = formula.substring(formula.indexOf('!') + 1).replace("$", "").split(":");
            List<String> listed = new ArrayList<>();
            for (int r = Integer.parseInt(range[0].substring(1)); r <= Integer.parseInt(range[1].substring(1)); r++) {
                listed.add(help.getRow(r - 1).getCell(1).getStringCellValue());
            }
            assertThat(listed).isEqualTo(TITLES);
        }
    }

    @Test
    void theExampleRowsOfTheInstructionsAreValidDataRows() throws IOException {
        byte[] template = AwardHistoryTemplate.workbook(List.of("CSTDCS"));
        Map<String, Object[]> rows = new LinkedHashMap<>();
        try (XSSFWorkbook wb = open(template)) {
            XSSFSheet help = wb.getSheet("Hướng dẫn");
            for (Row row : help) {
                Cell first = row.getCell(0);
                if (first != null && first.getStringCellValue().startsWith("Trang «")) {
                    String sheet = first.getStringCellValue().replace("Trang «", "").replace("»", "");
                    Row example = help.getRow(row.getRowNum() + 1);
                    Object[] cells = new Object[example.getLastCellNum() - 1];
                    for (int c = 1; c < example.getLastCellNum(); c++) {
                        Cell cell = example.getCell(c);
                        cells[c - 1] = switch (cell.getCellType()) {
                            case NUMERIC -> cell.getNumericCellValue();
                            default -> cell.getStringCellValue().isEmpty() ? null : cell.getStringCellValue();
                        };
                        // the example's staff codes are CB000123 and CB000456; the test directory knows NV001
                        if (cells[c - 1] instanceof String code && code.startsWith("CB000")) {
                            cells[c - 1] = "NV001";
                        }
                    }
                    rows.put(sheet, cells);
                }
            }
        }
        assertThat(rows).containsOnlyKeys("Danh hiệu", "Đánh giá", "Sáng kiến", "Kỷ luật");
        Preview preview = AwardHistoryParser.parse(
                new ByteArrayInputStream(AwardHistoryParserTest.withRows(template, rows)), AwardHistoryParserTest.DIRECTORY);
        assertThat(preview.fileProblem()).isNull();
        assertThat(preview.rows()).hasSize(4).allSatisfy(r -> assertThat(r.problems()).as(r.sheetName()).isEmpty());
    }

    @Test
    void withoutTitlesTheExampleUsesADefaultAndTheTitleColumnHasNoList() throws IOException {
        try (XSSFWorkbook wb = open(AwardHistoryTemplate.workbook(List.of()))) {
            assertThat(wb.getSheet("Danh hiệu").getDataValidations())
                    .noneMatch(v -> v.getValidationConstraint().getValidationType() == ValidationType.LIST);
            StringBuilder all = new StringBuilder();
            for (Row row : wb.getSheet("Hướng dẫn")) {
                all.append(String.join(" ", texts(row))).append('\n');
            }
            assertThat(all.toString()).contains(" Chiến sĩ thi đua cơ sở 125/QĐ-SYT");
        }
    }

    @Test
    void theTemplateFilledInLikeItsExamplesIsValid() throws IOException {
        Map<String, Object[]> rows = new LinkedHashMap<>();
        rows.put("Danh hiệu", new Object[] {"NV001", "BVDK", 2023, "CSTDCS", "125/QĐ-SYT", "15/01/2024", "Sở Y tế"});
        rows.put("Đánh giá", new Object[] {null, "BVDK", 2023, PerformanceRating.EXCELLENT.label()});
        rows.put("Sáng kiến", new Object[] {"NV001", null, 2023, "Cải tiến quy trình tiếp đón người bệnh",
                RecognitionLevel.UNIT.label(), "98/QĐ-BVDK", "20/12/2023"});
        rows.put("Kỷ luật", new Object[] {"NV002", "TTYT-THA", DisciplineMeasure.REPRIMAND.label(), "10/05/2023", "45/QĐ",
                "Vi phạm quy định về giờ làm việc"});
        byte[] filled = AwardHistoryParserTest.withRows(AwardHistoryTemplate.workbook(TITLES), rows);
        Preview preview = AwardHistoryParserTest.parse(filled);
        assertThat(preview.fileProblem()).isNull();
        assertThat(preview.rows()).hasSize(4).allMatch(HistoryRow::valid);
        assertThat(preview.rows()).extracting(HistoryRow::rowNumber).containsOnly(2);
        assertThat(preview.ratings().get(0).rating()).isEqualTo(PerformanceRating.EXCELLENT);
        assertThat(preview.initiatives().get(0).level()).isEqualTo(RecognitionLevel.UNIT);
    }
}
