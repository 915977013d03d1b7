package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.it.AwardFixtures.award;
import static vn.thidua.it.AwardFixtures.person;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.thidua.testsupport.AppServer;
import vn.thidua.testsupport.Browser;

/**
 * The commendation pages beyond the workflow: a unit checks its history file, the office imports it (preview, then confirm), an
 * administrator's bad rule parameter is refused beside the field, and the office revokes a registry entry.
 */
@ExtendWith(AppServer.class)
class AwardPagesBrowserIT {

    @Test
    void aUnitChecksItsHistoryFileAndTheOfficeImportsIt() throws IOException {
        String code = "WEB" + (System.nanoTime() % 100_000_000);
        Db.insert("INSERT INTO staff_member (code, full_name, unit_id, status) VALUES (?, 'Đinh Thị Mai', ?, 'ACTIVE')", code, Db.unitId("BVDK"));
        Path file = Files.createTempFile("lich-su-khen-thuong", ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Danh hiệu");
            String[][] rows = {{"Mã cán bộ", "Mã đơn vị", "Năm", "Danh hiệu", "Số quyết định", "Ngày quyết định", "Cơ quan quyết định"},
                    {code, "BVDK", "2023", "LĐTT", "77/QĐ-BV", "20/12/2023", "Bệnh viện Đa khoa tỉnh"},
                    {code, "BVDK", "2024", "Không rõ", "", "", ""}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            Files.write(file, out.toByteArray());
        }
        try (Browser officer = Browser.loggedInAs("canbo.bvdk"); Browser office = Browser.loggedInAs("vanphong")) {
            officer.open("/award/history.xhtml");
            officer.driver().findElement(By.id("importForm:file_input")).sendKeys(file.toAbsolutePath().toString());
            officer.see(By.id("importForm:awardRows"), "Không có danh hiệu", "award-history-preview");
            assertThat(officer.pageText()).contains("do Thường trực Hội đồng thực hiện");
            assertThat(officer.driver().findElements(By.id("importForm:confirm"))).as("a unit only checks its file").isEmpty();

            office.open("/award/history.xhtml");
            office.driver().findElement(By.id("importForm:file_input")).sendKeys(file.toAbsolutePath().toString());
            office.see(By.id("importForm:awardRows"), "Không có danh hiệu", "award-history-office-preview");
            assertThat(Db.number("SELECT COUNT(*) FROM award_record a JOIN staff_member s ON s.id = a.staff_id WHERE s.code = ?", code))
                    .as("the preview changes nothing").isZero();
            office.click(By.id("importForm:confirm"));
            office.awaitAjax();
            office.see(By.tagName("body"), "Đã nhập 1 dòng: 1 danh hiệu", "award-history-imported");
        } finally {
            Files.deleteIfExists(file);
        }
        assertThat(Db.number("SELECT COUNT(*) FROM award_record a JOIN staff_member s ON s.id = a.staff_id WHERE s.code = ? AND a.source = 'IMPORT'",
                code)).isEqualTo(1);
    }

    @Test
    void anAdministratorsBadRuleIsRefusedBesideTheField() {
        try (Browser admin = Browser.loggedInAs("admin")) {
            admin.open("/award/titles.xhtml");
            admin.see(By.id("titlesForm:titles"), "Chiến sĩ thi đua cấp tỉnh", "award-titles");
            admin.type(By.id("ruleSetsForm:name"), "Bản thử nghiệm trên trình duyệt");
            admin.type(By.id("ruleSetsForm:effectiveFrom_input"), "01/01/2027");
            admin.click(By.id("ruleSetsForm:createVersion"));
            admin.see(By.id("ruleSetsForm:setStatus"), "Dự thảo", "award-draft-set");
            admin.click(By.cssSelector("[id$=':groupRules:0:edit']"));
            admin.type(By.id("ruleForm:parameters"), "rating=GIOI; years=1");
            admin.click(By.id("ruleForm:saveRule"));
            admin.see(By.id("ruleForm"), "GIOI", "award-bad-rule");
        }
    }

    @Test
    void theOfficeRevokesARegistryEntryWithAReason() {
        long p = person("BVDK", "Tạ Văn Sơn");
        award(p, "LDTT", 2022);
        String name = Db.text("SELECT full_name FROM staff_member WHERE id = ?", p);
        try (Browser office = Browser.loggedInAs("vanphong")) {
            office.open("/award/registry.xhtml?unit=" + Db.unitId("BVDK") + "&year=2022");
            office.type(By.cssSelector("[id='registryForm:registry'] thead th:nth-child(2) input"), name);
            office.awaitAjax();
            office.see(By.id("registryForm:registry"), name, "award-registry");
            office.click(By.id("registryForm:registry:0:revoke"));
            office.click(By.id("revokeForm:revokeConfirm"));
            office.see(By.id("revokeForm"), "Ghi lý do thu hồi", "award-revoke-reason");
            office.type(By.id("revokeForm:reason"), "Phát hiện hồ sơ đề nghị không trung thực");
            office.click(By.id("revokeForm:revokeConfirm"));
            office.see(By.id("registryForm:registry"), "Đã thu hồi", "award-revoked");
        }
        assertThat(Db.number("SELECT COUNT(*) FROM award_record WHERE staff_id = ? AND revoked = TRUE", p)).isEqualTo(1);
    }
}
