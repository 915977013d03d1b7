package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thidua.testsupport.Api;
import vn.thidua.testsupport.AppServer;

/** The commendation documents printed by the running server from the demo's 2024 and 2025 rounds, read back. */
@ExtendWith(AppServer.class)
class AwardReportsIT {

    private final Api office = Api.as("vanphong");
    private final Api unitOfficer = Api.as("canbo.thachha");

    private static String text(Api.Reply reply) throws IOException {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(reply.bytes())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private static int pages(Api.Reply reply) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(reply.bytes())) {
            return pdf.getNumberOfPages();
        }
    }

    private static List<String> xlsxStrings(Api.Reply reply) throws IOException {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(reply.bytes()))) {
            for (var row : wb.getSheetAt(0)) {
                for (var cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        cells.add(cell.getStringCellValue());
                    }
                }
            }
        }
        return cells;
    }

    private static long decision1890() {
        return Db.number("SELECT id FROM award_decision WHERE number = '1890' AND symbol = 'QĐ-SYT'");
    }

    private static long round(int year) {
        return Db.number("SELECT id FROM nomination_round WHERE award_year = ? AND name = ?", year, "Khen thưởng năm " + year);
    }

    /** Candidate names: the person's or the collective's. */
    private static final String CANDIDATE = "COALESCE(s.full_name, cu.name) FROM nomination n LEFT JOIN staff_member s ON s.id = n.staff_id"
            + " LEFT JOIN unit cu ON cu.id = n.candidate_unit_id";

    @Test
    void decision1890ListsExactlyItsAwardedNominationsWithNumberAndSigner() throws IOException {
        long decision = decision1890();
        List<String> listed = Db.texts("SELECT " + CANDIDATE + " JOIN decision_item i ON i.nomination_id = n.id WHERE i.decision_id = ?"
                + " ORDER BY i.position", decision);
        List<String> awarded = Db.texts("SELECT " + CANDIDATE + " WHERE n.round_id = ? AND n.status = 'AWARDED'", round(2024));
        assertThat(listed).isNotEmpty().containsExactlyInAnyOrderElementsOf(awarded);
        List<String> notAwarded = Db.texts("SELECT " + CANDIDATE + " WHERE n.round_id = ? AND n.status <> 'AWARDED'", round(2024));

        String text = text(office.get("/api/reports/awards/decisions/" + decision + "?format=pdf"));
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "UBND TỈNH HÀ TĨNH", "SỞ Y TẾ",
                "Số: 1890/QĐ-SYT", "Hà Tĩnh, ngày 25 tháng 12 năm 2024", "QUYẾT ĐỊNH", "GIÁM ĐỐC SỞ Y TẾ", "Điều 1.", "Điều 3.",
                "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC", "Nguyễn Văn A", "Nơi nhận:", "(Kèm theo Quyết định số 1890/QĐ-SYT ngày 25/12/2024",
                "Danh sách có " + listed.size() + " cá nhân, tập thể", "Trang 1/");
        assertThat(text).contains(listed);
        for (String name : notAwarded) {
            if (!awarded.contains(name)) {
                assertThat(text).doesNotContain(name);
            }
        }

        Api.Reply docx = office.get("/api/reports/awards/decisions/" + decision + "?format=docx");
        assertThat(docx.status()).isEqualTo(200);
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.bytes())); XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
            assertThat(extractor.getText()).contains("QUYẾT ĐỊNH", "Số: 1890/QĐ-SYT", listed.get(0));
        }
        List<String> cells = xlsxStrings(office.get("/api/reports/awards/decisions/" + decision + "?format=xlsx"));
        assertThat(cells).containsAll(listed);

        assertThat(Api.as("lanhdao").get("/api/reports/awards/decisions/" + decision).status()).as("a viewer reads it").isEqualTo(200);
        assertThat(unitOfficer.get("/api/reports/awards/decisions/" + decision).status()).as("not a unit's document").isEqualTo(403);
        assertThat(office.get("/api/reports/awards/decisions/" + decision + "?format=exe").status()).isEqualTo(400);
    }

    @Test
    void theCertificatesOfDecision1890HaveOnePagePerItem() throws IOException {
        long decision = decision1890();
        long items = Db.number("SELECT COUNT(*) FROM decision_item WHERE decision_id = ?", decision);
        Api.Reply reply = office.get("/api/reports/awards/decisions/" + decision + "/certificates");
        String text = text(reply);
        assertThat(pages(reply)).isEqualTo(items);
        assertThat(text).contains("Quyết định số 1890/QĐ-SYT", "Nguyễn Văn A", "CHIẾN SĨ THI ĐUA CƠ SỞ", "Đã có thành tích");
        assertThat(office.get("/api/reports/awards/decisions/" + decision + "/certificates?format=xlsx").status()).isEqualTo(400);
    }

    @Test
    void theMinutesOf2024ShowTheRejectedProvincialTitleWithThreeVotes() throws IOException {
        long session = Db.number("SELECT id FROM board_session WHERE round_id = ? AND status = 'CLOSED'", round(2024));
        String rejected = Db.text("SELECT s.full_name FROM ballot b JOIN nomination n ON n.id = b.nomination_id JOIN staff_member s"
                + " ON s.id = n.staff_id JOIN title_type t ON t.id = n.title_id WHERE b.session_id = ? AND t.code = 'CSTD_TINH'"
                + " AND b.result = 'FAILED'", session);
        assertThat(rejected).isNotNull();
        String text = text(Api.as("chutich").get("/api/reports/awards/sessions/" + session + "/minutes"));
        assertThat(text).contains("BIÊN BẢN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hà Tĩnh, ngày 18 tháng 12 năm 2024",
                "Có mặt 4/4 thành viên", "Được thông qua", "CHỦ TỊCH HỘI ĐỒNG", "THƯ KÝ", "Trang 1/");
        String row = text.substring(text.indexOf(rejected));
        row = row.substring(0, row.indexOf("thông qua") + "thông qua".length());
        assertThat(row).contains("Chiến sĩ thi đua", " 3 1 75 %", "Không được thông qua");
    }

    @Test
    void theNominationListOf2025GroupsByTitleAndSaysTheCheckInWords() throws IOException {
        long round = round(2025);
        String text = text(office.get("/api/reports/awards/rounds/" + round + "/nominations?format=pdf"));
        assertThat(text).contains("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", "Khen thưởng năm 2025", "Đủ điều kiện", "Không đủ điều kiện",
                "(ngoại lệ)", "Trang 1/");
        List<String> titles = Db.texts("SELECT t.name FROM title_type t WHERE EXISTS (SELECT 1 FROM nomination n WHERE n.title_id = t.id"
                + " AND n.round_id = ? AND n.status NOT IN ('DRAFT', 'WITHDRAWN')) ORDER BY t.position", round);
        assertThat(titles).hasSizeGreaterThan(1);
        int last = -1;
        for (String title : titles) {
            long count = Db.number("SELECT COUNT(*) FROM nomination n JOIN title_type t ON t.id = n.title_id WHERE n.round_id = ?"
                    + " AND t.name = ? AND n.status NOT IN ('DRAFT', 'WITHDRAWN')", round, title);
            int at = text.indexOf("Cộng " + title + ": " + count + " đề nghị");
            assertThat(at).as(title).isGreaterThan(last);
            last = at;
        }
        List<String> names = Db.texts("SELECT " + CANDIDATE + " WHERE n.round_id = ? AND n.status NOT IN ('DRAFT', 'WITHDRAWN')", round);
        assertThat(text).contains(names);
        assertThat(xlsxStrings(office.get("/api/reports/awards/rounds/" + round + "/nominations?format=xlsx"))).containsAll(names);

        // a unit's officer prints only the own unit's
        String own = text(unitOfficer.get("/api/reports/awards/rounds/" + round + "/nominations"));
        String cdc = Db.text("SELECT " + CANDIDATE + " JOIN unit u ON u.id = n.unit_id WHERE n.round_id = ? AND u.code = 'CDC'", round);
        assertThat(own).contains("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG").doesNotContain(cdc);
        assertThat(office.get("/api/reports/awards/rounds/" + round + "/nominations?format=docx").status()).isEqualTo(400);
    }

    @Test
    void aUnitOfficerReadsTheOwnRegistryButNotAnotherUnits() throws IOException {
        long own = Db.number("SELECT a.unit_id FROM account a WHERE a.username = 'canbo.thachha'");
        long other = Db.unitId("BVDK");
        Api.Reply refused = unitOfficer.get("/api/reports/awards/registry?unit=" + other + "&format=pdf");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(text(unitOfficer.get("/api/reports/awards/registry?unit=" + own + "&format=pdf"))).contains("TRÍCH SỔ KHEN THƯỞNG");

        long unit = Db.unitId("BVYHCT");
        List<String> holders2024 = Db.texts("SELECT s.full_name FROM award_record a JOIN staff_member s ON s.id = a.staff_id"
                + " WHERE a.unit_id = ? AND a.award_year = 2024", unit);
        assertThat(holders2024).isNotEmpty();
        List<String> cells = xlsxStrings(office.get("/api/reports/awards/registry?unit=" + unit + "&year=2024&format=xlsx"));
        assertThat(cells).containsAll(holders2024);

        long person = Db.number("SELECT MIN(a.staff_id) FROM award_record a JOIN award_decision d ON d.id = a.decision_id WHERE d.number = '1890'");
        String text = text(office.get("/api/reports/awards/registry?staff=" + person));
        assertThat(text).contains("TRÍCH SỔ KHEN THƯỞNG", Db.text("SELECT full_name FROM staff_member WHERE id = ?", person), "1890/QĐ-SYT");
        assertThat(office.get("/api/reports/awards/registry?format=pdf").status()).as("neither unit nor staff").isEqualTo(400);
    }

    @Test
    void aDraftDecisionAndAnOpenSessionAreNotPrinted() {
        long round = AwardFixtures.round(2026);
        long draft = Db.insert("INSERT INTO award_decision (round_id, symbol, place, issuing_body, summary, legal_bases)"
                + " VALUES (?, 'QĐ-SYT', 'Hà Tĩnh', 'Sở Y tế Hà Tĩnh', 'Về việc tặng danh hiệu thi đua', 'Căn cứ Luật Thi đua, khen thưởng;')", round);
        Api.Reply refused = office.get("/api/reports/awards/decisions/" + draft + "?format=pdf");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("dự thảo");
        assertThat(office.get("/api/reports/awards/decisions/" + draft + "/certificates").status()).isEqualTo(400);

        long board = Db.number("SELECT board_id FROM board_session WHERE round_id = ?", round(2024));
        long open = Db.insert("INSERT INTO board_session (round_id, board_id, held_on, place) VALUES (?, ?, '2026-11-20', 'Phòng họp')",
                round, board);
        Api.Reply notClosed = office.get("/api/reports/awards/sessions/" + open + "/minutes");
        assertThat(notClosed.status()).isEqualTo(400);
        assertThat(notClosed.body()).contains("chưa kết thúc");
    }
}
