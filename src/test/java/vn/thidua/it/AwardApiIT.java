package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.it.AwardFixtures.award;
import static vn.thidua.it.AwardFixtures.id;
import static vn.thidua.it.AwardFixtures.initiative;
import static vn.thidua.it.AwardFixtures.nominate;
import static vn.thidua.it.AwardFixtures.person;
import static vn.thidua.it.AwardFixtures.rating;
import static vn.thidua.it.AwardFixtures.versionBody;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thidua.testsupport.Api;
import vn.thidua.testsupport.AppServer;

/**
 * Commendations through the REST API: nominations checked against the statutory conditions over the award history,
 * the logged override, the secret ballot (one vote per member, no member–vote link stored, hidden tallies, the
 * threshold over the whole membership, quorum, only the chair closes), the immutable decision and the registry that
 * the next check reads, and the rule sets an administrator versions.
 */
@ExtendWith(AppServer.class)
class AwardApiIT {

    private final Api office = Api.as("vanphong");
    private final Api officer = Api.as("canbo.bvdk");
    private final Api head = Api.as("truong.bvdk");
    private final Api otherUnit = Api.as("canbo.thachha");
    private final Api chair = Api.as("chutich");
    private final Api member = Api.as("hoidong");
    private final Api member2 = Api.as("hoidong2");
    private final Api absent = Api.as("hoidong3");
    private final Api admin = Api.as("admin");

    @org.junit.jupiter.api.BeforeAll
    static void unitHasItsLdttHoldersOf2026() {
        AwardFixtures.ldttHoldersOf2026();
    }

    @Test
    void aNominationGoesFromTheUnitThroughTheCheckAndTheBallotIntoAnIssuedDecisionAndTheRegistry() throws SQLException {
        // A: three consecutive CSTĐCS and a provincial initiative; B: the 2025 link missing; C: CSTĐCS candidate rated excellent
        long a = person("BVDK", "Nguyễn Thị Ánh");
        award(a, "CSTDCS", 2024);
        award(a, "CSTDCS", 2025);
        award(a, "CSTDCS", 2026);
        initiative(a, 2025, "PROVINCE");
        long b = person("BVDK", "Trần Văn Bình");
        award(b, "CSTDCS", 2024);
        award(b, "CSTDCS", 2026);
        initiative(b, 2026, "PROVINCE");
        long c = person("BVDK", "Lê Thị Cúc");
        award(c, "CSTDCS", 2024);
        award(c, "CSTDCS", 2025);
        rating(c, 2026, "EXCELLENT");

        long round = AwardFixtures.round(2026);
        long nA = id(nominate(officer, round, a, "CSTD_TINH"));
        long nB = id(nominate(officer, round, b, "CSTD_TINH"));
        long nC = id(nominate(officer, round, c, "CSTDCS"));

        Api.Reply twice = officer.post("/api/awards/rounds/" + round + "/nominations", Json.createObjectBuilder().add("staffId", a)
                .add("titleId", AwardFixtures.titleId("CSTD_TINH")).build().toString());
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().getJsonObject("fieldErrors").getString("titleId")).contains("đã được đề nghị");
        Api.Reply foreignStaff = officer.post("/api/awards/rounds/" + round + "/nominations", Json.createObjectBuilder()
                .add("staffId", Db.staffIdOf("TTYT-THA")).add("titleId", AwardFixtures.titleId("LDTT")).build().toString());
        assertThat(foreignStaff.status()).as("only the unit's own staff").isEqualTo(400);
        Api.Reply collectiveTitle = officer.post("/api/awards/rounds/" + round + "/nominations", Json.createObjectBuilder()
                .add("staffId", a).add("titleId", AwardFixtures.titleId("TTLDXS")).build().toString());
        assertThat(collectiveTitle.json().getJsonObject("fieldErrors").getString("titleId")).contains("không dành cho");
        assertThat(otherUnit.get("/api/awards/nominations/" + nA).status()).as("another unit sees nothing").isEqualTo(403);
        assertThat(otherUnit.get("/api/awards/rounds/" + round + "/nominations").jsonArray()).isEmpty();

