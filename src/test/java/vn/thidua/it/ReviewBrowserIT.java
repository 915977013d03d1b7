package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.thidua.common.VietnameseNumbers;
import vn.thidua.testsupport.Api;
import vn.thidua.testsupport.AppServer;
import vn.thidua.testsupport.Browser;
import vn.thidua.testsupport.WebSession;

/**
 * A board member scores an assigned report in the browser: the queue, the unit's reported values and self-score beside
 * each criterion, a refusal beside the field with nothing saved, a draft, then the finished scoring; another
 * member's assignment answers 403.
 */
@ExtendWith(AppServer.class)
class ReviewBrowserIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final List<String> REVIEWERS = List.of("chutich", "hoidong", "hoidong2", "hoidong3");

    private final Api office = Api.as("vanphong");
    private final Api member = Api.as("hoidong");

    /** One scored criterion of a report, as the office reads it. */
    private record Criterion(long id, String code, BigDecimal max, BigDecimal self, BigDecimal actual, boolean penalty) {
    }

    @Test
    void aMemberScoresAnAssignedReportFromTheQueue() {
        long round = assignedRound();
        JsonObject first = mine(round).get(0);
        long assignment = first.getJsonNumber("id").longValue();
        long submission = first.getJsonNumber("submissionId").longValue();
        String unitName = first.getString("unitName");
        List<Criterion> criteria = criteria(submission);
        assertThat(criteria).isNotEmpty();

        // the member now reads the report assigned to them (and its evidence), never another one
        assertThat(member.get("/api/submissions/" + submission).status()).as("assigned report").isEqualTo(200);
        long evidence = Db.number("SELECT COALESCE(MIN(id), 0) FROM evidence WHERE submission_id = ? AND removed_at IS NULL", submission);
        if (evidence > 0) {
            assertThat(member.get("/api/submissions/" + submission + "/evidence/" + evidence).status()).isEqualTo(200);
        }
        long notMine = Db.number("SELECT MIN(s.id) FROM submission s WHERE NOT EXISTS (SELECT 1 FROM review_assignment a"
                + " JOIN board_member m ON m.id = a.member_id JOIN account ac ON ac.id = m.account_id"
                + " WHERE a.submission_id = s.id AND ac.username = 'hoidong')");
        assertThat(member.get("/api/submissions/" + notMine).status()).as("a report not assigned").isEqualTo(403);

        try (Browser browser = Browser.loggedInAs("hoidong")) {
            try {
                // the queue, from the menu
                browser.waitFor(By.id("menuForm:menuReview"));
                browser.open("/review/queue.xhtml");
                WebElement row = queueRow(browser, assignment);
                assertThat(row.getText()).contains(unitName, "Đang chấm", "0/" + criteria.size());
                assertThat(browser.pageText()).containsPattern("\\d+/\\d+ báo cáo đã chấm xong");
                row.findElement(By.linkText("Chấm điểm")).click();
                browser.see(By.id("scoringForm:unit"), unitName, "ReviewBrowserIT-see");
                assertThat(browser.driver().getCurrentUrl()).contains("id=" + assignment);
                assertThat(browser.pageText()).contains("1750/KH-SYT", "2025", "Chấm điểm năm 2025", "Đang chấm");

                // what the unit reported and its self-score, criterion by criterion
                for (Criterion c : criteria) {
                    assertThat(text(browser, By.xpath(criterionXpath(c.code()) + "//span[contains(@id, ':selfPoints')]")))
                            .as("self-score of " + c.code()).isEqualTo(VietnameseNumbers.format(c.self()));
                    if (c.actual() != null) {
                        assertThat(text(browser, By.xpath(criterionXpath(c.code()) + "//span[contains(@id, ':actual')]")))
                                .as("reported value of " + c.code()).isEqualTo(VietnameseNumbers.format(c.actual()));
                    }
                }

                // above the maximum: refused beside the field, nothing saved
                Criterion over = criteria.stream().filter(c -> c.max().signum() > 0 && !c.penalty()).findFirst().orElseThrow();
                long versionBefore = version(assignment);
                typeInto(browser, field(over.code(), "points"), VietnameseNumbers.format(over.max().add(BigDecimal.ONE)));
                browser.click(By.id("scoringForm:saveDraft"));
                browser.see(By.id("scoringForm:messages"), "ô cần sửa", "ReviewBrowserIT-see");
                assertThat(text(browser, By.id("scoringForm:messages"))).contains("Có 1 ô cần sửa; chưa lưu gì.");
                assertThat(errorsBeside(browser, over.code(), "points")).startsWith("Điểm phải trong khoảng")
                        .endsWith(VietnameseNumbers.format(over.max()) + ".");
                assertThat(Db.number("SELECT COUNT(*) FROM review_score WHERE assignment_id = ?", assignment)).isZero();
                assertThat(version(assignment)).isEqualTo(versionBefore);

                // every criterion at the unit's own points: a draft first, then finished
                for (Criterion c : criteria) {
                    typeInto(browser, field(c.code(), "points"), VietnameseNumbers.format(c.self()));
                }
                browser.click(By.id("scoringForm:saveDraft"));
                browser.see(By.id("scoringForm:messages"), "Đã lưu nháp điểm chấm.", "ReviewBrowserIT-see");
                assertThat(errorsBeside(browser, over.code(), "points")).isEmpty();
                assertThat(Db.number("SELECT COUNT(*) FROM review_score WHERE assignment_id = ?", assignment)).isEqualTo(criteria.size());
                assertThat(Db.number("SELECT done FROM review_assignment WHERE id = ?", assignment)).isZero();
                browser.click(By.id("scoringForm:finish"));
                browser.see(By.id("scoringForm:messages"), "Đã hoàn thành chấm báo cáo.", "ReviewBrowserIT-see");
                browser.see(By.id("scoringForm:state"), "Đã chấm xong", "ReviewBrowserIT-see");
                assertThat(Db.number("SELECT done FROM review_assignment WHERE id = ?", assignment)).isEqualTo(1);
                for (Criterion c : criteria) {
                    assertThat(new BigDecimal(Db.text("SELECT points FROM review_score WHERE assignment_id = ? AND criterion_id = ?",
                            assignment, c.id()))).as(c.code()).isEqualByComparingTo(c.self());
                }

                // the queue shows it done
                browser.click(By.id("scoringForm:back"));
                WebElement done = queueRow(browser, assignment);
                assertThat(done.getText()).contains("Đã chấm xong", criteria.size() + "/" + criteria.size());
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("ReviewBrowserIT-score");
                throw e;
            }
        }
    }

    @Test
    void anotherMembersAssignmentAnswers403() {
        long round = assignedRound();
        JsonObject other = office.get("/api/review/rounds/" + round + "/assignments").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(a -> !a.getString("username").equals("hoidong")).findFirst().orElseThrow();
        String path = "/review/score.xhtml?id=" + other.getJsonNumber("id").longValue();

        var response = WebSession.login("hoidong").get(path);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain(other.getString("unitName"));
        try (Browser browser = Browser.loggedInAs("hoidong")) {
            browser.open(path);
            browser.see(By.tagName("body"), "Không có quyền truy cập (403)", "ReviewBrowserIT-see");
            assertThat(browser.driver().findElements(By.id("scoringForm:finish"))).isEmpty();
        }
        // the member's own assignment opens, and a signed-out visitor is sent to the login page
        long own = mine(round).get(0).getJsonNumber("id").longValue();
        assertThat(WebSession.login("hoidong").get("/review/score.xhtml?id=" + own).statusCode()).isEqualTo(200);
        var anonymous = WebSession.anonymous().get("/review/queue.xhtml");
        assertThat(anonymous.headers().firstValue("Location").orElse("")).contains("/login.xhtml");
        // a unit officer is not offered the queue
        assertThat(WebSession.login("canbo.bvdk").get("/review/queue.xhtml").statusCode()).isEqualTo(403);
    }

    // ------------------------------------------------------------------ set-up through the API

    /** A fresh board for 1750/KH-SYT 2025 with the chair and three members, and an assigned round of 3 reviewers. */
    private long assignedRound() {
        long plan = Db.number("SELECT id FROM emulation_plan WHERE number_symbol = '1750/KH-SYT'");
        Api.Reply created = office.post("/api/review/boards", Json.createObjectBuilder().add("planId", plan).add("year", 2025)
                .add("level", "DEPARTMENT").add("name", "Hội đồng chấm trên trình duyệt " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime())
                .build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long board = created.json().getJsonNumber("id").longValue();
        for (String username : REVIEWERS) {
            long account = Db.number("SELECT id FROM account WHERE username = ?", username);
            Api.Reply added = office.post("/api/review/boards/" + board + "/members", Json.createObjectBuilder().add("accountId", account)
                    .add("role", username.equals("chutich") ? "CHAIR" : "MEMBER").build().toString());
            assertThat(added.status()).as(added.body()).isEqualTo(200);
        }
        Api.Reply round = office.post("/api/review/boards/" + board + "/rounds", Json.createObjectBuilder()
                .add("name", "Chấm điểm năm 2025").add("reviewersPerSubmission", 3).add("aggregation", "MEAN").build().toString());
        assertThat(round.status()).as(round.body()).isEqualTo(201);
        long id = round.json().getJsonNumber("id").longValue();
        Api.Reply assigned = office.post("/api/review/rounds/" + id + "/assign", "");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(mine(id)).isNotEmpty();
        return id;
    }

    private List<JsonObject> mine(long round) {
        return member.get("/api/review/queue").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonNumber("roundId").longValue() == round).toList();
    }

    private List<Criterion> criteria(long submission) {
        List<Criterion> out = new ArrayList<>();
        for (JsonObject c : office.get("/api/submissions/" + submission).json().getJsonArray("criteria").getValuesAs(JsonObject.class)) {
            if (!c.getBoolean("group")) {
                out.add(new Criterion(c.getJsonNumber("criterionId").longValue(), c.getString("code"), c.getJsonNumber("maxPoints").bigDecimalValue(),
                        c.getJsonNumber("points").bigDecimalValue(), c.containsKey("actual") ? c.getJsonNumber("actual").bigDecimalValue() : null,
                        c.getString("kind").equals("PENALTY")));
            }
        }
        return out;
    }

    private static long version(long assignment) {
        return Db.number("SELECT version FROM review_assignment WHERE id = ?", assignment);
    }

    // ------------------------------------------------------------------ page helpers

    /** The queue's row of an assignment, by the address of its link. */
    private static WebElement queueRow(Browser browser, long assignment) {
        browser.waitFor(By.id("queueForm:rows"));
        String end = "id=" + assignment;
        return browser.waitFor(By.xpath("//tbody[@id='queueForm:rows_data']/tr[.//a[substring(@href, string-length(@href) - "
                + (end.length() - 1) + ") = '" + end + "']]"));
    }

    private static String criterionXpath(String code) {
        return "//div[contains(concat(' ', normalize-space(@class), ' '), ' criterion ')]"
                + "[.//div[@class='criterion-title']/strong[starts-with(normalize-space(.), '" + code + ". ')]]";
    }

    private static By field(String code, String name) {
        return By.xpath(criterionXpath(code) + "//input[substring(@id, string-length(@id) - " + name.length() + ") = ':" + name + "']");
    }

    private static String errorsBeside(Browser browser, String code, String name) {
        WebElement input = browser.waitFor(field(code, name));
        StringBuilder text = new StringBuilder();
        for (WebElement next : input.findElements(By.xpath("following-sibling::*"))) {
            if (!"span".equals(next.getTagName()) || !"field-error".equals(next.getAttribute("class"))) {
                break;
            }
            text.append(next.getText());
        }
        return text.toString().strip();
    }

    private static void typeInto(Browser browser, By by, String value) {
        WebElement input = browser.waitFor(by);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
        browser.awaitAjax();
    }

    private static String text(Browser browser, By by) {
        return browser.driver().findElement(by).getText().strip();
    }



}
