package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thidua.testsupport.Api;
import vn.thidua.testsupport.AppServer;

/**
 * The plan REST API against the deployed application: plans with contents and milestones, indicator and task
 * imports, scoring frameworks with freezing and versions, and who may read or change what. Message texts of the
 * plan features are not asserted (their Vietnamese texts may still be missing), only that a message is present.
 */
@ExtendWith(AppServer.class)
class PlanApiIT {

    private static final String TEXT = "text/plain;charset=UTF-8";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Api office = Api.as("vanphong");
    private final Api admin = Api.as("admin");
    private final Api officer = Api.as("canbo.thachha");
    private final Api viewer = Api.as("lanhdao");

    // ------------------------------------------------------------------ plans

    @Test
    void theOfficeCreatesAPlanAddsContentsAndMilestonesAndUpdatesWithVersionChecks() {
        String number = uniqueNumber();
        Api.Reply created = office.post("/api/plans", planJson(number, "Kế hoạch thi đua giai đoạn 2021-2025", 2021, 2025, null));
        assertThat(created.status()).isEqualTo(201);
        JsonObject plan = created.json();
        long id = plan.getJsonNumber("id").longValue();
        assertThat(plan.getString("status")).isEqualTo("DRAFT");
        assertThat(plan.getString("kind")).isEqualTo("WHOLE_PERIOD");
        assertThat(plan.getString("issuedOn")).isEqualTo("2021-05-31");
        assertThat(Db.text("SELECT title FROM emulation_plan WHERE id = ?", id)).isEqualTo("Kế hoạch thi đua giai đoạn 2021-2025");
        assertThat(Db.text("SELECT number_symbol FROM emulation_plan WHERE id = ?", id)).isEqualTo(number);
        assertThat(Db.text("SELECT issued_on FROM emulation_plan WHERE id = ?", id)).isEqualTo("2021-05-31");
        assertThat(Db.number("SELECT report_day FROM emulation_plan WHERE id = ?", id)).isEqualTo(15);
        assertThat(Db.number("SELECT report_month FROM emulation_plan WHERE id = ?", id)).isEqualTo(11);
        assertThat(Db.text("SELECT status FROM emulation_plan WHERE id = ?", id)).isEqualTo("DRAFT");

        // contents and milestones
        Api.Reply content1 = office.post("/api/plans/" + id + "/contents",
                "{\"title\":\"Thi đua thực hiện tốt công tác chuyên môn\",\"description\":\"Nâng cao chất lượng khám chữa bệnh\"}");
        assertThat(content1.status()).isEqualTo(200);
        assertThat(content1.json().getInt("position")).isEqualTo(1);
        Api.Reply content2 = office.post("/api/plans/" + id + "/contents", "{\"title\":\"Thi đua xây dựng cơ quan văn hóa\"}");
        assertThat(content2.status()).isEqualTo(200);
        assertThat(content2.json().getInt("position")).isEqualTo(2);
        assertThat(Db.number("SELECT COUNT(*) FROM plan_content WHERE plan_id = ?", id)).isEqualTo(2);
        Api.Reply blankContent = office.post("/api/plans/" + id + "/contents", "{\"title\":\" \"}");
        assertThat(blankContent.status()).isEqualTo(400);
        assertThat(blankContent.json().getString("message")).isNotBlank();
        assertThat(Db.number("SELECT COUNT(*) FROM plan_content WHERE plan_id = ?", id)).isEqualTo(2);

        Api.Reply launch = office.post("/api/plans/" + id + "/milestones", "{\"kind\":\"LAUNCH\",\"dueOn\":\"2021-06-15\"}");
        assertThat(launch.status()).isEqualTo(200);
        assertThat(launch.json().getString("title")).isNotBlank();
        Api.Reply review = office.post("/api/plans/" + id + "/milestones",
                "{\"kind\":\"MID_TERM_REVIEW\",\"title\":\"Sơ kết giữa kỳ\",\"dueOn\":\"2023-11-15\"}");
        assertThat(review.status()).isEqualTo(200);
        assertThat(Db.number("SELECT COUNT(*) FROM plan_milestone WHERE plan_id = ?", id)).isEqualTo(2);
        assertThat(Db.text("SELECT due_on FROM plan_milestone WHERE plan_id = ? AND kind = 'MID_TERM_REVIEW'", id)).isEqualTo("2023-11-15");

        JsonObject read = office.get("/api/plans/" + id).json();
        assertThat(read.getJsonArray("contents")).hasSize(2);
        assertThat(read.getJsonArray("milestones")).hasSize(2);

        // update with the version read
        long version = read.getJsonNumber("version").longValue();
        Api.Reply updated = office.put("/api/plans/" + id, planJson(number, "Kế hoạch thi đua 2021-2025 (sửa đổi)", 2021, 2025, version));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().getString("title")).isEqualTo("Kế hoạch thi đua 2021-2025 (sửa đổi)");
        assertThat(Db.text("SELECT title FROM emulation_plan WHERE id = ?", id)).isEqualTo("Kế hoạch thi đua 2021-2025 (sửa đổi)");
        long versionAfter = Db.number("SELECT version FROM emulation_plan WHERE id = ?", id);
        assertThat(versionAfter).isGreaterThan(version);