        JsonObject draftA = officer.get("/api/awards/nominations/" + nA).json();
        assertThat(officer.post("/api/awards/nominations/" + nA + "/submit", versionBody(draftA)).status())
                .as("only the head submits").isEqualTo(403);
        for (long n : List.of(nA, nB, nC)) {
            Api.Reply submitted = head.post("/api/awards/nominations/" + n + "/submit", versionBody(head.get("/api/awards/nominations/" + n).json()));
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
            assertThat(submitted.json().getString("status")).isEqualTo("SUBMITTED");
        }

        JsonObject checkedA = office.get("/api/awards/nominations/" + nA).json();
        assertThat(checkedA.getString("eligibility")).isEqualTo("PASS");
        assertThat(checkedA.getString("eligibilityDetail")).contains("CSTĐCS 2024 ✔", "CSTĐCS 2025 ✔", "CSTĐCS 2026 ✔");
        JsonObject checkedB = office.get("/api/awards/nominations/" + nB).json();
        assertThat(checkedB.getString("eligibility")).isEqualTo("FAIL");
        assertThat(checkedB.getString("eligibilityDetail")).contains("CSTĐCS 2025 ✘", "Luật TĐKT 2022");
        assertThat(conditions(checkedB)).anySatisfy(cond -> {
            assertThat(cond.getString("kind")).isEqualTo("TITLE_CONSECUTIVE");
            assertThat(cond.getString("outcome")).isEqualTo("FAIL");
            assertThat(cond.getString("summary")).contains("2/3");
        });
        assertThat(conditions(checkedA)).anySatisfy(cond -> {
            assertThat(cond.getString("kind")).isEqualTo("VOTE_SHARE");
            assertThat(cond.getString("outcome")).isEqualTo("PENDING");
        });

        // B fails: only a logged override by the office takes it to the board
        Api.Reply refused = office.post("/api/awards/nominations/" + nB + "/agenda", versionBody(checkedB));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(office.post("/api/awards/nominations/" + nB + "/override", versionBody(checkedB, "ngắn")).status()).isEqualTo(400);
        assertThat(officer.post("/api/awards/nominations/" + nB + "/override",
                versionBody(checkedB, "Thành tích đột xuất trong phòng chống dịch")).status()).isEqualTo(403);
        Api.Reply overridden = office.post("/api/awards/nominations/" + nB + "/override",
                versionBody(checkedB, "Thành tích đột xuất trong phòng chống dịch"));
        assertThat(overridden.status()).as(overridden.body()).isEqualTo(200);
        assertThat(Db.number("SELECT COUNT(*) FROM audit_event WHERE action = 'OVERRIDE' AND entity_type = 'Nomination' AND entity_id = ?"
                + " AND username = 'vanphong' AND after_state LIKE '%phòng chống dịch%'", String.valueOf(nB))).isEqualTo(1);
        for (long n : List.of(nA, nB, nC)) {
            Api.Reply agenda = office.post("/api/awards/nominations/" + n + "/agenda", versionBody(office.get("/api/awards/nominations/" + n).json()));
            assertThat(agenda.status()).as(agenda.body()).isEqualTo(200);
        }

