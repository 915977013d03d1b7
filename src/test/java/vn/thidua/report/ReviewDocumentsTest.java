package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.report.ReviewDocuments.Document;
import vn.thidua.report.ReviewDocuments.Header;
import vn.thidua.report.ReviewDocuments.ScorecardTotals;
import vn.thidua.report.ReviewRows.CompletenessLine;
import vn.thidua.report.ReviewRows.IndicatorRow;
import vn.thidua.report.ReviewRows.RankingRow;
import vn.thidua.report.ReviewRows.ScorecardRow;
import vn.thidua.report.ReviewRows.TaskRow;
import vn.thidua.review.Band;
import vn.thidua.review.RankEntry;
import vn.thidua.review.Ranking;
import vn.thidua.review.RoundService;

/** Each review and plan template filled from rows in memory, read back from the PDF and the XLSX. */
class ReviewDocumentsTest {

    private static final String NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    private static Header header(String title) {
        return new Header("SỞ Y TẾ HÀ TĨNH", "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG SỞ Y TẾ HÀ TĨNH", "Hà Tĩnh, ngày 15 tháng 12 năm 2025",
                title, "Chấm điểm thi đua năm 2025 – Kế hoạch 1750/KH-SYT");
    }

    private static byte[] bytes(Document document, ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(format, out);
        return out.toByteArray();
    }

