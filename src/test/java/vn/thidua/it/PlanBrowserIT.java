package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import vn.thidua.testsupport.AppServer;
import vn.thidua.testsupport.Browser;

/** The emulation office enters a plan and pastes its indicator table, as copied from the plan's Word file. */
@ExtendWith(AppServer.class)
class PlanBrowserIT {

    @Test
    void theSecretariatPastesTheSeedTableSeesThePreviewAndFindsTheTwelveIndicatorsOnThePlan() throws IOException {
        try (Browser browser = Browser.loggedInAs("vanphong")) {
            browser.open("/plan/plan.xhtml");
            browser.type(By.id("tabs:planForm:numberSymbol"), "17/KH-SYT-THU");
            browser.type(By.id("tabs:planForm:issuingBody"), "Sở Y tế Hà Tĩnh");
            browser.type(By.id("tabs:planForm:title"), "Kế hoạch thử nghiệm nhập chỉ tiêu giai đoạn 2021 - 2025");
            browser.waitFor(By.id("tabs:planForm:startYear_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "2021");
            browser.waitFor(By.id("tabs:planForm:endYear_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "2025");
            browser.click(By.id("tabs:planForm:save"));
            browser.waitForText(By.id("planStatus"), "Dự thảo");
            long plan = Db.number("SELECT id FROM emulation_plan WHERE number_symbol = '17/KH-SYT-THU'");

            browser.open("/plan/indicator-import.xhtml?plan=" + plan);
            var textarea = browser.waitFor(By.id("importForm:text"));
            // a textarea takes Tab as focus change when typed, so the pasted text is set as the clipboard would
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", textarea, seed004());
            browser.click(By.id("importForm:readPasted"));
            browser.waitFor(By.id("summary"));

            String preview = browser.pageText();
            assertThat(preview).contains("Xem trước: 12 dòng, 0 lỗi", "Chưa có gì được lưu",
                    "≥ 11,5", "≥ 28", "< 6,1", "< 8,6", "< 14", "< 111", "≥ 74", "Số bác sỹ/10.000 dân", "Càng thấp càng tốt");
            assertThat(Db.number("SELECT COUNT(*) FROM indicator WHERE plan_id = ?", plan)).isZero();

            browser.click(By.id("importForm:confirm"));
            browser.waitFor(By.id("tabs:indicatorsForm:indicators"));
            assertThat(browser.pageText()).contains("Đã nhập: 12 mới, 0 cập nhật.");
            assertThat(browser.driver().findElements(By.cssSelector("[id='tabs:indicatorsForm:indicators_data'] > tr"))).hasSize(12);
            assertThat(browser.pageText()).contains("Tỷ suất tử vong trẻ em dưới 1 tuổi", "2025: < 6,1", "2025: ≥ 11,5");
            assertThat(Db.number("SELECT COUNT(*) FROM indicator WHERE plan_id = ?", plan)).isEqualTo(12);
            assertThat(Db.text("SELECT CONCAT(t.comparison, ' ', t.target_value) FROM indicator_target t JOIN indicator i "
                    + "ON i.id = t.indicator_id WHERE i.plan_id = ? AND i.code = '7'", plan)).isEqualTo("LT 6.1000");
        }
    }

    @Test
    void aBadCellIsMarkedFixedInThePreviewAndThenImported() throws IOException {
        try (Browser browser = Browser.loggedInAs("vanphong")) {
            long plan = Db.number("SELECT id FROM emulation_plan WHERE number_symbol = '1750/KH-SYT'");
            browser.open("/plan/indicator-import.xhtml?plan=" + plan);
            var textarea = browser.waitFor(By.id("importForm:text"));
            String table = "TT\tChỉ tiêu\tĐơn vị tính\tMục tiêu đến năm 2025\n"
                    + "13\tTỷ lệ hộ gia đình có nhà tiêu hợp vệ sinh\t%\tkhoảng chín mươi\n";
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", textarea, table);
            browser.click(By.id("importForm:readPasted"));
            browser.waitFor(By.id("summary"));
            assertThat(browser.pageText()).contains("1 lỗi", "khoảng chín mươi");
            assertThat(browser.driver().findElement(By.id("importForm:confirm")).getAttribute("disabled")).isNotNull();

            var cells = browser.driver().findElements(By.cssSelector("input[id$=':cell']"));
            assertThat(cells).hasSize(4);
            cells.get(3).clear();
            cells.get(3).sendKeys("≥ 90");
            browser.click(By.id("importForm:recheck"));
            browser.waitForText(By.id("summary"), "0 lỗi");
            browser.click(By.id("importForm:confirm"));
            browser.waitFor(By.id("tabs:indicatorsForm:indicators"));
            assertThat(Db.text("SELECT CONCAT(t.comparison, ' ', t.target_value) FROM indicator_target t JOIN indicator i "
                    + "ON i.id = t.indicator_id WHERE i.plan_id = ? AND i.code = '13'", plan)).isEqualTo("GE 90.0000");
            assertThat(Db.number("SELECT COUNT(*) FROM indicator WHERE plan_id = ?", plan)).isEqualTo(13);
        }
    }

    @Test
    void theSecretariatChangesAnIndicatorsTargetsByHand() {
        long plan = Db.number("SELECT id FROM emulation_plan WHERE number_symbol = '1750/KH-SYT'");
        long doctors = Db.number("SELECT id FROM indicator WHERE plan_id = ? AND code = '1'", plan);
        try (Browser browser = Browser.loggedInAs("vanphong")) {
            browser.open("/plan/indicator.xhtml?plan=" + plan + "&id=" + doctors);
            assertThat(browser.waitFor(By.id("indicatorForm:targetRows:0:value")).getAttribute("value")).isEqualTo("11,5");

            browser.click(By.id("indicatorForm:addTarget"));
            browser.waitFor(By.id("indicatorForm:targetRows:1:value"));
            browser.waitFor(By.id("indicatorForm:targetRows:1:year_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "2024");
            browser.type(By.id("indicatorForm:targetRows:1:value"), "abc");
            browser.click(By.id("indicatorForm:save"));
            browser.waitFor(By.id("indicatorForm:name"));
            assertThat(browser.pageText()).contains("abc");
            assertThat(Db.number("SELECT COUNT(*) FROM indicator_target WHERE indicator_id = ?", doctors)).isEqualTo(1);

            browser.type(By.id("indicatorForm:targetRows:1:value"), "10,8");
            browser.click(By.id("indicatorForm:save"));
            browser.waitFor(By.id("tabs:indicatorsForm:indicators"));
            assertThat(browser.pageText()).contains("2024: ≥ 10,8", "2025: ≥ 11,5");
            assertThat(new java.math.BigDecimal(Db.text(
                    "SELECT target_value FROM indicator_target WHERE indicator_id = ? AND target_year = 2024", doctors)))
                    .isEqualByComparingTo("10.8");
        }
    }

    private static String seed004() throws IOException {
        try (InputStream in = PlanBrowserIT.class.getResourceAsStream("/seeds/indicators-004.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