        // session: 2 of 4 present is no quorum; 3 of 4 is
        long board = ReviewFixtures.board("Hội đồng TĐKT bỏ phiếu");
        Api.Reply created = office.post("/api/awards/rounds/" + round + "/sessions", Json.createObjectBuilder().add("boardId", board)
                .add("heldOn", "2026-11-18").add("place", "Phòng họp số 1").build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject session = created.json();
        long sessionId = id(session);
        session = attendance(session, List.of("chutich", "hoidong"));
        Api.Reply noQuorum = office.post("/api/awards/sessions/" + sessionId + "/open", versionBody(session));
        assertThat(noQuorum.status()).isEqualTo(400);
        assertThat(noQuorum.body()).contains("2/4", "ít nhất 3");
        session = attendance(session, List.of("chutich", "hoidong", "hoidong2"));
        Api.Reply opened = office.post("/api/awards/sessions/" + sessionId + "/open", versionBody(session));
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        session = opened.json();
        assertThat(session.getJsonArray("ballots")).hasSize(3);
        long ballotA = ballotOf(session, nA);
        long ballotB = ballotOf(session, nB);
        long ballotC = ballotOf(session, nC);

        Api.Reply returnDuringVote = office.post("/api/awards/nominations/" + nB + "/return",
                versionBody(office.get("/api/awards/nominations/" + nB).json(), "Bổ sung hồ sơ"));
        assertThat(returnDuringVote.status()).as("not taken back while the board votes on it").isEqualTo(400);
        assertThat(returnDuringVote.body()).contains("đang được Hội đồng bỏ phiếu");
        vote(member, ballotA, true, 204);
        vote(member, ballotA, false, 400); // once
        vote(absent, ballotA, true, 403); // not present
        vote(officer, ballotA, true, 403);
        vote(chair, ballotA, true, 204);
        vote(member2, ballotA, true, 204);
        vote(member, ballotB, true, 204);
        vote(chair, ballotB, false, 204);
        vote(member2, ballotB, false, 204);
        vote(member, ballotC, true, 204);
        vote(chair, ballotC, true, 204);
        vote(member2, ballotC, false, 204);
        JsonObject during = office.get("/api/awards/sessions/" + sessionId).json();
        assertThat(during.getJsonArray("ballots").getValuesAs(JsonObject.class)).allSatisfy(x -> assertThat(x.getInt("approving"))
                .as("tallies stay hidden until the chair closes").isEqualTo(-1));
        assertThat(member.get("/api/awards/sessions/" + sessionId).json().getJsonArray("votedByMe")).hasSize(3);

        // nothing stored links a member to a vote
        assertThat(Db.texts("SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'ballot_voter'"))
                .containsExactlyInAnyOrder("ballot_id", "member_id");
        assertThat(Db.number("SELECT COUNT(*) FROM ballot_voter WHERE ballot_id = ?", ballotA)).isEqualTo(3);
        assertThat(Db.number("SELECT COUNT(*) FROM audit_event WHERE action = 'VOTE_CAST' AND (after_state LIKE '%approv%' OR after_state LIKE '%agree%')"))
                .isZero();
        assertThat(Db.number("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Ballot' AND username IN ('hoidong', 'hoidong2', 'chutich')"
                + " AND action <> 'BALLOT_RESULT'")).isZero();

        assertThat(office.put("/api/awards/ballots/" + ballotA + "/paper", Json.createObjectBuilder().add("version", 0).add("approving", 4)
                .add("disapproving", 0).build().toString()).status()).as("no paper count over electronic votes").isIn(400, 409);
        JsonObject current = office.get("/api/awards/sessions/" + sessionId).json();
        assertThat(member.post("/api/awards/sessions/" + sessionId + "/close", versionBody(current)).status()).isEqualTo(403);
        Api.Reply closed = chair.post("/api/awards/sessions/" + sessionId + "/close", versionBody(current));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        JsonObject results = closed.json();
        JsonObject resultA = ballot(results, ballotA);
        assertThat(resultA.getInt("approving")).isEqualTo(3);
        assertThat(resultA.getString("result")).as("3 of 4 members is 75 %, below the 90 % a CSTĐ cấp tỉnh needs").isEqualTo("FAILED");
        assertThat(resultA.getString("threshold")).contains("90 %");
        assertThat(ballot(results, ballotB).getString("result")).isEqualTo("FAILED");
        assertThat(ballot(results, ballotC).getString("result")).as("2 of 4 is not more than half").isEqualTo("FAILED");
        vote(member2, ballotC, true, 400);
        assertThat(Db.number("SELECT COUNT(*) FROM audit_event WHERE action = 'BALLOT_RESULT' AND entity_id IN (?, ?, ?)",
                String.valueOf(ballotA), String.valueOf(ballotB), String.valueOf(ballotC))).isEqualTo(3);
        assertThat(office.get("/api/awards/nominations/" + nC).json().getString("status")).isEqualTo("REJECTED");
        assertThat(office.post("/api/awards/rounds/" + round + "/decisions", "").status()).as("nothing approved").isEqualTo(400);
    }

