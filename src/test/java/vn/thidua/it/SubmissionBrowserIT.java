package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.thidua.testsupport.Api;
import vn.thidua.testsupport.AppServer;
import vn.thidua.testsupport.Browser;
import vn.thidua.testsupport.WebSession;

/**
 * A unit's yearly report in the browser: the officer fills it in and attaches evidence, the head signs it off, the
 * emulation office returns it with a reason, the unit corrects and resubmits; the completeness dashboard follows.
 */
@ExtendWith(AppServer.class)
class SubmissionBrowserIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String BVDK_NAME = "Bệnh viện Đa khoa tỉnh Hà Tĩnh";
    private static final String HUNDRED = "100";

    private final Api office = Api.as("vanphong");

    /** A fresh issued plan with a framework of three templates and blocks for the current year. */
    private record Setup(long plan, String number, int year, JsonObject smokeFree, JsonObject survey, JsonObject penalty,
                         int expectedUnits) {
    }

    @Test
    void aReportIsFilledSubmittedReturnedCorrectedAndResubmitted() throws IOException {
        Setup s = issuedPlan();
        long bvdk = Db.unitId("BVDK");
        long surveyed = 1234;
        long satisfied = 1100;
        long tooMany = surveyed + 66;
        long satisfiedLater = 1150;
        BigDecimal checklistPoints = checklistAllYes(s.smokeFree());
        BigDecimal firstScore = checklistPoints.add(surveyPoints(s.survey(), surveyed, satisfied));
        BigDecimal secondScore = checklistPoints.add(surveyPoints(s.survey(), surveyed, satisfiedLater));
        assertThat(secondScore).isNotEqualByComparingTo(firstScore);
        String smokeCode = s.smokeFree().getString("code");
        String surveyCode = s.survey().getString("code");
        String penaltyCode = s.penalty().getString("code");
        long submission;

        // ---- the officer starts the report and fills it in
        try (Browser browser = Browser.loggedInAs("canbo.bvdk")) {
            browser.open("/submission/submissions.xhtml?plan=" + s.plan() + "&year=" + s.year());
            WebElement row = rowOf(browser, "submissionsForm:rows", BVDK_NAME);
            WebElement start = row.findElement(By.cssSelector("button[id$=':open']"));
            assertThat(start.getText()).isEqualTo("Bắt đầu báo cáo");
            assertThat(row.getText()).contains("Chưa bắt đầu");
            start.click();
            browser.see(By.id("submissionForm:status"), "Đang soạn", "SubmissionBrowserIT-see");
            submission = Db.number("SELECT id FROM submission WHERE plan_id = ? AND unit_id = ? AND report_year = ?",
                    s.plan(), bvdk, s.year());
            assertThat(browser.driver().getCurrentUrl()).contains("id=" + submission);
            assertThat(browser.pageText()).contains(s.number(), "31/12/" + s.year());
            assertThat(text(browser, By.id("submissionForm:total"))).isEqualTo("0");
            long versionBefore = Db.number("SELECT version FROM submission WHERE id = ?", submission);

            // every checklist item "Có": the live self-score becomes the items' points
            List<WebElement> yesLabels = browser.driver().findElements(
                    By.xpath(criterionXpath(smokeCode) + "//label[substring(@for, string-length(@for) - 6) = ':item:0']"));
            assertThat(yesLabels).hasSize(s.smokeFree().getJsonArray("items").size());
            for (int i = 0; i < yesLabels.size(); i++) {
                browser.driver().findElements(
                        By.xpath(criterionXpath(smokeCode) + "//label[substring(@for, string-length(@for) - 6) = ':item:0']")).get(i).click();
                browser.awaitAjax();
            }
            awaitText(browser, By.id("submissionForm:total"), vn(checklistPoints));

            // the survey, typed the Vietnamese way: the total adds the survey's points
            typeInto(browser, field(surveyCode, "surveyed"), "1.234");
            typeInto(browser, field(surveyCode, "satisfied"), "1.100");
            typeInto(browser, field(penaltyCode, "violations"), "0");
            awaitText(browser, By.id("submissionForm:total"), vn(firstScore));
            assertThat(text(browser, By.xpath(criterionXpath(surveyCode) + "//span[contains(@id, ':points')]")))
                    .isEqualTo(vn(surveyPoints(s.survey(), surveyed, satisfied)));
            assertThat(text(browser, By.xpath(criterionXpath(penaltyCode) + "//span[contains(@id, ':points')]"))).isEqualTo("0");

            // more satisfied than surveyed: the survey no longer scores, and saving is refused beside the field
            typeInto(browser, field(surveyCode, "satisfied"), String.valueOf(tooMany));
            awaitText(browser, By.id("submissionForm:total"), vn(checklistPoints));
            browser.click(By.id("submissionForm:save"));
            browser.see(By.id("submissionForm:messages"), "ô cần sửa", "SubmissionBrowserIT-see");
            assertThat(browser.driver().findElement(By.id("submissionForm:messages")).getText())
                    .contains("Có 1 ô cần sửa", "chưa lưu gì");
            assertThat(errorsBeside(browser, surveyCode, "satisfied"))
                    .isEqualTo("Số hài lòng (" + tooMany + ") không được lớn hơn số được khảo sát (" + surveyed + ").");
            assertThat(errorsBeside(browser, surveyCode, "surveyed")).isEmpty();
            assertThat(browser.waitFor(field(surveyCode, "satisfied")).getAttribute("value")).isEqualTo(vn(BigDecimal.valueOf(tooMany)));
            assertThat(Db.number("SELECT COUNT(*) FROM submission_answer WHERE submission_id = ?", submission)).isZero();
            assertThat(Db.text("SELECT self_score FROM submission WHERE id = ?", submission)).isNull();
            assertThat(Db.number("SELECT version FROM submission WHERE id = ?", submission)).isEqualTo(versionBefore);

            // a count that is not a number is refused beside its field as well
            typeInto(browser, field(penaltyCode, "violations"), "1a");
            browser.click(By.id("submissionForm:save"));
            browser.awaitAjax();
            assertThat(errorsBeside(browser, penaltyCode, "violations")).isEqualTo("«1a» không phải là số hợp lệ (ví dụ: 8,25 hoặc 1.248.643).");
            assertThat(browser.waitFor(field(penaltyCode, "violations")).getAttribute("value")).isEqualTo("1a");
            assertThat(Db.number("SELECT COUNT(*) FROM submission_answer WHERE submission_id = ?", submission)).isZero();
            assertThat(Db.number("SELECT version FROM submission WHERE id = ?", submission)).isEqualTo(versionBefore);

            // corrected; evidence attached to each criterion that requires it
            typeInto(browser, field(penaltyCode, "violations"), "0");
            typeInto(browser, field(surveyCode, "satisfied"), "1.100");
            awaitText(browser, By.id("submissionForm:total"), vn(firstScore));
            Path pdf = smallPdf("bien-ban-kiem-tra-khong-khoi-thuoc-" + submission + ".pdf");
            List<JsonObject> needEvidence = List.of(s.smokeFree(), s.survey(), s.penalty()).stream()
                    .filter(c -> c.getBoolean("evidenceRequired")).toList();
            assertThat(needEvidence).contains(s.smokeFree());
            for (JsonObject criterion : needEvidence) {
                attach(browser, criterion.getString("code"), pdf);
            }
            assertThat(Db.number("SELECT COUNT(*) FROM evidence WHERE submission_id = ? AND removed_at IS NULL", submission))
                    .isEqualTo(needEvidence.size());
            assertThat(Db.number("SELECT COUNT(*) FROM evidence WHERE submission_id = ? AND criterion_id = ? AND removed_at IS NULL",
                    submission, id(s.smokeFree()))).isEqualTo(1);
            assertThat(Db.text("SELECT original_name FROM evidence WHERE submission_id = ? AND criterion_id = ?",
                    submission, id(s.smokeFree()))).isEqualTo(pdf.getFileName().toString());
            // the link beside the criterion serves the file uploaded
            String href = browser.driver().findElement(By.xpath(criterionXpath(smokeCode) + "//span[@class='evidence-file']/a"))
                    .getAttribute("href");
            assertThat(browser.download(href)).isEqualTo(java.nio.file.Files.readAllBytes(pdf));
            // the form keeps what was typed while files are attached
            assertThat(browser.waitFor(field(surveyCode, "surveyed")).getAttribute("value")).isEqualTo("1.234");
            assertThat(browser.waitFor(field(surveyCode, "satisfied")).getAttribute("value")).isEqualTo("1.100");

            browser.click(By.id("submissionForm:save"));
            browser.see(By.id("submissionForm:messages"), "Đã lưu nháp.", "SubmissionBrowserIT-see");
            assertThat(errorsBeside(browser, surveyCode, "satisfied")).isEmpty();
            assertThat(errorsBeside(browser, penaltyCode, "violations")).isEmpty();
            awaitText(browser, By.id("submissionForm:total"), vn(firstScore));
            assertThat(Db.text("SELECT checklist FROM submission_answer WHERE submission_id = ? AND criterion_id = ?",
                    submission, id(s.smokeFree()))).isEqualTo("Y".repeat(s.smokeFree().getJsonArray("items").size()));
            assertThat(Db.text("SELECT CONCAT(surveyed, '/', satisfied) FROM submission_answer WHERE submission_id = ? AND criterion_id = ?",
                    submission, id(s.survey()))).isEqualTo(surveyed + "/" + satisfied);
            assertThat(Db.number("SELECT violations FROM submission_answer WHERE submission_id = ? AND criterion_id = ?",
                    submission, id(s.penalty()))).isZero();
            assertThat(new BigDecimal(Db.text("SELECT self_score FROM submission WHERE id = ?", submission))).isEqualByComparingTo(firstScore);
            assertThat(Db.text("SELECT status FROM submission WHERE id = ?", submission)).isEqualTo("DRAFT");

            // an officer prepares; only the head signs off
            assertThat(browser.driver().findElements(By.id("submissionForm:save"))).hasSize(1);
            assertThat(browser.driver().findElements(By.id("submissionForm:submit"))).isEmpty();
            assertThat(browser.driver().findElements(By.id("submissionForm:return"))).isEmpty();
            assertThat(browser.pageText()).doesNotContain("Ký duyệt và nộp");
        }

        // ---- the head signs it off
        submitAsHead(submission).close();
        assertThat(Db.text("SELECT status FROM submission WHERE id = ?", submission)).isEqualTo("SUBMITTED");
        assertThat(Db.number("SELECT versions_submitted FROM submission WHERE id = ?", submission)).isEqualTo(1);
        assertThat(Db.number("SELECT days_late FROM submission WHERE id = ?", submission)).isZero();

        // ---- the office sees it on time, then returns it with a reason
        String reason = "Thiếu biên bản kiểm tra của Ban chỉ đạo phòng chống tác hại thuốc lá (" + s.number() + ")";
        try (Browser browser = Browser.loggedInAs("vanphong")) {
            openDashboard(browser, s);
            assertThat(count(browser, "expected")).isEqualTo(s.expectedUnits());
            assertThat(count(browser, "count-ON_TIME")).isEqualTo(1);
            assertThat(count(browser, "count-RETURNED")).isZero();
            assertThat(count(browser, "count-NOT_STARTED")).isEqualTo(s.expectedUnits() - 1);
            WebElement row = rowOf(browser, "dashboardForm:units", BVDK_NAME);
            assertThat(row.getText()).contains("Đúng hạn", vn(firstScore));
            row.findElement(By.linkText("Mở")).click();

            browser.see(By.id("submissionForm:status"), "Đã nộp", "SubmissionBrowserIT-see");
            assertThat(browser.driver().findElements(By.id("submissionForm:save"))).isEmpty();
            browser.type(By.id("submissionForm:reason"), reason);
            browser.click(By.id("submissionForm:return"));
            browser.see(By.id("submissionForm:status"), "Trả lại để sửa", "SubmissionBrowserIT-see");
            assertThat(browser.pageText()).contains("Đã trả lại báo cáo cho đơn vị.");
            assertThat(Db.text("SELECT status FROM submission WHERE id = ?", submission)).isEqualTo("RETURNED");
            assertThat(Db.text("SELECT return_reason FROM submission WHERE id = ?", submission)).isEqualTo(reason);

            openDashboard(browser, s);
            assertThat(count(browser, "count-RETURNED")).isEqualTo(1);
            assertThat(count(browser, "count-ON_TIME")).isZero();
            assertThat(count(browser, "expected")).isEqualTo(s.expectedUnits());
            assertThat(rowOf(browser, "dashboardForm:units", BVDK_NAME).getText()).contains("Bị trả lại");
        }

        // ---- the officer reads the reason (from the notification), corrects a figure and saves
        try (Browser browser = Browser.loggedInAs("canbo.bvdk")) {
            browser.open("/account/notifications.xhtml");
            WebElement notice = browser.waitFor(By.xpath("//table//a[contains(., '" + s.number() + "') and contains(., 'trả lại')]"));
            assertThat(notice.getText()).contains("Lý do: " + reason);
            notice.click();
            browser.see(By.id("submissionForm:status"), "Trả lại để sửa", "SubmissionBrowserIT-see");
            assertThat(browser.driver().getCurrentUrl()).contains("id=" + submission);
            assertThat(text(browser, By.id("submissionForm:returnReason"))).contains("Báo cáo bị trả lại để sửa:", reason);

            typeInto(browser, field(surveyCode, "satisfied"), "1.150");
            awaitText(browser, By.id("submissionForm:total"), vn(secondScore));
            browser.click(By.id("submissionForm:save"));
            browser.see(By.id("submissionForm:messages"), "Đã lưu nháp.", "SubmissionBrowserIT-see");
            assertThat(browser.driver().findElements(By.id("submissionForm:submit"))).isEmpty();
            assertThat(Db.number("SELECT satisfied FROM submission_answer WHERE submission_id = ? AND criterion_id = ?",
                    submission, id(s.survey()))).isEqualTo(satisfiedLater);
            assertThat(Db.text("SELECT status FROM submission WHERE id = ?", submission)).isEqualTo("RETURNED");
        }

        // ---- the head submits again: two submissions in the history and two versions
        try (Browser browser = submitAsHead(submission)) {
            browser.click(By.linkText("Lịch sử và các lần nộp"));
            browser.waitFor(By.id("submissionForm:tabs:history"));
            List<String> events = rowsOf(browser, "submissionForm:tabs:history");
            assertThat(events.stream().filter(e -> e.contains("Ký duyệt và nộp"))).hasSize(2)
                    .allMatch(e -> e.contains("truong.bvdk"));
            assertThat(events.stream().filter(e -> e.contains("Trả lại để sửa") && e.contains("vanphong"))).singleElement()
                    .asString().contains(reason);
            List<String> versions = rowsOf(browser, "submissionForm:tabs:versions");
            assertThat(versions).hasSize(2);
            assertThat(versions.get(0)).startsWith("1 ").contains("truong.bvdk", vn(firstScore));
            assertThat(versions.get(1)).startsWith("2 ").contains("truong.bvdk", vn(secondScore));
        }
        assertThat(Db.text("SELECT status FROM submission WHERE id = ?", submission)).isEqualTo("SUBMITTED");
        assertThat(Db.number("SELECT versions_submitted FROM submission WHERE id = ?", submission)).isEqualTo(2);
        assertThat(new BigDecimal(Db.text("SELECT self_score FROM submission WHERE id = ?", submission))).isEqualByComparingTo(secondScore);
        assertThat(Db.texts("SELECT CONCAT(version_no, ' ', submitted_by, ' ', days_late, ' ', self_score) FROM submission_version "
                + "WHERE submission_id = ? ORDER BY version_no", submission))
                .containsExactly("1 truong.bvdk 0 " + firstScore.setScale(2, RoundingMode.HALF_UP).toPlainString(),
                        "2 truong.bvdk 0 " + secondScore.setScale(2, RoundingMode.HALF_UP).toPlainString());
        assertThat(Db.texts("SELECT CONCAT(action, ' ', COALESCE(from_status, '-'), ' ', to_status, ' ', actor) FROM submission_event "
                + "WHERE submission_id = ? ORDER BY occurred_at, id", submission))
                .containsExactly("EDIT - DRAFT canbo.bvdk", "SUBMIT DRAFT SUBMITTED truong.bvdk",
                        "RETURN SUBMITTED RETURNED vanphong", "SUBMIT RETURNED SUBMITTED truong.bvdk");
        assertThat(Db.text("SELECT note FROM submission_event WHERE submission_id = ? AND action = 'RETURN'", submission)).isEqualTo(reason);

        // ---- the dashboard counts it on time again
        try (Browser browser = Browser.loggedInAs("vanphong")) {
            openDashboard(browser, s);
            assertThat(count(browser, "count-ON_TIME")).isEqualTo(1);
            assertThat(count(browser, "count-RETURNED")).isZero();
            assertThat(count(browser, "count-NOT_STARTED")).isEqualTo(s.expectedUnits() - 1);
            assertThat(rowOf(browser, "dashboardForm:units", BVDK_NAME).getText()).contains("Đúng hạn", vn(secondScore));
        }
    }

    @Test
    void anOfficerOfAnotherUnitGetsThe403PageForTheReport() {
        Setup s = issuedPlan();
        Api.Reply opened = Api.as("canbo.bvdk").post("/api/submissions",
                "{\"planId\":%d,\"unitId\":%d,\"year\":%d}".formatted(s.plan(), Db.unitId("BVDK"), s.year()));
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        long submission = opened.json().getJsonNumber("id").longValue();
        String path = "/submission/submission.xhtml?id=" + submission;

        var response = WebSession.login("canbo.thachha").get(path);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain(s.number());
        try (Browser browser = Browser.loggedInAs("canbo.thachha")) {
            browser.open(path);
            browser.see(By.tagName("body"), "Không có quyền truy cập (403)", "SubmissionBrowserIT-see");
            assertThat(browser.driver().findElements(By.id("submissionForm:save"))).isEmpty();
            assertThat(browser.pageText()).doesNotContain(s.number()).doesNotContain(BVDK_NAME);
        }
        // the unit's own officer opens the same address
        try (Browser browser = Browser.loggedInAs("canbo.bvdk")) {
            browser.open(path);
            browser.see(By.id("submissionForm:status"), "Đang soạn", "SubmissionBrowserIT-see");
            assertThat(browser.pageText()).contains(s.number()).doesNotContain("403");
        }
    }

    @Test
    void theUnitOfficerIsNotOfferedTheDashboard() {
        Setup s = issuedPlan();
        String list = "/submission/submissions.xhtml?plan=" + s.plan() + "&year=" + s.year();
        try (Browser browser = Browser.loggedInAs("canbo.bvdk")) {
            browser.open(list);
            assertThat(rowOf(browser, "submissionsForm:rows", BVDK_NAME).getText()).contains("Bắt đầu báo cáo");
            assertThat(browser.driver().findElements(By.id("submissionsForm:dashboardLink"))).isEmpty();
            assertThat(browser.pageText()).doesNotContain("Tình hình nộp báo cáo");
        }
        assertThat(WebSession.login("canbo.bvdk").get("/submission/dashboard.xhtml?plan=" + s.plan() + "&year=" + s.year())
                .statusCode()).isEqualTo(403);
        // the office has the link, to this plan and year
        try (Browser browser = Browser.loggedInAs("vanphong")) {
            browser.open(list);
            browser.waitFor(By.id("submissionsForm:dashboardLink")).click();
            browser.waitFor(By.id("dashboardForm:units"));
            assertThat(browser.driver().getCurrentUrl()).contains("plan=" + s.plan()).contains("year=" + s.year());
            assertThat(count(browser, "expected")).isEqualTo(s.expectedUnits());
        }
    }


    // ------------------------------------------------------------------ set-up through the API

    @Test
    void theUnitReportsProgressOnItsTasksAndTheTaskCriterionCountsThem() {
        Setup s = issuedPlan();
        long bvdk = Db.unitId("BVDK");
        long framework = Db.number("SELECT id FROM scoring_framework WHERE plan_id = ?", s.plan());
        JsonObject taskCriterion = template(framework, "TASK_COMPLETION");
        String code = taskCriterion.getString("code");
        for (String task : List.of("Triển khai bệnh án điện tử", "Xây dựng bệnh viện xanh - sạch - đẹp")) {
            Api.Reply added = office.post("/api/plans/" + s.plan() + "/tasks", Json.createObjectBuilder().add("code", "NV" + task.length())
                    .add("content", task).add("leadUnitId", bvdk).add("due", "Quý IV năm " + s.year()).build().toString());
            assertThat(added.status()).as(added.body()).isEqualTo(200);
        }
        try (Browser browser = Browser.loggedInAs("canbo.bvdk")) {
            browser.open("/submission/submissions.xhtml?plan=" + s.plan() + "&year=" + s.year());
            rowOf(browser, "submissionsForm:rows", BVDK_NAME).findElement(By.cssSelector("button[id$=':open']")).click();
            browser.see(By.id("submissionForm:status"), "Đang soạn", "SubmissionBrowserIT-see");
            String box = criterionXpath(code);
            assertThat(browser.waitFor(By.xpath(box + "//table")).getText())
                    .contains("Triển khai bệnh án điện tử", "Xây dựng bệnh viện xanh - sạch - đẹp", "Chưa triển khai");
            assertThat(browser.driver().findElement(field(code, "assigned")).isEnabled()).as("counted, not typed").isFalse();

            WebElement menu = browser.driver().findElements(By.xpath(box + "//div[contains(@class, 'ui-selectonemenu')]")).get(0);
            browser.choose(menu.getAttribute("id"), "Hoàn thành đúng hạn");
            browser.awaitAjax();
            awaitText(browser, By.xpath(box + "//span[contains(@id, ':points')]"), vn(taskCriterion.getJsonNumber("maxPoints").bigDecimalValue().divide(BigDecimal.valueOf(2))));
            assertThat(browser.driver().findElement(field(code, "assigned")).getAttribute("value")).isEqualTo("2");
            assertThat(browser.driver().findElement(field(code, "completed")).getAttribute("value")).isEqualTo("1");

            browser.click(By.id("submissionForm:save"));
            browser.see(By.id("submissionForm:messages"), "Đã lưu nháp.", "SubmissionBrowserIT-see");
        }
        long submission = Db.number("SELECT id FROM submission WHERE plan_id = ? AND unit_id = ?", s.plan(), bvdk);
        assertThat(Db.texts("SELECT progress FROM submission_task WHERE submission_id = ? ORDER BY task_id", submission))
                .containsExactly("DONE_ON_TIME", "NOT_STARTED");
        assertThat(Db.text("SELECT CONCAT(assigned, '/', completed) FROM submission_answer WHERE submission_id = ? AND criterion_id = ?",
                submission, id(taskCriterion))).isEqualTo("2/1");
    }

    private Setup issuedPlan() {
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        String number = "77/KH-SYT-BC-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "-" + SEQUENCE.incrementAndGet();
        Api.Reply created = office.post("/api/plans", """
                {"numberSymbol":"%s","issuingBody":"Sở Y tế Hà Tĩnh","title":"Kế hoạch thi đua thử nghiệm báo cáo thành tích",
                 "kind":"WHOLE_PERIOD","startYear":%d,"endYear":%d,"reportDay":31,"reportMonth":12,"place":"Hà Tĩnh",
                 "issuedOn":"%d-01-15"}
                """.formatted(number, year - 1, year + 1, year - 1));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long plan = created.json().getJsonNumber("id").longValue();

        Api.Reply framework = office.post("/api/plans/" + plan + "/frameworks", "{\"name\":\"Bảng điểm thi đua chung\",\"declaredTotal\":20}");
        assertThat(framework.status()).as(framework.body()).isEqualTo(201);
        long fid = framework.json().getJsonNumber("id").longValue();
        JsonObject smokeFree = template(fid, "SMOKE_FREE");
        JsonObject survey = template(fid, "PATIENT_SATISFACTION");
        JsonObject penalty = template(fid, "NO_VIOLATIONS");

        List<Long> hospitals = List.of(Db.unitId("BVDK"), Db.unitId("BVMAT"));
        List<Long> districts = List.of(Db.unitId("TTYT-THA"));
        block(plan, year, "Khối bệnh viện tuyến tỉnh", hospitals);
        block(plan, year, "Khối trung tâm y tế tuyến huyện", districts);

        long version = Db.number("SELECT version FROM emulation_plan WHERE id = ?", plan);
        Api.Reply issued = office.put("/api/plans/" + plan + "/status", "{\"status\":\"ISSUED\",\"version\":" + version + "}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        assertThat(Db.text("SELECT status FROM emulation_plan WHERE id = ?", plan)).isEqualTo("ISSUED");
        int expected = office.get("/api/plans/" + plan + "/blocks?year=" + year).jsonArray().getValuesAs(JsonObject.class).stream()
                .mapToInt(b -> b.getJsonArray("unitIds").size()).sum();
        assertThat(expected).isEqualTo(hospitals.size() + districts.size());
        return new Setup(plan, number, year, smokeFree, survey, penalty, expected);
    }

    private JsonObject template(long framework, String template) {
        Api.Reply added = office.post("/api/frameworks/" + framework + "/templates/" + template, "");
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        return added.json();
    }

    private void block(long plan, int year, String name, List<Long> units) {
        Api.Reply block = office.post("/api/plans/" + plan + "/blocks", "{\"year\":%d,\"name\":\"%s\",\"unitIds\":%s}"
                .formatted(year, name, units));
        assertThat(block.status()).as(block.body()).isEqualTo(200);
    }

    // ------------------------------------------------------------------ the expected scores, from the framework

    /** Every item answered "Có": the items' points, at most the criterion's maximum. */
    private static BigDecimal checklistAllYes(JsonObject criterion) {
        BigDecimal sum = criterion.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonNumber("points").bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.min(criterion.getJsonNumber("maxPoints").bigDecimalValue());
    }

    /** A proportional survey: the satisfied share against the target, capped, as a share of the maximum. */
    private static BigDecimal surveyPoints(JsonObject criterion, long surveyed, long satisfied) {
        assertThat(criterion.getString("method")).isEqualTo("PROPORTIONAL");
        assertThat(criterion.getString("targetComparison")).isEqualTo("GE");
        BigDecimal hundred = new BigDecimal(HUNDRED);
        BigDecimal share = BigDecimal.valueOf(satisfied).multiply(hundred).divide(BigDecimal.valueOf(surveyed), 2, RoundingMode.HALF_UP);
        BigDecimal target = criterion.getJsonNumber("targetValue").bigDecimalValue();
        BigDecimal cap = criterion.getJsonNumber("capPercent").bigDecimalValue();
        BigDecimal achievement = share.multiply(hundred).divide(target, 10, RoundingMode.HALF_UP).min(cap)
                .setScale(2, RoundingMode.HALF_UP);
        return criterion.getJsonNumber("maxPoints").bigDecimalValue().multiply(achievement.min(hundred))
                .divide(hundred, 2, RoundingMode.HALF_UP);
    }

    /** As the page writes a number: a decimal comma, no trailing zeros (the figures here stay below 1.000). */
    private static String vn(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        String plain = (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        if (value.abs().compareTo(new BigDecimal("1000")) >= 0) {
            String[] parts = plain.split("\\.");
            String grouped = String.format(java.util.Locale.GERMANY, "%,d", Long.parseLong(parts[0]));
            return parts.length == 1 ? grouped : grouped + "," + parts[1];
        }
        return plain.replace('.', ',');
    }

    private static long id(JsonObject criterion) {
        return criterion.getJsonNumber("id").longValue();
    }

    // ------------------------------------------------------------------ page helpers

    private static Browser submitAsHead(long submission) {
        Browser browser = Browser.loggedInAs("truong.bvdk");
        try {
            browser.open("/submission/submission.xhtml?id=" + submission);
            browser.waitFor(By.id("submissionForm:status"));
            assertThat(browser.driver().findElements(By.id("submissionForm:return"))).isEmpty();
            browser.click(By.id("submissionForm:submit"));
            WebElement dialog = browser.waitFor(By.cssSelector(".ui-confirm-dialog"));
            assertThat(dialog.getText()).contains("Nộp báo cáo?");
            browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
            browser.see(By.id("submissionForm:status"), "Đã nộp", "SubmissionBrowserIT-see");
            assertThat(browser.driver().findElement(By.id("submissionForm:messages")).getText()).contains("Đã nộp báo cáo.");
            assertThat(browser.driver().findElements(By.id("submissionForm:submit"))).isEmpty();
            assertThat(browser.driver().findElements(By.id("submissionForm:save"))).isEmpty();
            return browser;
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("SubmissionBrowserIT-submit-as-head");
            browser.close();
            throw e;
        }
    }

    private static void openDashboard(Browser browser, Setup s) {
        browser.open("/submission/dashboard.xhtml?plan=" + s.plan() + "&year=" + s.year());
        browser.waitFor(By.id("dashboardForm:units"));
        assertThat(browser.driver().getTitle()).contains(s.number(), String.valueOf(s.year()));
    }

    private static int count(Browser browser, String id) {
        return Integer.parseInt(text(browser, By.id(id)).strip());
    }

    /** The data row of a PrimeFaces table that contains a text. */
    private static WebElement rowOf(Browser browser, String tableId, String text) {
        browser.waitFor(By.id(tableId));
        return browser.waitFor(By.xpath("//tbody[@id='" + tableId + "_data']/tr[contains(., '" + text + "')]"));
    }

    private static List<String> rowsOf(Browser browser, String tableId) {
        return browser.driver().findElements(By.cssSelector("[id='" + tableId + "_data'] > tr")).stream()
                .map(WebElement::getText).collect(Collectors.toList());
    }

    /** The box of one criterion on the form, by its code. */
    private static String criterionXpath(String code) {
        return "//div[contains(concat(' ', normalize-space(@class), ' '), ' criterion ')]"
                + "[.//div[@class='criterion-title']/strong[starts-with(normalize-space(.), '" + code + ". ')]]";
    }

    private static By field(String code, String name) {
        return By.xpath(criterionXpath(code) + "//input[substring(@id, string-length(@id) - " + name.length() + ") = ':" + name + "']");
    }

    /** The messages shown right after a field: the form's own check and the conversion of what was typed. */
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

    /** Types into a field and leaves it, as a user would; the page recalculates by ajax on the change. */
    private static void typeInto(Browser browser, By by, String value) {
        WebElement input = browser.waitFor(by);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
        browser.awaitAjax();
    }

    private static void attach(Browser browser, String code, Path file) {
        WebElement input = browser.driver().findElement(By.xpath(criterionXpath(code) + "//input[@type='file']"));
        input.sendKeys(file.toAbsolutePath().toString());
        String name = file.getFileName().toString();
        browser.waitFor(By.xpath(criterionXpath(code) + "//span[@class='evidence-file']/a[normalize-space(.) = '" + name + "']"));
        browser.awaitAjax();
        assertThat(browser.driver().findElement(By.id("submissionForm:messages")).getText()).contains("Đã đính kèm «" + name + "»");
    }

    private static String text(Browser browser, By by) {
        return browser.driver().findElement(by).getText();
    }

    private static void awaitText(Browser browser, By by, String expected) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> expected.equals(d.findElement(by).getText().strip()));
        } catch (RuntimeException e) {
            browser.screenshot("SubmissionBrowserIT-await-text");
            throw new AssertionError("Expected «" + expected + "» in " + by + " but found «" + text(browser, by) + "»", e);
        }
    }




    private static Path smallPdf(String name) throws IOException {
        File file = new File(System.getProperty("thidua.buildDir", "target"), name);
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(file);
        }
        return file.toPath();
    }

}
