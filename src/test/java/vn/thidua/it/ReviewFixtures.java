package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import vn.thidua.testsupport.Api;

/** Review boards and rounds set up through the API, shared by the review tests. */
final class ReviewFixtures {

    /** The demo accounts that sit on a test board: chutich chairs, the others are members. */
    static final List<String> REVIEWERS = List.of("chutich", "hoidong", "hoidong2", "hoidong3");

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Api OFFICE = Api.as("vanphong");

    private ReviewFixtures() {
    }

    /** A fresh board for 1750/KH-SYT 2025 with every reviewer on it. */
    static long board(String name) {
        long plan = Db.number("SELECT id FROM emulation_plan WHERE number_symbol = '1750/KH-SYT'");
        Api.Reply created = OFFICE.post("/api/review/boards", Json.createObjectBuilder().add("planId", plan).add("year", 2025)
                .add("level", "DEPARTMENT").add("name", name + " " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime()).build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        for (String username : REVIEWERS) {
            long account = Db.number("SELECT id FROM account WHERE username = ?", username);
            Api.Reply added = OFFICE.post("/api/review/boards/" + id + "/members", Json.createObjectBuilder().add("accountId", account)
                    .add("role", username.equals("chutich") ? "CHAIR" : "MEMBER").build().toString());
            assertThat(added.status()).as(added.body()).isEqualTo(200);
        }
        return id;
    }

    static long round(long board, int reviewers) {
        Api.Reply created = OFFICE.post("/api/review/boards/" + board + "/rounds", Json.createObjectBuilder()
                .add("name", "Chấm điểm năm 2025").add("reviewersPerSubmission", reviewers).add("aggregation", "MEAN").build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    /** Every reviewer finishes every assignment of the round at the unit's own points. */
    static void finishAllAtSelfScore(long round) {
        for (String username : REVIEWERS) {
            Api reviewer = Api.as(username);
            for (JsonObject a : reviewer.get("/api/review/queue").jsonArray().getValuesAs(JsonObject.class)) {
                if (a.getJsonNumber("roundId").longValue() != round) {
                    continue;
                }
                long id = a.getJsonNumber("id").longValue();
                Api.Reply done = reviewer.put("/api/review/assignments/" + id,
                        scoring(version(id), true, atSelfScore(a.getJsonNumber("submissionId").longValue())));
                assertThat(done.status()).as(done.body()).isEqualTo(200);
            }
        }
        assertThat(Db.number("SELECT COUNT(*) FROM review_assignment WHERE round_id = ? AND done = 0", round)).isZero();
    }

    /** The scored criteria of a report at the unit's own points, read as the office. */
    static List<JsonObject> atSelfScore(long submission) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonObject c : OFFICE.get("/api/submissions/" + submission).json().getJsonArray("criteria").getValuesAs(JsonObject.class)) {
            if (!c.getBoolean("group")) {
                out.add(Json.createObjectBuilder().add("criterionId", c.getJsonNumber("criterionId").longValue())
                        .add("points", c.getJsonNumber("points").bigDecimalValue()).build());
            }
        }
        return out;
    }

    static String scoring(long version, boolean done, List<JsonObject> scores) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        scores.forEach(array::add);
        return Json.createObjectBuilder().add("version", version).add("done", done).add("scores", array).build().toString();
    }

    static long version(long assignment) {
        return Db.number("SELECT version FROM review_assignment WHERE id = ?", assignment);
    }
}