    @Test
    void anApprovedNominationIsDecidedOnceAndItsAwardIsReadByTheNextCheck() throws SQLException {
        long p = person("BVDK", "Phạm Minh Châu");
        award(p, "CSTDCS", 2024);
        award(p, "CSTDCS", 2025);
        rating(p, 2026, "EXCELLENT");
        initiative(p, 2026, "PROVINCE");
        long round = AwardFixtures.round(2026);
        long n = id(nominate(officer, round, p, "CSTDCS"));
        head.post("/api/awards/nominations/" + n + "/submit", versionBody(head.get("/api/awards/nominations/" + n).json()));
        JsonObject checked = office.get("/api/awards/nominations/" + n).json();
        assertThat(checked.getString("eligibility")).isEqualTo("PASS");
        office.post("/api/awards/nominations/" + n + "/agenda", versionBody(checked));

        long board = ReviewFixtures.board("Hội đồng TĐKT quyết định");
        JsonObject session = office.post("/api/awards/rounds/" + round + "/sessions", Json.createObjectBuilder().add("boardId", board)
                .add("heldOn", "2026-11-19").build().toString()).json();
        session = attendance(session, List.of("chutich", "hoidong", "hoidong2", "hoidong3"));
        session = office.post("/api/awards/sessions/" + id(session) + "/open", versionBody(session)).json();
        long ballot = ballotOf(session, n);
        Api.Reply overCount = office.put("/api/awards/ballots/" + ballot + "/paper", Json.createObjectBuilder()
                .add("version", ballot(session, ballot).getJsonNumber("version").longValue()).add("approving", 4).add("disapproving", 1)
                .build().toString());
        assertThat(overCount.status()).as("no more ballots than members present").isEqualTo(400);
        Api.Reply paper = office.put("/api/awards/ballots/" + ballot + "/paper", Json.createObjectBuilder()
                .add("version", ballot(session, ballot).getJsonNumber("version").longValue()).add("approving", 3).add("disapproving", 1)
                .build().toString());
        assertThat(paper.status()).as(paper.body()).isEqualTo(200);
        vote(member, ballot, true, 400); // the paper count stands
        JsonObject closed = chair.post("/api/awards/sessions/" + id(session) + "/close",
                versionBody(office.get("/api/awards/sessions/" + id(session)).json())).json();
        assertThat(ballot(closed, ballot).getString("result")).isEqualTo("PASSED");

        Api.Reply drafted = office.post("/api/awards/rounds/" + round + "/decisions", "");
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        JsonObject decision = drafted.json();
        assertThat(decision.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(i -> i.getJsonNumber("nominationId").longValue())
                .containsExactly(n);
        Api.Reply incomplete = office.post("/api/awards/decisions/" + id(decision) + "/issue", versionBody(decision));
        assertThat(incomplete.status()).isEqualTo(400);
        String number = String.valueOf(5000 + (System.nanoTime() % 4000));
        Api.Reply saved = office.put("/api/awards/decisions/" + id(decision), Json.createObjectBuilder()
                .add("version", decision.getJsonNumber("version").longValue()).add("number", number).add("symbol", "QĐ-SYT")
                .add("signedOn", "2026-11-20").add("place", "Hà Tĩnh").add("issuingBody", "Sở Y tế Hà Tĩnh")
                .add("summary", "Về việc tặng danh hiệu Chiến sĩ thi đua cơ sở năm 2026").add("legalBases", decision.getString("legalBases"))
                .add("signerName", "Nguyễn Văn Hùng").add("signerTitle", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC").build().toString());
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        Api.Reply issued = office.post("/api/awards/decisions/" + id(decision) + "/issue", versionBody(saved.json()));
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        assertThat(issued.json().getString("status")).isEqualTo("ISSUED");

        // immutable: through the API and in the database itself
        assertThat(office.put("/api/awards/decisions/" + id(decision), Json.createObjectBuilder().add("version", issued.json()
                .getJsonNumber("version").longValue()).add("symbol", "QĐ-SYT").add("place", "Hà Tĩnh").add("issuingBody", "X")
                .add("summary", "Y").add("legalBases", "Z").build().toString()).status()).isEqualTo(400);
        assertThatThrownBy(() -> Db.execute("UPDATE award_decision SET summary = 'sửa' WHERE id = ?", id(decision)))
                .isInstanceOf(SQLException.class).hasMessageContaining("immutable");
        assertThatThrownBy(() -> Db.execute("DELETE FROM decision_item WHERE decision_id = ?", id(decision)))
                .isInstanceOf(SQLException.class).hasMessageContaining("immutable");
        assertThatThrownBy(() -> Db.execute("DELETE FROM award_record WHERE staff_id = ?", p)).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> Db.execute("UPDATE award_record SET award_year = 2020 WHERE staff_id = ?", p))
                .isInstanceOf(SQLException.class).hasMessageContaining("only ever revoked");
        assertThatThrownBy(() -> Db.execute("UPDATE ballot SET approving = 4 WHERE id = ?", ballot))
                .isInstanceOf(SQLException.class).hasMessageContaining("final");

        // the registry holds the award with its decision, and the next check reads it
        List<JsonObject> registry = office.get("/api/awards/registry/units/" + Db.unitId("BVDK") + "?year=2026").jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(registry).anySatisfy(r -> {
            assertThat(r.getJsonNumber("staffId").longValue()).isEqualTo(p);
            assertThat(r.getString("title")).isEqualTo("CSTDCS");
            assertThat(r.getString("decision")).contains(number + "/QĐ-SYT", "20/11/2026");
            assertThat(r.getString("source")).isEqualTo("DECISION");
        });
        assertThat(office.get("/api/awards/nominations/" + n).json().getString("status")).isEqualTo("AWARDED");
        long next = AwardFixtures.round(2026);
        JsonObject provincial = office.get("/api/awards/nominations/" + id(nominate(officer, next, p, "CSTD_TINH"))).json();
        assertThat(conditions(provincial)).anySatisfy(cond -> {
            assertThat(cond.getString("kind")).isEqualTo("TITLE_CONSECUTIVE");
            assertThat(cond.getString("outcome")).isEqualTo("PASS");
            assertThat(String.join(" ", cond.getJsonArray("facts").getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList())).contains("CSTĐCS 2026 ✔", number + "/QĐ-SYT");
        });
    }

    @Test
    void anAdministratorVersionsTheRulesAndAUnitListOverACapIsShown() {
        JsonObject current = admin.get("/api/awards/rule-sets").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("status").equals("ACTIVE")).findFirst().orElseThrow();
        assertThat(office.post("/api/awards/rule-sets/" + id(current) + "/versions", Json.createObjectBuilder().add("name", "x")
                .add("effectiveFrom", "2027-01-01").build().toString()).status()).isEqualTo(403);
        Api.Reply created = admin.post("/api/awards/rule-sets/" + id(current) + "/versions", Json.createObjectBuilder()
                .add("name", "Quy chế thử nghiệm 2027").add("effectiveFrom", "2027-01-01").build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject draft = created.json();
        JsonObject cap = draft.getJsonArray("rules").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("kind").equals("RATIO_CAP") && r.getString("title").equals("CSTDCS")).findFirst().orElseThrow();
        String path = "/api/awards/rule-sets/" + id(draft) + "/rules/" + id(cap);
        Api.Reply bad = admin.put(path, rule(cap, "title=CSTDCS; over=KHONGCO; percent=15"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getJsonObject("fieldErrors").getString("parameters")).contains("KHONGCO");
        Api.Reply enabled = admin.put(path, rule(cap, "title=CSTDCS; over=LDTT; percent=15"));
        assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
        JsonObject removable = draft.getJsonArray("rules").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("kind").equals("RATIO_CAP") && r.getString("title").equals("CO_CP")).findFirst().orElseThrow();
        String removePath = "/api/awards/rule-sets/" + id(draft) + "/rules/" + id(removable);
        assertThat(admin.delete(removePath).status()).as("a removal names the version it read").isEqualTo(400);
        assertThat(admin.delete(removePath + "?version=" + removable.getJsonNumber("version").longValue()).status()).isEqualTo(204);
        JsonObject setNow = admin.get("/api/awards/rule-sets/" + id(draft)).json();
        assertThat(setNow.getJsonArray("rules").getValuesAs(JsonObject.class)).noneMatch(r -> id(r) == id(removable));
        assertThat(admin.post("/api/awards/rule-sets/" + id(draft) + "/activate", versionBody(setNow)).status()).isEqualTo(200);
        assertThat(admin.put(path, rule(enabled.json(), "title=CSTDCS; over=LDTT; percent=20")).status())
                .as("a set in force is never edited").isEqualTo(400);
        assertThat(Db.number("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'TitleRule' AND entity_id = ? AND username = 'admin'",
                String.valueOf(id(cap)))).isGreaterThanOrEqualTo(1);

        // in 2027 BVDK proposes one CSTĐCS for one LĐTT: 100 % over the 15 % cap
        long round = AwardFixtures.round(2027);
        long x = person("BVDK", "Đỗ Văn Khải");
        long y = person("BVDK", "Hồ Thị Lan");
        nominate(officer, round, x, "LDTT");
        long n = id(nominate(officer, round, y, "CSTDCS"));
        List<JsonObject> caps = office.get("/api/awards/rounds/" + round + "/caps").jsonArray().getValuesAs(JsonObject.class);
        assertThat(caps).singleElement().satisfies(u -> {
            assertThat(u.getString("unitName")).isEqualTo(Db.text("SELECT name FROM unit WHERE code = 'BVDK'"));
            assertThat(u.getJsonArray("exceeded").getString(0)).contains("CSTĐCS 1 / LĐTT 1", "100,0 %", "15 %");
        });
        assertThat(conditions(office.get("/api/awards/nominations/" + n).json())).anySatisfy(cond -> {
            assertThat(cond.getString("kind")).isEqualTo("RATIO_CAP");
            assertThat(cond.getString("outcome")).isEqualTo("FAIL");
        });
        assertThat(officer.get("/api/awards/rounds/" + round + "/caps").status()).isEqualTo(403);
    }

    private JsonObject attendance(JsonObject session, List<String> present) {
        var map = Json.createObjectBuilder();
        for (JsonObject a : session.getJsonArray("attendance").getValuesAs(JsonObject.class)) {
            map.add(String.valueOf(a.getJsonNumber("memberId").longValue()), present.contains(a.getString("username")));
        }
        Api.Reply saved = office.put("/api/awards/sessions/" + id(session) + "/attendance", Json.createObjectBuilder()
                .add("version", session.getJsonNumber("version").longValue()).add("present", map).build().toString());
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        return saved.json();
    }

    private static void vote(Api who, long ballot, boolean approve, int expected) {
        Api.Reply reply = who.post("/api/awards/ballots/" + ballot + "/vote", Json.createObjectBuilder().add("approve", approve).build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(expected);
    }

    private static long ballotOf(JsonObject session, long nomination) {
        return session.getJsonArray("ballots").getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getJsonNumber("nominationId").longValue() == nomination).findFirst().map(AwardFixtures::id).orElseThrow();
    }

    private static JsonObject ballot(JsonObject session, long ballot) {
        return session.getJsonArray("ballots").getValuesAs(JsonObject.class).stream().filter(b -> id(b) == ballot).findFirst().orElseThrow();
    }

    private static List<JsonObject> conditions(JsonObject nomination) {
        return nomination.getJsonArray("conditions").getValuesAs(JsonObject.class);
    }

    private static String rule(JsonObject rule, String parameters) {
        return Json.createObjectBuilder().add("version", rule.getJsonNumber("version").longValue())
                .add("titleId", AwardFixtures.titleId(rule.getString("title"))).add("kind", rule.getString("kind"))
                .add("parameters", parameters).add("enabled", true).add("legalReference", "Quy chế tỉnh (thử nghiệm)").build().toString();
    }
}
