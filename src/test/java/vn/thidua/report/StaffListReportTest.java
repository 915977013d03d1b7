package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class StaffListReportTest {

    private static final String[] NAMES = {"Nguyễn Thị Hương", "Trần Văn Đức", "Lê Thị Thu Hà", "Phạm Quốc Bảo",
            "Hoàng Thị Ngọc Ánh", "Đặng Hữu Nghĩa", "Võ Thị Yến", "Bùi Xuân Trường"};

    private static byte[] render(int rows, ReportFormat format) {
        List<StaffListRow> list = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            list.add(new StaffListRow(NAMES[i % NAMES.length], i % 2 == 0 ? "Nữ" : "Nam", "31/05/1985", "Điều dưỡng",
                    "Trạm Y tế xã Thạch Đài", "Đang công tác"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportRenderer.render("staff-list", Map.of("ISSUING_BODY", "SỞ Y TẾ HÀ TĨNH", "UNIT_NAME", "Trung tâm Y tế huyện Thạch Hà",
                "PLACE_AND_DATE", "Hà Tĩnh, ngày 24 tháng 11 năm 2026", "TITLE", "DANH SÁCH CÁN BỘ"),
                new RecordDataSource(list), format, "Danh sách cán bộ", out);
        return out.toByteArray();
    }

    @Test
    void thePdfCarriesEveryVietnameseLetterInAnEmbeddedFont() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(30, ReportFormat.PDF))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "DANH SÁCH CÁN BỘ", "SỞ Y TẾ HÀ TĨNH", "Hà Tĩnh, ngày 24 tháng 11 năm 2026", "Trang 1/");
            for (String name : NAMES) {
                assertThat(text).contains(name);
            }
            for (var fontName : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(fontName);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    @Test
    void aLongListRunsOverSeveralPagesWithPageNumbers() throws IOException {
        long start = System.nanoTime();
        byte[] bytes = render(1000, ReportFormat.PDF);
        System.out.printf("staff-list: 1,000 rows filled and exported to PDF in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(20);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Trang 2/" + pdf.getNumberOfPages());
        }
    }

    @Test
    void theXlsxHasTheHeaderOnceAndEveryRow() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(render(100, ReportFormat.XLSX)))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> cells = new ArrayList<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        cells.add(cell.getStringCellValue());
                    }
                }
            }
            assertThat(cells).contains("Họ và tên", "Nguyễn Thị Hương", "Đặng Hữu Nghĩa");
            assertThat(cells.stream().filter("Họ và tên"::equals).count()).isEqualTo(1);
            assertThat(cells.stream().filter(c -> c.equals("Đang công tác")).count()).isEqualTo(100);
        }
    }

    @Test
    void aTemplateIsCompiledOnce() {
        assertThat(ReportRenderer.template("staff-list")).isSameAs(ReportRenderer.template("staff-list"));
    }
}
