package vn.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableTextTest {

    @Test
    void splitsRowsOnLineBreaksAndCellsOnTabs() {
        assertThat(TableText.fromPastedText("TT\tNội dung\tThời hạn\n1\tTuyên truyền\tQuý II năm 2024"))
                .containsExactly(List.of("TT", "Nội dung", "Thời hạn"), List.of("1", "Tuyên truyền", "Quý II năm 2024"));
    }

    @Test
    void acceptsCrLfCrAndLf() {
        assertThat(TableText.fromPastedText("a\tb\r\nc\rd\ne\r\n"))
                .containsExactly(List.of("a", "b"), List.of("c"), List.of("d"), List.of("e"));
    }

    @Test
    void readsQuotedCellsWithTabsAndDoubledQuotes() {
        assertThat(TableText.fromPastedText("\"Khẩu hiệu \"\"phòng bệnh\"\"\"\t\"a\tb\"\tmàn hình 5\" rộng"))
                .containsExactly(List.of("Khẩu hiệu \"phòng bệnh\"", "a\tb", "màn hình 5\" rộng"));
    }

    @Test
    void aQuotedCellMaySpanLinesAndStaysOneRow() {
        List<List<String>> rows = TableText.fromPastedText(
                "TT\tNội dung\r\n11\t\"- Đầu tư cơ sở hạ tầng.\r\n- Nghiên cứu cơ chế.\"\tSở Y tế\r\n12\tTuyển dụng\r\n");
        assertThat(rows).containsExactly(
                List.of("TT", "Nội dung"),
                List.of("11", "- Đầu tư cơ sở hạ tầng.\n- Nghiên cứu cơ chế.", "Sở Y tế"),
                List.of("12", "Tuyển dụng"));
    }

    @Test
    void trimsSpacesAndNonBreakingSpacesAndNormalisesToNfc() {
        String decomposed = "Sở Y te\u0302\u0301"; // "tế" with combining marks
        assertThat(TableText.fromPastedText("\u00A0 Sở Y tế \u00A0\t\u202F" + decomposed + "\u2007"))
                .containsExactly(List.of("Sở Y tế", "Sở Y tế"));
    }

    @Test
    void keepsBlankRowsInPlaceAndDropsTrailingOnesAndTrailingEmptyCells() {
        List<List<String>> rows = TableText.fromPastedText("PHỤ LỤC\n\nTT\tNội dung\t\t\n\t\t\n1\tA\n\n\t\n\n");
        assertThat(rows).containsExactly(List.of("PHỤ LỤC"), List.of(), List.of("TT", "Nội dung"), List.of(),
                List.of("1", "A"));
        assertThat(rows.get(4)).as("row 5 of the text is at index 4").containsExactly("1", "A");
    }

    @Test
    void emptyCellsInsideARowKeepColumnPositions() {
        assertThat(TableText.fromPastedText("1\t\t\tNhiệm vụ thường xuyên"))
                .containsExactly(List.of("1", "", "", "Nhiệm vụ thường xuyên"));
    }

    @Test
    void emptyOrNullTextGivesNoRows() {
        assertThat(TableText.fromPastedText(null)).isEmpty();
        assertThat(TableText.fromPastedText("")).isEmpty();
        assertThat(TableText.fromPastedText("\n\t\n")).isEmpty();
        assertThat(TableText.fromPastedText("\uFEFFa")).containsExactly(List.of("a"));
    }

    @Test
    void refusesMoreThan2000RowsOr50Columns() {
        assertThat(TableText.fromPastedText("x\n".repeat(2000) + "\n\n")).hasSize(2000);
        assertThatThrownBy(() -> TableText.fromPastedText("x\n".repeat(2001)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("import.table.tooLarge");

        assertThat(TableText.fromPastedText("c\t".repeat(50) + "\t\t\t").get(0)).hasSize(50);
        assertThatThrownBy(() -> TableText.fromPastedText("c\t".repeat(51)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(TableText.TOO_LARGE);
    }

    @Test
    void readsTheFirstSheetOfAnXlsxAsDisplayedText() throws IOException {
        byte[] xlsx = xlsx(wb -> {
            Sheet sheet = wb.createSheet("Nhiệm vụ");
            wb.createSheet("Khác").createRow(0).createCell(0).setCellValue("không đọc");
            sheet.createRow(0).createCell(0).setCellValue("PHỤ LỤC");
            // row 2 (index 1) left out: blank
            Row header = sheet.createRow(2);
            header.createCell(0).setCellValue("TT");
            header.createCell(1).setCellValue("Điểm");
            header.createCell(2).setCellValue("Hạn");
            header.createCell(3).setCellValue("Tổng");
            Row data = sheet.createRow(3);
            data.createCell(0).setCellValue(1);
            data.createCell(1).setCellValue(8.25);
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            data.createCell(2).setCellValue(LocalDate.of(2024, 6, 30));
            data.getCell(2).setCellStyle(dateStyle);
            data.createCell(3).setCellFormula("B4*2");
            data.createCell(5).setCellValue("  Sở Y tế\u00A0");
            Row merged = sheet.createRow(4);
            merged.createCell(0).setCellValue("Nhóm giải pháp");
            merged.createCell(1).setCellValue("");
            sheet.addMergedRegion(new CellRangeAddress(4, 4, 0, 3));
            sheet.createRow(7).createCell(2).setCellValue(" ");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        List<List<String>> rows = TableText.fromXlsx(new ByteArrayInputStream(xlsx));

        assertThat(rows).containsExactly(
                List.of("PHỤ LỤC"),
                List.of(),
                List.of("TT", "Điểm", "Hạn", "Tổng"),
                List.of("1", "8,25", "30/06/2024", "16,5", "", "Sở Y tế"),
                List.of("Nhóm giải pháp"));
    }

    @Test
    void refusesXlsxBeyondTheLimits() throws IOException {
        byte[] tooManyRows = xlsx(wb -> wb.createSheet().createRow(2000).createCell(0).setCellValue("x"));
        assertThatThrownBy(() -> TableText.fromXlsx(new ByteArrayInputStream(tooManyRows)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("import.table.tooLarge");
        byte[] tooManyColumns = xlsx(wb -> wb.createSheet().createRow(0).createCell(50).setCellValue("x"));
        assertThatThrownBy(() -> TableText.fromXlsx(new ByteArrayInputStream(tooManyColumns)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("import.table.tooLarge");
        byte[] lastAllowed = xlsx(wb -> wb.createSheet().createRow(1999).createCell(49).setCellValue("x"));
        assertThat(TableText.fromXlsx(new ByteArrayInputStream(lastAllowed))).hasSize(2000);
    }

    @Test
    void notAnXlsxIsAnIOExceptionWithAMessageKey() {
        assertThatThrownBy(() -> TableText.fromXlsx(new ByteArrayInputStream("TT\tNội dung".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessage("import.table.notExcel");
    }

    @Test
    void xlsxRoundTripOfPastedText() throws IOException {
        List<List<String>> pasted = TableText.fromPastedText("TT\tNội dung\n1\t\"- a\n- b\"\n\n2\tc");
        byte[] xlsx = xlsx(wb -> {
            Sheet sheet = wb.createSheet();
            for (int r = 0; r < pasted.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < pasted.get(r).size(); c++) {
                    row.createCell(c).setCellValue(pasted.get(r).get(c));
                }
            }
        });
        assertThat(TableText.fromXlsx(new ByteArrayInputStream(xlsx))).isEqualTo(pasted);
    }

    private static byte[] xlsx(Consumer<XSSFWorkbook> fill) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }
}
