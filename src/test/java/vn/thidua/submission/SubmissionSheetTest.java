package vn.thidua.submission;

import vn.thidua.common.Messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thidua.common.TableText;

class SubmissionSheetTest {

    private static final String TITLE = "Báo cáo thành tích năm 2025 – Bệnh viện Đa khoa tỉnh";
    private static final String RATE = "1.3 Số bác sĩ/10.000 dân";
    private static final String ITEMS = "2 Các nội dung thực hiện";

    /** The form used by most tests; the comment gives each field's Excel row. */
    private static final List<SheetField> FIELDS = List.of(
            new SheetField("1.3:rate", RATE, "Tỷ lệ", FieldType.DECIMAL, new BigDecimal("7.5")), // row 3
            new SheetField("1.3:numerator", RATE, "Tử số: số bác sĩ", FieldType.COUNT, 120L), // row 4
            new SheetField("1.3:denominator", RATE, "Mẫu số: dân số", FieldType.DECIMAL, null), // row 5
            new SheetField("2:item:4", ITEMS, "Có kế hoạch năm", FieldType.YES_NO, true), // row 6
            new SheetField("2:item:5", ITEMS, "Có sơ kết 6 tháng", FieldType.YES_NO, null), // row 7
            new SheetField("narrative", "Thuyết minh", "Tóm tắt thành tích", FieldType.TEXT, "Hoàn thành kế hoạch"), // row 8
            new SheetField("1.4:staff", "1.4 Nhân lực", "Số cán bộ", FieldType.COUNT, null)); // row 9

    // ---- writing

    @Test
    void writesTitleHeadersAndOneRowPerFieldWithKeysInColumnA() throws IOException {
        try (XSSFWorkbook workbook = open(written())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(0)).isEqualTo("Báo cáo");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(TITLE);
            assertThat(rowTexts(sheet.getRow(1))).containsExactly("Mã", "Tiêu chí", "Nội dung", "Giá trị", "Ghi chú");
            assertThat(sheet.getLastRowNum()).isEqualTo(2 + FIELDS.size() - 1);
            for (int i = 0; i < FIELDS.size(); i++) {
                Row row = sheet.getRow(2 + i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(FIELDS.get(i).key());
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(FIELDS.get(i).section());
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(FIELDS.get(i).label());
            }
            assertThat(sheet.getColumnWidth(0)).as("key column readable").isGreaterThan(0);
        }
    }

