package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thidua.testsupport.Api;
import vn.thidua.testsupport.AppServer;

@ExtendWith(AppServer.class)
class SchemaAndAuditIT {

    @Test
    void flywayMigratedTheEmptyDatabaseAndTheDemoProvinceIsLoaded() {
        assertThat(Db.number("SELECT COUNT(*) FROM flyway_schema_history WHERE success = TRUE AND version = '1'")).isEqualTo(1);
        assertThat(Db.text("SELECT table_collation FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'staff_member'"))
                .isEqualTo("utf8mb4_unicode_ci");
        assertThat(Db.number("SELECT COUNT(*) FROM unit WHERE unit_type = 'DISTRICT_CENTRE'")).isEqualTo(13);
        assertThat(Db.number("SELECT COUNT(*) FROM unit WHERE unit_type = 'COMMUNE_STATION'")).isBetween(180L, 230L);
        assertThat(Db.number("SELECT COUNT(*) FROM staff_member")).isBetween(7000L, 9000L);
        assertThat(Db.text("SELECT name FROM unit WHERE code = 'SYT'")).isEqualTo("Sở Y tế Hà Tĩnh");
    }

    @Test
    void aChangeThroughTheApiIsAuditedWithBeforeAndAfter() {
        long unitId = Db.unitId("TTGDYK");
        var unit = Api.as("admin").get("/api/units/" + unitId).json();
        String body = """
                {"code":"TTGDYK","name":"Trung tâm Giám định y khoa tỉnh Hà Tĩnh","type":"OTHER","parentId":%d,
                 "population":null,"address":"Số 2, đường Hải Thượng Lãn Ông","headName":"Nguyễn Thị Ánh","version":%d}
                """.formatted(Db.unitId("SYT"), unit.getJsonNumber("version").longValue());
        assertThat(Api.as("admin").put("/api/units/" + unitId, body).status()).isEqualTo(200);

        assertThat(Db.text("SELECT username FROM audit_event WHERE entity_type = 'Unit' AND entity_id = ? AND action = 'UPDATE'",
                String.valueOf(unitId))).isEqualTo("admin");
        assertThat(Db.text("SELECT after_state FROM audit_event WHERE entity_type = 'Unit' AND entity_id = ? AND action = 'UPDATE'",
                String.valueOf(unitId))).contains("head=Nguyễn Thị Ánh").contains("Hải Thượng Lãn Ông");
        assertThat(Db.text("SELECT before_state FROM audit_event WHERE entity_type = 'Unit' AND entity_id = ? AND action = 'UPDATE'",
                String.valueOf(unitId))).doesNotContain("Nguyễn Thị Ánh");
    }

    @Test
    void theAuditLogIsAppendOnly() throws SQLException {
        try (Connection c = AppServer.jdbc(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_event SET username = 'x'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_event"))
                    .hasMessageContaining("append-only");
        }
        assertThat(Db.number("SELECT COUNT(*) FROM audit_event")).isPositive();
    }
}
