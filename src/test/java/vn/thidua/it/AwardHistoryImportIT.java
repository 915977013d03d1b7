package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thidua.testsupport.Api;
import vn.thidua.testsupport.AppServer;

/**
 * A department loads its past award history from .xlsx through the API: a preview that changes nothing and names
 * each bad cell, then an import of the new valid rows only, which a second run does not repeat; a unit reaches only its
 * own people.
 */
@ExtendWith(AppServer.class)
class AwardHistoryImportIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Api office = Api.as("vanphong");
    private final Api officer = Api.as("canbo.bvdk");

    @Test
    void previewThenImportOnceWithinTheUnitsScope() throws IOException {
        String own = "IT" + (System.nanoTime() % 100_000_000);
        String foreign = own + "X";
        long person = Db.insert("INSERT INTO staff_member (code, full_name, unit_id, status) VALUES (?, 'Ngô Thị Hoa', ?, 'ACTIVE')",
                own, Db.unitId("BVDK"));
        Db.insert("INSERT INTO staff_member (code, full_name, unit_id, status) VALUES (?, 'Lý Văn Tài', ?, 'ACTIVE')",
                foreign, Db.unitId("TTYT-THA"));
        byte[] file = workbook(own, foreign);

        Api.Reply preview = officer.postBytes("/api/awards/history-import?confirm=false&fileName=lich-su.xlsx", file, XLSX);
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        JsonObject p = preview.json();
        assertThat(p.getInt("total")).isEqualTo(7);
        assertThat(p.getJsonNumber("newRows").longValue()).isEqualTo(5);
        assertThat(p.getJsonNumber("invalid").longValue()).isEqualTo(2);
        List<JsonObject> rows = p.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(rows).filteredOn(r -> r.getString("status").equals("INVALID")).extracting(r -> r.getJsonArray("problems").getString(0))
                .anySatisfy(text -> assertThat(text).contains("Không có danh hiệu", "Danh hiệu ma"))
                .anySatisfy(text -> assertThat(text).contains("Không có cán bộ mã", foreign));
        assertThat(Db.number("SELECT COUNT(*) FROM award_record WHERE staff_id = ?", person)).as("a preview changes nothing").isZero();

        assertThat(officer.postBytes("/api/awards/history-import?confirm=true&fileName=lich-su.xlsx", file, XLSX).status())
                .as("a unit checks its file; only the office writes the facts every check reads").isEqualTo(403);
        JsonObject officePreview = office.postBytes("/api/awards/history-import?confirm=false&fileName=lich-su.xlsx", file, XLSX).json();
        assertThat(officePreview.getJsonNumber("invalid").longValue()).as("the office reaches every unit").isEqualTo(1);
        Api.Reply imported = office.postBytes("/api/awards/history-import?confirm=true&fileName=lich-su.xlsx", file, XLSX);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonObject counts = imported.json();
        assertThat(List.of(counts.getInt("awards"), counts.getInt("ratings"), counts.getInt("initiatives"), counts.getInt("disciplines"),
                counts.getInt("added"))).as("the office's file has one more valid row: the other unit's person").containsExactly(3, 1, 1, 1, 6);
        JsonObject history = officer.get("/api/awards/history/people/" + person).json();
        assertThat(history.getJsonArray("awards").getValuesAs(JsonObject.class)).extracting(a -> a.getString("title") + " " + a.getInt("year"))
                .containsExactly("CSTDCS 2022", "LDTT 2023");
        assertThat(history.getJsonArray("ratings").getJsonObject(0).getString("rating")).isEqualTo("EXCELLENT");
        assertThat(history.getJsonArray("initiatives").getJsonObject(0).getString("level")).isEqualTo("PROVINCE");
        assertThat(history.getJsonArray("disciplines").getJsonObject(0).getString("measure")).isEqualTo("REPRIMAND");

        JsonObject again = office.postBytes("/api/awards/history-import?confirm=true&fileName=lich-su.xlsx", file, XLSX).json();
        assertThat(again.getInt("added")).as("a second run adds nothing").isZero();
        assertThat(again.getJsonNumber("alreadyStored").longValue()).isEqualTo(6);
        assertThat(Db.number("SELECT COUNT(*) FROM award_record WHERE staff_id = ?", person)).isEqualTo(2);


        Api.Reply notExcel = officer.postBytes("/api/awards/history-import?confirm=false&fileName=a.xlsx", "không phải Excel".getBytes(), XLSX);
        assertThat(notExcel.status()).isEqualTo(400);
        assertThat(notExcel.json().getJsonObject("fieldErrors").getString("file")).contains("không phải là tệp Excel");
        assertThat(Api.as("hoidong").postBytes("/api/awards/history-import?confirm=true&fileName=lich-su.xlsx", file, XLSX).status())
                .isEqualTo(403);
        Api.Reply template = officer.get("/api/awards/history-import/template");
        assertThat(template.status()).isEqualTo(200);
        try (XSSFWorkbook blank = new XSSFWorkbook(new ByteArrayInputStream(template.bytes()))) {
            assertThat(blank.getSheet("Danh hiệu")).isNotNull();
            assertThat(blank.getSheet("Kỷ luật")).isNotNull();
        }
    }

    private static byte[] workbook(String own, String foreign) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet(wb, "Danh hiệu", new String[] {"Mã cán bộ", "Mã đơn vị", "Năm", "Danh hiệu", "Số quyết định", "Ngày quyết định", "Cơ quan quyết định"},
                    new String[][] {
                            {own, "BVDK", "2022", "CSTĐCS", "123/QĐ-SYT", "20/12/2022", "Sở Y tế Hà Tĩnh"},
                            {own, "", "2023", "Lao động tiên tiến", "88/QĐ-BV", "15/12/2023", "Bệnh viện Đa khoa tỉnh"},
                            {own, "", "2023", "Danh hiệu ma", "", "", ""},
                            {foreign, "", "2023", "LDTT", "", "", ""}});
            sheet(wb, "Đánh giá", new String[] {"Mã cán bộ", "Mã đơn vị", "Năm", "Mức đánh giá"}, new String[][] {{own, "", "2023", "HTXSNV"}});
            sheet(wb, "Sáng kiến", new String[] {"Mã cán bộ", "Mã đơn vị", "Năm", "Tên sáng kiến", "Cấp công nhận", "Số quyết định", "Ngày quyết định"},
                    new String[][] {{own, "", "2023", "Ứng dụng bệnh án điện tử tại khoa Nội", "cấp tỉnh", "9/QĐ-SYT", "01/06/2023"}});
            sheet(wb, "Kỷ luật", new String[] {"Mã cán bộ", "Mã đơn vị", "Hình thức", "Ngày quyết định", "Số quyết định", "Lý do"},
                    new String[][] {{own, "", "Khiển trách", "10/03/2024", "5/QĐ-BV", "Vi phạm quy chế chuyên môn"}});
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void sheet(XSSFWorkbook wb, String name, String[] headers, String[][] rows) {
        Sheet sheet = wb.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            header.createCell(i).setCellValue(headers[i]);
        }
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r + 1);
            for (int i = 0; i < rows[r].length; i++) {
                if (!rows[r][i].isEmpty()) {
                    row.createCell(i).setCellValue(rows[r][i]);
                }
            }
        }
    }
}
