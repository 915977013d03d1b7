package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thidua.testsupport.Api;
import vn.thidua.testsupport.AppServer;

@ExtendWith(AppServer.class)
class StaffImportIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static byte[] file(String[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Cán bộ");
            String[] header = {"Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh", "Chức vụ", "Mã đơn vị", "Trạng thái"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void thePreviewSavesNothingAndTheImportTakesTheGoodRowsOnceOnly() throws IOException {
        byte[] xlsx = file(
                new String[] {"IMP0001", "Nguyễn Thị Hồng Nhung", "Nữ", "12/03/1988", "Điều dưỡng", "TYT-THA-01", null},
                new String[] {null, "Trần Văn Khải", "Nam", "01/09/1975", "Y sĩ", "TYT-THA-02", "Đang công tác"},
                new String[] {null, null, "Nam", "01/09/1975", null, "TYT-THA-02", null},
                new String[] {null, "Lê Minh Tâm", "Nam", "30/02/1980", null, "TTYT-THA", null},
                new String[] {null, "Phan Thị Lý", "Nữ", "05/05/1985", null, "BVDK", null},
                new String[] {null, "Đỗ Văn Lực", "Nam", "05/05/1985", null, "KHONGCO", null});
        Api officer = Api.as("canbo.thachha");
        long before = Db.number("SELECT COUNT(*) FROM staff_member");

        JsonObject preview = officer.postBytes("/api/staff/import", xlsx, XLSX).json();
        assertThat(preview.getInt("rows")).isEqualTo(6);
        assertThat(preview.getInt("valid")).isEqualTo(2);
        var items = preview.getJsonArray("items");
        assertThat(items.getJsonObject(2).getJsonArray("errors").getString(0)).isEqualTo("Thiếu họ và tên");
        assertThat(items.getJsonObject(3).getJsonArray("errors").getString(0)).isEqualTo("Ngày sinh «30/02/1980» không hợp lệ (dd/MM/yyyy)");
        assertThat(items.getJsonObject(4).getJsonArray("errors").getString(0)).isEqualTo("Đơn vị «BVDK» không thuộc phạm vi quản lý của bạn");
        assertThat(items.getJsonObject(5).getJsonArray("errors").getString(0)).isEqualTo("Mã đơn vị «KHONGCO» không tồn tại");
        assertThat(items.getJsonObject(5).getInt("row")).isEqualTo(7);
        assertThat(Db.number("SELECT COUNT(*) FROM staff_member")).isEqualTo(before);

        JsonObject imported = officer.postBytes("/api/staff/import?confirm=true", xlsx, XLSX).json();
        assertThat(imported.getInt("created")).isEqualTo(2);
        assertThat(Db.number("SELECT COUNT(*) FROM staff_member")).isEqualTo(before + 2);
        assertThat(Db.text("SELECT u.code FROM staff_member s JOIN unit u ON u.id = s.unit_id WHERE s.full_name = 'Trần Văn Khải'"))
                .isEqualTo("TYT-THA-02");
        assertThat(Db.number("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'StaffMember' AND action = 'CREATE' AND after_state LIKE '%Nguyễn Thị Hồng Nhung%'"))
                .isEqualTo(1);

        JsonObject again = officer.postBytes("/api/staff/import?confirm=true", xlsx, XLSX).json();
        assertThat(again.getInt("created")).isZero();
        assertThat(again.getInt("updated")).isEqualTo(2);
        assertThat(Db.number("SELECT COUNT(*) FROM staff_member")).isEqualTo(before + 2);
    }

    @Test
    void aFileThatIsNotExcelIsRefusedWithAClearMessage() {
        Api.Reply reply = Api.as("canbo.thachha").postBytes("/api/staff/import", "không phải excel".getBytes(), XLSX);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getJsonObject("fieldErrors").getString("file"))
                .isEqualTo("Tệp không phải là tệp Excel (.xlsx) hợp lệ.");
    }

    @Test
    void theTemplateDownloads() {
        Api.Reply reply = Api.as("canbo.thachha").get("/api/staff/import-template");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith(XLSX);
        assertThat(reply.bytes()).startsWith((byte) 'P', (byte) 'K');
    }
}
