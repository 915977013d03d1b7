package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thidua.testsupport.Api;
import vn.thidua.testsupport.AppServer;

/** The staff list printed by the running server, read back from the PDF and the XLSX. */
@ExtendWith(AppServer.class)
class StaffReportIT {

    @Test
    void theStaffPdfOfAStationListsItsPeopleInVietnamese() throws IOException {
        long station = Db.unitId("TYT-THA-03");
        Api.Reply reply = Api.as("canbo.thachha").get("/api/reports/staff?format=pdf&unit=" + station);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(reply.bytes())) {
            String text = new PDFTextStripper().getText(pdf).replace('\n', ' ');
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "DANH SÁCH CÁN BỘ",
                    Db.text("SELECT name FROM unit WHERE id = ?", station), "Trang 1/1");
            var names = Db.texts("SELECT full_name FROM staff_member WHERE unit_id = ?", station);
            assertThat(names).isNotEmpty();
            assertThat(text).contains(names);
        }
    }

    @Test
    void theXlsxExportHasOneRowPerPerson() throws IOException {
        long station = Db.unitId("TYT-THA-04");
        Api.Reply reply = Api.as("vanphong").get("/api/reports/staff?format=xlsx&unit=" + station);
        assertThat(reply.status()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(reply.bytes()))) {
            String name = Db.text("SELECT MIN(full_name) FROM staff_member WHERE unit_id = ?", station);
            long found = 0;
            for (var row : wb.getSheetAt(0)) {
                for (var cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && cell.getStringCellValue().equals(name)) {
                        found++;
                    }
                }
            }
            assertThat(found).isPositive();
        }
    }

    @Test
    void anUnknownFormatIsABadRequest() {
        assertThat(Api.as("vanphong").get("/api/reports/staff?format=exe").status()).isEqualTo(400);
    }
}