    @Test
    void writesValuesAsExcelShowsThemInVietnamese() throws IOException {
        try (XSSFWorkbook workbook = open(written())) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter vietnamese = new DataFormatter(Locale.forLanguageTag("vi-VN"));
            Cell rate = sheet.getRow(2).getCell(3);
            assertThat(rate.getNumericCellValue()).as("numeric cell").isEqualTo(7.5);
            assertThat(vietnamese.formatCellValue(rate)).isEqualTo("7,5");
            Cell numerator = sheet.getRow(3).getCell(3);
            assertThat(numerator.getNumericCellValue()).isEqualTo(120.0);
            assertThat(numerator.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(sheet.getRow(5).getCell(3).getStringCellValue()).isEqualTo("Có");
            assertThat(sheet.getRow(7).getCell(3).getStringCellValue()).isEqualTo("Hoàn thành kế hoạch");
            assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).as("empty value").isEmpty();
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).contains("8,25");
        }
    }

    @Test
    void yesNoCellsGetADropDownListOfCoAndKhong() throws IOException {
        try (XSSFWorkbook workbook = open(written())) {
            List<? extends DataValidation> validations = workbook.getSheetAt(0).getDataValidations();
            assertThat(validations).hasSize(1);
            DataValidation validation = validations.get(0);
            assertThat(validation.getValidationConstraint().getExplicitListValues()).containsExactly("Có", "Không");
            assertThat(validation.getRegions().getCellRangeAddresses())
                    .extracting(r -> r.formatAsString())
                    .containsExactly("D6", "D7");
        }
    }

    @Test
    void sheetIsProtectedWithoutPasswordAndOnlyTheValueColumnIsUnlocked() throws IOException {
        try (XSSFWorkbook workbook = open(written())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.getCTWorksheet().getSheetProtection().isSetPassword()).as("no password").isFalse();
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getLocked()).as("title").isTrue();
            for (int c = 0; c < 5; c++) {
                assertThat(sheet.getRow(1).getCell(c).getCellStyle().getLocked()).as("header %d", c).isTrue();
            }
            for (int r = 2; r < 2 + FIELDS.size(); r++) {
                for (int c = 0; c < 5; c++) {
                    CellStyle style = sheet.getRow(r).getCell(c).getCellStyle();
                    assertThat(style.getLocked()).as("row %d column %d", r + 1, c).isEqualTo(c != 3);
                }
            }
        }
    }

    @Test
    void headersAndHintsComeFromTheGivenLabels() throws IOException {
        Map<String, String> english = Map.of("sheet.name", "Report", "sheet.header.key", "Code",
                "sheet.header.section", "Criterion", "sheet.header.label", "Item", "sheet.header.value", "Value",
                "sheet.header.note", "Note", "sheet.hint.decimal", "A number, e.g. 8.25",
                "sheet.hint.count", "A whole number", "sheet.hint.yesNo", "Có or Không", "sheet.hint.text", "Text");
        SheetLabels labels = SheetLabels.from(english::get);
        try (XSSFWorkbook workbook = open(SubmissionSheet.write("Achievements 2025", labels, FIELDS))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(0)).isEqualTo("Report");
            assertThat(rowTexts(sheet.getRow(1))).containsExactly("Code", "Criterion", "Item", "Value", "Note");
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("A number, e.g. 8.25");
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEqualTo("A whole number");
            assertThat(sheet.getRow(7).getCell(4).getStringCellValue()).isEqualTo("Text");
        }
    }

    @Test
    void writeRefusesTwoFieldsWithTheSameKeyAndFieldsRefuseValuesOfTheWrongType() {
        List<SheetField> twice = List.of(FIELDS.get(0), FIELDS.get(0));
        assertThatThrownBy(() -> SubmissionSheet.write(TITLE, SheetLabels.from(Messages::vietnamese), twice))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SheetField("k", "s", "l", FieldType.COUNT, "12"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SheetField("k", "s", "l", FieldType.YES_NO, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new SheetField("k", "s", "l", FieldType.COUNT, 12).value()).isEqualTo(12L);
        assertThat(new SheetField("k", "s", "l", FieldType.DECIMAL, 8.25).value()).isEqualTo(new BigDecimal("8.25"));
    }

    // ---- round trip

    @Test
    void unchangedSheetReadsBackWithoutChangesOrProblems() throws IOException {
        SheetReading reading = SubmissionSheet.read(new ByteArrayInputStream(written()), FIELDS);
        assertThat(reading.changes()).isEmpty();
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.hasProblems()).isFalse();
    }

    @Test
    void awkwardValuesSurviveTheRoundTrip() throws IOException {
        List<SheetField> fields = List.of(
                new SheetField("a", "A", "0,1", FieldType.DECIMAL, new BigDecimal("0.1")),
                new SheetField("b", "A", "trailing zeros", FieldType.DECIMAL, new BigDecimal("8.250")),
                new SheetField("c", "A", "exponent", FieldType.DECIMAL, new BigDecimal("1E+2")),
                new SheetField("d", "A", "20 digits", FieldType.DECIMAL, new BigDecimal("12345678901234567.891")),
                new SheetField("e", "A", "big count", FieldType.COUNT, Long.MAX_VALUE),
                new SheetField("f", "A", "negative", FieldType.DECIMAL, new BigDecimal("-3.75")),
                new SheetField("g", "A", "false", FieldType.YES_NO, false),
                new SheetField("h", "A", "lines", FieldType.TEXT, "  Dòng 1\r\nDòng 2  "),
                new SheetField("i", "A", "blank text", FieldType.TEXT, "   "));
        byte[] xlsx = SubmissionSheet.write(TITLE, SheetLabels.from(Messages::vietnamese), fields);
        SheetReading reading = SubmissionSheet.read(new ByteArrayInputStream(xlsx), fields);
        assertThat(reading.changes()).isEmpty();
        assertThat(reading.problems()).isEmpty();
    }

    // ---- edits

    @Test
    void editedCellsGiveExactlyTheChangesWithBeforeAndAfter() throws IOException {
        byte[] edited = edit(written(), sheet -> {
            value(sheet, 3).setCellValue(8.25); // 1.3:rate 7,5 → 8,25 typed as a number
            value(sheet, 4).setCellValue("1.234"); // 1.3:numerator 120 → 1.234 typed as text
            value(sheet, 5).setCellValue("8,25"); // 1.3:denominator empty → 8,25 typed as text
            value(sheet, 6).setCellValue("Không"); // 2:item:4 Có → Không
            value(sheet, 7).setCellValue("có"); // 2:item:5 empty → có
            value(sheet, 8).setBlank(); // narrative cleared
        });
        SheetReading reading = SubmissionSheet.read(new ByteArrayInputStream(edited), FIELDS);
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.changes()).containsExactly(
                new SheetChange("1.3:rate", RATE, "Tỷ lệ", new BigDecimal("7.5"), new BigDecimal("8.25")),
                new SheetChange("1.3:numerator", RATE, "Tử số: số bác sĩ", 120L, 1234L),
                new SheetChange("1.3:denominator", RATE, "Mẫu số: dân số", null, new BigDecimal("8.25")),
                new SheetChange("2:item:4", ITEMS, "Có kế hoạch năm", true, false),
                new SheetChange("2:item:5", ITEMS, "Có sơ kết 6 tháng", null, true),
                new SheetChange("narrative", "Thuyết minh", "Tóm tắt thành tích", "Hoàn thành kế hoạch", null));
    }

    @Test
    void theSameValueWrittenDifferentlyIsNoChange() throws IOException {
        byte[] edited = edit(written(), sheet -> {
            value(sheet, 3).setCellValue("7,50"); // 7.5
            value(sheet, 4).setCellValue(120.0); // 120
            value(sheet, 6).setCellValue("x"); // true
            value(sheet, 8).setCellValue("  Hoàn thành kế hoạch\u00A0"); // spaces around
        });
        SheetReading reading = SubmissionSheet.read(new ByteArrayInputStream(edited), FIELDS);
        assertThat(reading.changes()).isEmpty();
        assertThat(reading.problems()).isEmpty();
    }

    @Test
    void formulaCellsCountWithTheirCachedValue() throws IOException {
        byte[] edited = edit(written(), sheet -> {
            Cell rate = value(sheet, 3);
            rate.setCellFormula("16.5/2");
            sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(rate);
        });
        SheetReading reading = SubmissionSheet.read(new ByteArrayInputStream(edited), FIELDS);
        assertThat(reading.changes()).extracting(SheetChange::key, SheetChange::after)
                .containsExactly(tuple("1.3:rate", new BigDecimal("8.25")));
    }

    @ParameterizedTest
    @CsvSource({"Có,true", "có,true", "CÓ,true", "x,true", "yes,true", "Y,true", "1,true", "true,true", "đạt,true",
            "Đạt,true", "Không,false", "không,false", "no,false", "N,false", "0,false", "FALSE,false"})
    void yesNoAcceptsTheUsualWords(String typed, boolean expected) throws IOException {
        List<SheetField> fields = List.of(new SheetField("q", "Q", "Câu hỏi", FieldType.YES_NO, null));
        byte[] edited = edit(SubmissionSheet.write(TITLE, SheetLabels.from(Messages::vietnamese), fields),
                sheet -> value(sheet, 3).setCellValue(typed));
        SheetReading reading = SubmissionSheet.read(new ByteArrayInputStream(edited), fields);
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.changes()).extracting(SheetChange::after).containsExactly(expected);
    }

    @Test
    void yesNoAcceptsExcelBooleansAndNumbers() throws IOException {
        List<SheetField> fields = List.of(
                new SheetField("p", "Q", "p", FieldType.YES_NO, null),
                new SheetField("q", "Q", "q", FieldType.YES_NO, null));
        byte[] edited = edit(SubmissionSheet.write(TITLE, SheetLabels.from(Messages::vietnamese), fields), sheet -> {
            value(sheet, 3).setCellValue(true);
            value(sheet, 4).setCellValue(0);
        });
        assertThat(SubmissionSheet.read(new ByteArrayInputStream(edited), fields).changes())
                .extracting(SheetChange::key, SheetChange::after)
                .containsExactly(tuple("p", true), tuple("q", false));
    }

    // ---- problems

    @Test
    void badCellsAreProblemsWithTheirRowAndKeyAndNoChange() throws IOException {
        byte[] edited = edit(written(), sheet -> {
            value(sheet, 3).setCellValue("abc"); // DECIMAL
            value(sheet, 4).setCellValue(-3); // COUNT negative
            value(sheet, 6).setCellValue("maybe"); // YES_NO
            value(sheet, 9).setCellValue("2,5"); // COUNT fractional
            value(sheet, 5).setCellValue(12.5); // a good cell among the bad ones
            Row unknown = sheet.createRow(9); // row 10
            unknown.createCell(0).setCellValue("9.9:extra");
            unknown.createCell(3).setCellValue(5);
        });
        SheetReading reading = SubmissionSheet.read(new ByteArrayInputStream(edited), FIELDS);
        assertThat(reading.hasProblems()).isTrue();
        assertThat(reading.problems())
                .extracting(SheetProblem::rowNumber, SheetProblem::key, SheetProblem::label, SheetProblem::cellText,
                        SheetProblem::messageKey, SheetProblem::args)
                .containsExactly(
                        tuple(3, "1.3:rate", "Tỷ lệ", "abc", "sheet.error.number", List.of("abc")),
                        tuple(4, "1.3:numerator", "Tử số: số bác sĩ", "-3", "sheet.error.count", List.of("-3")),
                        tuple(6, "2:item:4", "Có kế hoạch năm", "maybe", "sheet.error.yesNo", List.of("maybe")),
                        tuple(9, "1.4:staff", "Số cán bộ", "2,5", "sheet.error.count", List.of("2,5")),
                        tuple(10, "9.9:extra", null, "5", "sheet.error.unknownRow", List.of("9.9:extra")));
        assertThat(reading.changes()).as("only the good cell")
                .containsExactly(new SheetChange("1.3:denominator", RATE, "Mẫu số: dân số", null, new BigDecimal("12.5")));
    }

    @Test
    void aKeyAppearingTwiceIsAProblemAndNeitherValueIsTaken() throws IOException {
        byte[] edited = edit(written(), sheet -> {
            value(sheet, 8).setCellValue("Bản sửa thứ nhất");
            Row again = sheet.createRow(11); // row 12
            again.createCell(0).setCellValue("narrative");
            again.createCell(3).setCellValue("Bản sửa thứ hai");
        });
        SheetReading reading = SubmissionSheet.read(new ByteArrayInputStream(edited), FIELDS);
        assertThat(reading.problems())
                .extracting(SheetProblem::rowNumber, SheetProblem::key, SheetProblem::messageKey, SheetProblem::args)
                .containsExactly(tuple(12, "narrative", "sheet.error.duplicateRow", List.of("narrative", 8)));
        assertThat(reading.changes()).isEmpty();
    }

    @Test
    void textLongerThan4000CharactersIsAProblem() throws IOException {
        byte[] edited = edit(written(), sheet -> value(sheet, 8).setCellValue("a".repeat(4001)));
        SheetReading reading = SubmissionSheet.read(new ByteArrayInputStream(edited), FIELDS);
        assertThat(reading.problems()).extracting(SheetProblem::rowNumber, SheetProblem::messageKey, SheetProblem::args)
                .containsExactly(tuple(8, "sheet.error.textTooLong", List.of(4001, 4000)));
        assertThat(reading.changes()).isEmpty();

        byte[] justFits = edit(written(), sheet -> value(sheet, 8).setCellValue("a".repeat(4000)));
        assertThat(SubmissionSheet.read(new ByteArrayInputStream(justFits), FIELDS).changes()).hasSize(1);
    }

    @Test
    void aDateTypedIntoANumberIsAProblemShownAsADate() throws IOException {
        byte[] edited = edit(written(), sheet -> {
            Cell cell = value(sheet, 3);
            CellStyle dateStyle = sheet.getWorkbook().createCellStyle();
            dateStyle.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("dd/mm/yyyy"));
            cell.setCellValue(LocalDate.of(2025, 8, 25));
            cell.setCellStyle(dateStyle);
        });
        SheetReading reading = SubmissionSheet.read(new ByteArrayInputStream(edited), FIELDS);
        assertThat(reading.problems()).extracting(SheetProblem::cellText, SheetProblem::messageKey)
                .containsExactly(tuple("25/08/2025", "sheet.error.number"));
    }

    // ---- matching by key

    @Test
    void rowsReorderedByTheUserStillMatchByKey() throws IOException {
        // a sheet built by hand: fields in reverse order, a blank row and a row without key in between
        byte[] xlsx = workbook(sheet -> {
            sheet.createRow(0).createCell(0).setCellValue(TITLE);
            sheet.createRow(1).createCell(0).setCellValue("Mã");
            int r = 2;
            for (int i = FIELDS.size() - 1; i >= 0; i--) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(FIELDS.get(i).key());
                if (FIELDS.get(i).key().equals("1.3:rate")) {
                    row.createCell(3).setCellValue(9);
                } else if (FIELDS.get(i).key().equals("1.3:numerator")) {
                    row.createCell(3).setCellValue(120);
                } else if (FIELDS.get(i).key().equals("2:item:4")) {
                    row.createCell(3).setCellValue("Có");
                } else if (FIELDS.get(i).key().equals("narrative")) {
                    row.createCell(3).setCellValue("Hoàn thành kế hoạch");
                }
                if (i == 3) {
                    r++; // leave a blank row
                    sheet.createRow(r++).createCell(2).setCellValue("Ghi chú của người dùng, không có mã");
                }
            }
        });
        SheetReading reading = SubmissionSheet.read(new ByteArrayInputStream(xlsx), FIELDS);
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.changes()).containsExactly(
                new SheetChange("1.3:rate", RATE, "Tỷ lệ", new BigDecimal("7.5"), new BigDecimal("9")));
    }

    @Test
    void fieldsMissingFromTheSheetAreUnchanged() throws IOException {
        byte[] edited = edit(written(), sheet -> {
            sheet.removeRow(sheet.getRow(2)); // 1.3:rate
            sheet.removeRow(sheet.getRow(7)); // narrative
        });
        SheetReading reading = SubmissionSheet.read(new ByteArrayInputStream(edited), FIELDS);
        assertThat(reading.changes()).isEmpty();
        assertThat(reading.problems()).isEmpty();
    }

    // ---- refused uploads

    @Test
    void refusesFilesThatAreNotXlsx() throws IOException {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        byte[] csv = "Mã;Giá trị\n1.3:rate;8,25\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook old = new HSSFWorkbook()) {
            old.createSheet("Báo cáo").createRow(2).createCell(0).setCellValue("1.3:rate");
            old.write(xls);
        }
        byte[] truncated = java.util.Arrays.copyOf(written(), 1000);
        for (byte[] upload : List.of(random, csv, new byte[0], xls.toByteArray(), truncated)) {
            assertThatThrownBy(() -> SubmissionSheet.read(new ByteArrayInputStream(upload), FIELDS))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(TableText.NOT_XLSX);
        }
    }

    @Test
    void refusesSheetsWithMoreThan2000Rows() throws IOException {
        byte[] tooLong = workbook(sheet -> {
            Row last = sheet.createRow(2000); // row 2001
            last.createCell(0).setCellValue("1.3:rate");
            last.createCell(3).setCellValue(8);
        });
        assertThatThrownBy(() -> SubmissionSheet.read(new ByteArrayInputStream(tooLong), FIELDS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(TableText.TOO_LARGE);

        byte[] atTheLimit = workbook(sheet -> {
            Row last = sheet.createRow(1999); // row 2000
            last.createCell(0).setCellValue("1.3:rate");
            last.createCell(3).setCellValue(8);
        });
        assertThat(SubmissionSheet.read(new ByteArrayInputStream(atTheLimit), FIELDS).changes())
                .extracting(SheetChange::after).containsExactly(new BigDecimal("8"));
    }

    // ---- helpers

    private static byte[] written() {
        return SubmissionSheet.write(TITLE, SheetLabels.from(Messages::vietnamese), FIELDS);
    }

    private static XSSFWorkbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    /** The value cell (column D) of an Excel row number (1-based). */
    private static Cell value(Sheet sheet, int rowNumber) {
        Row row = sheet.getRow(rowNumber - 1);
        Cell cell = row.getCell(3);
        return cell == null ? row.createCell(3) : cell;
    }

    private static List<String> rowTexts(Row row) {
        return java.util.stream.StreamSupport.stream(row.spliterator(), false).map(Cell::getStringCellValue).toList();
    }

    /** The file as a user saves it after changing the first sheet. */
    private static byte[] edit(byte[] xlsx, Consumer<Sheet> change) throws IOException {
        try (Workbook workbook = open(xlsx)) {
            change.accept(workbook.getSheetAt(0));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] workbook(Consumer<Sheet> content) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            content.accept(workbook.createSheet("Báo cáo"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
