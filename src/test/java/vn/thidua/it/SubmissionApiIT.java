package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thidua.common.Messages;
import vn.thidua.common.RequestLocale;
import vn.thidua.common.VietnameseDates;
import vn.thidua.testsupport.Api;
import vn.thidua.testsupport.AppServer;

/**
 * Units' yearly submissions through the REST API, checked in the database: the workflow from draft to accepted,
 * lateness and the hard cut-off, validation, optimistic locking, unit scoping, evidence files, the Excel round
 * trip, the completeness dashboard and reminders. Every test makes its own plan (unique number) with a framework of
 * a smoke-free checklist, a patient satisfaction survey, a penalty and a numeric criterion on a "%" indicator, so
 * that the tests depend neither on each other nor on their order. Expected messages are formatted from the
 * application's own message bundle.
 */
@ExtendWith(AppServer.class)
class SubmissionApiIT {

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The application's default hard cut-off (thidua.submission.cutoffDays), which the test server keeps. */
    private static final int CUTOFF_DAYS = 30;
    /** The application's default evidence size limit (thidua.evidence.maxMb), which the test server keeps. */
    private static final int MAX_EVIDENCE_MB = 20;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Api office = Api.as("vanphong");
    private final Api officer = Api.as("canbo.bvdk");
    private final Api head = Api.as("truong.bvdk");
    private final Api otherOfficer = Api.as("canbo.thachha");
    private final Api board = Api.as("hoidong");
    private final Api viewer = Api.as("lanhdao");

    private final long hospital = Db.unitId("BVDK");
    private final long districtCentre = Db.unitId("TTYT-THA");

    // ------------------------------------------------------------------ workflow

    @Test
    void aDraftIsSubmittedByTheHeadReturnedResubmittedAndAcceptedWithEveryStepRecorded() {
        LocalDate deadline = today().plusDays(20);
        Plan plan = plan(deadline);

        // the officer opens the unit's report: a draft, once
        Api.Reply opened = officer.post("/api/submissions", openJson(plan, hospital));
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        long id = opened.json().getJsonNumber("id").longValue();
        assertThat(opened.json().getString("status")).isEqualTo("DRAFT");
        assertThat(opened.json().getJsonNumber("unitId").longValue()).isEqualTo(hospital);
        assertThat(opened.json().getString("deadline")).isEqualTo(deadline.toString());
        assertThat(Db.text("SELECT status FROM submission WHERE id = ?", id)).isEqualTo("DRAFT");
        assertThat(Db.number("SELECT COUNT(*) FROM submission WHERE plan_id = ? AND unit_id = ? AND report_year = ?",
                plan.id(), hospital, plan.year())).isEqualTo(1);
        assertThat(officer.post("/api/submissions", openJson(plan, hospital)).json().getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(Db.number("SELECT COUNT(*) FROM submission WHERE plan_id = ?", plan.id())).isEqualTo(1);

        // a draft with every answer, and the evidence the checklist and the survey require
        Api.Reply saved = officer.put("/api/submissions/" + id, saveJson(version(id), "Báo cáo thành tích năm " + plan.year(),
                completeAnswers(plan, false)));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().getJsonNumber("version").longValue()).isEqualTo(version(id));
        assertThat(Db.text("SELECT narrative FROM submission WHERE id = ?", id)).isEqualTo("Báo cáo thành tích năm " + plan.year());
        assertThat(answerColumn(id, plan.smokeFree(), "checklist")).isEqualTo("Y".repeat(plan.smokeItems() - 1) + "N");
        assertThat(answerColumn(id, plan.survey(), "surveyed")).isEqualTo("200");
        assertThat(answerColumn(id, plan.survey(), "satisfied")).isEqualTo("180");
        assertThat(answerColumn(id, plan.penalty(), "violations")).isEqualTo("0");
        assertThat(new BigDecimal(answerColumn(id, plan.emr(), "actual_value"))).isEqualByComparingTo("85");
        byte[] smokeFreeProof = pdf("Quy định cấm hút thuốc lá");
        byte[] surveyProof = pdf("Phiếu khảo sát hài lòng");
        assertThat(upload(officer, id, plan.smokeFree(), "quy-dinh-khong-khoi-thuoc.pdf", smokeFreeProof).status()).isEqualTo(201);
        assertThat(upload(officer, id, plan.survey(), "khao-sat-hai-long.pdf", surveyProof).status()).isEqualTo(201);
        assertThat(Db.texts("SELECT sha256 FROM evidence WHERE submission_id = ? ORDER BY id", id))
                .containsExactly(sha256(smokeFreeProof), sha256(surveyProof));

        // only the head signs off
        Api.Reply byOfficer = officer.post("/api/submissions/" + id + "/submit", versionJson(version(id)));
        assertThat(byOfficer.status()).isEqualTo(403);
        assertThat(byOfficer.json().getString("message")).isEqualTo(vi("submission.error.role.submit"));
        assertThat(Db.text("SELECT status FROM submission WHERE id = ?", id)).isEqualTo("DRAFT");
        assertThat(Db.number("SELECT COUNT(*) FROM submission_version WHERE submission_id = ?", id)).isZero();

        Api.Reply submitted = head.post("/api/submissions/" + id + "/submit", versionJson(version(id)));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().getString("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.json().getInt("daysLate")).isZero(); // before the deadline
        assertThat(submitted.json().getBoolean("late")).isFalse();
        assertThat(Db.text("SELECT status FROM submission WHERE id = ?", id)).isEqualTo("SUBMITTED");
        assertThat(Db.number("SELECT days_late FROM submission WHERE id = ?", id)).isZero();
        assertThat(Db.number("SELECT versions_submitted FROM submission WHERE id = ?", id)).isEqualTo(1);
        assertThat(Db.texts("SELECT CONCAT(version_no, ' ', submitted_by, ' ', days_late) FROM submission_version WHERE submission_id = ?", id))
                .containsExactly("1 truong.bvdk 0");
        assertThat(Db.number("SELECT COUNT(*) FROM submission_event WHERE submission_id = ? AND action = 'SUBMIT'"
                + " AND actor = 'truong.bvdk' AND from_status = 'DRAFT' AND to_status = 'SUBMITTED' AND note IS NULL", id)).isEqualTo(1);
        String firstContent = Db.text("SELECT content FROM submission_version WHERE submission_id = ? AND version_no = 1", id);
        BigDecimal firstScore = new BigDecimal(Db.text("SELECT self_score FROM submission_version WHERE submission_id = ? AND version_no = 1", id));
        assertThat(new BigDecimal(Db.text("SELECT self_score FROM submission WHERE id = ?", id))).isEqualByComparingTo(firstScore);
        assertThat(submitted.json().getJsonObject("selfScore").getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo(firstScore);
        assertThat(firstContent).contains(sha256(smokeFreeProof), sha256(surveyProof));
        // the office was told
        assertThat(Db.number("SELECT COUNT(*) FROM notification n JOIN account a ON a.id = n.account_id"
                + " WHERE a.username = 'vanphong' AND n.message = ?", vi("notification.submitted",
                Db.text("SELECT name FROM unit WHERE id = ?", hospital), plan.number(), plan.year()))).isEqualTo(1);
        // a submitted report is no longer the unit's to change
        Api.Reply locked = officer.put("/api/submissions/" + id, saveJson(version(id), "Sửa sau khi nộp", List.of()));
        assertThat(locked.status()).isEqualTo(400);
        assertThat(Db.text("SELECT narrative FROM submission WHERE id = ?", id)).isEqualTo("Báo cáo thành tích năm " + plan.year());

        // the office returns it, with a reason
        Api.Reply noReason = office.post("/api/submissions/" + id + "/return", reasonJson("   ", version(id)));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().getJsonObject("fieldErrors").getString("reason")).isEqualTo(vi("submission.error.reason"));
        assertThat(Db.text("SELECT status FROM submission WHERE id = ?", id)).isEqualTo("SUBMITTED");
        assertThat(Db.text("SELECT return_reason FROM submission WHERE id = ?", id)).isNull();
        assertThat(head.post("/api/submissions/" + id + "/return", reasonJson("Tự trả lại", version(id))).status()).isEqualTo(403);

        String reason = "Thiếu minh chứng mục 5 của tiêu chí không khói thuốc lá";
        Api.Reply returned = office.post("/api/submissions/" + id + "/return", reasonJson(reason, version(id)));
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(returned.json().getString("status")).isEqualTo("RETURNED");
        assertThat(returned.json().getString("returnReason")).isEqualTo(reason);
        assertThat(Db.text("SELECT status FROM submission WHERE id = ?", id)).isEqualTo("RETURNED");
        assertThat(Db.text("SELECT return_reason FROM submission WHERE id = ?", id)).isEqualTo(reason);
        String returnedNote = vi("notification.returned", plan.number(), plan.year(), reason);
        assertThat(Db.number("SELECT COUNT(*) FROM notification WHERE message = ?", returnedNote)).isEqualTo(reporters(hospital));
        assertThat(Db.texts("SELECT a.username FROM notification n JOIN account a ON a.id = n.account_id WHERE n.message = ?",
                returnedNote)).contains("canbo.bvdk", "truong.bvdk");

        // the unit fixes one answer and submits again
        Api.Reply fixed = officer.put("/api/submissions/" + id, saveJson(version(id), null, completeAnswers(plan, true)));
        assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
        assertThat(answerColumn(id, plan.smokeFree(), "checklist")).isEqualTo("Y".repeat(plan.smokeItems()));
        Api.Reply resubmitted = head.post("/api/submissions/" + id + "/submit", versionJson(version(id)));
        assertThat(resubmitted.status()).as(resubmitted.body()).isEqualTo(200);
        assertThat(resubmitted.json().getString("status")).isEqualTo("SUBMITTED");
        assertThat(resubmitted.json().getInt("versionsSubmitted")).isEqualTo(2);
        assertThat(Db.number("SELECT versions_submitted FROM submission WHERE id = ?", id)).isEqualTo(2);
        assertThat(Db.number("SELECT COUNT(*) FROM submission_version WHERE submission_id = ?", id)).isEqualTo(2);
        String secondContent = Db.text("SELECT content FROM submission_version WHERE submission_id = ? AND version_no = 2", id);
        assertThat(secondContent).isNotEqualTo(firstContent);
        assertThat(Db.text("SELECT content FROM submission_version WHERE submission_id = ? AND version_no = 1", id))
                .isEqualTo(firstContent);
        // the only change, the last checklist item, is worth what the framework gives that item
        BigDecimal secondScore = new BigDecimal(Db.text("SELECT self_score FROM submission_version WHERE submission_id = ? AND version_no = 2", id));
        assertThat(secondScore.subtract(firstScore)).isEqualByComparingTo(plan.lastItemPoints());
        List<JsonObject> versions = office.get("/api/submissions/" + id + "/versions").jsonArray().getValuesAs(JsonObject.class);
        assertThat(versions).extracting(v -> v.getInt("versionNo")).containsExactly(1, 2);
        assertThat(itemsOf(versions.get(0), plan.smokeFree())).isEqualTo(itemAnswers(plan.smokeItems(), false));
        assertThat(itemsOf(versions.get(1), plan.smokeFree())).isEqualTo(itemAnswers(plan.smokeItems(), true));
        // lateness is judged on the first submission
        assertThat(Db.number("SELECT days_late FROM submission WHERE id = ?", id)).isZero();

        // the office accepts it; the unit can no longer change it
        assertThat(officer.post("/api/submissions/" + id + "/accept", versionJson(version(id))).status()).isEqualTo(403);
        Api.Reply accepted = office.post("/api/submissions/" + id + "/accept", versionJson(version(id)));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().getString("status")).isEqualTo("ACCEPTED");
        assertThat(Db.text("SELECT status FROM submission WHERE id = ?", id)).isEqualTo("ACCEPTED");
        long acceptedVersion = version(id);
        Api.Reply refused = officer.put("/api/submissions/" + id, saveJson(acceptedVersion, "Sửa sau khi tiếp nhận",
                List.of(Json.createObjectBuilder().add("criterionId", plan.penalty()).add("violations", 3).build())));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getJsonObject("fieldErrors").getString(""))
                .isEqualTo(vi("submission.error.status", vi("SubmissionStatus.ACCEPTED")));
        assertThat(Db.text("SELECT narrative FROM submission WHERE id = ?", id)).isEqualTo("Báo cáo thành tích năm " + plan.year());
        assertThat(answerColumn(id, plan.penalty(), "violations")).isEqualTo("0");
        assertThat(version(id)).isEqualTo(acceptedVersion);
        assertThat(upload(officer, id, plan.penalty(), "bo-sung.pdf", pdf("Bổ sung")).status()).isEqualTo(400);
        assertThat(Db.number("SELECT COUNT(*) FROM evidence WHERE submission_id = ?", id)).isEqualTo(2);

