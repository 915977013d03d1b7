package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thidua.testsupport.Api;
import vn.thidua.testsupport.AppServer;

/** Every endpoint that takes an id refuses a unit officer another unit's data, with 403 and nothing changed. */
@ExtendWith(AppServer.class)
class ApiAuthorisationIT {

    private final Api officer = Api.as("canbo.thachha");

    @Test
    void anonymousCallsAndWrongPasswordsGet401() {
        assertThat(Api.anonymous().get("/api/units").status()).isEqualTo(401);
        assertThat(Api.withPassword("canbo.thachha", "wrong-password1").get("/api/units").status()).isEqualTo(401);
        assertThat(Api.anonymous().get("/api/staff").json().getString("message")).isEqualTo("Vui lòng đăng nhập.");
    }

    @Test
    void aUnitOfficerSeesOnlyTheOwnUnitAndItsStations() {
        var tree = officer.get("/api/units").jsonArray();
        assertThat(tree).hasSize(1);
        assertThat(tree.getJsonObject(0).getString("code")).isEqualTo("TTYT-THA");
        assertThat(tree.getJsonObject(0).getJsonArray("children")).isNotEmpty();

        var staff = officer.get("/api/staff?size=500").json();
        long own = Db.number("SELECT COUNT(*) FROM staff_member s JOIN unit u ON u.id = s.unit_id WHERE u.path LIKE "
                + "CONCAT((SELECT path FROM unit WHERE code = 'TTYT-THA'), '%')");
        assertThat(staff.getJsonNumber("total").longValue()).isEqualTo(own);
        assertThat(staff.getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class))
                .allSatisfy(s -> assertThat(s.getString("unitName")).containsAnyOf("Thạch Hà", "Trạm Y tế"));
    }

    @Test
    void anotherUnitsIdsAreRefusedOnEveryEndpoint() {
        long hospital = Db.unitId("BVDK");
        long hospitalPerson = Db.staffIdOf("BVDK");
        assertThat(officer.get("/api/units/" + hospital).status()).isEqualTo(403);
        assertThat(officer.get("/api/staff?unit=" + hospital).status()).isEqualTo(403);
        assertThat(officer.get("/api/staff/" + hospitalPerson).status()).isEqualTo(403);
        String name = Db.text("SELECT full_name FROM staff_member WHERE id = ?", hospitalPerson);
        assertThat(officer.put("/api/staff/" + hospitalPerson,
                "{\"fullName\":\"Kẻ Xâm Nhập\",\"unitId\":" + hospital + ",\"version\":0}").status()).isEqualTo(403);
        assertThat(Db.text("SELECT full_name FROM staff_member WHERE id = ?", hospitalPerson)).isEqualTo(name);
        // moving an own person into another unit is refused too
        long ownPerson = Db.staffIdOf("TTYT-THA");
        assertThat(officer.put("/api/staff/" + ownPerson,
                "{\"fullName\":\"Nguyễn Văn A\",\"unitId\":" + hospital + ",\"version\":0}").status()).isEqualTo(403);
        assertThat(officer.post("/api/staff", "{\"fullName\":\"Nguyễn Văn B\",\"unitId\":" + hospital + "}").status())
                .isEqualTo(403);
        assertThat(officer.post("/api/units", "{\"code\":\"X1\",\"name\":\"X\",\"type\":\"OTHER\",\"parentId\":"
                + Db.unitId("TTYT-THA") + "}").status()).isEqualTo(403);
        assertThat(Db.number("SELECT COUNT(*) FROM staff_member WHERE full_name IN ('Nguyễn Văn B', 'Kẻ Xâm Nhập')")).isZero();
    }

    @Test
    void boardMembersAndViewersDoNotReachStaff() {
        assertThat(Api.as("hoidong").get("/api/staff").status()).isEqualTo(403);
        assertThat(Api.as("lanhdao").get("/api/staff/" + Db.staffIdOf("BVDK")).status()).isEqualTo(403);
    }

    @Test
    void anOfficerCreatesAndEditsOwnStaffWithVersionChecks() {
        long station = Db.unitId("TYT-THA-01");
        Api.Reply created = officer.post("/api/staff", """
                {"fullName":"  Lê   Thị Thu Hà ","gender":"FEMALE","birthDate":"1990-07-01","position":"Y sĩ","unitId":%d}
                """.formatted(station));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(created.json().getString("fullName")).isEqualTo("Lê Thị Thu Hà");

        long version = created.json().getJsonNumber("version").longValue();
        String change = """
                {"fullName":"Lê Thị Thu Hà","gender":"FEMALE","birthDate":"1990-07-01","position":"Điều dưỡng","unitId":%d,"version":%d}
                """.formatted(station, version);
        assertThat(officer.put("/api/staff/" + id, change).status()).isEqualTo(200);
        Api.Reply stale = officer.put("/api/staff/" + id, change);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().getString("message")).contains("người khác thay đổi");
        assertThat(Db.text("SELECT position FROM staff_member WHERE id = ?", id)).isEqualTo("Điều dưỡng");
    }

    @Test
    void badInputGets400WithVietnameseFieldMessagesAndChangesNothing() {
        long before = Db.number("SELECT COUNT(*) FROM staff_member");
        Api.Reply reply = officer.post("/api/staff",
                "{\"fullName\":\" \",\"birthDate\":\"2999-01-01\",\"unitId\":" + Db.unitId("TTYT-THA") + "}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getJsonObject("fieldErrors").getString("fullName")).isEqualTo("Vui lòng nhập họ và tên.");
        assertThat(reply.json().getJsonObject("fieldErrors").getString("birthDate")).startsWith("Ngày sinh không hợp lệ");
        assertThat(Db.number("SELECT COUNT(*) FROM staff_member")).isEqualTo(before);

        Api.Reply badUnit = Api.as("admin").post("/api/units", "{\"code\":\"BVDK\",\"name\":\"\",\"type\":\"HOSPITAL\",\"parentId\":"
                + Db.unitId("SYT") + "}");
        assertThat(badUnit.status()).isEqualTo(400);
        assertThat(badUnit.json().getJsonObject("fieldErrors").getString("code")).contains("đã được dùng");
        assertThat(Api.as("admin").get("/api/staff/999999999").status()).isEqualTo(404);
    }

    @Test
    void theApiIsDescribedByOpenApiAndHealthReportsTheDatabase() {
        Api.Reply openapi = Api.anonymous().get("/openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/staff").contains("/api/units");
        Api.Reply health = Api.anonymous().get("/health/ready");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"database\"").contains("UP");
    }
}
