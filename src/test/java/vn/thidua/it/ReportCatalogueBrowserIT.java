package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.thidua.testsupport.AppServer;
import vn.thidua.testsupport.Browser;

/**
 * The office picks a plan and a round on the report catalogue and downloads the block ranking as a PDF, then a unit and
 * one of its people for that person's registry extract.
 */
@ExtendWith(AppServer.class)
class ReportCatalogueBrowserIT {

    @Test
    void theOfficeDownloadsTheBlockRankingFromTheCatalogue() throws IOException {
        String plan = Db.text("SELECT CONCAT(number_symbol, ' – ', title) FROM emulation_plan WHERE number_symbol = '1750/KH-SYT'");
        try (Browser office = Browser.loggedInAs("vanphong")) {
            office.open("/report/catalogue.xhtml");
            assertThat(office.pageText()).contains("Danh mục báo cáo", "Bảng xếp hạng khối thi đua", "Chọn đủ tham số");
            office.choose("catalogueForm:plan", plan);
            office.choose("catalogueForm:reviewRound", "2025 – Chấm điểm thi đua năm 2025");
            String href = office.waitFor(By.cssSelector("#ranking a.report-link")).getAttribute("href");
            assertThat(href).contains("/api/reports/review/rounds/", "/ranking", "format=pdf");
            byte[] pdf = office.download(href);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XẾP HẠNG", "Trang 1/");
            }

            // a person's registry extract: the unit, then the person
            long person = AwardFixtures.person("BVDK", "Lương Thị Nga");
            AwardFixtures.award(person, "LDTT", 2023);
            String name = Db.text("SELECT full_name FROM staff_member WHERE id = ?", person);
            office.choose("catalogueForm:unit", Db.text("SELECT name FROM unit WHERE code = 'BVDK'"));
            office.choose("catalogueForm:staff", name + " – Bác sĩ");
            String personHref = office.waitFor(By.cssSelector("#personRegistry a.report-link")).getAttribute("href");
            try (PDDocument document = Loader.loadPDF(office.download(personHref))) {
                assertThat(new PDFTextStripper().getText(document)).contains("TRÍCH SỔ KHEN THƯỞNG", name, "Lao động tiên tiến", "2023");
            }
        }
    }
}