    private static String pdfText(Document document) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes(document, ReportFormat.PDF))) {
            for (var fontName : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(fontName);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    /** The XLSX rows as the texts of their non-blank cells. */
    private static List<List<String>> xlsxRows(Document document) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes(document, ReportFormat.XLSX)))) {
            for (Row row : wb.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    String text = cell.getCellType() == CellType.NUMERIC ? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                            : cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
                    if (!text.isBlank()) {
                        cells.add(text);
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(cells);
                }
            }
        }
        return rows;
    }

    private static RankEntry entry(long id, String name, String total, int met, String penalty) {
        return new RankEntry(id, name, new BigDecimal(total), met, new BigDecimal(penalty), new BigDecimal(total).subtract(new BigDecimal(penalty)));
    }

    private static List<RankingRow> rankingRows() {
        List<RankEntry> hospitals = List.of(entry(1, "Bệnh viện Đa khoa tỉnh Hà Tĩnh", "92.5", 10, "0"),
                entry(2, "Bệnh viện Y học cổ truyền", "88.25", 9, "-1"), entry(3, "Bệnh viện Mắt", "88.25", 9, "-1"),
                entry(4, "Bệnh viện Phổi", "61.5", 8, "-3"));
        List<RankEntry> centres = List.of(entry(5, "Trung tâm Y tế huyện Thạch Hà", "76", 7, "0"),
                entry(6, "Trung tâm Y tế huyện Hương Khê", "59.99", 5, "-2"));
        return ReviewDocuments.rankingRows(List.of(
                new RoundService.BlockRanking("Khối bệnh viện tuyến tỉnh", Ranking.rank(hospitals, RoundService.TIE_BREAKS, Band.defaults()), java.util.Map.of()),
                new RoundService.BlockRanking("Khối trung tâm y tế huyện", Ranking.rank(centres, RoundService.TIE_BREAKS, Band.defaults()), java.util.Map.of())));
    }

    private static Document ranking() {
        return ReviewDocuments.ranking(header("BẢNG XẾP HẠNG KHỐI THI ĐUA"), "Xếp loại: Xuất sắc ≥ 90; Tốt ≥ 75; Khá ≥ 60.", rankingRows(), "bang-xep-hang");
    }

    @Test
    void theRankingListsEachBlockInRankOrderWithTiesMarked() throws IOException {
        List<RankingRow> rows = rankingRows();
        assertThat(rows).extracting(RankingRow::rank).containsExactly("1", "2", "2", "4", "1", "2");
        assertThat(rows.get(3).total()).isEqualTo("61,50");
        String text = pdfText(ranking());
        assertThat(text).contains(NATIONAL, "Độc lập - Tự do - Hạnh phúc", "BẢNG XẾP HẠNG KHỐI THI ĐUA", "SỞ Y TẾ HÀ TĨNH",
                "Hà Tĩnh, ngày 15 tháng 12 năm 2025", "Khối bệnh viện tuyến tỉnh", "Khối trung tâm y tế huyện", "Trang 1/1",
                "Bệnh viện Đa khoa tỉnh Hà Tĩnh 92,50 10 0,00 Xuất sắc", "Bệnh viện Y học cổ truyền 88,25 9 -1,00 Tốt Đồng hạng",
                "Bệnh viện Phổi 61,50 8 -3,00 Khá", "Trung tâm Y tế huyện Hương Khê 59,99 5 -2,00");
        assertThat(text.indexOf("Bệnh viện Mắt")).isLessThan(text.indexOf("Bệnh viện Y học cổ truyền"));
        assertThat(text.indexOf("Bệnh viện Phổi")).isLessThan(text.indexOf("Khối trung tâm y tế huyện"));
    }

    @Test
    void theRankingXlsxHasTheHeaderOnceAndARowPerUnit() throws IOException {
        List<List<String>> rows = xlsxRows(ranking());
        assertThat(rows.stream().filter(r -> r.contains("Đơn vị")).count()).isEqualTo(1);
        assertThat(rows).contains(List.of("Khối bệnh viện tuyến tỉnh"), List.of("2", "Bệnh viện Mắt", "88,25", "9", "-1,00", "Tốt", "Đồng hạng"),
                List.of("2", "Trung tâm Y tế huyện Hương Khê", "59,99", "5", "-2,00"));
        assertThat(rows.toString()).doesNotContain(NATIONAL);
    }

    private static Document scorecard() {
        List<ScorecardRow> rows = List.of(
                new ScorecardRow("I", "Thực hiện chỉ tiêu chuyên môn", true, "60", "", "", "", "52,40", "51,75", ""),
                new ScorecardRow("I.1", "Số bác sĩ trên 10.000 dân", false, "20", "≥ 11,5", "1.150 / 1.000.000", "11,50", "20,00", "19,50", "Không đạt"),
                new ScorecardRow("I.2", "Tỷ lệ người dân hài lòng", false, "40", "≥ 90", "412 / 450", "91,56 %", "32,40", "32,25", "Đạt"),
                new ScorecardRow("II", "Điểm thưởng, điểm trừ", true, "0", "", "", "", "1,00", "1,00", ""),
                new ScorecardRow("II.1", "Vi phạm an toàn giao thông", false, "5", "", "1 vi phạm", "", "-1,00", "-1,00", "Không đạt"));
        return ReviewDocuments.scorecard(header("BẢNG CHẤM ĐIỂM THI ĐUA"),
                new ScorecardTotals("51,75", "2,00", "-1,00", "52,75", "53,40", "Khối bệnh viện tuyến tỉnh", "3/12 (đồng hạng)", "Không xếp loại"),
                rows, "bang-cham-diem");
    }

    @Test
    void theScorecardShowsCriteriaTotalsRankAndBand() throws IOException {
        String text = pdfText(scorecard());
        assertThat(text).contains(NATIONAL, "BẢNG CHẤM ĐIỂM THI ĐUA", "Trang 1/1", "Thực hiện chỉ tiêu chuyên môn 60 52,40 51,75",
                "Số bác sĩ trên 10.000 dân 20 ≥ 11,5 1.150 / 1.000.000 11,50 20,00 19,50 Không đạt", "91,56 %",
                "TỔNG ĐIỂM 52,75", "Xếp hạng trong khối 3/12 (đồng hạng)", "Xếp loại Không xếp loại", "Điểm trừ -1,00");
        List<List<String>> rows = xlsxRows(scorecard());
        assertThat(rows).contains(List.of("I.2", "Tỷ lệ người dân hài lòng", "40", "≥ 90", "412 / 450", "91,56 %", "32,40", "32,25", "Đạt"),
                List.of("TỔNG ĐIỂM", "52,75"));
    }

    private static Document indicators() {
        String label = "1. Số bác sĩ trên 10.000 dân (bác sĩ) – chỉ tiêu năm 2025: ≥ 11,5";
        List<IndicatorRow> rows = List.of(
                new IndicatorRow("1", label, "≥ 11,5", "Bệnh viện Mắt", "12,25", "Đạt", "Số đơn vị đạt: 1/2"),
                new IndicatorRow("1", label, "≥ 11,5", "Bệnh viện Phổi", "8,25", "Không đạt", "Số đơn vị đạt: 1/2"),
                new IndicatorRow("2", "2. Dân số trung bình (người) – chỉ tiêu năm 2025: ≥ 1.200.000", "≥ 1.200.000", "Sở Y tế",
                        "1.248.643", "Đạt", "Số đơn vị đạt: 1/1"),
                new IndicatorRow("3", "3. Tỷ suất chết trẻ em dưới 1 tuổi (‰) – chỉ tiêu năm 2025: < 6,1", "< 6,1", "", "", "",
                        "Chưa có đơn vị báo cáo"));
        return ReviewDocuments.indicatorAchievement(new Header("SỞ Y TẾ HÀ TĨNH", "THƯỜNG TRỰC HỘI ĐỒNG TĐKT",
                "Hà Tĩnh, ngày 15 tháng 12 năm 2025", "KẾT QUẢ THỰC HIỆN CHỈ TIÊU", "Kế hoạch 1750/KH-SYT – năm 2025"), rows, "chi-tieu");
    }

    @Test
    void indicatorAchievementComparesEachUnitWithTheTarget() throws IOException {
        String text = pdfText(indicators());
        assertThat(text).contains(NATIONAL, "KẾT QUẢ THỰC HIỆN CHỈ TIÊU", "Trang 1/1", "chỉ tiêu năm 2025: ≥ 11,5",
                "Bệnh viện Phổi 8,25 ≥ 11,5 Không đạt", "Sở Y tế 1.248.643 ≥ 1.200.000 Đạt", "Số đơn vị đạt: 1/2", "Chưa có đơn vị báo cáo");
        assertThat(xlsxRows(indicators())).contains(List.of("1", "Bệnh viện Mắt", "12,25", "≥ 11,5", "Đạt"), List.of("Số đơn vị đạt: 1/2"));
    }

    @Test
    void indicatorTrendShowsTheBaselineEachYearAndTheFinalTarget() throws IOException {
        String label = "1. Số bác sĩ trên 10.000 dân (bác sĩ) – chỉ tiêu đến năm 2025: ≥ 11,5";
        List<ReviewRows.IndicatorTrendRow> rows = List.of(
                new ReviewRows.IndicatorTrendRow("1", label, "Năm gốc 2020", "", "8,25", "", "Số năm đạt chỉ tiêu: 1/2"),
                new ReviewRows.IndicatorTrendRow("1", label, "2024 (12 đơn vị)", "≥ 10", "10,40", "Đạt", "Số năm đạt chỉ tiêu: 1/2"),
                new ReviewRows.IndicatorTrendRow("1", label, "2025 (14 đơn vị)", "≥ 11,5", "11,02", "Không đạt", "Số năm đạt chỉ tiêu: 1/2"));
        Document trend = ReviewDocuments.indicatorTrend(new Header("SỞ Y TẾ HÀ TĨNH", "THƯỜNG TRỰC HỘI ĐỒNG TĐKT",
                "Hà Tĩnh, ngày 15 tháng 12 năm 2025", "KẾT QUẢ THỰC HIỆN CHỈ TIÊU GIAI ĐOẠN", "Kế hoạch 1750/KH-SYT – giai đoạn 2021–2025"),
                rows, "giai-doan");
        assertThat(pdfText(trend)).contains(NATIONAL, "KẾT QUẢ THỰC HIỆN CHỈ TIÊU GIAI ĐOẠN", "chỉ tiêu đến năm 2025: ≥ 11,5",
                "Năm gốc 2020 8,25", "2025 (14 đơn vị) 11,02 ≥ 11,5 Không đạt", "Số năm đạt chỉ tiêu: 1/2", "Trang 1/1");
        assertThat(xlsxRows(trend)).contains(List.of("2", "2024 (12 đơn vị)", "10,40", "≥ 10", "Đạt"));
    }

    private static Document completeness() {
        List<CompletenessLine> rows = List.of(
                new CompletenessLine("Khối bệnh viện", "Bệnh viện Mắt", "x", "", "", "", "", "10/11/2025", "Cộng khối (3 đơn vị)",
                        "1", "1", "0", "0", "1", "66,7 %"),
                new CompletenessLine("Khối bệnh viện", "Bệnh viện Phổi", "", "x (3 ngày)", "", "", "", "18/11/2025", "Cộng khối (3 đơn vị)",
                        "1", "1", "0", "0", "1", "66,7 %"),
                new CompletenessLine("Khối bệnh viện", "Bệnh viện Y học cổ truyền", "", "", "", "", "x", "", "Cộng khối (3 đơn vị)",
                        "1", "1", "0", "0", "1", "66,7 %"),
                new CompletenessLine("Khối trung tâm", "Trung tâm Y tế huyện Thạch Hà", "", "", "x", "", "", "", "Cộng khối (2 đơn vị)",
                        "0", "0", "1", "1", "0", "0,0 %"),
                new CompletenessLine("Khối trung tâm", "Trung tâm Y tế huyện Can Lộc", "", "", "", "x", "", "", "Cộng khối (2 đơn vị)",
                        "0", "0", "1", "1", "0", "0,0 %"));
        return ReviewDocuments.completeness(new Header("SỞ Y TẾ HÀ TĨNH", "THƯỜNG TRỰC HỘI ĐỒNG TĐKT", "Hà Tĩnh, ngày 15 tháng 12 năm 2025",
                "TÌNH HÌNH NỘP BÁO CÁO THI ĐUA", "Kế hoạch 1750/KH-SYT – báo cáo năm 2025"),
                List.of("Toàn ngành (5 đơn vị)", "1", "1", "1", "1", "1", "40,0 %"), rows, "nop-bao-cao");
    }

    @Test
    void completenessCountsPerBlockAndInTotal() throws IOException {
        String text = pdfText(completeness());
        assertThat(text).contains(NATIONAL, "TÌNH HÌNH NỘP BÁO CÁO THI ĐUA", "Trang 1/1", "Bệnh viện Phổi x (3 ngày) 18/11/2025",
                "Cộng khối (3 đơn vị) 1 1 0 0 1 66,7 %", "Cộng khối (2 đơn vị) 0 0 1 1 0 0,0 %", "Toàn ngành (5 đơn vị) 1 1 1 1 1 40,0 %");
        List<List<String>> rows = xlsxRows(completeness());
        assertThat(rows).contains(List.of("Khối trung tâm"), List.of("1", "Bệnh viện Mắt", "x", "10/11/2025"),
                List.of("Toàn ngành (5 đơn vị)", "1", "1", "1", "1", "1", "40,0 %"));
    }

    private static Document tasks() {
        List<TaskRow> rows = List.of(
                new TaskRow("Bệnh viện Đa khoa tỉnh", "1", "Triển khai bệnh án điện tử", "Quý II năm 2025", "Sở Y tế", "Hoàn thành đúng hạn", ""),
                new TaskRow("Bệnh viện Đa khoa tỉnh", "2", "Đạt chuẩn bệnh viện xanh - sạch - đẹp", "Trước tháng 7/2025", "", "Đang thực hiện", "Quá hạn"),
                new TaskRow("Trung tâm Kiểm soát bệnh tật", "3", "Tiêm chủng mở rộng", "Nhiệm vụ thường xuyên", "Các TTYT huyện", "Chưa báo cáo", ""));
        return ReviewDocuments.taskProgress(new Header("SỞ Y TẾ HÀ TĨNH", "THƯỜNG TRỰC HỘI ĐỒNG TĐKT", "Hà Tĩnh, ngày 15 tháng 12 năm 2025",
                "TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ", "Kế hoạch 1750/KH-SYT – theo báo cáo năm 2025"),
                "Tổng số 3 nhiệm vụ. Hoàn thành đúng hạn: 1; Đang thực hiện: 1; Chưa báo cáo: 1.", rows, "tien-do");
    }

    @Test
    void taskProgressGroupsTasksByLeadBody() throws IOException {
        String text = pdfText(tasks());
        assertThat(text).contains(NATIONAL, "TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ", "Trang 1/1", "Cơ quan chủ trì: Bệnh viện Đa khoa tỉnh",
                "Cơ quan chủ trì: Trung tâm Kiểm soát bệnh tật", "Triển khai bệnh án điện tử", "Hoàn thành đúng hạn", "Quá hạn",
                "Tổng số 3 nhiệm vụ.");
        assertThat(xlsxRows(tasks())).contains(List.of("3", "Tiêm chủng mở rộng", "Nhiệm vụ thường xuyên", "Các TTYT huyện", "Chưa báo cáo"));
    }

    @Test
    void aLongRankingRunsOverPagesWithPageNumbers() throws IOException {
        List<RankingRow> rows = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            rows.add(new RankingRow("Khối " + (i <= 100 ? "A" : "B"), String.valueOf(i), "Trạm Y tế xã số " + i, "80,00", "5", "0,00", "Tốt", ""));
        }
        Document document = ReviewDocuments.ranking(header("BẢNG XẾP HẠNG KHỐI THI ĐUA"), "", rows, "x");
        try (PDDocument pdf = Loader.loadPDF(bytes(document, ReportFormat.PDF))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
            assertThat(new PDFTextStripper().getText(pdf)).contains("Trang 2/" + pdf.getNumberOfPages());
        }
    }

    @Test
    void numbersAreWrittenTheVietnameseWay() {
        assertThat(ReviewDocuments.points(new BigDecimal("8.25"))).isEqualTo("8,25");
        assertThat(ReviewDocuments.points(new BigDecimal("-3"))).isEqualTo("-3,00");
        assertThat(ReviewDocuments.value(new BigDecimal("1248643"))).isEqualTo("1.248.643");
        assertThat(ReviewDocuments.value(new BigDecimal("11.5000"))).isEqualTo("11,5");
    }
}