        // a stale version is refused and changes nothing
        Api.Reply stale = office.put("/api/plans/" + id, planJson(number, "Tiêu đề ghi đè", 2021, 2025, version));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().getString("message")).isNotBlank();
        assertThat(Db.text("SELECT title FROM emulation_plan WHERE id = ?", id)).isEqualTo("Kế hoạch thi đua 2021-2025 (sửa đổi)");
        assertThat(Db.number("SELECT version FROM emulation_plan WHERE id = ?", id)).isEqualTo(versionAfter);

        // audited
        assertThat(Db.texts("SELECT action FROM audit_event WHERE entity_type = 'EmulationPlan' AND entity_id = ?", String.valueOf(id)))
                .contains("CREATE", "UPDATE");
        assertThat(Db.text("SELECT username FROM audit_event WHERE entity_type = 'EmulationPlan' AND entity_id = ? AND action = 'CREATE'",
                String.valueOf(id))).isEqualTo("vanphong");
        assertThat(Db.text("SELECT username FROM audit_event WHERE entity_type = 'EmulationPlan' AND entity_id = ? AND action = 'UPDATE'",
                String.valueOf(id))).isEqualTo("vanphong");
    }

    @Test
    void badPlanInputGets400WithFieldErrorsAndCreatesNothing() {
        long before = Db.number("SELECT COUNT(*) FROM emulation_plan");
        String number = uniqueNumber();
        Api.Reply backwards = office.post("/api/plans", planJson(number, "Kế hoạch ngược năm", 2025, 2021, null));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().getString("message")).isNotBlank();
        assertThat(backwards.json().getJsonObject("fieldErrors").getString("endYear")).isNotBlank();

        String noTitle = """
                {"numberSymbol":"%s","issuingBody":"Sở Y tế Hà Tĩnh","kind":"WHOLE_PERIOD","startYear":2021,"endYear":2025,
                 "reportDay":15,"reportMonth":11,"place":"Hà Tĩnh","issuedOn":"2021-05-31"}
                """.formatted(number);
        Api.Reply missingTitle = office.post("/api/plans", noTitle);
        assertThat(missingTitle.status()).isEqualTo(400);
        assertThat(missingTitle.json().getString("message")).isNotBlank();
        assertThat(missingTitle.json().getJsonObject("fieldErrors").getString("title")).isNotBlank();

        assertThat(Db.number("SELECT COUNT(*) FROM emulation_plan WHERE number_symbol = ?", number)).isZero();
        assertThat(Db.number("SELECT COUNT(*) FROM emulation_plan")).isEqualTo(before);

        // the same number twice from the same body is refused too
        long id = createPlan();
        String taken = Db.text("SELECT number_symbol FROM emulation_plan WHERE id = ?", id);
        Api.Reply duplicate = office.post("/api/plans", planJson(taken, "Bản trùng số", 2021, 2025, null));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().getJsonObject("fieldErrors").getString("numberSymbol")).isNotBlank();
        assertThat(Db.number("SELECT COUNT(*) FROM emulation_plan WHERE number_symbol = ?", taken)).isEqualTo(1);
    }

    // ------------------------------------------------------------------ indicators

    @Test
    void indicatorTableOf004IsPreviewedThenImportedOnceWithoutDuplicates() {
        long id = createPlan();
        byte[] table = seed("indicators-004.tsv");

        Api.Reply preview = office.postBytes("/api/plans/" + id + "/indicators/import", table, TEXT);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.json().getJsonArray("rows")).hasSize(12);
        assertThat(preview.json().getBoolean("hasErrors")).isFalse();
        assertThat(absent(preview.json(), "created")).isTrue();
        assertThat(indicatorCount(id)).isZero();

        Api.Reply confirmed = office.postBytes("/api/plans/" + id + "/indicators/import?confirm=true", table, TEXT);
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().getInt("created")).isEqualTo(12);
        assertThat(indicatorCount(id)).isEqualTo(12);
        long first = Db.number("SELECT id FROM indicator WHERE plan_id = ? ORDER BY position, id LIMIT 1", id);
        assertThat(Db.number("SELECT COUNT(*) FROM indicator_target WHERE indicator_id = ? AND target_year = 2025 AND baseline = FALSE", first))
                .isEqualTo(1);
        assertThat(Db.text("SELECT comparison FROM indicator_target WHERE indicator_id = ? AND target_year = 2025 AND baseline = FALSE", first))
                .isEqualTo("GE");
        assertThat(new BigDecimal(Db.text(
                "SELECT target_value FROM indicator_target WHERE indicator_id = ? AND target_year = 2025 AND baseline = FALSE", first)))
                .isEqualByComparingTo("11.5");
        long targets = Db.number("SELECT COUNT(*) FROM indicator_target t JOIN indicator i ON i.id = t.indicator_id WHERE i.plan_id = ?", id);

        var listed = office.get("/api/plans/" + id + "/indicators").jsonArray();
        assertThat(listed).hasSize(12);

        Api.Reply again = office.postBytes("/api/plans/" + id + "/indicators/import?confirm=true", table, TEXT);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().getInt("created")).isZero();
        assertThat(again.json().getInt("updated")).isEqualTo(12);
        assertThat(indicatorCount(id)).isEqualTo(12);
        assertThat(Db.number("SELECT COUNT(*) FROM indicator_target t JOIN indicator i ON i.id = t.indicator_id WHERE i.plan_id = ?", id))
                .isEqualTo(targets);
    }

    @Test
    void aChangedTargetInARepeatedImportIsAudited() {
        long id = createPlan();
        String table = new String(seed("indicators-004.tsv"), StandardCharsets.UTF_8);
        assertThat(office.postBytes("/api/plans/" + id + "/indicators/import?confirm=true", table.getBytes(StandardCharsets.UTF_8), TEXT)
                .status()).isEqualTo(200);
        long first = Db.number("SELECT id FROM indicator WHERE plan_id = ? AND code = '1'", id);

        String changed = table.replace("$\\geq 11,5$", "≥ 12");
        assertThat(changed).isNotEqualTo(table);
        assertThat(office.postBytes("/api/plans/" + id + "/indicators/import?confirm=true", changed.getBytes(StandardCharsets.UTF_8), TEXT)
                .status()).isEqualTo(200);

        assertThat(new BigDecimal(Db.text("SELECT target_value FROM indicator_target WHERE indicator_id = ? AND target_year = 2025", first)))
                .isEqualByComparingTo("12");
        assertThat(Db.texts("SELECT after_state FROM audit_event WHERE entity_type = 'Indicator' AND entity_id = ? AND action = 'UPDATE'",
                String.valueOf(first))).anySatisfy(after -> assertThat(after).contains("2025 ≥ 12"));
    }

    @Test
    void indicatorTableOf001HasThreeColumnsNineteenRowsAndWarnings() {
        long id = createPlan();
        Api.Reply preview = office.postBytes("/api/plans/" + id + "/indicators/import", seed("indicators-001.tsv"), TEXT);
        assertThat(preview.status()).isEqualTo(200);
        JsonObject table = preview.json();
        assertThat(table.getJsonArray("columns")).hasSize(3);
        assertThat(table.getJsonArray("rows")).hasSize(19);
        List<JsonObject> rows = table.getJsonArray("rows").getValuesAs(JsonObject.class);
        long rowsWithWarnings = rows.stream().filter(PlanApiIT::hasWarning).count();
        assertThat(rowsWithWarnings).isPositive();
        rows.stream().filter(PlanApiIT::hasWarning).forEach(r -> assertThat(problemsOf(r)).allSatisfy(
                p -> assertThat(p.getString("message")).isNotBlank()));
        assertThat(indicatorCount(id)).isZero();
    }

    @Test
    void anUnreadableTargetIsMarkedInThePreviewAndTheImportIsRefused() {
        long id = createPlan();
        String tsv = "TT\tChỉ tiêu\tĐơn vị tính\tMục tiêu đến năm 2025\n"
                + "1\tSố bác sĩ/10.000 dân\tBác sĩ\tabc\n"
                + "2\tTỷ lệ người dân tham gia BHYT\t%\t≥ 95\n";
        byte[] body = tsv.getBytes(StandardCharsets.UTF_8);
        Api.Reply preview = office.postBytes("/api/plans/" + id + "/indicators/import", body, TEXT);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.json().getBoolean("hasErrors")).isTrue();
        JsonObject first = preview.json().getJsonArray("rows").getJsonObject(0);
        assertThat(problemsOf(first)).anySatisfy(p -> {
            assertThat(p.getString("severity")).isEqualTo("ERROR");
            assertThat(p.getString("message")).isNotBlank();
        });

        Api.Reply confirm = office.postBytes("/api/plans/" + id + "/indicators/import?confirm=true", body, TEXT);
        assertThat(confirm.status()).isEqualTo(400);
        assertThat(confirm.json().getString("message")).isNotBlank();
        assertThat(indicatorCount(id)).isZero();
    }

    // ------------------------------------------------------------------ tasks

    @Test
    void taskTableOf002IsPreviewedThenImported() {
        long id = createPlan();
        byte[] table = seed("tasks-002.tsv");
        Api.Reply preview = office.postBytes("/api/plans/" + id + "/tasks/import", table, TEXT);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.json().getJsonArray("rows")).hasSize(17);
        assertThat(preview.json().getBoolean("hasErrors")).isFalse();
        assertThat(Db.number("SELECT COUNT(*) FROM plan_task WHERE plan_id = ?", id)).isZero();

        Api.Reply confirmed = office.postBytes("/api/plans/" + id + "/tasks/import?confirm=true", table, TEXT);
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().getInt("created")).isEqualTo(17);
        assertThat(Db.number("SELECT COUNT(*) FROM plan_task WHERE plan_id = ?", id)).isEqualTo(17);
        assertThat(Db.text("SELECT due_kind FROM plan_task WHERE plan_id = ? AND code = '1'", id)).isEqualTo("QUARTER");
        assertThat(Db.text("SELECT due_on FROM plan_task WHERE plan_id = ? AND code = '1'", id)).isEqualTo("2024-06-30");
        assertThat(Db.texts("SELECT DISTINCT due_kind FROM plan_task WHERE plan_id = ?", id)).contains("ONGOING");
        assertThat(Db.number("SELECT COUNT(*) FROM plan_task WHERE plan_id = ? AND (content IS NULL OR content = '')", id)).isZero();
        assertThat(office.get("/api/plans/" + id + "/tasks").jsonArray()).hasSize(17);

        Api.Reply again = office.postBytes("/api/plans/" + id + "/tasks/import?confirm=true", table, TEXT);
        assertThat(again.status()).isEqualTo(200);
        assertThat(Db.number("SELECT COUNT(*) FROM plan_task WHERE plan_id = ?", id)).isEqualTo(17);
    }

    // ------------------------------------------------------------------ frameworks

    @Test
    void aFrameworkIsFrozenOnlyWhenItsPointsAddUp() {
        long fid = balancedFramework(createPlan());
        JsonObject balanced = office.get("/api/frameworks/" + fid).json();
        Api.Reply stale = office.post("/api/frameworks/" + fid + "/freeze?version=" + (balanced.getJsonNumber("version").longValue() + 7), "");
        assertThat(stale.status()).isEqualTo(409);
        Api.Reply frozen = office.post("/api/frameworks/" + fid + "/freeze?version=" + balanced.getJsonNumber("version").longValue(), "");
        assertThat(frozen.status()).as(frozen.body()).isEqualTo(200);
        assertThat(frozen.json().getBoolean("frozen")).isTrue();
        assertThat(Db.number("SELECT COUNT(*) FROM scoring_framework WHERE id = ? AND frozen = TRUE AND frozen_at IS NOT NULL", fid))
                .isEqualTo(1);
    }

    @Test
    void aFrozenFrameworkDoesNotChangeAndItsNextVersionIsEditable() {
        long planId = createPlan();
        long fid = balancedFramework(planId);
        JsonObject balanced = office.get("/api/frameworks/" + fid).json();
        // frozen in the database, frozen_at left empty: freezing through the API fails and a stored frozen_at cannot be
        // read back (ScoringFramework.frozenAt is an Instant EclipseLink maps as a serialized blob; see aFrameworkIsFrozenOnlyWhenItsPointsAddUp)
        update("UPDATE scoring_framework SET frozen = TRUE WHERE id = ?", fid);
        assertThat(office.get("/api/frameworks/" + fid).json().getBoolean("frozen")).isTrue();
        long topId = Db.number("SELECT id FROM criterion WHERE framework_id = ? AND name = 'Hoàn thành kế hoạch tài chính'", fid);
        long topVersion = Db.number("SELECT version FROM criterion WHERE id = ?", topId);

        // a frozen framework does not change
        Api.Reply add = office.post("/api/frameworks/" + fid + "/criteria",
                "{\"name\":\"Thêm sau khi khóa\",\"kind\":\"YES_NO\",\"maxPoints\":5,\"evidenceRequired\":false}");
        assertThat(add.status()).isEqualTo(400);
        assertThat(add.json().getString("message")).isNotBlank();
        Api.Reply addTemplate = office.post("/api/frameworks/" + fid + "/templates/SMOKE_FREE", "");
        assertThat(addTemplate.status()).isEqualTo(400);
        Api.Reply change = office.put("/api/frameworks/" + fid + "/criteria/" + topId,
                "{\"name\":\"Đổi tên sau khi khóa\",\"kind\":\"YES_NO\",\"maxPoints\":25,\"evidenceRequired\":false,\"version\":"
                        + topVersion + "}");
        assertThat(change.status()).isEqualTo(400);
        assertThat(delete("vanphong", "/api/frameworks/" + fid + "/criteria/" + topId)).isEqualTo(400);
        assertThat(criterionCount(fid)).isEqualTo(8);
        assertThat(Db.text("SELECT name FROM criterion WHERE id = ?", topId)).isEqualTo("Hoàn thành kế hoạch tài chính");
        assertThat(Db.number("SELECT COUNT(*) FROM criterion WHERE framework_id = ? AND name LIKE '%sau khi khóa%'", fid)).isZero();

        // the next version is a copy that can be edited
        Api.Reply next = office.post("/api/frameworks/" + fid + "/new-version", "");
        assertThat(next.status()).isEqualTo(201);
        JsonObject v2 = next.json();
        long v2Id = v2.getJsonNumber("id").longValue();
        assertThat(v2Id).isNotEqualTo(fid);
        assertThat(v2.getInt("versionNo")).isEqualTo(2);
        assertThat(v2.getBoolean("frozen")).isFalse();
        assertThat(codes(v2)).containsExactlyElementsOf(codes(balanced));
        assertThat(v2.getJsonArray("problems")).isEmpty();
        assertThat(criterionCount(v2Id)).isEqualTo(8);
        assertThat(Db.number("SELECT COUNT(*) FROM checklist_item ci JOIN criterion c ON c.id = ci.criterion_id WHERE c.framework_id = ?", v2Id))
                .isEqualTo(10);
        assertThat(Db.number("SELECT version_no FROM scoring_framework WHERE id = ?", v2Id)).isEqualTo(2);
        // the copied group keeps its children under the copy, not the original
        assertThat(Db.number("SELECT COUNT(*) FROM criterion c JOIN criterion p ON p.id = c.parent_id "
                + "WHERE c.framework_id = ? AND p.framework_id <> c.framework_id", v2Id)).isZero();

        Api.Reply editable = office.post("/api/frameworks/" + v2Id + "/criteria",
                "{\"name\":\"Điểm thưởng sáng kiến\",\"kind\":\"BONUS\",\"maxPoints\":5,\"evidenceRequired\":true}");
        assertThat(editable.status()).isEqualTo(200);
        assertThat(criterionCount(v2Id)).isEqualTo(9);
        assertThat(criterionCount(fid)).isEqualTo(8);
        assertThat(office.get("/api/frameworks/" + v2Id).json().getJsonArray("problems")).isEmpty(); // bonus is outside the total
        assertThat(Db.number("SELECT COUNT(*) FROM scoring_framework WHERE plan_id = ?", planId)).isEqualTo(2);
        assertThat(office.post("/api/frameworks/" + fid + "/new-version", "").status()).isEqualTo(400); // v2 exists already
        assertThat(Db.number("SELECT COUNT(*) FROM scoring_framework WHERE plan_id = ?", planId)).isEqualTo(2);
    }

    /** A framework of 100 points whose criteria add up, with a group, templates and a penalty; not frozen. */
    private long balancedFramework(long planId) {
        // made in the database: POST /api/plans/{id}/frameworks is unreachable (see frameworksAreCreatedAndListedUnderTheirPlan)
        long fid = insertFramework(planId, "Bảng điểm bệnh viện");
        JsonObject created = office.get("/api/frameworks/" + fid).json();
        assertThat(created.getInt("versionNo")).isEqualTo(1);
        assertThat(created.getBoolean("frozen")).isFalse();
        assertThat(created.getJsonArray("problems")).isNotEmpty(); // no criteria: 0 of 100
        assertThat(Db.number("SELECT COUNT(*) FROM scoring_framework WHERE plan_id = ?", planId)).isEqualTo(1);

        // top level: smoke-free 10 + green-clean 15, a penalty outside the total
        assertThat(office.post("/api/frameworks/" + fid + "/templates/SMOKE_FREE", "").status()).isEqualTo(200);
        assertThat(office.post("/api/frameworks/" + fid + "/templates/GREEN_CLEAN_SAFE", "").status()).isEqualTo(200);
        Api.Reply penalty = office.post("/api/frameworks/" + fid + "/templates/NO_VIOLATIONS", "");
        assertThat(penalty.status()).isEqualTo(200);
        assertThat(penalty.json().getString("kind")).isEqualTo("PENALTY");

        // a group of 50 holding satisfaction 10 + task completion 15 so far
        Api.Reply group = office.post("/api/frameworks/" + fid + "/criteria",
                "{\"name\":\"Công tác chuyên môn\",\"maxPoints\":50,\"evidenceRequired\":false}");
        assertThat(group.status()).isEqualTo(200);
        long groupId = group.json().getJsonNumber("id").longValue();
        assertThat(absent(group.json(), "kind")).isTrue();
        assertThat(office.post("/api/frameworks/" + fid + "/templates/PATIENT_SATISFACTION?parent=" + groupId, "").status()).isEqualTo(200);
        Api.Reply tasks = office.post("/api/frameworks/" + fid + "/templates/TASK_COMPLETION?parent=" + groupId, "");
        assertThat(tasks.status()).isEqualTo(200);
        assertThat(tasks.json().getJsonNumber("parentId").longValue()).isEqualTo(groupId);
        assertThat(criterionCount(fid)).isEqualTo(6);
        assertThat(Db.number("SELECT COUNT(*) FROM checklist_item ci JOIN criterion c ON c.id = ci.criterion_id WHERE c.framework_id = ?", fid))
                .isEqualTo(10);

        JsonObject unbalanced = office.get("/api/frameworks/" + fid).json();
        assertThat(unbalanced.getJsonArray("criteria")).hasSize(6);
        assertThat(unbalanced.getJsonArray("problems")).isNotEmpty(); // 10 + 15 + 50 = 75, group 25 of 50

        Api.Reply refused = office.post("/api/frameworks/" + fid + "/freeze?version=" + unbalanced.getJsonNumber("version").longValue(), "");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("message")).isNotBlank();
        assertThat(Db.number("SELECT COUNT(*) FROM scoring_framework WHERE id = ? AND frozen = TRUE", fid)).isZero();

        // fill the group (25 + 25 = 50) and the top level (10 + 15 + 50 + 25 = 100)
        Api.Reply inGroup = office.post("/api/frameworks/" + fid + "/criteria", """
                {"parentId":%d,"name":"Triển khai bệnh án điện tử","kind":"YES_NO","maxPoints":25,"evidenceRequired":true}
                """.formatted(groupId));
        assertThat(inGroup.status()).isEqualTo(200);
        JsonObject halfway = office.get("/api/frameworks/" + fid).json();
        assertThat(halfway.getJsonArray("problems")).isNotEmpty();
        Api.Reply top = office.post("/api/frameworks/" + fid + "/criteria",
                "{\"name\":\"Hoàn thành kế hoạch tài chính\",\"kind\":\"YES_NO\",\"maxPoints\":25,\"evidenceRequired\":false}");
        assertThat(top.status()).isEqualTo(200);

        JsonObject balanced = office.get("/api/frameworks/" + fid).json();
        assertThat(balanced.getJsonArray("problems")).isEmpty();
        assertThat(balanced.getJsonArray("criteria")).hasSize(8);
        return fid;
    }

    @Test
    void frameworksAreCreatedAndListedUnderTheirPlan() {
        long planId = createPlan();
        long version = Db.number("SELECT version FROM emulation_plan WHERE id = ?", planId);
        assertThat(office.put("/api/plans/" + planId + "/status", "{\"status\":\"ISSUED\",\"version\":" + version + "}").status())
                .isEqualTo(200);
        Api.Reply created = office.post("/api/plans/" + planId + "/frameworks", "{\"name\":\"Bảng điểm trạm y tế\",\"declaredTotal\":100}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().getInt("versionNo")).isEqualTo(1);
        assertThat(created.json().getBoolean("frozen")).isFalse();
        assertThat(Db.number("SELECT COUNT(*) FROM scoring_framework WHERE plan_id = ? AND name = 'Bảng điểm trạm y tế'", planId))
                .isEqualTo(1);
        Api.Reply duplicate = office.post("/api/plans/" + planId + "/frameworks", "{\"name\":\"bảng điểm trạm y tế\",\"declaredTotal\":100}");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().getString("message")).isNotBlank();
        Api.Reply noTotal = office.post("/api/plans/" + planId + "/frameworks", "{\"name\":\"Bảng điểm khác\",\"declaredTotal\":0}");
        assertThat(noTotal.status()).isEqualTo(400);
        assertThat(Db.number("SELECT COUNT(*) FROM scoring_framework WHERE plan_id = ?", planId)).isEqualTo(1);
        for (Api api : List.of(viewer, officer)) {
            assertThat(api.post("/api/plans/" + planId + "/frameworks", "{\"name\":\"Trái phép\",\"declaredTotal\":100}").status())
                    .isEqualTo(403);
        }
        assertThat(Db.number("SELECT COUNT(*) FROM scoring_framework WHERE plan_id = ?", planId)).isEqualTo(1);

        Api.Reply listed = officer.get("/api/plans/" + planId + "/frameworks");
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.jsonArray()).hasSize(1);
    }

    // ------------------------------------------------------------------ authorisation

    @Test
    void aPlanHasOneFrameworkPerUnitTypeWhereTheyDiffer() {
        long planId = createPlan();
        Api.Reply hospitals = office.post("/api/plans/" + planId + "/frameworks",
                "{\"name\":\"Bảng điểm bệnh viện\",\"unitType\":\"HOSPITAL\",\"declaredTotal\":1000}");
        Api.Reply stations = office.post("/api/plans/" + planId + "/frameworks",
                "{\"name\":\"Bảng điểm trạm y tế xã\",\"unitType\":\"COMMUNE_STATION\",\"declaredTotal\":100}");
        assertThat(hospitals.status()).as(hospitals.body()).isEqualTo(201);
        assertThat(stations.status()).as(stations.body()).isEqualTo(201);
        assertThat(hospitals.json().getString("unitType")).isEqualTo("HOSPITAL");
        assertThat(Db.texts("SELECT CONCAT(unit_type, ' ', declared_total) FROM scoring_framework WHERE plan_id = ? ORDER BY unit_type", planId))
                .containsExactly("COMMUNE_STATION 100.00", "HOSPITAL 1000.00");

        long hospitalFramework = hospitals.json().getJsonNumber("id").longValue();
        assertThat(office.post("/api/frameworks/" + hospitalFramework + "/templates/SMOKE_FREE", "").status()).isEqualTo(200);
        JsonObject read = office.get("/api/frameworks/" + hospitalFramework).json();
        assertThat(read.getString("unitType")).isEqualTo("HOSPITAL");
        assertThat(read.getJsonArray("problems").getString(0)).contains("10", "1.000");
        assertThat(office.get("/api/plans/" + planId + "/frameworks").jsonArray()).hasSize(2);
    }

    @Test
    void viewersAndUnitOfficersNeitherChangePlansNorSeeDrafts() {
        long before = Db.number("SELECT COUNT(*) FROM emulation_plan");
        String number = uniqueNumber();
        for (Api api : List.of(viewer, officer)) {
            Api.Reply refused = api.post("/api/plans", planJson(number, "Kế hoạch không được phép", 2021, 2025, null));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().getString("message")).isNotBlank();
        }
        assertThat(Db.number("SELECT COUNT(*) FROM emulation_plan")).isEqualTo(before);

        long id = createPlan();
        String title = Db.text("SELECT title FROM emulation_plan WHERE id = ?", id);
        String own = Db.text("SELECT number_symbol FROM emulation_plan WHERE id = ?", id);
        long version = Db.number("SELECT version FROM emulation_plan WHERE id = ?", id);
        for (Api api : List.of(viewer, officer)) {
            assertThat(api.get("/api/plans/" + id).status()).isEqualTo(404);
            assertThat(ids(api.get("/api/plans"))).doesNotContain(id);
            assertThat(api.put("/api/plans/" + id, planJson(own, "Sửa trái phép", 2021, 2025, version)).status()).isIn(403, 404);
            assertThat(api.post("/api/plans/" + id + "/contents", "{\"title\":\"Nội dung trái phép\"}").status()).isIn(403, 404);
            assertThat(api.put("/api/plans/" + id + "/status", "{\"status\":\"ISSUED\",\"version\":" + version + "}").status())
                    .isIn(403, 404);
        }
        assertThat(ids(office.get("/api/plans"))).contains(id);
        assertThat(ids(admin.get("/api/plans"))).contains(id);
        assertThat(Db.text("SELECT title FROM emulation_plan WHERE id = ?", id)).isEqualTo(title);
        assertThat(Db.text("SELECT status FROM emulation_plan WHERE id = ?", id)).isEqualTo("DRAFT");
        assertThat(Db.number("SELECT COUNT(*) FROM plan_content WHERE plan_id = ?", id)).isZero();

        // issued: everyone reads it, still nobody but the office changes it
        Api.Reply issued = office.put("/api/plans/" + id + "/status", "{\"status\":\"ISSUED\",\"version\":" + version + "}");
        assertThat(issued.status()).isEqualTo(200);
        assertThat(issued.json().getString("status")).isEqualTo("ISSUED");
        assertThat(Db.text("SELECT status FROM emulation_plan WHERE id = ?", id)).isEqualTo("ISSUED");
        long issuedVersion = issued.json().getJsonNumber("version").longValue();
        for (Api api : List.of(viewer, officer)) {
            Api.Reply read = api.get("/api/plans/" + id);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().getString("status")).isEqualTo("ISSUED");
            assertThat(ids(api.get("/api/plans"))).contains(id);
            assertThat(api.put("/api/plans/" + id, planJson(own, "Sửa trái phép", 2021, 2025, issuedVersion)).status()).isEqualTo(403);
            assertThat(api.put("/api/plans/" + id + "/status", "{\"status\":\"CLOSED\",\"version\":" + issuedVersion + "}").status())
                    .isEqualTo(403);
        }
        assertThat(Db.text("SELECT title FROM emulation_plan WHERE id = ?", id)).isEqualTo(title);
        assertThat(Db.text("SELECT status FROM emulation_plan WHERE id = ?", id)).isEqualTo("ISSUED");
    }

    @Test
    void aUnitOfficerCannotImportOrCreateFrameworks() {
        long id = createPlan();
        long version = Db.number("SELECT version FROM emulation_plan WHERE id = ?", id);
        assertThat(office.put("/api/plans/" + id + "/status", "{\"status\":\"ISSUED\",\"version\":" + version + "}").status())
                .isEqualTo(200);

        Api.Reply indicators = officer.postBytes("/api/plans/" + id + "/indicators/import?confirm=true", seed("indicators-004.tsv"), TEXT);
        assertThat(indicators.status()).isEqualTo(403);
        assertThat(indicators.json().getString("message")).isNotBlank();
        assertThat(officer.postBytes("/api/plans/" + id + "/indicators/import", seed("indicators-004.tsv"), TEXT).status()).isEqualTo(403);
        assertThat(officer.postBytes("/api/plans/" + id + "/tasks/import?confirm=true", seed("tasks-002.tsv"), TEXT).status())
                .isEqualTo(403);
        assertThat(indicatorCount(id)).isZero();
        assertThat(Db.number("SELECT COUNT(*) FROM plan_task WHERE plan_id = ?", id)).isZero();
        // (POST /api/plans/{id}/frameworks by an officer: see frameworksAreCreatedAndListedUnderTheirPlan)

        // and cannot change a framework of the plan
        long fid = insertFramework(id, "Bảng điểm chung");
        assertThat(officer.get("/api/frameworks/" + fid).status()).isEqualTo(200);
        assertThat(officer.post("/api/frameworks/" + fid + "/templates/SMOKE_FREE", "").status()).isEqualTo(403);
        assertThat(officer.post("/api/frameworks/" + fid + "/criteria",
                "{\"name\":\"Trái phép\",\"kind\":\"YES_NO\",\"maxPoints\":100,\"evidenceRequired\":false}").status()).isEqualTo(403);
        assertThat(Api.as("truong.bvdk").post("/api/frameworks/" + fid + "/templates/SMOKE_FREE", "").status()).isEqualTo(403);
        assertThat(criterionCount(fid)).isZero();
    }

    @Test
    void theOpenApiDocumentDescribesThePlanEndpoints() {
        Api.Reply openapi = Api.anonymous().get("/openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/plans").contains("/api/frameworks");
    }

    // ------------------------------------------------------------------ helpers

    private static String uniqueNumber() {
        return "99/KH-TEST-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "-" + SEQUENCE.incrementAndGet();
    }

    private static String planJson(String number, String title, int startYear, int endYear, Long version) {
        return """
                {"numberSymbol":"%s","issuingBody":"Sở Y tế Hà Tĩnh","title":"%s","kind":"WHOLE_PERIOD",
                 "startYear":%d,"endYear":%d,"reportDay":15,"reportMonth":11,"place":"Hà Tĩnh","issuedOn":"2021-05-31"%s}
                """.formatted(number, title, startYear, endYear, version == null ? "" : ",\"version\":" + version);
    }

    /** A fresh draft plan made by the emulation office. */
    private long createPlan() {
        Api.Reply created = office.post("/api/plans", planJson(uniqueNumber(), "Kế hoạch thử nghiệm", 2021, 2025, null));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    /** A framework version 1 of 100 points, inserted directly. */
    private static long insertFramework(long planId, String name) {
        try (Connection c = AppServer.jdbc(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO scoring_framework (plan_id, version_no, name, declared_total) VALUES (?, 1, ?, 100)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, planId);
            ps.setString(2, name);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(String sql, Object... params) {
        try (Connection c = AppServer.jdbc(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long indicatorCount(long planId) {
        return Db.number("SELECT COUNT(*) FROM indicator WHERE plan_id = ?", planId);
    }

    private static long criterionCount(long frameworkId) {
        return Db.number("SELECT COUNT(*) FROM criterion WHERE framework_id = ?", frameworkId);
    }

    private static List<String> codes(JsonObject framework) {
        return framework.getJsonArray("criteria").getValuesAs(JsonObject.class).stream().map(c -> c.getString("code")).toList();
    }

    private static List<Long> ids(Api.Reply list) {
        assertThat(list.status()).isEqualTo(200);
        return list.jsonArray().getValuesAs(JsonObject.class).stream().map(p -> p.getJsonNumber("id").longValue()).toList();
    }

    /** The row's own problems and those of its cells. */
    private static List<JsonObject> problemsOf(JsonObject row) {
        var problems = new java.util.ArrayList<>(row.getJsonArray("problems").getValuesAs(JsonObject.class));
        for (JsonObject cell : row.getJsonArray("cells").getValuesAs(JsonObject.class)) {
            if (!absent(cell, "problem")) {
                problems.add(cell.getJsonObject("problem"));
            }
        }
        return problems;
    }

    /** JSON-B leaves nulls out. */
    private static boolean absent(JsonObject object, String name) {
        return !object.containsKey(name) || object.isNull(name);
    }

    private static boolean hasWarning(JsonObject row) {
        return problemsOf(row).stream().anyMatch(p -> "WARNING".equals(p.getString("severity")));
    }

    private static byte[] seed(String name) {
        try (InputStream in = PlanApiIT.class.getResourceAsStream("/seeds/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Api has no DELETE; sends one with the demo password and answers the status. */
    private static int delete(String username, String path) {
        String auth = "Basic " + Base64.getEncoder().encodeToString((username + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(AppServer.baseUrl() + path)).header("Authorization", auth)
                .header("Accept-Language", "vi").DELETE().build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
