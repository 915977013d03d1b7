package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thidua.testsupport.Api;
import vn.thidua.testsupport.AppServer;

/**
 * A long report made in the background: the province's award registry of one year (thousands of rows) is asked for,
 * its progress followed and its PDF downloaded by the one who asked; nobody else reaches it, and a unit asks only
 * for its own units.
 */
@ExtendWith(AppServer.class)
class ReportJobIT {

    @Test
    void theProvincesRegistryOfAYearIsMadeInTheBackground() throws Exception {
        Api office = Api.as("vanphong");
        long province = Db.number("SELECT id FROM unit WHERE parent_id IS NULL");
        long expected = Db.number("SELECT COUNT(*) FROM award_record WHERE award_year = 2024");
        assertThat(expected).as("the demo's 2024 registry").isGreaterThan(1000);

        Api.Reply asked = office.post("/api/reports/jobs", Json.createObjectBuilder().add("report", "REGISTRY").add("unitId", province)
                .add("year", 2024).add("format", "pdf").build().toString());
        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        long job = asked.json().getJsonNumber("id").longValue();
        assertThat(asked.json().getInt("rowsTotal")).isEqualTo((int) expected);

        JsonObject state = asked.json();
        for (int i = 0; i < 240 && !state.getString("status").equals("DONE") && !state.getString("status").equals("FAILED"); i++) {
            Thread.sleep(500);
            state = office.get("/api/reports/jobs/" + job).json();
        }
        assertThat(state.getString("status")).as(state.toString()).isEqualTo("DONE");
        assertThat(state.getInt("rowsDone")).isEqualTo((int) expected);
        assertThat(state.getInt("percent")).isEqualTo(100);

        assertThat(Api.as("chutich").get("/api/reports/jobs/" + job + "/file").status()).as("only the one who asked").isEqualTo(403);
        Api.Reply file = office.get("/api/reports/jobs/" + job + "/file");
        assertThat(file.status()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(file.bytes())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(20);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            assertThat(stripper.getText(pdf)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Trang 1/" + pdf.getNumberOfPages());
        }
        assertThat(office.get("/api/reports/jobs").jsonArray().getValuesAs(JsonObject.class))
                .anySatisfy(j -> assertThat(j.getJsonNumber("id").longValue()).isEqualTo(job));

        Api.Reply foreign = Api.as("canbo.bvdk").post("/api/reports/jobs", Json.createObjectBuilder().add("report", "STAFF")
                .add("unitId", Db.unitId("TTYT-THA")).add("format", "pdf").build().toString());
        assertThat(foreign.status()).as("another unit's staff").isEqualTo(403);
        Api.Reply noUnit = office.post("/api/reports/jobs", Json.createObjectBuilder().add("report", "STAFF").add("format", "pdf").build().toString());
        assertThat(noUnit.status()).isEqualTo(400);
        assertThat(noUnit.json().getJsonObject("fieldErrors").getString("unitId")).isEqualTo("Chọn đơn vị.");
    }
}
