package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thidua.common.VietnameseNumbers;
import vn.thidua.testsupport.Api;
import vn.thidua.testsupport.AppServer;

/**
 * The review and plan reports printed by the running server on the demo's published 2025 round of 1750/KH-SYT,
 * compared with the JSON the API gives for the same data.
 */
@ExtendWith(AppServer.class)
class ReviewReportsIT {

    private final Api office = Api.as("vanphong");
    private final Api viewer = Api.as("lanhdao");

    private static long round() {
        return Db.number("SELECT MIN(id) FROM review_round WHERE status = 'PUBLISHED' AND name = 'Chấm điểm thi đua năm 2025'");
    }

    private static long plan() {
        return Db.number("SELECT id FROM emulation_plan WHERE number_symbol = '1750/KH-SYT'");
    }

    private static String pdfText(Api.Reply reply) throws IOException {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(reply.bytes())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private static List<List<String>> xlsxRows(Api.Reply reply) throws IOException {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(reply.bytes()))) {
            for (Row row : wb.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    String text = cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
                            : cell.getCellType() == CellType.NUMERIC ? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString() : "";
                    if (!text.isBlank()) {
                        cells.add(text.replaceAll("\\s+", " ").strip());
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(cells);
                }
            }
        }
        return rows;
    }

    private static String points(JsonObject unit, String key) {
        return VietnameseNumbers.format(unit.getJsonNumber(key).bigDecimalValue(), 2);
    }

    private List<JsonObject> blocks() {
        Api.Reply results = office.get("/api/review/rounds/" + round() + "/results");
        assertThat(results.status()).as(results.body()).isEqualTo(200);
        List<JsonObject> blocks = results.jsonArray().getValuesAs(JsonObject.class);
        assertThat(blocks.stream().mapToInt(b -> b.getJsonArray("units").size()).sum()).as("ranked units").isGreaterThan(3);
        return blocks;
    }

    @Test
    void theRankingPdfListsEachBlockInTheOrderAndWithTheTotalsOfTheResults() throws IOException {
        List<JsonObject> blocks = blocks();
        Api.Reply reply = viewer.get("/api/reports/review/rounds/" + round() + "/ranking?format=pdf");
        assertThat(reply.body()).isNotNull();
        String text = pdfText(reply);
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BẢNG XẾP HẠNG KHỐI THI ĐUA",
                "1750/KH-SYT", "Trang 1/");
        int at = 0;
        for (JsonObject block : blocks) {
            if (block.getJsonArray("units").isEmpty()) {
                continue;
            }
            int blockAt = text.indexOf(block.getString("block"), at);
            assertThat(blockAt).as(block.getString("block")).isGreaterThanOrEqualTo(at);
            at = blockAt;
            for (JsonObject unit : block.getJsonArray("units").getValuesAs(JsonObject.class)) {
                String line = unit.getInt("rank") + " " + unit.getString("unitName") + " " + points(unit, "total") + " "
                        + unit.getInt("criteriaMet") + " " + points(unit, "penaltyPoints");
                int found = text.indexOf(line, at);
                assertThat(found).as("in order: " + line).isGreaterThan(at);
                at = found;
                if (unit.getBoolean("tied")) {
                    assertThat(text.substring(found, Math.min(text.length(), found + line.length() + 40))).contains("Đồng hạng");
                }
            }
        }
    }

    @Test
    void theRankingXlsxHasTheRowsOfTheResults() throws IOException {
        List<JsonObject> blocks = blocks();
        List<List<String>> rows = xlsxRows(office.get("/api/reports/review/rounds/" + round() + "/ranking?format=xlsx"));
        List<List<String>> expected = new ArrayList<>();
        for (JsonObject block : blocks) {
            if (block.getJsonArray("units").isEmpty()) {
                continue;
            }
            expected.add(List.of(block.getString("block")));
            for (JsonObject unit : block.getJsonArray("units").getValuesAs(JsonObject.class)) {
                List<String> row = new ArrayList<>(List.of(String.valueOf(unit.getInt("rank")), unit.getString("unitName"), points(unit, "total"),
                        String.valueOf(unit.getInt("criteriaMet")), points(unit, "penaltyPoints")));
                if (unit.containsKey("band") && !unit.isNull("band")) {
                    row.add(unit.getString("band"));
                }
                if (unit.getBoolean("tied")) {
                    row.add("Đồng hạng");
                }
                expected.add(row);
            }
        }
        List<List<String>> body = rows.subList(1, 1 + expected.size());
        assertThat(rows.get(0)).contains("Hạng", "Đơn vị", "Tổng điểm");
        assertThat(body).containsExactlyElementsOf(expected);
    }

    @Test
    void aUnitsScorecardShowsItsTotalAndRank() throws IOException {
        JsonObject block = blocks().stream().filter(b -> !b.getJsonArray("units").isEmpty()).findFirst().orElseThrow();
        List<JsonObject> units = block.getJsonArray("units").getValuesAs(JsonObject.class);
        JsonObject unit = units.get(units.size() / 2);
        long unitId = unit.getJsonNumber("unitId").longValue();
        String text = pdfText(office.get("/api/reports/review/rounds/" + round() + "/scorecards/" + unitId + "?format=pdf"));
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BẢNG CHẤM ĐIỂM THI ĐUA", unit.getString("unitName"), "Trang 1/",
                "TỔNG ĐIỂM " + points(unit, "total"), "Xếp hạng trong khối " + unit.getInt("rank") + "/" + units.size(),
                "Khối thi đua " + block.getString("block"));
        List<List<String>> rows = xlsxRows(office.get("/api/reports/review/rounds/" + round() + "/scorecards/" + unitId + "?format=xlsx"));
        assertThat(rows).contains(List.of("TỔNG ĐIỂM", points(unit, "total")));
    }

    @Test
    void aUnitOfficerReadsOnlyTheirOwnUnitsScorecards() {
        List<JsonObject> ranked = blocks().stream().flatMap(b -> b.getJsonArray("units").getValuesAs(JsonObject.class).stream()).toList();
        long other = ranked.get(0).getJsonNumber("unitId").longValue();
        Api.Reply refused = Api.as("canbo.bvdk").get("/api/reports/review/rounds/" + round() + "/scorecards/" + other + "?format=pdf");
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        ranked.stream().filter(u -> Db.text("SELECT code FROM unit WHERE id = ?", u.getJsonNumber("unitId").longValue()).startsWith("TYT-THA"))
                .findFirst().ifPresent(station -> assertThat(Api.as("canbo.thachha").get("/api/reports/review/rounds/" + round() + "/scorecards/"
                        + station.getJsonNumber("unitId").longValue() + "?format=pdf").status()).as("a station under the officer's centre").isEqualTo(200));
        assertThat(viewer.get("/api/reports/review/rounds/" + round() + "/scorecards/" + other).status()).isEqualTo(403);
    }

    @Test
    void anUnpublishedRoundsRankingIsOnlyForTheOfficeAndTheBoard() {
        long board = ReviewFixtures.board("Hội đồng in báo cáo");
        long open = ReviewFixtures.round(board, 3);
        assertThat(viewer.get("/api/reports/review/rounds/" + open + "/ranking").status()).isEqualTo(403);
        assertThat(Api.as("canbo.bvdk").get("/api/reports/review/rounds/" + open + "/ranking").status()).isEqualTo(403);
        assertThat(office.get("/api/reports/review/rounds/" + open + "/ranking").status()).isEqualTo(200);
        assertThat(Api.as("hoidong").get("/api/reports/review/rounds/" + open + "/ranking?format=xlsx").status()).isEqualTo(200);
    }

    @Test
    void theCompletenessPdfCountsAsTheDashboard() throws IOException {
        Api.Reply json = office.get("/api/submissions/completeness?plan=" + plan() + "&year=2025");
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        String text = pdfText(office.get("/api/reports/review/plans/" + plan() + "/completeness?year=2025&format=pdf"));
        assertThat(text).contains("TÌNH HÌNH NỘP BÁO CÁO THI ĐUA", "Trang 1/");
        JsonObject total = json.json().getJsonObject("total");
        assertThat(text).contains(counts("Toàn ngành", total));
        for (JsonObject block : json.json().getJsonArray("byBlock").getValuesAs(JsonObject.class)) {
            assertThat(text).contains(block.getString("name"), counts("Cộng khối", block));
        }
        for (JsonObject unit : json.json().getJsonArray("units").getValuesAs(JsonObject.class)) {
            assertThat(text).contains(unit.getString("unitName"));
        }
    }

    private static String counts(String label, JsonObject group) {
        JsonObject counts = group.getJsonObject("counts");
        StringBuilder s = new StringBuilder(label + " (" + group.getInt("expected") + " đơn vị)");
        for (String state : new String[] {"ON_TIME", "LATE", "RETURNED", "DRAFT", "NOT_STARTED"}) {
            s.append(' ').append(counts.containsKey(state) ? counts.getInt(state) : 0);
        }
        return s.append(' ').append(VietnameseNumbers.format(group.getJsonNumber("reportedPercent").bigDecimalValue(), 1)).append(" %").toString();
    }

    @Test
    void indicatorAndTaskReportsAndTheirRefusals() throws IOException {
        String indicators = pdfText(office.get("/api/reports/review/plans/" + plan() + "/indicators?year=2025&format=pdf"));
        assertThat(indicators).contains("KẾT QUẢ THỰC HIỆN CHỈ TIÊU", "chỉ tiêu năm 2025", "Trang 1/");
        assertThat(indicators).containsAnyOf("Đạt", "Không đạt");
        Api.Reply xlsx = office.get("/api/reports/review/plans/" + plan() + "/indicators?year=2025&format=xlsx");
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsxRows(xlsx)).isNotEmpty();
        String trend = pdfText(office.get("/api/reports/review/plans/" + plan() + "/indicators/trend?format=pdf"));
        assertThat(trend).contains("KẾT QUẢ THỰC HIỆN CHỈ TIÊU GIAI ĐOẠN", "chỉ tiêu đến năm 2025", "2025 (", "Số năm đạt chỉ tiêu");
        Api.Reply tasks = office.get("/api/reports/review/plans/" + plan() + "/tasks?format=pdf");
        assertThat(tasks.body()).isNotNull();
        assertThat(pdfText(tasks)).contains("TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ", "Tổng số");
        assertThat(office.get("/api/reports/review/plans/" + plan() + "/tasks?format=xlsx").status()).isEqualTo(200);
        assertThat(office.get("/api/reports/review/rounds/" + round() + "/ranking?format=exe").status()).isEqualTo(400);
        assertThat(office.get("/api/reports/review/plans/" + plan() + "/completeness?format=pdf").status()).as("no year").isEqualTo(400);
        assertThat(Api.as("canbo.bvdk").get("/api/reports/review/plans/" + plan() + "/completeness?year=2025").status()).isEqualTo(403);
        Api.Reply ranking = office.get("/api/reports/review/rounds/" + round() + "/ranking?format=xlsx");
        assertThat(ranking.status()).isEqualTo(200);
    }
}
