package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.concurrent.atomic.AtomicInteger;
import vn.thidua.testsupport.Api;

/** People with a made-to-measure award history, nomination rounds and nominations for the commendation tests. */
final class AwardFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Api OFFICE = Api.as("vanphong");

    private AwardFixtures() {
    }

    /** A new member of staff of the unit, with no history. */
    static long person(String unitCode, String name) {
        return Db.insert("INSERT INTO staff_member (full_name, unit_id, position, status, gender) VALUES (?, ?, 'Bác sĩ', 'ACTIVE', 'FEMALE')",
                name + " " + SEQUENCE.incrementAndGet(), Db.unitId(unitCode));
    }

    /**
     * Enough LĐTT holders in BVDK for 2026 that the CSTĐCS cap of the demo's provincial rule set (15 % of LĐTT) is never
     * what a test of another rule hits.
     */
    static synchronized void ldttHoldersOf2026() {
        long holders = Db.number("SELECT COUNT(*) FROM award_record a JOIN title_type t ON t.id = a.title_id JOIN unit u ON u.id = a.unit_id"
                + " WHERE u.code = 'BVDK' AND t.code = 'LDTT' AND a.award_year = 2026");
        for (long i = holders; i < 60; i++) {
            award(person("BVDK", "Cán bộ đạt LĐTT"), "LDTT", 2026);
        }
    }

    static void award(long staffId, String titleCode, int year) {
        Db.insert("INSERT INTO award_record (unit_id, staff_id, title_id, award_year, decision_no, decision_date, awarded_by, source)"
                + " SELECT s.unit_id, s.id, t.id, ?, ?, ?, 'Sở Y tế Hà Tĩnh', 'IMPORT' FROM staff_member s, title_type t"
                + " WHERE s.id = ? AND t.code = ?", year, (100 + year % 100) + "/QĐ-SYT", year + "-12-20", staffId, titleCode);
    }

    static void rating(long staffId, int year, String rating) {
        Db.insert("INSERT INTO performance_rating (unit_id, staff_id, rating_year, rating) SELECT unit_id, id, ?, ? FROM staff_member WHERE id = ?",
                year, rating, staffId);
    }

    static void initiative(long staffId, int year, String level) {
        Db.insert("INSERT INTO initiative (unit_id, staff_id, name, level, recognition_year, decision_no)"
                + " SELECT unit_id, id, 'Cải tiến quy trình tiếp đón người bệnh', ?, ?, '55/QĐ-SYT' FROM staff_member WHERE id = ?",
                level, year, staffId);
    }

    static void discipline(long staffId, String date, String measure) {
        Db.insert("INSERT INTO discipline (unit_id, staff_id, measure, decided_on, decision_no) SELECT unit_id, id, ?, ?, '12/QĐ-BV'"
                + " FROM staff_member WHERE id = ?", measure, date, staffId);
    }

    static long titleId(String code) {
        return Db.number("SELECT id FROM title_type WHERE code = ?", code);
    }

    static long round(int year) {
        Api.Reply created = OFFICE.post("/api/awards/rounds", Json.createObjectBuilder().add("name", "Khen thưởng đột xuất " + SEQUENCE.incrementAndGet())
                .add("kind", "AD_HOC").add("year", year).build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    static JsonObject nominate(Api unit, long round, long staffId, String titleCode) {
        Api.Reply created = unit.post("/api/awards/rounds/" + round + "/nominations", Json.createObjectBuilder().add("staffId", staffId)
                .add("titleId", titleId(titleCode)).add("summary", "Hoàn thành xuất sắc nhiệm vụ chuyên môn, có sáng kiến được áp dụng.")
                .build().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    static String versionBody(JsonObject o) {
        return Json.createObjectBuilder().add("version", o.getJsonNumber("version").longValue()).build().toString();
    }

    static String versionBody(JsonObject o, String reason) {
        return Json.createObjectBuilder().add("version", o.getJsonNumber("version").longValue()).add("reason", reason).build().toString();
    }
}