        // the history lists every step with its actor; the audit log has the changes
        List<JsonObject> history = officer.get("/api/submissions/" + id + "/history").jsonArray().getValuesAs(JsonObject.class);
        assertThat(history).extracting(e -> e.getString("action") + " " + e.getString("actor") + " " + e.getString("toStatus"))
                .containsExactly("EDIT canbo.bvdk DRAFT", "SUBMIT truong.bvdk SUBMITTED", "RETURN vanphong RETURNED",
                        "SUBMIT truong.bvdk SUBMITTED", "ACCEPT vanphong ACCEPTED");
        assertThat(history.get(2).getString("note")).isEqualTo(reason);
        assertThat(history.get(3).getString("fromStatus")).isEqualTo("RETURNED");
        assertThat(history).allSatisfy(e -> assertThat(e.getString("occurredAt")).isNotBlank());
        assertThat(Db.number("SELECT COUNT(*) FROM submission_event WHERE submission_id = ?", id)).isEqualTo(history.size());
        assertThat(Db.texts("SELECT DISTINCT action FROM audit_event WHERE entity_type = 'Submission' AND entity_id = ?", String.valueOf(id)))
                .contains("CREATE", "UPDATE");
        assertThat(Db.texts("SELECT DISTINCT username FROM audit_event WHERE entity_type = 'Submission' AND entity_id = ?", String.valueOf(id)))
                .contains("canbo.bvdk", "truong.bvdk", "vanphong");
        assertThat(Db.number("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Answer' AND username = 'canbo.bvdk' AND after_state LIKE ?",
                "submission=" + id + ";%")).isPositive();
        assertThat(Db.number("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Evidence' AND action = 'CREATE' AND after_state LIKE ?",
                "%" + sha256(surveyProof) + "%")).isEqualTo(1);
    }

    // ------------------------------------------------------------------ lateness and the cut-off

    @Test
    void aReportSubmittedAfterTheDeadlineIsMarkedLateByTheDays() {
        LocalDate deadline = today().minusDays(3);
        Plan plan = plan(deadline);
        long id = readyToSubmit(plan);
        int expectedDaysLate = (int) ChronoUnit.DAYS.between(deadline, today());
        assertThat(expectedDaysLate).isPositive();

        Api.Reply submitted = head.post("/api/submissions/" + id + "/submit", versionJson(version(id)));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().getInt("daysLate")).isEqualTo(expectedDaysLate);
        assertThat(submitted.json().getBoolean("late")).isTrue();
        assertThat(Db.number("SELECT days_late FROM submission WHERE id = ?", id)).isEqualTo(expectedDaysLate);
        assertThat(Db.number("SELECT days_late FROM submission_version WHERE submission_id = ? AND version_no = 1", id))
                .isEqualTo(expectedDaysLate);
        String note = vi("submission.history.late", expectedDaysLate);
        assertThat(Db.text("SELECT note FROM submission_event WHERE submission_id = ? AND action = 'SUBMIT'", id)).isEqualTo(note);
        List<JsonObject> history = office.get("/api/submissions/" + id + "/history").jsonArray().getValuesAs(JsonObject.class);
        assertThat(history).filteredOn(e -> e.getString("action").equals("SUBMIT")).singleElement()
                .satisfies(e -> assertThat(e.getString("note")).isEqualTo(note));
        List<JsonObject> listed = office.get("/api/submissions?plan=" + plan.id() + "&year=" + plan.year()).jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(listed).singleElement().satisfies(s -> {
            assertThat(s.getJsonNumber("id").longValue()).isEqualTo(id);
            assertThat(s.getInt("daysLate")).isEqualTo(expectedDaysLate);
        });
    }

    @Test
    void pastTheHardCutOffOnlyTheOfficeCanLetAUnitStartItsReport() {
        LocalDate deadline = today().minusDays(CUTOFF_DAYS + 10);
        Plan plan = plan(deadline);
        String cutoffMessage = vi("submission.error.cutoff", VietnameseDates.format(deadline.plusDays(CUTOFF_DAYS)));

        for (Api unit : List.of(officer, head)) {
            Api.Reply refused = unit.post("/api/submissions", openJson(plan, hospital));
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().getJsonObject("fieldErrors").getString("")).isEqualTo(cutoffMessage);
        }
        assertThat(Db.number("SELECT COUNT(*) FROM submission WHERE plan_id = ?", plan.id())).isZero();

        // only the office reopens, and not into the past
        assertThat(officer.post("/api/submissions/reopen", reopenJson(plan, hospital, today().plusDays(7))).status()).isEqualTo(403);
        Api.Reply yesterday = office.post("/api/submissions/reopen", reopenJson(plan, hospital, today().minusDays(1)));
        assertThat(yesterday.status()).isEqualTo(400);
        assertThat(yesterday.json().getJsonObject("fieldErrors").getString("until")).isEqualTo(vi("submission.error.reopenUntil"));
        assertThat(Db.number("SELECT COUNT(*) FROM submission WHERE plan_id = ?", plan.id())).isZero();

        LocalDate until = today().plusDays(7);
        Api.Reply reopened = office.post("/api/submissions/reopen", reopenJson(plan, hospital, until));
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
        long id = reopened.json().getJsonNumber("id").longValue();
        assertThat(Db.text("SELECT reopened_until FROM submission WHERE id = ?", id)).isEqualTo(until.toString());
        assertThat(Db.text("SELECT note FROM submission_event WHERE submission_id = ? AND action = 'REOPEN' AND actor = 'vanphong'", id))
                .isEqualTo(vi("submission.history.reopenedUntil", VietnameseDates.format(until)));
        assertThat(Db.number("SELECT COUNT(*) FROM notification n JOIN account a ON a.id = n.account_id WHERE a.username = 'canbo.bvdk'"
                + " AND n.message = ?", vi("notification.reopened", plan.number(), plan.year(), VietnameseDates.format(until)))).isEqualTo(1);

        // now the officer can work on it, and the head submits it late
        Api.Reply opened = officer.post("/api/submissions", openJson(plan, hospital));
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        assertThat(opened.json().getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(opened.json().getJsonArray("allowedActions").getValuesAs(JsonValue.class).stream().map(v -> ((jakarta.json.JsonString) v).getString()))
                .contains("EDIT");
        Api.Reply saved = officer.put("/api/submissions/" + id, saveJson(version(id), "Báo cáo sau khi được mở lại", completeAnswers(plan, true)));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(Db.text("SELECT narrative FROM submission WHERE id = ?", id)).isEqualTo("Báo cáo sau khi được mở lại");
        assertThat(answerColumn(id, plan.survey(), "satisfied")).isEqualTo("180");
        attachRequiredEvidence(plan, id);
        Api.Reply submitted = head.post("/api/submissions/" + id + "/submit", versionJson(version(id)));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().getInt("daysLate")).isEqualTo((int) ChronoUnit.DAYS.between(deadline, today()));
        // the other unit, not reopened, still cannot start
        Api.Reply other = otherOfficer.post("/api/submissions", openJson(plan, districtCentre));
        assertThat(other.status()).isEqualTo(400);
        assertThat(Db.number("SELECT COUNT(*) FROM submission WHERE plan_id = ?", plan.id())).isEqualTo(1);
    }

    @Test
    void aDraftCannotBeSavedOnceTheDeadlineMovesPastTheCutOffUntilTheOfficeReopensIt() {
        // a plan without a deadline yet: the unit starts its draft
        int year = today().minusDays(CUTOFF_DAYS + 10).getYear();
        Plan plan = plan(null, year);
        long id = open(officer, plan, hospital);
        assertThat(officer.put("/api/submissions/" + id, saveJson(version(id), "Bản nháp đầu", List.of(
                Json.createObjectBuilder().add("criterionId", plan.penalty()).add("violations", 1).build()))).status()).isEqualTo(200);

        // the office sets a deadline that is already more than the cut-off ago
        LocalDate deadline = today().minusDays(CUTOFF_DAYS + 10);
        Api.Reply moved = office.put("/api/plans/" + plan.id(), planJson(plan.number(), plan.year(), deadline,
                Db.number("SELECT version FROM emulation_plan WHERE id = ?", plan.id())));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        JsonObject read = officer.get("/api/submissions/" + id).json();
        assertThat(read.getString("cutoff")).isEqualTo(deadline.plusDays(CUTOFF_DAYS).toString());
        assertThat(read.getJsonArray("allowedActions")).isEmpty();

        long before = version(id);
        String cutoffMessage = vi("submission.error.cutoff", VietnameseDates.format(deadline.plusDays(CUTOFF_DAYS)));
        Api.Reply refused = officer.put("/api/submissions/" + id, saveJson(before, "Sửa sau hạn chót", List.of(
                Json.createObjectBuilder().add("criterionId", plan.penalty()).add("violations", 2).build())));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("message")).isNotBlank();
        assertThat(refused.json().getJsonObject("fieldErrors").getString("")).isEqualTo(cutoffMessage);
        Api.Reply file = upload(officer, id, plan.smokeFree(), "minh-chung.pdf", pdf("Sau hạn"));
        assertThat(file.status()).isEqualTo(400);
        assertThat(head.post("/api/submissions/" + id + "/submit", versionJson(before)).status()).isEqualTo(400);
        assertThat(Db.text("SELECT narrative FROM submission WHERE id = ?", id)).isEqualTo("Bản nháp đầu");
        assertThat(answerColumn(id, plan.penalty(), "violations")).isEqualTo("1");
        assertThat(Db.number("SELECT COUNT(*) FROM evidence WHERE submission_id = ?", id)).isZero();
        assertThat(version(id)).isEqualTo(before);

        // reopened: the officer saves again
        Api.Reply reopened = office.post("/api/submissions/reopen", reopenJson(plan, hospital, today().plusDays(3)));
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
        assertThat(reopened.json().getJsonNumber("id").longValue()).isEqualTo(id);
        Api.Reply saved = officer.put("/api/submissions/" + id, saveJson(version(id), "Sửa sau khi được mở lại", List.of(
                Json.createObjectBuilder().add("criterionId", plan.penalty()).add("violations", 2).build())));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(Db.text("SELECT narrative FROM submission WHERE id = ?", id)).isEqualTo("Sửa sau khi được mở lại");
        assertThat(answerColumn(id, plan.penalty(), "violations")).isEqualTo("2");
    }

    // ------------------------------------------------------------------ validation

    @Test
    void impossibleAnswersAreRefusedPerFieldAndNothingIsSaved() {
        Plan plan = plan(today().plusDays(30));
        long id = open(officer, plan, hospital);
        long before = version(id);

        // satisfied above surveyed, with a valid answer in the same request
        Api.Reply satisfied = officer.put("/api/submissions/" + id, saveJson(before, "Không được lưu", List.of(
                Json.createObjectBuilder().add("criterionId", plan.penalty()).add("violations", 1).build(),
                Json.createObjectBuilder().add("criterionId", plan.survey()).add("surveyed", 100).add("satisfied", 120).build())));
        assertThat(satisfied.status()).isEqualTo(400);
        assertThat(satisfied.json().getString("message")).isEqualTo(vi("error.invalid"));
        assertThat(satisfied.json().getJsonObject("fieldErrors")).containsOnlyKeys("answers[" + plan.survey() + "].satisfied");
        assertThat(satisfied.json().getJsonObject("fieldErrors").getString("answers[" + plan.survey() + "].satisfied"))
                .isEqualTo(vi("answer.error.satisfiedAboveSurveyed", 120L, 100L));
        assertNothingSaved(id, before);

        // a percentage above 100 for the "%" indicator
        Api.Reply percent = officer.put("/api/submissions/" + id, saveJson(before, null, List.of(
                Json.createObjectBuilder().add("criterionId", plan.emr()).add("value", new BigDecimal("120.5")).build())));
        assertThat(percent.status()).isEqualTo(400);
        assertThat(percent.json().getJsonObject("fieldErrors")).containsOnlyKeys("answers[" + plan.emr() + "].value");
        assertThat(percent.json().getJsonObject("fieldErrors").getString("answers[" + plan.emr() + "].value"))
                .isEqualTo(vi("answer.error.percent"));
        assertNothingSaved(id, before);

        // a negative count and a count that is not whole
        Api.Reply negative = officer.put("/api/submissions/" + id, saveJson(before, null, List.of(
                Json.createObjectBuilder().add("criterionId", plan.penalty()).add("violations", -1).build())));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().getJsonObject("fieldErrors")).containsOnlyKeys("answers[" + plan.penalty() + "].violations");
        Api.Reply fraction = officer.put("/api/submissions/" + id, saveJson(before, null, List.of(
                Json.createObjectBuilder().add("criterionId", plan.survey()).add("surveyed", new BigDecimal("2.5")).build())));
        assertThat(fraction.status()).isEqualTo(400);
        assertThat(fraction.json().getJsonObject("fieldErrors").getString("answers[" + plan.survey() + "].surveyed"))
                .isEqualTo(vi("answer.error.jsonCount"));
        assertNothingSaved(id, before);

        // malformed answers are bad input too, never a server error
        for (String malformed : List.of(
                "{\"version\":" + before + ",\"answers\":[{\"violations\":1}]}",
                "{\"version\":" + before + ",\"answers\":[{\"criterionId\":\"" + plan.penalty() + "\",\"violations\":1}]}",
                "{\"version\":" + before + ",\"answers\":[" + plan.penalty() + "]}",
                "{\"version\":" + before + ",\"narrative\":42,\"answers\":[]}",
                "{\"version\":\"" + before + "\",\"answers\":[]}")) {
            Api.Reply refused = officer.put("/api/submissions/" + id, malformed);
            assertThat(refused.status()).as(malformed + " → " + refused.body()).isEqualTo(400);
            assertThat(refused.json().getJsonObject("fieldErrors")).as(malformed).isNotEmpty();
        }
        assertNothingSaved(id, before);

        // exactly 100 % is fine
        Api.Reply hundred = officer.put("/api/submissions/" + id, saveJson(before, null, List.of(
                Json.createObjectBuilder().add("criterionId", plan.emr()).add("value", 100).build())));
        assertThat(hundred.status()).as(hundred.body()).isEqualTo(200);
        assertThat(new BigDecimal(answerColumn(id, plan.emr(), "actual_value"))).isEqualByComparingTo("100");
    }

    @Test
    void submittingAnIncompleteReportListsEveryMissingAnswerAndFile() {
        Plan plan = plan(today().plusDays(30));
        long id = open(officer, plan, hospital);
        // a draft may have gaps: one checklist item answered, the survey filled, the rest left open, no files
        List<Boolean> firstOnly = new ArrayList<>();
        firstOnly.add(true);
        for (int i = 1; i < plan.smokeItems(); i++) {
            firstOnly.add(null);
        }
        Api.Reply draft = officer.put("/api/submissions/" + id, saveJson(version(id), null, List.of(
                items(plan.smokeFree(), firstOnly),
                Json.createObjectBuilder().add("criterionId", plan.survey()).add("surveyed", 50).add("satisfied", 45).build())));
        assertThat(draft.status()).as(draft.body()).isEqualTo(200);
        assertThat(answerColumn(id, plan.smokeFree(), "checklist")).isEqualTo("Y" + "-".repeat(plan.smokeItems() - 1));

        Api.Reply refused = head.post("/api/submissions/" + id + "/submit", versionJson(version(id)));
        assertThat(refused.status()).isEqualTo(400);
        JsonObject errors = refused.json().getJsonObject("fieldErrors");
        assertThat(errors).containsOnlyKeys("answers[" + plan.smokeFree() + "].items", "answers[" + plan.smokeFree() + "].evidence",
                "answers[" + plan.survey() + "].evidence", "answers[" + plan.penalty() + "].violations",
                "answers[" + plan.emr() + "].value");
        assertThat(errors.getString("answers[" + plan.smokeFree() + "].items"))
                .isEqualTo(vi("answer.error.itemsUnanswered", (long) plan.smokeItems() - 1));
        assertThat(errors.getString("answers[" + plan.survey() + "].evidence")).isEqualTo(vi("answer.error.evidenceRequired"));
        assertThat(Db.text("SELECT status FROM submission WHERE id = ?", id)).isEqualTo("DRAFT");
        assertThat(Db.number("SELECT COUNT(*) FROM submission_version WHERE submission_id = ?", id)).isZero();
        assertThat(Db.number("SELECT COUNT(*) FROM submission_event WHERE submission_id = ? AND action = 'SUBMIT'", id)).isZero();

        // with every answer but still without the survey's file, only that is listed
        assertThat(officer.put("/api/submissions/" + id, saveJson(version(id), null, completeAnswers(plan, true))).status()).isEqualTo(200);
        assertThat(upload(officer, id, plan.smokeFree(), "khong-khoi-thuoc.pdf", pdf("Không khói thuốc")).status()).isEqualTo(201);
        Api.Reply stillMissing = head.post("/api/submissions/" + id + "/submit", versionJson(version(id)));
        assertThat(stillMissing.status()).isEqualTo(400);
        assertThat(stillMissing.json().getJsonObject("fieldErrors")).containsOnlyKeys("answers[" + plan.survey() + "].evidence");
        assertThat(Db.text("SELECT status FROM submission WHERE id = ?", id)).isEqualTo("DRAFT");
    }

    @Test
    void twoSavesOfTheSameVersionKeepTheFirstAndRefuseTheSecondWith409() {
        Plan plan = plan(today().plusDays(30));
        long id = open(officer, plan, hospital);
        long loaded = version(id);

        Api.Reply first = officer.put("/api/submissions/" + id, saveJson(loaded, "Bản của cán bộ", List.of(
                Json.createObjectBuilder().add("criterionId", plan.penalty()).add("violations", 1).build())));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        long afterFirst = first.json().getJsonNumber("version").longValue();
        assertThat(afterFirst).isGreaterThan(loaded);

        Api.Reply second = head.put("/api/submissions/" + id, saveJson(loaded, "Bản của thủ trưởng", List.of(
                Json.createObjectBuilder().add("criterionId", plan.penalty()).add("violations", 4).build())));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().getString("message")).isEqualTo(vi("error.conflict"));
        assertThat(Db.text("SELECT narrative FROM submission WHERE id = ?", id)).isEqualTo("Bản của cán bộ");
        assertThat(answerColumn(id, plan.penalty(), "violations")).isEqualTo("1");
        assertThat(version(id)).isEqualTo(afterFirst);

        // with the version read again the head's save goes through
        Api.Reply retried = head.put("/api/submissions/" + id, saveJson(afterFirst, "Bản của thủ trưởng", List.of(
                Json.createObjectBuilder().add("criterionId", plan.penalty()).add("violations", 4).build())));
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(answerColumn(id, plan.penalty(), "violations")).isEqualTo("4");
    }

    // ------------------------------------------------------------------ scoping

    @Test
    void anotherUnitsOfficerAndRolesWithoutReportsCannotReadOrOpenTheReport() {
        Plan plan = plan(today().plusDays(30));
        long id = open(officer, plan, hospital);
        assertThat(officer.put("/api/submissions/" + id, saveJson(version(id), "Báo cáo của bệnh viện", List.of())).status())
                .isEqualTo(200);
        long evidenceId = upload(officer, id, plan.smokeFree(), "minh-chung.pdf", pdf("Bệnh viện")).json().getJsonNumber("id").longValue();
        long before = version(id);

        // the district centre's officer: no reading, no changing, no opening in the hospital's name
        for (String path : List.of("", "/history", "/versions", "/evidence", "/evidence/" + evidenceId, "/sheet")) {
            assertThat(otherOfficer.get("/api/submissions/" + id + path).status()).as(path).isEqualTo(403);
        }
        assertThat(otherOfficer.put("/api/submissions/" + id, saveJson(before, "Ghi đè", List.of())).status()).isEqualTo(403);
        assertThat(upload(otherOfficer, id, plan.smokeFree(), "x.pdf", pdf("Ghi đè")).status()).isEqualTo(403);
        Api.Reply foreign = otherOfficer.post("/api/submissions", openJson(plan, hospital));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.json().getString("message")).isNotBlank();
        assertThat(ids(otherOfficer.get("/api/submissions?plan=" + plan.id()))).doesNotContain(id);
        assertThat(Db.text("SELECT narrative FROM submission WHERE id = ?", id)).isEqualTo("Báo cáo của bệnh viện");
        assertThat(version(id)).isEqualTo(before);
        assertThat(Db.number("SELECT COUNT(*) FROM evidence WHERE submission_id = ?", id)).isEqualTo(1);

        // the unit id in the body is not trusted either way: the hospital's officer cannot open the centre's report
        Api.Reply intoCentre = officer.post("/api/submissions", openJson(plan, districtCentre));
        assertThat(intoCentre.status()).isEqualTo(403);
        assertThat(Db.number("SELECT COUNT(*) FROM submission WHERE plan_id = ? AND unit_id = ?", plan.id(), districtCentre)).isZero();
        // the centre's own report is its officer's to open
        long own = open(otherOfficer, plan, districtCentre);
        assertThat(Db.number("SELECT unit_id FROM submission WHERE id = ?", own)).isEqualTo(districtCentre);
        assertThat(ids(otherOfficer.get("/api/submissions?plan=" + plan.id()))).containsExactly(own);
        assertThat(ids(officer.get("/api/submissions?plan=" + plan.id()))).containsExactly(id);
        assertThat(officer.get("/api/submissions/" + own).status()).isEqualTo(403);
        assertThat(ids(office.get("/api/submissions?plan=" + plan.id()))).containsExactlyInAnyOrder(id, own);

        // the board and viewers have no reports to read
        for (Api api : List.of(board, viewer)) {
            Api.Reply list = api.get("/api/submissions");
            assertThat(list.status()).isEqualTo(403);
            assertThat(list.json().getString("message")).isNotBlank();
            assertThat(api.get("/api/submissions/" + id).status()).isEqualTo(403);
            assertThat(api.post("/api/submissions", openJson(plan, hospital)).status()).isEqualTo(403);
        }
        assertThat(Db.number("SELECT COUNT(*) FROM submission WHERE plan_id = ?", plan.id())).isEqualTo(2);
    }

    // ------------------------------------------------------------------ evidence

    @Test
    void evidenceIsCheckedByContentAndSizeAndDownloadedUnchangedByThoseWhoMaySeeIt() throws IOException {
        Plan plan = plan(today().plusDays(30));
        long id = open(officer, plan, hospital);

        byte[] proof = pdf("Biên bản kiểm tra không khói thuốc lá");
        Api.Reply uploaded = upload(officer, id, plan.smokeFree(), "Biên bản kiểm tra.pdf", proof);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        long evidenceId = uploaded.json().getJsonNumber("id").longValue();
        assertThat(uploaded.json().getString("sha256")).isEqualTo(sha256(proof));
        assertThat(uploaded.json().getJsonNumber("sizeBytes").longValue()).isEqualTo(proof.length);
        assertThat(uploaded.json().getString("type")).isEqualTo("PDF");
        assertThat(uploaded.json().getString("name")).isEqualTo("Biên bản kiểm tra.pdf");
        assertThat(Db.text("SELECT uploaded_by FROM evidence WHERE id = ?", evidenceId)).isEqualTo("canbo.bvdk");
        assertThat(Db.number("SELECT criterion_id FROM evidence WHERE id = ?", evidenceId)).isEqualTo(plan.smokeFree());
        String storedName = Db.text("SELECT stored_name FROM evidence WHERE id = ?", evidenceId);
        assertThat(storedName).doesNotContain("Biên bản").endsWith(".pdf");
        Path stored = evidenceRoot().resolve(storedName);
        assertThat(stored).exists();
        assertThat(sha256(Files.readAllBytes(stored))).isEqualTo(sha256(proof));
        List<Path> filesBefore = storedFiles();

        // a program and a text file named .pdf, and a file over the limit: refused, nothing kept
        byte[] program = program();
        byte[] text = "Đây là một tệp văn bản, không phải PDF.\n".getBytes(StandardCharsets.UTF_8);
        for (byte[] refusedFile : List.of(program, text)) {
            Api.Reply refused = upload(officer, id, plan.smokeFree(), "bao-cao.pdf", refusedFile);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().getJsonObject("fieldErrors").getString("file")).isEqualTo(vi("evidence.error.type", "bao-cao.pdf"));
        }
        byte[] huge = new byte[(MAX_EVIDENCE_MB + 1) * 1024 * 1024];
        byte[] header = proof;
        System.arraycopy(header, 0, huge, 0, header.length);
        Api.Reply tooLarge = uploadOverHttp11("canbo.bvdk", id, plan.smokeFree(), "ban-scan.pdf", huge);
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.json().getJsonObject("fieldErrors").getString("file"))
                .isEqualTo(vi("evidence.error.size", "ban-scan.pdf", (long) MAX_EVIDENCE_MB));
        assertThat(Db.number("SELECT COUNT(*) FROM evidence WHERE submission_id = ?", id)).isEqualTo(1);
        assertThat(storedFiles()).containsExactlyInAnyOrderElementsOf(filesBefore);

        // the download is the very file, for the unit and the office; not for another unit
        for (Api api : List.of(officer, head, office)) {
            Api.Reply download = api.get("/api/submissions/" + id + "/evidence/" + evidenceId);
            assertThat(download.status()).isEqualTo(200);
            assertThat(download.contentType()).startsWith("application/pdf");
            assertThat(sha256(download.bytes())).isEqualTo(sha256(proof));
        }
        Api.Reply foreign = otherOfficer.get("/api/submissions/" + id + "/evidence/" + evidenceId);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.json().getString("message")).isNotBlank();
        List<JsonObject> listed = officer.get("/api/submissions/" + id + "/evidence").jsonArray().getValuesAs(JsonObject.class);
        assertThat(listed).singleElement().satisfies(e -> assertThat(e.getString("sha256")).isEqualTo(sha256(proof)));
    }

    // ------------------------------------------------------------------ Excel round trip

    @Test
    void anExcelFormIsPreviewedWithEveryChangeAndBadCellAndSavedOnlyWhenCleanAndConfirmed() throws IOException {
        Plan plan = plan(today().plusDays(30));
        long id = open(officer, plan, hospital);
        assertThat(officer.put("/api/submissions/" + id, saveJson(version(id), "Bản nháp trên web", List.of(
                Json.createObjectBuilder().add("criterionId", plan.survey()).add("surveyed", 200).add("satisfied", 150).build(),
                Json.createObjectBuilder().add("criterionId", plan.penalty()).add("violations", 0).build(),
                Json.createObjectBuilder().add("criterionId", plan.emr()).add("value", 70).build()))).status()).isEqualTo(200);
        long loaded = version(id);

        Api.Reply download = officer.get("/api/submissions/" + id + "/sheet");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith(XLSX);
        String satisfiedKey = plan.code(plan.survey()) + ":satisfied";
        String valueKey = plan.code(plan.emr()) + ":value";
        String violationsKey = plan.code(plan.penalty()) + ":violations";
        byte[] bad;
        int valueRow;
        int violationsRow;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.bytes()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(valueCell(sheet, satisfiedKey).getNumericCellValue()).isEqualTo(150);
            assertThat(valueCell(sheet, valueKey).getNumericCellValue()).isEqualTo(70);
            valueCell(sheet, satisfiedKey).setCellValue(160);
            valueCell(sheet, valueKey).setCellValue("abc");
            valueCell(sheet, violationsKey).setCellValue("2,5");
            valueRow = valueCell(sheet, valueKey).getRowIndex() + 1;
            violationsRow = valueCell(sheet, violationsKey).getRowIndex() + 1;
            bad = bytes(workbook);
        }

        Api.Reply preview = officer.postBytes("/api/submissions/" + id + "/sheet", bad, XLSX);
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().getBoolean("saved")).isFalse();
        List<JsonObject> changes = preview.json().getJsonArray("changes").getValuesAs(JsonObject.class);
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.getString("key")).isEqualTo(satisfiedKey);
            assertThat(c.getJsonNumber("before").longValue()).isEqualTo(150);
            assertThat(c.getJsonNumber("after").longValue()).isEqualTo(160);
        });
        // one problem per bad cell, with its row number, in the order of the rows
        List<Map.Entry<Integer, String>> expectedProblems = new ArrayList<>(List.of(
                Map.entry(valueRow, vi("sheet.error.row", valueRow, vi("sheet.error.number", "abc"))),
                Map.entry(violationsRow, vi("sheet.error.row", violationsRow, vi("sheet.error.count", "2,5")))));
        expectedProblems.sort(Map.Entry.comparingByKey());
        assertThat(strings(preview.json().getJsonArray("problems")))
                .containsExactlyElementsOf(expectedProblems.stream().map(Map.Entry::getValue).toList());
        // confirming a file with bad cells saves nothing either
        Api.Reply badConfirm = officer.postBytes("/api/submissions/" + id + "/sheet?confirm=true&version=" + loaded, bad, XLSX);
        assertThat(badConfirm.status()).isEqualTo(200);
        assertThat(badConfirm.json().getBoolean("saved")).isFalse();
        assertThat(answerColumn(id, plan.survey(), "satisfied")).isEqualTo("150");
        assertThat(new BigDecimal(answerColumn(id, plan.emr(), "actual_value"))).isEqualByComparingTo("70");
        assertThat(answerColumn(id, plan.penalty(), "violations")).isEqualTo("0");
        assertThat(version(id)).isEqualTo(loaded);

        // the same form filled correctly
        byte[] clean;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.bytes()))) {
            Sheet sheet = workbook.getSheetAt(0);
            valueCell(sheet, satisfiedKey).setCellValue(160);
            valueCell(sheet, valueKey).setCellValue("82,5");
            valueCell(sheet, violationsKey).setCellValue(2);
            valueCell(sheet, "narrative").setCellValue("Bản điền trên Excel");
            clean = bytes(workbook);
        }
        Api.Reply cleanPreview = officer.postBytes("/api/submissions/" + id + "/sheet", clean, XLSX);
        assertThat(cleanPreview.status()).isEqualTo(200);
        assertThat(cleanPreview.json().getJsonArray("problems")).isEmpty();
        assertThat(cleanPreview.json().getJsonArray("changes").getValuesAs(JsonObject.class)).extracting(c -> c.getString("key"))
                .containsExactlyInAnyOrder(satisfiedKey, valueKey, violationsKey, "narrative");
        assertThat(cleanPreview.json().getBoolean("saved")).isFalse();
        assertThat(version(id)).isEqualTo(loaded);

        // another unit may not even preview it
        assertThat(otherOfficer.postBytes("/api/submissions/" + id + "/sheet", clean, XLSX).status()).isEqualTo(403);

        Api.Reply confirmed = officer.postBytes("/api/submissions/" + id + "/sheet?confirm=true&version=" + loaded, clean, XLSX);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().getBoolean("saved")).isTrue();
        assertThat(confirmed.json().getJsonNumber("version").longValue()).isEqualTo(version(id)).isGreaterThan(loaded);
        assertThat(answerColumn(id, plan.survey(), "satisfied")).isEqualTo("160");
        assertThat(answerColumn(id, plan.survey(), "surveyed")).isEqualTo("200");
        assertThat(new BigDecimal(answerColumn(id, plan.emr(), "actual_value"))).isEqualByComparingTo("82.5");
        assertThat(answerColumn(id, plan.penalty(), "violations")).isEqualTo("2");
        assertThat(Db.text("SELECT narrative FROM submission WHERE id = ?", id)).isEqualTo("Bản điền trên Excel");

        // the same file on the old version is a conflict
        Api.Reply stale = officer.postBytes("/api/submissions/" + id + "/sheet?confirm=true&version=" + loaded, clean, XLSX);
        assertThat(stale.status()).isEqualTo(409);
    }

    // ------------------------------------------------------------------ completeness and reminders

    @Test
    void theOfficeSeesWhoHasReportedAndRemindsTheOthersInTheAppAndByEmail() throws Exception {
        Plan plan = plan(today().plusDays(30));
        long eyeHospital = Db.unitId("BVMAT");
        Api.Reply block = office.post("/api/plans/" + plan.id() + "/blocks", Json.createObjectBuilder().add("year", plan.year())
                .add("name", "Khối thử nghiệm báo cáo").add("unitIds", Json.createArrayBuilder().add(hospital).add(districtCentre)
                        .add(eyeHospital)).build().toString());
        assertThat(block.status()).as(block.body()).isEqualTo(200);
        String completenessPath = "/api/submissions/completeness?plan=" + plan.id() + "&year=" + plan.year();

        JsonObject start = office.get(completenessPath).json();
        assertThat(start.getJsonObject("total").getInt("expected")).isEqualTo(3);
        assertThat(counts(start)).containsOnly(Map.entry("NOT_STARTED", 3));
        assertThat(start.getJsonArray("units").getValuesAs(JsonObject.class)).extracting(u -> u.getJsonNumber("unitId").longValue())
                .containsExactlyInAnyOrder(hospital, districtCentre, eyeHospital);
        assertThat(start.getJsonArray("byBlock").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(g -> assertThat(g.getString("name")).isEqualTo("Khối thử nghiệm báo cáo"));
        assertThat(officer.get(completenessPath).status()).isEqualTo(403);
        assertThat(viewer.get(completenessPath).status()).isEqualTo(200);

        // the hospital submits, the district centre starts a draft
        long id = readyToSubmit(plan);
        assertThat(head.post("/api/submissions/" + id + "/submit", versionJson(version(id))).status()).isEqualTo(200);
        long draft = open(otherOfficer, plan, districtCentre);
        JsonObject after = office.get(completenessPath).json();
        assertThat(counts(after)).containsOnly(Map.entry("ON_TIME", 1), Map.entry("DRAFT", 1), Map.entry("NOT_STARTED", 1));
        assertThat(after.getJsonObject("total").getJsonNumber("reportedPercent").bigDecimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(100).divide(BigDecimal.valueOf(3), 1, RoundingMode.HALF_UP));
        Map<Long, String> states = after.getJsonArray("units").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(u -> u.getJsonNumber("unitId").longValue(), u -> u.getString("state")));
        assertThat(states).containsEntry(hospital, "ON_TIME").containsEntry(districtCentre, "DRAFT").containsEntry(eyeHospital, "NOT_STARTED");
        assertThat(after.getJsonArray("units").getValuesAs(JsonObject.class)).filteredOn(u -> u.getJsonNumber("unitId").longValue() == districtCentre)
                .singleElement().satisfies(u -> assertThat(u.getJsonNumber("submissionId").longValue()).isEqualTo(draft));

        // reminders: only the office sends them
        String reminder = Messages.vietnamese("notification.reminder", plan.number(), plan.year(), VietnameseDates.format(plan.deadline()));
        String body = Json.createObjectBuilder().add("planId", plan.id()).add("year", plan.year()).build().toString();
        assertThat(officer.post("/api/submissions/reminders", body).status()).isEqualTo(403);
        assertThat(otherOfficer.post("/api/submissions/reminders", body).status()).isEqualTo(403);
        assertThat(Db.number("SELECT COUNT(*) FROM notification WHERE message = ?", reminder)).isZero();

        long sentFrom = System.currentTimeMillis();
        Api.Reply reminded = office.post("/api/submissions/reminders", body);
        assertThat(reminded.status()).as(reminded.body()).isEqualTo(200);
        long reporters = reporters(districtCentre, eyeHospital);
        long withEmail = Db.number("SELECT COUNT(DISTINCT a.id) FROM account a JOIN account_role r ON r.account_id = a.id"
                + " WHERE a.enabled = TRUE AND r.role IN ('UNIT_OFFICER', 'UNIT_HEAD') AND FIND_IN_SET(a.unit_id, ?)"
                + " AND a.email IS NOT NULL AND a.email <> ''", districtCentre + "," + eyeHospital);
        assertThat(reporters).isPositive();
        long unreportedUnits = states.values().stream().filter(s -> !s.equals("ON_TIME") && !s.equals("LATE")).count();
        assertThat(reminded.json().getJsonNumber("units").longValue()).isEqualTo(unreportedUnits);
        assertThat(reminded.json().getJsonNumber("accounts").longValue()).isEqualTo(reporters);
        assertThat(reminded.json().getJsonNumber("emails").longValue()).isEqualTo(withEmail);
        assertThat(Db.number("SELECT COUNT(*) FROM notification WHERE message = ?", reminder)).isEqualTo(reporters);
        assertThat(Db.texts("SELECT a.username FROM notification n JOIN account a ON a.id = n.account_id WHERE n.message = ?", reminder))
                .contains("canbo.thachha").doesNotContain("canbo.bvdk", "truong.bvdk");
        assertThat(Db.text("SELECT n.link FROM notification n JOIN account a ON a.id = n.account_id"
                + " WHERE n.message = ? AND a.username = 'canbo.thachha'", reminder)).endsWith("?id=" + draft);

        // the e-mail, in Vietnamese, reached the district centre's officer and nobody at the hospital
        List<MimeMessage> toCentre = mailsTo("canbo.thachha@demo.thidua.vn", reminder, sentFrom, true);
        assertThat(toCentre).hasSize(1);
        MimeMessage mail = toCentre.get(0);
        assertThat(mail.getSubject()).isEqualTo(Messages.vietnamese("notification.mail.subject"));
        assertThat(mail.getSubject()).containsPattern("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]");
        assertThat(((String) mail.getContent()).strip()).isEqualTo(reminder).contains(plan.number());
        assertThat(mailsTo("canbo.bvdk@demo.thidua.vn", reminder, sentFrom, false)).isEmpty();
        assertThat(mailsTo("truong.bvdk@demo.thidua.vn", reminder, sentFrom, false)).isEmpty();
    }

    // ------------------------------------------------------------------ set-up

    @Test
    void aUnitLeadingPlanTasksReportsTheirProgressAndTheTaskCriterionIsCountedFromIt() {
        Plan plan = plan(LocalDate.now(PROVINCE).plusDays(20));
        long taskCriterion = idOf(template(plan.frameworkId(), "TASK_COMPLETION"));
        List<Long> tasks = new java.util.ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            Api.Reply task = office.post("/api/plans/" + plan.id() + "/tasks", Json.createObjectBuilder().add("code", "NV" + n)
                    .add("content", "Nhiệm vụ thử nghiệm số " + n).add("leadUnitId", hospital).add("due", "Quý IV năm " + plan.year())
                    .build().toString());
            assertThat(task.status()).as(task.body()).isEqualTo(200);
            tasks.add(task.json().getJsonNumber("id").longValue());
        }
        Api.Reply other = office.post("/api/plans/" + plan.id() + "/tasks", Json.createObjectBuilder().add("code", "NV9")
                .add("content", "Nhiệm vụ của đơn vị khác").add("leadUnitId", districtCentre).add("due", "Quý IV năm " + plan.year())
                .build().toString());
        assertThat(other.status()).as(other.body()).isEqualTo(200);
        long otherTask = other.json().getJsonNumber("id").longValue();

        long id = open(officer, plan, hospital);
        JsonObject report = officer.get("/api/submissions/" + id).json();
        assertThat(report.getJsonArray("tasks").getValuesAs(JsonObject.class)).extracting(t -> t.getJsonNumber("taskId").longValue())
                .as("only the tasks the hospital leads").containsExactlyElementsOf(tasks);

        String progress = Json.createObjectBuilder().add("version", version(id)).add("answers", Json.createArrayBuilder())
                .add("tasks", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("taskId", tasks.get(0)).add("progress", "DONE_ON_TIME").add("note", "Đã xong"))
                        .add(Json.createObjectBuilder().add("taskId", tasks.get(1)).add("progress", "DONE_LATE"))
                        .add(Json.createObjectBuilder().add("taskId", tasks.get(2)).add("progress", "IN_PROGRESS")))
                .build().toString();
        Api.Reply saved = officer.put("/api/submissions/" + id, progress);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonObject criterion = saved.json().getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("criterionId").longValue() == taskCriterion).findFirst().orElseThrow();
        assertThat(criterion.getInt("assigned")).isEqualTo(3);
        assertThat(criterion.getInt("completed")).as("only a task done on time counts").isEqualTo(1);
        assertThat(answerColumn(id, taskCriterion, "assigned")).isEqualTo("3");
        assertThat(answerColumn(id, taskCriterion, "completed")).isEqualTo("1");
        assertThat(Db.texts("SELECT progress FROM submission_task WHERE submission_id = ? ORDER BY task_id", id))
                .containsExactly("DONE_ON_TIME", "DONE_LATE", "IN_PROGRESS");
        assertThat(Db.text("SELECT note FROM submission_task WHERE submission_id = ? AND task_id = ?", id, tasks.get(0))).isEqualTo("Đã xong");

        // typed counts do not override the tasks, and another unit's task is refused with nothing saved
        long before = version(id);
        String typedCounts = Json.createObjectBuilder().add("version", before).add("answers", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("criterionId", taskCriterion).add("assigned", 10).add("completed", 10))).build().toString();
        Api.Reply typed = officer.put("/api/submissions/" + id, typedCounts);
        assertThat(typed.status()).as(typed.body()).isEqualTo(200);
        assertThat(answerColumn(id, taskCriterion, "completed")).isEqualTo("1");
        Api.Reply foreign = officer.put("/api/submissions/" + id, Json.createObjectBuilder().add("version", version(id))
                .add("tasks", Json.createArrayBuilder().add(Json.createObjectBuilder().add("taskId", otherTask).add("progress", "DONE_ON_TIME")))
                .build().toString());
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().getJsonObject("fieldErrors").keySet()).containsExactly("tasks[" + otherTask + "]");
        assertThat(Db.number("SELECT COUNT(*) FROM submission_task WHERE submission_id = ?", id)).isEqualTo(3);
    }

    /**
     * An issued plan of the emulation office with a yearly reporting deadline (none when null) and a framework for
     * every unit type: a smoke-free checklist and a patient satisfaction survey (both requiring evidence), a
     * penalty, and a numeric criterion on an indicator measured in %.
     */
    private record Plan(long id, String number, int year, LocalDate deadline, long frameworkId, long smokeFree, int smokeItems,
                        BigDecimal lastItemPoints, long survey, long penalty, long emr, Map<Long, String> codes) {

        String code(long criterionId) {
            return codes.get(criterionId);
        }
    }

    private Plan plan(LocalDate deadline) {
        return plan(deadline, deadline.getYear());
    }

    private Plan plan(LocalDate deadline, int year) {
        String number = uniqueNumber();
        Api.Reply created = office.post("/api/plans", planJson(number, year, deadline, null));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();

        Api.Reply indicator = office.post("/api/plans/" + id + "/indicators", Json.createObjectBuilder()
                .add("code", "BAĐT").add("name", "Tỷ lệ hồ sơ bệnh án điện tử").add("group", "ACTIVITY").add("unitOfMeasure", "%")
                .add("direction", "HIGHER_IS_BETTER").add("targets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("year", year).add("baseline", false).add("comparison", "GE").add("value", 80)))
                .build().toString());
        assertThat(indicator.status()).as(indicator.body()).isEqualTo(200);
        long indicatorId = indicator.json().getJsonNumber("id").longValue();

        Api.Reply issued = office.put("/api/plans/" + id + "/status", "{\"status\":\"ISSUED\",\"version\":"
                + created.json().getJsonNumber("version").longValue() + "}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);

        Api.Reply framework = office.post("/api/plans/" + id + "/frameworks", "{\"name\":\"Bảng điểm báo cáo thành tích\",\"declaredTotal\":40}");
        assertThat(framework.status()).as(framework.body()).isEqualTo(201);
        long fid = framework.json().getJsonNumber("id").longValue();
        JsonObject smokeFree = template(fid, "SMOKE_FREE");
        JsonObject survey = template(fid, "PATIENT_SATISFACTION");
        JsonObject penalty = template(fid, "NO_VIOLATIONS");
        Api.Reply emr = office.post("/api/frameworks/" + fid + "/criteria", Json.createObjectBuilder()
                .add("name", "Tỷ lệ hồ sơ bệnh án điện tử").add("kind", "NUMERIC_TARGET").add("maxPoints", 20)
                .add("method", "PROPORTIONAL").add("indicatorId", indicatorId).add("evidenceRequired", false).build().toString());
        assertThat(emr.status()).as(emr.body()).isEqualTo(200);
        assertThat(smokeFree.getBoolean("evidenceRequired")).isTrue();
        assertThat(survey.getBoolean("evidenceRequired")).isTrue();
        assertThat(penalty.getBoolean("evidenceRequired")).isFalse();

        List<JsonObject> items = smokeFree.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).hasSizeGreaterThan(1);
        Map<Long, String> codes = Stream.of(smokeFree, survey, penalty, emr.json())
                .collect(Collectors.toMap(c -> c.getJsonNumber("id").longValue(), c -> c.getString("code")));
        return new Plan(id, number, year, deadline, fid, idOf(smokeFree), items.size(),
                items.get(items.size() - 1).getJsonNumber("points").bigDecimalValue(), idOf(survey), idOf(penalty), idOf(emr.json()), codes);
    }

    private JsonObject template(long frameworkId, String template) {
        Api.Reply added = office.post("/api/frameworks/" + frameworkId + "/templates/" + template, "");
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        return added.json();
    }

    private static String planJson(String number, int year, LocalDate deadline, Long version) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("numberSymbol", number).add("issuingBody", "Sở Y tế Hà Tĩnh")
                .add("title", "Kế hoạch thi đua thử nghiệm báo cáo thành tích").add("kind", "WHOLE_PERIOD")
                .add("startYear", year - 1).add("endYear", year + 1).add("place", "Hà Tĩnh")
                .add("issuedOn", LocalDate.of(year - 1, 1, 15).toString());
        if (deadline != null) {
            json.add("reportDay", deadline.getDayOfMonth()).add("reportMonth", deadline.getMonthValue());
        }
        if (version != null) {
            json.add("version", version);
        }
        return json.build().toString();
    }

    private static String uniqueNumber() {
        return "98/KH-BC-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "-" + SEQUENCE.incrementAndGet();
    }

    /** The hospital's report opened by its officer, with every answer and the required evidence: ready for the head. */
    private long readyToSubmit(Plan plan) {
        long id = open(officer, plan, hospital);
        Api.Reply saved = officer.put("/api/submissions/" + id, saveJson(version(id), "Báo cáo thành tích", completeAnswers(plan, true)));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        attachRequiredEvidence(plan, id);
        return id;
    }

    private void attachRequiredEvidence(Plan plan, long id) {
        assertThat(upload(officer, id, plan.smokeFree(), "khong-khoi-thuoc.pdf", pdf("Không khói thuốc lá")).status()).isEqualTo(201);
        assertThat(upload(officer, id, plan.survey(), "khao-sat.pdf", pdf("Khảo sát hài lòng")).status()).isEqualTo(201);
    }

    private long open(Api api, Plan plan, long unitId) {
        Api.Reply opened = api.post("/api/submissions", openJson(plan, unitId));
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        return opened.json().getJsonNumber("id").longValue();
    }

    /** Every criterion answered; the smoke-free checklist all yes but its last item, which is yes only when asked. */
    private static List<JsonObject> completeAnswers(Plan plan, boolean lastItemYes) {
        return List.of(items(plan.smokeFree(), itemAnswers(plan.smokeItems(), lastItemYes)),
                Json.createObjectBuilder().add("criterionId", plan.survey()).add("surveyed", 200).add("satisfied", 180).build(),
                Json.createObjectBuilder().add("criterionId", plan.penalty()).add("violations", 0).build(),
                Json.createObjectBuilder().add("criterionId", plan.emr()).add("value", 85).add("comment", "Theo số liệu HIS").build());
    }

    private static List<Boolean> itemAnswers(int count, boolean lastItemYes) {
        List<Boolean> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            answers.add(i < count - 1 || lastItemYes);
        }
        return answers;
    }

    private static JsonObject items(long criterionId, List<Boolean> answers) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        answers.forEach(a -> {
            if (a == null) {
                items.addNull();
            } else {
                items.add(a);
            }
        });
        return Json.createObjectBuilder().add("criterionId", criterionId).add("items", items).build();
    }

    private static List<Boolean> itemsOf(JsonObject version, long criterionId) {
        JsonObject answer = version.getJsonObject("content").getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonNumber("criterionId").longValue() == criterionId).findFirst().orElseThrow();
        return answer.getJsonArray("items").stream().map(v -> v.getValueType() == JsonValue.ValueType.NULL ? null : (Boolean) (v.getValueType() == JsonValue.ValueType.TRUE))
                .toList();
    }

    private static String openJson(Plan plan, long unitId) {
        return Json.createObjectBuilder().add("planId", plan.id()).add("unitId", unitId).add("year", plan.year()).build().toString();
    }

    private static String reopenJson(Plan plan, long unitId, LocalDate until) {
        return Json.createObjectBuilder().add("planId", plan.id()).add("unitId", unitId).add("year", plan.year())
                .add("until", until.toString()).build().toString();
    }

    private static String saveJson(long version, String narrative, List<JsonObject> answers) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        answers.forEach(array::add);
        JsonObjectBuilder json = Json.createObjectBuilder().add("version", version).add("answers", array);
        if (narrative != null) {
            json.add("narrative", narrative);
        }
        return json.build().toString();
    }

    private static String versionJson(long version) {
        return "{\"version\":" + version + "}";
    }

    private static String reasonJson(String reason, long version) {
        return Json.createObjectBuilder().add("reason", reason).add("version", version).build().toString();
    }

    private static Api.Reply upload(Api api, long submissionId, long criterionId, String fileName, byte[] content) {
        return api.postBytes("/api/submissions/" + submissionId + "/evidence?criterionId=" + criterionId + "&fileName="
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"), content, "application/pdf");
    }

    /**
     * An upload over HTTP/1.1 on a connection of its own. The application stops reading an oversized upload at the
     * limit and answers at once; over HTTP/2 (which {@link Api}'s client upgrades to) that answer never arrives.
     */
    private static Api.Reply uploadOverHttp11(String username, long submissionId, long criterionId, String fileName, byte[] content) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(AppServer.baseUrl() + "/api/submissions/" + submissionId
                        + "/evidence?criterionId=" + criterionId + "&fileName=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (username + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "vi").header("Content-Type", "application/pdf")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(content)).build();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Api.Reply(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ checks

    private static long version(long submissionId) {
        return Db.number("SELECT version FROM submission WHERE id = ?", submissionId);
    }

    /** A column of the stored answer to a criterion, as text; null when the column or the answer is empty. */
    private static String answerColumn(long submissionId, long criterionId, String column) {
        return Db.text("SELECT " + column + " FROM submission_answer WHERE submission_id = ? AND criterion_id = ?",
                submissionId, criterionId);
    }

    private static void assertNothingSaved(long submissionId, long version) {
        assertThat(Db.number("SELECT COUNT(*) FROM submission_answer WHERE submission_id = ?", submissionId)).isZero();
        assertThat(Db.text("SELECT narrative FROM submission WHERE id = ?", submissionId)).isNull();
        assertThat(version(submissionId)).isEqualTo(version);
    }

    /** How many enabled accounts of these units may prepare reports (officers and heads). */
    private static long reporters(long... unitIds) {
        return Db.number("SELECT COUNT(DISTINCT a.id) FROM account a JOIN account_role r ON r.account_id = a.id"
                + " WHERE a.enabled = TRUE AND r.role IN ('UNIT_OFFICER', 'UNIT_HEAD') AND FIND_IN_SET(a.unit_id, ?)",
                Arrays.stream(unitIds).mapToObj(String::valueOf).collect(Collectors.joining(",")));
    }

    private static long idOf(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    private static List<Long> ids(Api.Reply list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.jsonArray().getValuesAs(JsonObject.class).stream().map(s -> s.getJsonNumber("id").longValue()).toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    /** The non-zero counts of the total, by reporting state. */
    private static Map<String, Integer> counts(JsonObject completeness) {
        JsonObject counts = completeness.getJsonObject("total").getJsonObject("counts");
        return counts.keySet().stream().filter(k -> counts.getInt(k) > 0).collect(Collectors.toMap(k -> k, counts::getInt));
    }

    /**
     * Messages to an address with this text, received since a moment (GreenMail is shared by every IT); waiting a
     * little for the first when asked. The application sends its e-mail before it answers, so a check for none
     * made after a found one need not wait.
     */
    private static List<MimeMessage> mailsTo(String address, String text, long sinceMillis, boolean wait) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        long waitUntil = System.currentTimeMillis() + (wait ? 5_000 : 0);
        do {
            found.clear();
            for (MimeMessage message : AppServer.mail().getReceivedMessages()) {
                Address[] to = message.getAllRecipients();
                boolean addressed = to != null && Arrays.stream(to)
                        .anyMatch(a -> a instanceof InternetAddress ia && address.equalsIgnoreCase(ia.getAddress()));
                boolean recent = message.getSentDate() == null || message.getSentDate().getTime() >= sinceMillis - 60_000;
                if (addressed && recent && message.getContent() instanceof String content && content.strip().equals(text)) {
                    found.add(message);
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
            Thread.sleep(200);
        } while (System.currentTimeMillis() < waitUntil);
        return found;
    }

    private static Cell valueCell(Sheet sheet, String key) {
        for (Row row : sheet) {
            Cell keyCell = row.getCell(0);
            if (keyCell != null && keyCell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && key.equals(keyCell.getStringCellValue())) {
                Cell value = row.getCell(3);
                return value != null ? value : row.createCell(3);
            }
        }
        throw new AssertionError("No row " + key + " in the sheet");
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private static String vi(String key, Object... args) {
        return Messages.text(RequestLocale.VIETNAMESE, key, args);
    }

    private static LocalDate today() {
        return LocalDate.now(PROVINCE);
    }

    /** A tiny but complete one-page PDF, with a line of its own so that files differ. */
    private static byte[] pdf(String line) {
        String pdf = "%PDF-1.4\n% " + line + "\n" + """
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """;
        return pdf.getBytes(StandardCharsets.UTF_8);
    }

    /** The start of a Windows program: "MZ", a DOS stub and a PE header. */
    private static byte[] program() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 0x4E, stub.length);
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    private static Path evidenceRoot() {
        return Path.of(System.getProperty("thidua.buildDir", "target"), "it-storage", "evidence").toAbsolutePath();
    }

    private static List<Path> storedFiles() {
        Path root = evidenceRoot();
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
