package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.thidua.award.Outcome;
import vn.thidua.review.BoardRole;

/** Every commendation template filled from rows in memory, exported, and read back: headings, rows, Vietnamese letters. */
class AwardDocumentsTest {

    private static final String[] NAMES = {"Nguyễn Thị Hương", "Trần Văn Đức", "Lê Thị Thu Hà", "Phạm Quốc Bảo",
            "Hoàng Thị Ngọc Ánh", "Đặng Hữu Nghĩa", "Võ Thị Yến", "Bùi Xuân Trường"};

    private static final AwardDocuments.DecisionHeader DECISION = new AwardDocuments.DecisionHeader("UBND tỉnh Hà Tĩnh", "Sở Y tế Hà Tĩnh",
            "1890/QĐ-SYT", "Hà Tĩnh", LocalDate.of(2024, 12, 25), "Về việc tặng danh hiệu thi đua năm 2024",
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\nCăn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023"
                    + " của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;\nXét đề nghị của Hội đồng Thi đua"
                    + " – Khen thưởng tại phiên họp ngày 18/12/2024.",
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Văn A", 2024, false, new BigDecimal("2340000"));

    private static final List<AwardDocuments.TitleLine> TITLES = List.of(
            new AwardDocuments.TitleLine("Chiến sĩ thi đua cơ sở", true, 7, 0, new BigDecimal("1.0")),
            new AwardDocuments.TitleLine("Tập thể lao động tiên tiến", true, 0, 3, new BigDecimal("0.8")));

    private static byte[] write(AwardDocuments.Prepared doc, ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(format, out);
        return out.toByteArray();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                for (var fontName : doc.getPage(i).getResources().getFontNames()) {
                    PDFont font = doc.getPage(i).getResources().getFont(fontName);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            // one space for any run of white space: cells wrap, justified lines stretch their spaces
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    private static List<String> xlsxStrings(byte[] xlsx) throws IOException {
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : wb.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        cells.add(cell.getStringCellValue());
                    }
                }
            }
        }
        return cells;
    }

    private static List<NominationListRow> nominationRows() {
        List<NominationListRow> rows = new ArrayList<>();
        rows.add(new NominationListRow(2, "Chiến sĩ thi đua cơ sở", NAMES[0], "Bệnh viện Tâm thần", AwardDocuments.eligibilityWords(Outcome.FAIL, true),
                "FAIL", "Đưa ra Hội đồng"));
        rows.add(new NominationListRow(2, "Chiến sĩ thi đua cơ sở", NAMES[1], "Bệnh viện Phục hồi chức năng",
                AwardDocuments.eligibilityWords(Outcome.PASS, false), "PASS", "Đã trình"));
        rows.add(new NominationListRow(3, "Chiến sĩ thi đua cấp tỉnh", NAMES[2], "Trung tâm Kiểm soát bệnh tật",
                AwardDocuments.eligibilityWords(Outcome.PASS, false), "PASS", "Đưa ra Hội đồng"));
        rows.add(new NominationListRow(3, "Chiến sĩ thi đua cấp tỉnh", NAMES[3], "Bệnh viện Phổi",
                AwardDocuments.eligibilityWords(Outcome.FAIL, false), "FAIL", "Đã trình"));
        rows.add(new NominationListRow(3, "Chiến sĩ thi đua cấp tỉnh", NAMES[4], "Bệnh viện Phổi",
                AwardDocuments.eligibilityWords(Outcome.NEEDS_REVIEW, false), "NEEDS_REVIEW", "Đã trình"));
        return rows;
    }

    @Test
    void theNominationListGroupsByTitleWithTheCheckInWordsAndCounts() throws IOException {
        AwardDocuments.Prepared doc = AwardDocuments.nominationListOf("UBND tỉnh Hà Tĩnh", "Sở Y tế", "Khen thưởng năm 2025",
                LocalDate.of(2025, 12, 15), nominationRows());
        String text = pdfText(write(doc, ReportFormat.PDF));
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG",
                "Khen thưởng năm 2025", "Hà Tĩnh, ngày 15 tháng 12 năm 2025", "Trang 1/1", "Tổng số: 5 đề nghị");
        assertThat(text).contains(NAMES[0], NAMES[1], NAMES[2], NAMES[3], NAMES[4]);
        assertThat(text).contains("Đủ điều kiện", "Không đủ điều kiện", "Cần xem xét", "(ngoại lệ)");
        String flat = text;
        assertThat(flat).contains("Cộng Chiến sĩ thi đua cơ sở: 2 đề nghị (Đủ điều kiện: 1; Không đủ điều kiện: 1; Cần xem xét: 0)")
                .contains("Cộng Chiến sĩ thi đua cấp tỉnh: 3 đề nghị (Đủ điều kiện: 1; Không đủ điều kiện: 1; Cần xem xét: 1)");
        assertThat(flat.indexOf("Chiến sĩ thi đua cơ sở")).isLessThan(flat.indexOf("Chiến sĩ thi đua cấp tỉnh"));

        List<String> cells = xlsxStrings(write(doc, ReportFormat.XLSX));
        assertThat(cells).contains("Họ và tên / Tập thể", NAMES[0], NAMES[4], "Chiến sĩ thi đua cấp tỉnh", "Không đủ điều kiện (ngoại lệ)");
        assertThat(cells.stream().filter("Họ và tên / Tập thể"::equals).count()).isEqualTo(1);
    }

    @Test
    void theMinutesShowAttendanceVotesAndResults() throws IOException {
        List<AwardDocuments.Attendee> attendees = List.of(new AwardDocuments.Attendee("Nguyễn Văn Chủ", BoardRole.CHAIR, true),
                new AwardDocuments.Attendee("Trần Thị Ủy", BoardRole.MEMBER, true), new AwardDocuments.Attendee("Lê Văn Vắng", BoardRole.MEMBER, false),
                new AwardDocuments.Attendee("Phạm Thị Thư", BoardRole.SECRETARY, true));
        List<MinutesRow> rows = List.of(
                new MinutesRow(1, NAMES[0], "Bệnh viện Y học cổ truyền", "Chiến sĩ thi đua cơ sở", 4, 0, AwardDocuments.share(4, 4),
                        "quá bán (> 50 % tổng số thành viên Hội đồng)", "Được thông qua"),
                new MinutesRow(2, NAMES[1], "Bệnh viện Chấn thương", "Chiến sĩ thi đua cấp tỉnh", 3, 1, AwardDocuments.share(3, 4),
                        "≥ 90 % tổng số thành viên Hội đồng", "Không được thông qua"));
        AwardDocuments.Prepared doc = AwardDocuments.minutesOf(new AwardDocuments.MinutesHeader("Sở Y tế Hà Tĩnh",
                "Hội đồng Thi đua – Khen thưởng Sở Y tế Hà Tĩnh", "Hà Tĩnh", LocalDate.of(2024, 12, 18), "Phòng họp tầng 3, Sở Y tế Hà Tĩnh",
                "Khen thưởng năm 2024", attendees, 4, LocalDateTime.of(2024, 12, 18, 4, 0)), rows);
        String text = pdfText(write(doc, ReportFormat.PDF));
        String flat = text;
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BIÊN BẢN", "Hà Tĩnh, ngày 18 tháng 12 năm 2024", "Trang 1/",
                "Nguyễn Văn Chủ", "Lê Văn Vắng", "vắng mặt", "Được thông qua", "Không được thông qua", "75 %", "100 %",
                "THƯ KÝ", "CHỦ TỊCH HỘI ĐỒNG", "Phạm Thị Thư", "11:00");
        assertThat(flat).contains("Có mặt 3/4 thành viên", "≥ 90 %");
        assertThat(AwardDocuments.share(2, 3)).isEqualTo("66,7 %");
    }

    private static List<DecisionRow> decisionRows(int n) {
        List<DecisionRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new DecisionRow(i + 1, NAMES[i % NAMES.length], "Bác sĩ – Bệnh viện Y học cổ truyền", i % 3 == 2
                    ? "Tập thể lao động tiên tiến" : "Chiến sĩ thi đua cơ sở"));
        }
        return rows;
    }

    @Test
    void theDecisionFollowsTheOfficialLayoutAndAppendsItsList() throws IOException {
        byte[] pdf = write(AwardDocuments.decisionOf(DECISION, TITLES, decisionRows(10), ReportFormat.PDF), ReportFormat.PDF);
        String text = pdfText(pdf);
        String flat = text;
        assertThat(text).contains("UBND TỈNH HÀ TĨNH", "SỞ Y TẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Số: 1890/QĐ-SYT", "Hà Tĩnh, ngày 25 tháng 12 năm 2024", "QUYẾT ĐỊNH", "Về việc tặng danh hiệu thi đua năm 2024",
                "GIÁM ĐỐC SỞ Y TẾ", "QUYẾT ĐỊNH:", "Điều 1.", "Điều 2.", "Điều 3.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A",
                "Nơi nhận:", "Như Điều 3;", "Lưu: VT, TCCB.", "DANH SÁCH", "Trang 1/");
        assertThat(text).doesNotContain("SỞ Y TẾ HÀ TĨNH").doesNotContain("DỰ THẢO");
        assertThat(flat).contains("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                "danh hiệu “Chiến sĩ thi đua cơ sở” năm 2024 cho 07 cá nhân", "cho 03 tập thể có tên trong danh sách kèm theo",
                "2.340.000 đồng", "chịu trách nhiệm thi hành", "CÁ NHÂN, TẬP THỂ ĐƯỢC TẶNG DANH HIỆU THI ĐUA NĂM 2024",
                "(Kèm theo Quyết định số 1890/QĐ-SYT ngày 25/12/2024 của Giám đốc Sở Y tế)");
        for (String name : NAMES) {
            assertThat(text).contains(name);
        }
        // the list starts on a page of its own, after the decision
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper first = new PDFTextStripper();
            first.setStartPage(1);
            first.setEndPage(1);
            assertThat(first.getText(doc)).contains("Điều 1.").doesNotContain("Kèm theo Quyết định");
            assertThat(text).contains("Trang 1/" + doc.getNumberOfPages());
        }
    }

    @Test
    void aDraftCarriesTheWatermark() throws IOException {
        AwardDocuments.DecisionHeader draft = new AwardDocuments.DecisionHeader(DECISION.parentBody(), DECISION.issuingBody(), "    /QĐ-SYT",
                "Hà Tĩnh", null, DECISION.summary(), DECISION.legalBases(), null, null, 2024, true, null);
        String text = pdfText(write(AwardDocuments.decisionOf(draft, TITLES, decisionRows(3), ReportFormat.PDF), ReportFormat.PDF));
        assertThat(text).contains("DỰ THẢO", "GIÁM ĐỐC SỞ Y TẾ").doesNotContain("2.340.000");
    }

    @Test
    void theDecisionExportsToWordAndItsListToExcel() throws IOException {
        byte[] docx = write(AwardDocuments.decisionOf(DECISION, TITLES, decisionRows(5), ReportFormat.DOCX), ReportFormat.DOCX);
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
            String text = extractor.getText();
            assertThat(text).contains("QUYẾT ĐỊNH", "Số: 1890/QĐ-SYT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Nguyễn Văn A", NAMES[0], NAMES[4]);
        }
        AwardDocuments.Prepared list = AwardDocuments.decisionOf(DECISION, TITLES, decisionRows(12), ReportFormat.XLSX);
        assertThat(list.template()).isEqualTo("award-decision-list");
        List<String> cells = xlsxStrings(write(list, ReportFormat.XLSX));
        assertThat(cells).contains("Họ và tên / Tập thể", "Chức vụ – Đơn vị", NAMES[0], NAMES[7], "Tập thể lao động tiên tiến");
        assertThat(cells.stream().filter("Bác sĩ – Bệnh viện Y học cổ truyền"::equals).count()).isEqualTo(12);
    }

    @Test
    void certificatesArePrintedOnePagePerAwardee() throws IOException {
        List<CertificateRow> rows = List.of(
                new CertificateRow("CÔNG NHẬN DANH HIỆU", "CHIẾN SĨ THI ĐUA CƠ SỞ", "Bà", NAMES[0], "Bác sĩ, Bệnh viện Y học cổ truyền",
                        "Đã có thành tích xuất sắc trong phong trào thi đua năm 2024."),
                new CertificateRow("CÔNG NHẬN DANH HIỆU", "CHIẾN SĨ THI ĐUA CƠ SỞ", "Ông", NAMES[1], "Dược sĩ, Bệnh viện Mắt",
                        "Đã có thành tích xuất sắc trong phong trào thi đua năm 2024."),
                new CertificateRow("CÔNG NHẬN DANH HIỆU", "TẬP THỂ LAO ĐỘNG TIÊN TIẾN", "", "Trung tâm Kiểm soát bệnh tật", "",
                        "Đã có thành tích xuất sắc trong phong trào thi đua năm 2024."));
        byte[] pdf = write(AwardDocuments.certificatesOf(DECISION, null, rows), ReportFormat.PDF);
        assertThat(pages(pdf)).isEqualTo(3);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var box = doc.getPage(0).getMediaBox();
            boolean turned = doc.getPage(0).getRotation() % 180 != 0;
            assertThat(turned ? box.getHeight() : box.getWidth()).as("landscape").isGreaterThan(turned ? box.getWidth() : box.getHeight());
            PDFTextStripper second = new PDFTextStripper();
            second.setStartPage(2);
            second.setEndPage(2);
            String page = second.getText(doc);
            assertThat(page).contains("GIÁM ĐỐC SỞ Y TẾ", "CHIẾN SĨ THI ĐUA CƠ SỞ", "Ông: " + NAMES[1], "Dược sĩ, Bệnh viện Mắt",
                    "Đã có thành tích", "Quyết định số 1890/QĐ-SYT", "Hà Tĩnh, ngày 25 tháng 12 năm 2024", "Nguyễn Văn A",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").doesNotContain(NAMES[0]);
        }
    }

    @Test
    void aCertificateBackgroundImageIsUsedWhenConfigured() throws IOException {
        java.nio.file.Path image = java.nio.file.Files.createTempFile("nen-giay-khen", ".png");
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(img, "png", image.toFile());
        try {
            byte[] pdf = write(AwardDocuments.certificatesOf(DECISION, image.toString(), List.of(new CertificateRow("TẶNG",
                    "GIẤY KHEN", "Bà", NAMES[0], "Bác sĩ", "Đã có thành tích xuất sắc."))), ReportFormat.PDF);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(doc.getNumberOfPages()).isEqualTo(1);
                assertThat(doc.getPage(0).getResources().getXObjectNames()).isNotEmpty();
            }
        } finally {
            java.nio.file.Files.deleteIfExists(image);
        }
    }

    @Test
    void theRegistryExtractListsEveryEntryAndMarksRevokedOnes() throws IOException {
        List<RegistryRow> rows = List.of(
                new RegistryRow(2023, NAMES[0], "Chiến sĩ thi đua cơ sở", "QĐ 1750/QĐ-SYT ngày 20/12/2023 của Sở Y tế Hà Tĩnh", "Nhập từ tệp", ""),
                new RegistryRow(2024, NAMES[0], "Lao động tiên tiến", "QĐ 1890/QĐ-SYT ngày 25/12/2024 của Sở Y tế Hà Tĩnh",
                        "Quyết định trên hệ thống", "Đã thu hồi"));
        AwardDocuments.Prepared doc = AwardDocuments.registryOf("Sở Y tế Hà Tĩnh", "Bệnh viện Y học cổ truyền",
                "Cá nhân: " + NAMES[0] + " – Bác sĩ, Bệnh viện Y học cổ truyền", rows, "trich-so");
        String text = pdfText(write(doc, ReportFormat.PDF));
        assertThat(text).contains("TRÍCH SỔ KHEN THƯỞNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", NAMES[0], "Đã thu hồi", "Trang 1/1",
                "Tổng số: 2 lượt khen thưởng", "Chiến sĩ thi đua cơ sở");
        List<String> cells = xlsxStrings(write(doc, ReportFormat.XLSX));
        assertThat(cells).contains("Năm", "Đã thu hồi", "Lao động tiên tiến");
        assertThat(cells.stream().filter(NAMES[0]::equals).count()).isEqualTo(2);
    }

    @Test
    void wordingHelpers() {
        assertThat(AwardDocuments.shortBody("Sở Y tế Hà Tĩnh", "Hà Tĩnh")).isEqualTo("Sở Y tế");
        assertThat(AwardDocuments.shortBody("Bệnh viện Đa khoa tỉnh", "Hà Tĩnh")).isEqualTo("Bệnh viện Đa khoa tỉnh");
        assertThat(AwardDocuments.authorityRole("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")).isEqualTo("GIÁM ĐỐC");
        assertThat(AwardDocuments.authorityRole("GIÁM ĐỐC")).isEqualTo("GIÁM ĐỐC");
        assertThat(AwardDocuments.ascii("1890/QĐ-SYT")).isEqualTo("1890-qd-syt");
        assertThat(AwardDocuments.eligibilityWords(null, false)).isEqualTo("Chưa kiểm tra");
    }
}
