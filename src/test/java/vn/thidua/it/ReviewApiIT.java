package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thidua.testsupport.Api;
import vn.thidua.testsupport.AppServer;
import vn.thidua.testsupport.WebSession;

/**
 * Review boards through the REST API on the demo's accepted 2025 reports of plan 1750/KH-SYT: conflicts of interest
 * enforced on assignment and on every score (also when crafted by hand), scoring rules, lock and logged reopening,
 * publication visibility by role, and the ranking built from the scores.
 */
@ExtendWith(AppServer.class)
class ReviewApiIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final List<String> REVIEWERS = List.of("chutich", "hoidong", "hoidong2", "hoidong3");

    private final Api office = Api.as("vanphong");
    private final Api chair = Api.as("chutich");
    private final Api member = Api.as("hoidong");
    private final Api viewer = Api.as("lanhdao");

    @Test
    void assignmentsAreBalancedAndNeverGoToAMemberInConflict() {
        Board board = board();
        long declared = Db.unitId("BVPHOI");
        Api.Reply conflict = member.post("/api/review/boards/" + board.id() + "/members/" + board.memberId("hoidong") + "/conflicts",
                Json.createObjectBuilder().add("unitId", declared).add("reason", "Vợ công tác tại đơn vị").build().toString());
        assertThat(conflict.status()).as(conflict.body()).isEqualTo(200);
        Api.Reply foreign = member.post("/api/review/boards/" + board.id() + "/members/" + board.memberId("hoidong2") + "/conflicts",
                Json.createObjectBuilder().add("unitId", declared).add("reason", "Không phải của tôi").build().toString());
        assertThat(foreign.status()).as("a member declares only their own conflicts").isEqualTo(403);
        assertThat(office.get("/api/review/boards/" + board.id() + "/conflicts").jsonArray().getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("username") + ":" + c.getJsonNumber("unitId").longValue()).containsExactly("hoidong:" + declared);
        assertThat(member.get("/api/review/boards/" + board.id() + "/conflicts").status()).isEqualTo(403);

        long round = round(board, 3);
        Api.Reply assigned = office.post("/api/review/rounds/" + round + "/assign", "");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        long accepted = Db.number("SELECT COUNT(*) FROM submission WHERE plan_id = ? AND report_year = 2025 AND status = 'ACCEPTED'", board.plan());
        assertThat(accepted).isGreaterThan(3);
        long shortfall = assigned.json().getJsonArray("shortfalls").getValuesAs(JsonObject.class).stream().mapToLong(s -> s.getInt("missing")).sum();
        assertThat(assigned.json().getInt("assigned") + shortfall).isEqualTo(accepted * 3);

        List<JsonObject> assignments = office.get("/api/review/rounds/" + round + "/assignments").jsonArray().getValuesAs(JsonObject.class);
        assertThat(assignments).hasSize(assigned.json().getInt("assigned"));
        for (JsonObject a : assignments) {
            String memberPath = Db.text("SELECT u.path FROM account a JOIN unit u ON u.id = a.unit_id WHERE a.username = ?", a.getString("username"));
            String unitPath = Db.text("SELECT path FROM unit WHERE id = ?", a.getJsonNumber("unitId").longValue());
            boolean related = !isRoot(memberPath) && (unitPath.startsWith(memberPath) || memberPath.startsWith(unitPath));
            assertThat(related).as(a.getString("username") + " on " + a.getString("unitName")).isFalse();
            if (a.getString("username").equals("hoidong")) {
                assertThat(a.getJsonNumber("unitId").longValue()).as("the declared conflict").isNotEqualTo(declared);
            }
        }
        Map<String, Integer> load = new HashMap<>();
        assignments.forEach(a -> load.merge(a.getString("username"), 1, Integer::sum));
        assertThat(load.keySet()).isSubsetOf(REVIEWERS);
        assertThat(load.values().stream().mapToInt(Integer::intValue).max().orElse(0)
                - load.values().stream().mapToInt(Integer::intValue).min().orElse(0)).as("balanced").isLessThanOrEqualTo(2);

        Api.Reply again = office.post("/api/review/rounds/" + round + "/assign", "");
        assertThat(again.json().getInt("assigned")).as("a second run only tops up").isZero();
        assertThat(member.post("/api/review/rounds/" + round + "/assign", "").status()).isEqualTo(403);
    }

    @Test
    void aMemberScoresOnlyTheirOwnAssignmentsAndNeverAUnitTheyConflictWith() {
        Board board = board();
        long round = round(board, 3);
        assertThat(office.post("/api/review/rounds/" + round + "/assign", "").status()).isEqualTo(200);
        List<JsonObject> mine = member.get("/api/review/queue").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonNumber("roundId").longValue() == round).toList();
        assertThat(mine).isNotEmpty();
        JsonObject first = mine.get(0);
        long submission = first.getJsonNumber("submissionId").longValue();
        List<Criterion> criteria = criteria(submission);

        // while the round is open a member sees only their own reviews
        assertThat(member.get("/api/review/rounds/" + round + "/assignments").jsonArray().getValuesAs(JsonObject.class))
                .isNotEmpty().allSatisfy(a -> assertThat(a.getString("username")).isEqualTo("hoidong"));
        assertThat(viewer.get("/api/review/rounds/" + round).status()).as("an unpublished round").isEqualTo(403);

        // someone else's assignment, crafted by hand
        JsonObject other = office.get("/api/review/rounds/" + round + "/assignments").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(a -> !a.getString("username").equals("hoidong")).findFirst().orElseThrow();
        Api.Reply crafted = member.put("/api/review/assignments/" + other.getJsonNumber("id").longValue(),
                scoring(other.getJsonNumber("version").longValue(), false, List.of(criteria.get(0).full())));
        assertThat(crafted.status()).isEqualTo(403);

        // out of range, and far from the self-score without a comment
        Criterion c = criteria.stream().filter(x -> x.max().signum() > 0 && !x.penalty()).findFirst().orElseThrow();
        Api.Reply tooMany = member.put("/api/review/assignments/" + first.getJsonNumber("id").longValue(),
                scoring(first.getJsonNumber("version").longValue(), false, List.of(c.with(c.max().add(BigDecimal.ONE), null))));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().getJsonObject("fieldErrors").keySet()).containsExactly("scores[" + c.id() + "].points");
        BigDecimal far = c.self().compareTo(c.max().divide(BigDecimal.valueOf(2))) > 0 ? BigDecimal.ZERO : c.max();
        Api.Reply silent = member.put("/api/review/assignments/" + first.getJsonNumber("id").longValue(),
                scoring(first.getJsonNumber("version").longValue(), false, List.of(c.with(far, null))));
        assertThat(silent.status()).isEqualTo(400);
        assertThat(silent.json().getJsonObject("fieldErrors").keySet()).containsExactly("scores[" + c.id() + "].comment");
        assertThat(Db.number("SELECT COUNT(*) FROM review_score WHERE assignment_id = ?", first.getJsonNumber("id").longValue())).isZero();

        // "done" needs every criterion; then all of them at their self-score
        Api.Reply partial = member.put("/api/review/assignments/" + first.getJsonNumber("id").longValue(),
                scoring(first.getJsonNumber("version").longValue(), true, List.of(c.with(c.self(), null))));
        assertThat(partial.status()).isEqualTo(400);
        Api.Reply scored = member.put("/api/review/assignments/" + first.getJsonNumber("id").longValue(),
                scoring(first.getJsonNumber("version").longValue(), true, criteria.stream().map(x -> x.with(x.self(), "Đúng như báo cáo")).toList()));
        assertThat(scored.status()).as(scored.body()).isEqualTo(200);
        assertThat(scored.json().getBoolean("done")).isTrue();
        assertThat(Db.number("SELECT COUNT(*) FROM review_score WHERE assignment_id = ?", first.getJsonNumber("id").longValue()))
                .isEqualTo(criteria.size());
        assertThat(Db.number("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'ReviewScore'")).isGreaterThanOrEqualTo(criteria.size());

        // a conflict declared after the assignment stops the next score of that unit, even on the member's own assignment
        JsonObject second = mine.size() > 1 ? mine.get(1) : first;
        long unit = second.getJsonNumber("unitId").longValue();
        assertThat(member.post("/api/review/boards/" + board.id() + "/members/" + board.memberId("hoidong") + "/conflicts",
                Json.createObjectBuilder().add("unitId", unit).add("reason", "Nguyên là lãnh đạo đơn vị").build().toString()).status())
                .isEqualTo(200);
        long secondId = second.getJsonNumber("id").longValue();
        Api.Reply refused = member.put("/api/review/assignments/" + secondId, scoring(version(secondId), false,
                List.of(criteria(second.getJsonNumber("submissionId").longValue()).get(0).full())));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().getString("message")).contains(Db.text("SELECT name FROM unit WHERE id = ?", unit));
    }

    @Test
    void theChairLocksReopensWithAReasonAndPublishesAndOnlyThenEveryoneSeesTheRanking() {
        Board board = board();
        long round = round(board, 2);
        assertThat(office.post("/api/review/rounds/" + round + "/assign", "").status()).isEqualTo(200);
        ReviewFixtures.finishAllAtSelfScore(round);
        assertThat(viewer.get("/api/review/rounds/" + round + "/results").status()).as("unpublished").isEqualTo(403);
        Api.Reply unpublished = office.get("/api/review/rounds/" + round + "/results");
        assertThat(unpublished.status()).isEqualTo(200);

        assertThat(member.post("/api/review/rounds/" + round + "/lock", versionJson(roundVersion(round))).status())
                .as("only the chair locks").isEqualTo(403);
        assertThat(chair.post("/api/review/rounds/" + round + "/lock", versionJson(roundVersion(round))).status()).isEqualTo(200);
        assertThat(Db.text("SELECT status FROM review_round WHERE id = ?", round)).isEqualTo("LOCKED");
        JsonObject anyOfMine = member.get("/api/review/queue").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonNumber("roundId").longValue() == round).findFirst().orElseThrow();
        long lockedId = anyOfMine.getJsonNumber("id").longValue();
        assertThat(member.put("/api/review/assignments/" + lockedId, scoring(version(lockedId), true,
                criteria(anyOfMine.getJsonNumber("submissionId").longValue()).stream().map(Criterion::atSelf).toList())).status())
                .as("no score changes once locked").isEqualTo(400);

        assertThat(chair.post("/api/review/rounds/" + round + "/reopen", versionJson(roundVersion(round))).status())
                .as("a reopening needs its reason").isEqualTo(400);
        Api.Reply reopened = chair.post("/api/review/rounds/" + round + "/reopen", Json.createObjectBuilder()
                .add("version", roundVersion(round)).add("reason", "Bổ sung minh chứng của một đơn vị").build().toString());
        assertThat(reopened.status()).isEqualTo(200);
        assertThat(Db.text("SELECT after_state FROM audit_event WHERE action = 'REOPEN' AND entity_type = 'ReviewRound' AND entity_id = ?",
                String.valueOf(round))).contains("Bổ sung minh chứng");
        assertThat(chair.post("/api/review/rounds/" + round + "/publish", versionJson(roundVersion(round))).status())
                .as("only a locked round is published").isEqualTo(400);
        assertThat(chair.post("/api/review/rounds/" + round + "/lock", versionJson(roundVersion(round))).status()).isEqualTo(200);
        assertThat(chair.post("/api/review/rounds/" + round + "/publish", versionJson(roundVersion(round))).status()).isEqualTo(200);

        long planBlock = Db.number("SELECT MIN(id) FROM plan_block WHERE plan_id = ? AND block_year = 2025", board.plan());
        Api.Reply moved = office.put("/api/plans/" + board.plan() + "/blocks/" + planBlock, Json.createObjectBuilder().add("year", 2025)
                .add("name", "Khối đổi tên sau công bố").add("unitIds", Json.createArrayBuilder())
                .add("version", Db.number("SELECT version FROM plan_block WHERE id = ?", planBlock)).build().toString());
        assertThat(moved.status()).as("blocks of a published ranking stay").isEqualTo(400);
        assertThat(Db.text("SELECT name FROM plan_block WHERE id = ?", planBlock)).isNotEqualTo("Khối đổi tên sau công bố");

        Api.Reply published = viewer.get("/api/review/rounds/" + round + "/results");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.body()).isEqualTo(unpublished.body());
        for (JsonObject block : published.jsonArray().getValuesAs(JsonObject.class)) {
            List<JsonObject> units = block.getJsonArray("units").getValuesAs(JsonObject.class);
            for (int i = 1; i < units.size(); i++) {
                BigDecimal before = units.get(i - 1).getJsonNumber("total").bigDecimalValue();
                BigDecimal after = units.get(i).getJsonNumber("total").bigDecimalValue();
                assertThat(before).as("ranked by total in " + block.getString("block")).isGreaterThanOrEqualTo(after);
                assertThat(units.get(i).getInt("rank")).isGreaterThanOrEqualTo(units.get(i - 1).getInt("rank"));
            }
            for (JsonObject u : units) {
                BigDecimal self = new BigDecimal(Db.text("SELECT self_score FROM submission WHERE id = ?", u.getJsonNumber("submissionId").longValue()));
                assertThat(u.getJsonNumber("total").bigDecimalValue()).as("every reviewer gave the self-score").isEqualByComparingTo(self);
            }
        }
    }

    @Test
    void theReviewPagesRenderForTheOfficeAndThePublicSeesOnlyAPublishedRanking() {
        Board board = board();
        long round = round(board, 2);
        assertThat(office.post("/api/review/rounds/" + round + "/assign", "").status()).isEqualTo(200);
        WebSession officeSession = WebSession.login("vanphong");
        for (String path : new String[] {"/review/boards.xhtml?plan=" + board.plan(), "/review/round.xhtml?id=" + round}) {
            var page = officeSession.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("Thi đua – Khen thưởng").doesNotContain("???");
        }
        assertThat(officeSession.get("/review/boards.xhtml?plan=" + board.plan()).body()).contains("Chấm điểm năm 2025", "Ủy viên", "Chủ tịch");
        assertThat(officeSession.get("/review/round.xhtml?id=" + round).body()).contains("Xếp hạng theo khối thi đua", "Phân công chấm");
        assertThat(WebSession.anonymous().get("/public/results.xhtml?round=" + round).statusCode()).as("not published").isEqualTo(404);

        Api.Reply early = chair.post("/api/review/rounds/" + round + "/lock", versionJson(roundVersion(round)));
        assertThat(early.status()).as("reviews unfinished").isEqualTo(400);
        ReviewFixtures.finishAllAtSelfScore(round);
        assertThat(chair.post("/api/review/rounds/" + round + "/lock", versionJson(roundVersion(round))).status()).isEqualTo(200);
        assertThat(chair.post("/api/review/rounds/" + round + "/publish", versionJson(roundVersion(round))).status()).isEqualTo(200);
        var publicPage = WebSession.anonymous().get("/public/results.xhtml?round=" + round);
        assertThat(publicPage.statusCode()).isEqualTo(200);
        String firstBlock = office.get("/api/review/rounds/" + round + "/results").jsonArray().getJsonObject(0).getString("block");
        assertThat(publicPage.body()).contains("Công khai kết quả thi đua", firstBlock, "Hạng", "Tổng điểm", "Xếp loại");
    }

    @Test
    void theOfficeModeratesACriterionWithAReasonAndTheRankingFollows() {
        Board board = board();
        long round = round(board, 2);
        assertThat(office.post("/api/review/rounds/" + round + "/assign", "").status()).isEqualTo(200);
        ReviewFixtures.finishAllAtSelfScore(round);
        JsonObject unit = office.get("/api/review/rounds/" + round + "/results").jsonArray().getValuesAs(JsonObject.class).stream()
                .flatMap(b -> b.getJsonArray("units").getValuesAs(JsonObject.class).stream()).findFirst().orElseThrow();
        long submission = unit.getJsonNumber("submissionId").longValue();
        Criterion c = criteria(submission).stream().filter(x -> !x.penalty() && x.self().compareTo(x.max()) < 0).findFirst().orElseThrow();

        String noReason = Json.createObjectBuilder().add("submissionId", submission).add("criterionId", c.id()).add("points", c.max()).build().toString();
        assertThat(office.post("/api/review/rounds/" + round + "/moderations", noReason).status()).isEqualTo(400);
        assertThat(member.post("/api/review/rounds/" + round + "/moderations", noReason).status()).isEqualTo(403);
        Api.Reply moderated = office.post("/api/review/rounds/" + round + "/moderations", Json.createObjectBuilder().add("submissionId", submission)
                .add("criterionId", c.id()).add("points", c.max()).add("reason", "Minh chứng bổ sung đã được Hội đồng xác nhận").build().toString());
        assertThat(moderated.status()).as(moderated.body()).isEqualTo(201);

        BigDecimal before = unit.getJsonNumber("total").bigDecimalValue();
        BigDecimal after = office.get("/api/review/rounds/" + round + "/results").jsonArray().getValuesAs(JsonObject.class).stream()
                .flatMap(b -> b.getJsonArray("units").getValuesAs(JsonObject.class).stream())
                .filter(u -> u.getJsonNumber("submissionId").longValue() == submission).findFirst().orElseThrow()
                .getJsonNumber("total").bigDecimalValue();
        assertThat(after).isEqualByComparingTo(before.add(c.max().subtract(c.self())));
        assertThat(Db.text("SELECT after_state FROM audit_event WHERE entity_type = 'Moderation' ORDER BY id DESC LIMIT 1"))
                .contains("Minh chứng bổ sung");

        List<JsonObject> history = office.get("/api/review/rounds/" + round + "/history?submission=" + submission).jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(history).extracting(e -> e.getString("entityType")).contains("ReviewAssignment", "ReviewScore", "Moderation");
        assertThat(history).filteredOn(e -> e.getString("entityType").equals("Moderation")).singleElement()
                .satisfies(e -> assertThat(e.getString("state")).contains("Minh chứng bổ sung"));
        long reviews = Db.number("SELECT COUNT(*) FROM review_assignment WHERE round_id = ? AND submission_id = ?", round, submission);
        assertThat(history.stream().filter(e -> e.getString("entityType").equals("ReviewAssignment") && e.getString("action").equals("CREATE")))
                .hasSize((int) reviews);
        assertThat(viewer.get("/api/review/rounds/" + round + "/history?submission=" + submission).status()).isEqualTo(403);
    }

    @Test
    void theOfficeChangesAssignmentsByHandButNeverToAMemberInConflict() {
        Board board = board();
        long round = round(board, 1);
        assertThat(office.post("/api/review/rounds/" + round + "/assign", "").status()).isEqualTo(200);
        long ownUnit = Db.unitId("BVYHCT");
        Long ownReport = Db.texts("SELECT id FROM submission WHERE plan_id = ? AND report_year = 2025 AND status = 'ACCEPTED' AND unit_id = ?",
                board.plan(), ownUnit).stream().map(Long::valueOf).findFirst().orElse(null);
        List<JsonObject> before = office.get("/api/review/rounds/" + round + "/assignments").jsonArray().getValuesAs(JsonObject.class);
        if (ownReport != null) {
            Api.Reply conflicted = office.post("/api/review/rounds/" + round + "/assignments", Json.createObjectBuilder()
                    .add("submissionId", ownReport).add("memberId", board.memberId("hoidong")).build().toString());
            assertThat(conflicted.status()).as("hoidong's own hospital").isEqualTo(400);
        }
        JsonObject someone = before.stream().filter(a -> !a.getString("username").equals("hoidong2")).findFirst().orElseThrow();
        long report = someone.getJsonNumber("submissionId").longValue();
        boolean hoidong2Conflicts = Db.text("SELECT u.code FROM submission s JOIN unit u ON u.id = s.unit_id WHERE s.id = ?", report).equals("CDC");
        Api.Reply added = office.post("/api/review/rounds/" + round + "/assignments", Json.createObjectBuilder()
                .add("submissionId", report).add("memberId", board.memberId("hoidong2")).build().toString());
        assertThat(added.status()).as(added.body()).isEqualTo(hoidong2Conflicts ? 400 : 201);
        assertThat(member.post("/api/review/rounds/" + round + "/assignments", Json.createObjectBuilder()
                .add("submissionId", report).add("memberId", board.memberId("hoidong3")).build().toString()).status()).isEqualTo(403);

        long taken = someone.getJsonNumber("id").longValue();
        assertThat(office.delete("/api/review/assignments/" + taken).status()).isEqualTo(204);
        assertThat(Db.number("SELECT COUNT(*) FROM review_assignment WHERE id = ?", taken)).isZero();
        assertThat(Db.number("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'ReviewAssignment' AND action = 'DELETE' AND entity_id = ?",
                String.valueOf(taken))).isEqualTo(1);
    }

    @Test
    void aRoundRanksWithTheBandsItWasGiven() {
        Board board = board();
        Api.Reply bad = office.post("/api/review/boards/" + board.id() + "/rounds", Json.createObjectBuilder()
                .add("name", "Vòng thử").add("bands", "Xuất sắc khoảng 90").build().toString());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getJsonObject("fieldErrors").getString("bands")).contains("Xuất sắc khoảng 90");
        Api.Reply created = office.post("/api/review/boards/" + board.id() + "/rounds", Json.createObjectBuilder().add("name", "Vòng có xếp loại riêng")
                .add("reviewersPerSubmission", 1).add("bands", "Hoàn thành xuất sắc ≥ 95; Hoàn thành tốt ≥ 0")
                .add("tieBreaks", Json.createArrayBuilder().add("FEWER_PENALTY_POINTS").add("MORE_CRITERIA_MET")).build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().getJsonArray("tieBreaks").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("FEWER_PENALTY_POINTS", "MORE_CRITERIA_MET");
        assertThat(created.json().getString("bands")).isEqualTo("Hoàn thành xuất sắc ≥ 95; Hoàn thành tốt ≥ 0");
        long round = created.json().getJsonNumber("id").longValue();
        assertThat(office.post("/api/review/rounds/" + round + "/assign", "").status()).isEqualTo(200);
        ReviewFixtures.finishAllAtSelfScore(round);
        for (JsonObject block : office.get("/api/review/rounds/" + round + "/results").jsonArray().getValuesAs(JsonObject.class)) {
            for (JsonObject u : block.getJsonArray("units").getValuesAs(JsonObject.class)) {
                String expected = u.getJsonNumber("total").bigDecimalValue().compareTo(new BigDecimal("95")) >= 0 ? "Hoàn thành xuất sắc" : "Hoàn thành tốt";
                assertThat(u.getString("band")).isEqualTo(expected);
            }
        }
    }

    // ------------------------------------------------------------------ set-up

    private record Board(long id, long plan, Map<String, Long> members) {
        long memberId(String username) {
            return members.get(username);
        }
    }

    /** One scored criterion of a report, with the unit's own points for it. */
    private record Criterion(long id, BigDecimal max, BigDecimal self, boolean penalty) {
        JsonObject with(BigDecimal points, String comment) {
            var json = Json.createObjectBuilder().add("criterionId", id).add("points", points);
            if (comment != null) {
                json.add("comment", comment);
            }
            return json.build();
        }

        JsonObject full() {
            return with(penalty ? BigDecimal.ZERO : max, "Đạt");
        }

        JsonObject atSelf() {
            return with(self, null);
        }
    }

    private Board board() {
        long plan = Db.number("SELECT id FROM emulation_plan WHERE number_symbol = '1750/KH-SYT'");
        Api.Reply created = office.post("/api/review/boards", Json.createObjectBuilder().add("planId", plan).add("year", 2025)
                .add("level", "DEPARTMENT").add("name", "Hội đồng Thi đua – Khen thưởng Sở Y tế " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime())
                .build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        Map<String, Long> members = new HashMap<>();
        for (String username : REVIEWERS) {
            long account = Db.number("SELECT id FROM account WHERE username = ?", username);
            Api.Reply added = office.post("/api/review/boards/" + id + "/members", Json.createObjectBuilder().add("accountId", account)
                    .add("role", username.equals("chutich") ? "CHAIR" : "MEMBER").build().toString());
            assertThat(added.status()).as(added.body()).isEqualTo(200);
            members.put(username, added.json().getJsonNumber("id").longValue());
        }
        assertThat(office.post("/api/review/boards/" + id + "/members", Json.createObjectBuilder()
                .add("accountId", Db.number("SELECT id FROM account WHERE username = 'hoidong'")).add("role", "MEMBER").build().toString())
                .status()).as("twice").isEqualTo(400);
        assertThat(office.post("/api/review/boards/" + id + "/members", Json.createObjectBuilder()
                .add("accountId", Db.number("SELECT id FROM account WHERE username = 'canbo.bvdk'")).add("role", "MEMBER").build().toString())
                .status()).as("no board role").isEqualTo(400);
        return new Board(id, plan, members);
    }

    private long round(Board board, int reviewers) {
        Api.Reply created = office.post("/api/review/boards/" + board.id() + "/rounds", Json.createObjectBuilder()
                .add("name", "Chấm điểm năm 2025").add("reviewersPerSubmission", reviewers).add("aggregation", "MEAN").build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    /** The scored criteria of a report, with the unit's own points, read as the office. */
    private List<Criterion> criteria(long submission) {
        List<Criterion> out = new ArrayList<>();
        for (JsonObject c : office.get("/api/submissions/" + submission).json().getJsonArray("criteria").getValuesAs(JsonObject.class)) {
            if (!c.getBoolean("group")) {
                out.add(new Criterion(c.getJsonNumber("criterionId").longValue(), c.getJsonNumber("maxPoints").bigDecimalValue(),
                        c.getJsonNumber("points").bigDecimalValue(), c.getString("kind").equals("PENALTY")));
            }
        }
        return out;
    }

    private static String scoring(long version, boolean done, List<JsonObject> scores) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        scores.forEach(array::add);
        return Json.createObjectBuilder().add("version", version).add("done", done).add("scores", array).build().toString();
    }

    private static String versionJson(long version) {
        return "{\"version\":" + version + "}";
    }

    private static long version(long assignment) {
        return Db.number("SELECT version FROM review_assignment WHERE id = ?", assignment);
    }

    private static long roundVersion(long round) {
        return Db.number("SELECT version FROM review_round WHERE id = ?", round);
    }

    private static boolean isRoot(String path) {
        return path.chars().filter(ch -> ch == '/').count() == 2;
    }
}
