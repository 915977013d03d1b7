package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import vn.thidua.testsupport.AppServer;
import vn.thidua.testsupport.Browser;

/** What users do in the browser: create a unit and a person, find them, print the list, stay in their unit. */
@ExtendWith(AppServer.class)
class OrganisationBrowserIT {

    @Test
    void theAdministratorCreatesAUnitAndAPersonAndFindsThePersonInTheTable() {
        long district = Db.unitId("TTYT-CXUYEN");
        try (Browser browser = Browser.loggedInAs("admin")) {
            browser.open("/org/unit.xhtml?parent=" + district);
            browser.type(By.id("unitForm:code"), "TYT-CXUYEN-99");
            browser.type(By.id("unitForm:name"), "Trạm Y tế xã Cẩm Thịnh Mới");
            browser.choose("unitForm:type", "Trạm Y tế xã");
            browser.type(By.id("unitForm:population"), "12.345");
            browser.type(By.id("unitForm:headName"), "Ngô Thị Bích Ngọc");
            browser.click(By.id("unitForm:save"));
            browser.waitFor(By.id("unitsForm:units"));
            assertThat(browser.pageText()).contains("Đã lưu.");
            long unit = Db.unitId("TYT-CXUYEN-99");
            assertThat(Db.number("SELECT population FROM unit WHERE id = ?", unit)).isEqualTo(12345);
            assertThat(Db.number("SELECT parent_id FROM unit WHERE id = ?", unit)).isEqualTo(district);

            browser.open("/org/person.xhtml?unit=" + unit);
            browser.type(By.id("personForm:fullName"), "Dương Thị Thanh Xuân");
            browser.click(By.cssSelector("label[for='personForm:gender:1']"));
            browser.type(By.id("personForm:birthDate_input"), "15/08/1990" + Keys.TAB); // closes the date picker
            browser.type(By.id("personForm:position"), "Trạm trưởng");
            browser.click(By.id("personForm:save"));
            browser.waitFor(By.id("staffForm:staffTable"));

            browser.open("/org/staff.xhtml");
            browser.type(By.id("staffForm:text"), "Thanh Xuân");
            browser.click(By.id("staffForm:search"));
            browser.waitForText(By.id("staffForm:staffTable"), "Dương Thị Thanh Xuân");
            String table = browser.driver().findElement(By.id("staffForm:staffTable")).getText();
            assertThat(table).contains("Dương Thị Thanh Xuân", "Nữ", "15/08/1990", "Trạm Y tế xã Cẩm Thịnh Mới");
        }
    }

    @Test
    void badInputIsShownBesideTheFieldInVietnameseAndNothingIsSaved() {
        long before = Db.number("SELECT COUNT(*) FROM unit");
        try (Browser browser = Browser.loggedInAs("vanphong")) {
            browser.open("/org/unit.xhtml?parent=" + Db.unitId("SYT"));
            browser.type(By.id("unitForm:code"), "BVDK");
            browser.type(By.id("unitForm:population"), "12a");
            browser.click(By.id("unitForm:save"));
            browser.waitForText(By.id("unitForm"), "không phải là số hợp lệ");
            assertThat(browser.pageText()).contains("«12a» không phải là số hợp lệ");
            browser.type(By.id("unitForm:population"), "1.000");
            browser.click(By.id("unitForm:save"));
            browser.waitForText(By.id("unitForm"), "đã được dùng");
            assertThat(browser.pageText()).contains("Mã đơn vị «BVDK» đã được dùng cho đơn vị khác.", "Vui lòng nhập tên đơn vị.");
        }
        assertThat(Db.number("SELECT COUNT(*) FROM unit")).isEqualTo(before);
    }

    @Test
    void aUnitOfficerSeesOnlyTheOwnUnitAndPrintsItsStaffList() throws IOException {
        try (Browser browser = Browser.loggedInAs("canbo.thachha")) {
            assertThat(browser.pageText()).contains("Trung tâm Y tế huyện Thạch Hà");
            browser.open("/org/units.xhtml");
            String tree = browser.waitFor(By.id("unitsForm:units")).getText();
            assertThat(tree).contains("Trung tâm Y tế huyện Thạch Hà").doesNotContain("Bệnh viện Đa khoa tỉnh")
                    .doesNotContain("Sở Y tế Hà Tĩnh").doesNotContain("Cẩm Xuyên");

            long station = Db.unitId("TYT-THA-05");
            browser.open("/org/staff.xhtml?unit=" + station);
            String table = browser.waitFor(By.id("staffForm:staffTable")).getText();
            String someone = Db.text("SELECT MIN(full_name) FROM staff_member WHERE unit_id = ?", station);
            assertThat(table).contains(someone);
            assertThat(table).doesNotContain("Bệnh viện");

            String href = browser.driver().findElement(By.id("staffForm:pdf")).getAttribute("href");
            try (PDDocument pdf = Loader.loadPDF(browser.download(href))) {
                String text = new PDFTextStripper().getText(pdf);
                assertThat(text).contains("DANH SÁCH CÁN BỘ", someone);
            }

            browser.open("/org/staff.xhtml?unit=" + Db.unitId("BVDK"));
            assertThat(browser.pageText()).contains("Không có quyền truy cập (403)");
        }
    }

    @Test
    void theInterfaceSwitchesToEnglish() {
        try (Browser browser = Browser.loggedInAs("admin")) {
            browser.click(By.id("menuForm:languageToggle"));
            browser.waitForText(By.tagName("body"), "Log out");
            assertThat(browser.pageText()).contains("Welcome,");
            browser.click(By.id("menuForm:languageToggle"));
            browser.waitForText(By.tagName("body"), "Đăng xuất");
        }
    }

    @Test
    void theStaffTableCountsAreWrittenTheVietnameseWay() {
        long total = Db.number("SELECT COUNT(*) FROM staff_member");
        assertThat(total).isGreaterThan(999);
        try (Browser browser = Browser.loggedInAs("admin")) {
            browser.open("/org/staff.xhtml");
            String expected = String.format(java.util.Locale.GERMANY, "%,d", total); // dots between thousands, as in Vietnamese
            browser.waitForText(By.cssSelector(".ui-paginator-current"), "/ " + expected);
        }
    }
}
