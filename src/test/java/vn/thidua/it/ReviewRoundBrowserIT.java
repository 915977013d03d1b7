package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.thidua.common.VietnameseNumbers;
import vn.thidua.testsupport.Api;
import vn.thidua.testsupport.AppServer;
import vn.thidua.testsupport.Browser;
import vn.thidua.testsupport.WebSession;

/**
 * A scoring round in the browser: the office assigns the reviewers, the chair locks and publishes, an anonymous visitor
 * reads the public ranking (the same as the API's), and the office drills down from a unit to each reviewer's points.
 */
@ExtendWith(AppServer.class)
class ReviewRoundBrowserIT {


    private final Api office = Api.as("vanphong");

    @Test
    void theOfficeAssignsTheChairLocksAndPublishesAndThePublicReadsTheRanking() {
        long round = ReviewFixtures.round(ReviewFixtures.board("Hội đồng vòng chấm trên trình duyệt"), 2);
        String roundPage = "/review/round.xhtml?id=" + round;

        // ---- the office assigns the reviewers from the round page
        try (Browser browser = Browser.loggedInAs("vanphong")) {
            try {
                browser.open(roundPage);
                browser.see(By.id("roundForm:status"), "Đang chấm", "ReviewRoundBrowserIT-see");
                assertThat(browser.driver().findElements(By.cssSelector("tbody[id='roundForm:assignments_data'] tr[data-ri]"))).isEmpty();
                browser.click(By.id("roundForm:assign"));
                browser.see(By.id("roundForm:messages"), "Đã phân công thêm", "ReviewRoundBrowserIT-see");
                browser.awaitAjax();
                long assigned = Db.number("SELECT COUNT(*) FROM review_assignment WHERE round_id = ?", round);
                assertThat(assigned).isPositive();
                List<JsonObject> api = office.get("/api/review/rounds/" + round + "/assignments").jsonArray().getValuesAs(JsonObject.class);
                assertThat((long) api.size()).as("the API lists what the database holds").isEqualTo(assigned);
                assertThat(browser.driver().findElement(By.id("roundForm:messages")).getText())
                        .contains("Đã phân công thêm " + assigned + " lượt chấm");
                List<WebElement> rows = browser.driver().findElements(By.cssSelector("tbody[id='roundForm:assignments_data'] tr[data-ri]"));
                assertThat(rows).hasSize((int) Math.min(assigned, 30));
                assertThat(rows.get(0).getText()).contains("Đang chấm");
                assertThat(browser.driver().findElement(By.id("roundForm:progress")).getText()).isEqualTo("0/" + assigned + " lượt chấm đã xong");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("ReviewRoundBrowserIT-assign");
                throw e;
            }
        }

        // ---- every reviewer finishes at the units' own points
        ReviewFixtures.finishAllAtSelfScore(round);

        // ---- the chair locks, then publishes
        String publicHref;
        try (Browser browser = Browser.loggedInAs("chutich")) {
            try {
                browser.open(roundPage);
                browser.see(By.id("roundForm:status"), "Đang chấm", "ReviewRoundBrowserIT-see");
                assertThat(browser.driver().findElements(By.id("roundForm:publish"))).isEmpty();
                browser.click(By.id("roundForm:lock"));
                browser.see(By.id("roundForm:status"), "Đã khóa", "ReviewRoundBrowserIT-see");
                browser.see(By.id("roundForm:messages"), "Đã khóa vòng chấm.", "ReviewRoundBrowserIT-see");
                assertThat(Db.text("SELECT status FROM review_round WHERE id = ?", round)).isEqualTo("LOCKED");
                assertThat(browser.driver().findElements(By.id("roundForm:lock"))).isEmpty();
                assertThat(browser.driver().findElements(By.id("roundForm:reopen"))).isNotEmpty();

                browser.click(By.id("roundForm:publish"));
                browser.see(By.id("roundForm:status"), "Đã công bố", "ReviewRoundBrowserIT-see");
                browser.see(By.id("roundForm:messages"), "Đã công bố kết quả.", "ReviewRoundBrowserIT-see");
                assertThat(Db.text("SELECT status FROM review_round WHERE id = ?", round)).isEqualTo("PUBLISHED");
                WebElement link = browser.waitFor(By.id("roundForm:publicLink"));
                assertThat(link.getText()).isEqualTo("Trang công khai");
                publicHref = link.getAttribute("href");
                assertThat(publicHref).endsWith("/public/results.xhtml?round=" + round);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("ReviewRoundBrowserIT-publish");
                throw e;
            }
        }

        // ---- an anonymous visitor reads the public ranking, the same as the API's
        List<JsonObject> blocks = office.get("/api/review/rounds/" + round + "/results").jsonArray().getValuesAs(JsonObject.class);
        assertThat(blocks).isNotEmpty();
        List<JsonObject> firstUnits = blocks.get(0).getJsonArray("units").getValuesAs(JsonObject.class);
        assertThat(firstUnits).isNotEmpty();
        try (Browser browser = new Browser()) {
            try {
                browser.open(publicHref.substring(publicHref.indexOf("/public/")));
                browser.see(By.tagName("body"), "Công khai kết quả thi đua", "ReviewRoundBrowserIT-see");
                assertThat(browser.driver().findElements(By.id("loginForm:username"))).as("no login asked").isEmpty();
                String page = browser.pageText();
                for (JsonObject block : blocks) {
                    assertThat(page).contains(block.getString("block"));
                }
                List<WebElement> tables = browser.driver().findElements(By.cssSelector("div.ui-datatable[id$='ranking']"));
                assertThat(tables).hasSize(blocks.size());
                assertThat(rankingRows(tables.get(0))).containsExactlyElementsOf(expected(firstUnits));
                assertThat(tables.get(0).findElements(By.cssSelector("a[id$=':drill']"))).as("no drill-down in public").isEmpty();
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("ReviewRoundBrowserIT-public");
                throw e;
            }
        }

        // ---- the office drills down from a unit to each reviewer's points
        JsonObject unit = firstUnits.get(0);
        long submission = unit.getJsonNumber("submissionId").longValue();
        List<String> reviewers = office.get("/api/review/rounds/" + round + "/assignments").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonNumber("submissionId").longValue() == submission).map(a -> a.getString("username")).toList();
        assertThat(reviewers).hasSize(2);
        try (Browser browser = Browser.loggedInAs("vanphong")) {
            try {
                browser.open(roundPage);
                browser.see(By.id("roundForm:status"), "Đã công bố", "ReviewRoundBrowserIT-see");
                WebElement firstTable = browser.waitFor(By.cssSelector("div.ui-datatable[id$=':ranking']"));
                assertThat(rankingRows(firstTable)).containsExactlyElementsOf(expected(firstUnits));
                assertThat(browser.driver().findElements(By.cssSelector("div[id*='detailRows']"))).isEmpty();
                WebElement drill = firstTable.findElement(By.cssSelector("tbody tr[data-ri='0'] a[id$=':drill']"));
                assertThat(drill.getText()).isEqualTo(unit.getString("unitName"));
                drill.click();
                browser.waitFor(By.cssSelector("div[id*='detailRows']"));
                browser.awaitAjax();
                assertThat(browser.pageText()).contains("Điểm từng tiêu chí");
                List<WebElement> details = browser.driver().findElements(By.cssSelector("tbody[id*='detailRows'] tr[data-ri]"));
                assertThat(details).isNotEmpty();
                for (WebElement row : details) {
                    assertThat(row.getText()).contains(reviewers);
                    assertThat(row.getText()).doesNotContain("*");
                }
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("ReviewRoundBrowserIT-drill");
                throw e;
            }
        }
    }

    @Test
    void anUnpublishedRoundIsNotPublicAndAMemberIsNotOfferedTheLock() {
        long round = ReviewFixtures.round(ReviewFixtures.board("Hội đồng vòng chấm trên trình duyệt"), 2);
        assertThat(office.post("/api/review/rounds/" + round + "/assign", "").status()).isEqualTo(200);
        assertThat(WebSession.anonymous().get("/public/results.xhtml?round=" + round).statusCode()).as("not published").isEqualTo(404);
        assertThat(WebSession.login("chutich").get("/review/round.xhtml?id=" + round).body()).as("the chair's page").contains("roundForm:lock");

        try (Browser browser = Browser.loggedInAs("hoidong")) {
            try {
                browser.open("/review/round.xhtml?id=" + round);
                browser.see(By.id("roundForm:status"), "Đang chấm", "ReviewRoundBrowserIT-see");
                assertThat(browser.driver().findElements(By.id("roundForm:lock"))).isEmpty();
                assertThat(browser.driver().findElements(By.id("roundForm:publish"))).isEmpty();
                assertThat(browser.driver().findElements(By.id("roundForm:assign"))).isEmpty();
                assertThat(browser.driver().findElements(By.id("roundForm:reopen"))).isEmpty();
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("ReviewRoundBrowserIT-member");
                throw e;
            }
        }
    }

    // ------------------------------------------------------------------ the ranking tables

    /** "unit name | total" for each row of a ranking table, top down. */
    private static List<String> rankingRows(WebElement table) {
        List<String> out = new ArrayList<>();
        for (WebElement row : table.findElements(By.cssSelector("tbody[id$='ranking_data'] > tr[data-ri]"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            out.add(cells.get(1).getText().strip() + " | " + row.findElement(By.cssSelector("span[id$=':total']")).getText().strip());
        }
        return out;
    }

    private static List<String> expected(List<JsonObject> units) {
        return units.stream().map(u -> u.getString("unitName") + " | " + VietnameseNumbers.format(u.getJsonNumber("total").bigDecimalValue()))
                .toList();
    }

    // ------------------------------------------------------------------ set-up through the API

    // ------------------------------------------------------------------ page helpers



}
