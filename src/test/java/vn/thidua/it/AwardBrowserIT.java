package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.it.AwardFixtures.award;
import static vn.thidua.it.AwardFixtures.person;
import static vn.thidua.it.AwardFixtures.rating;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.thidua.testsupport.Api;
import vn.thidua.testsupport.AppServer;
import vn.thidua.testsupport.Browser;

/**
 * A nomination walks through the pages from the unit to the issued decision: the officer drafts it, the head submits
 * it and sees each condition with its facts, the office puts it on the agenda and prepares the session, the members
 * vote from their own accounts, the chair closes the vote, the office issues the decision and the registry shows it.
 */
@ExtendWith(AppServer.class)
class AwardBrowserIT {

    private static final String HOSPITAL = "Bệnh viện Đa khoa tỉnh Hà Tĩnh";

    @Test
    void aNominationWalksFromTheUnitToTheIssuedDecision() {
        AwardFixtures.ldttHoldersOf2026();
        long person = person("BVDK", "Võ Thị Hạnh");
        award(person, "CSTDCS", 2025);
        rating(person, 2026, "EXCELLENT");
        String name = Db.text("SELECT full_name FROM staff_member WHERE id = ?", person);
        long round = AwardFixtures.round(2026);
        String roundName = Db.text("SELECT name FROM nomination_round WHERE id = ?", round);
        long nomination;

        try (Browser officer = Browser.loggedInAs("canbo.bvdk")) {
            officer.open("/award/rounds.xhtml");
            officer.click(By.linkText(roundName));
            officer.choose("nominationsForm:staffId", name + " – Bác sĩ, " + HOSPITAL);
            officer.choose("nominationsForm:titleId", "Chiến sĩ thi đua cơ sở");
            officer.click(By.id("nominationsForm:create"));
            officer.see(By.id("candidate"), name, "award-created");
            assertThat(officer.driver().findElements(By.id("nominationForm:submit"))).as("only the head submits").isEmpty();
            officer.type(By.id("nominationForm:summary"), "Hoàn thành xuất sắc nhiệm vụ; chủ trì cải tiến quy trình khám bệnh.");
            officer.click(By.id("nominationForm:save"));
            officer.see(By.id("nominationForm:messages"), "Đã lưu", "award-saved");
            nomination = Long.parseLong(officer.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
        }

        try (Browser head = Browser.loggedInAs("truong.bvdk")) {
            head.open("/award/nomination.xhtml?id=" + nomination);
            head.see(By.id("nominationForm:conditions"), "Xếp loại hoàn thành xuất sắc nhiệm vụ", "award-conditions");
            head.click(By.id("nominationForm:submit"));
            head.see(By.id("status"), "Đã trình", "award-submitted");
            assertThat(head.pageText()).contains("Đủ điều kiện", "Chờ bỏ phiếu", "Luật TĐKT 2022");
        }

        long board = ReviewFixtures.board("Hội đồng TĐKT trên trình duyệt");
        String boardName = Db.text("SELECT name FROM review_board WHERE id = ?", board);
        long session;
        try (Browser office = Browser.loggedInAs("vanphong")) {
            office.open("/award/nomination.xhtml?id=" + nomination);
            office.click(By.id("nominationForm:agenda"));
            office.see(By.id("status"), "Đưa ra Hội đồng", "award-agenda");
            office.open("/award/nominations.xhtml?round=" + round);
            office.choose("nominationsForm:boardId", boardName + " – 2025 (4)");
            office.type(By.id("nominationsForm:heldOn_input"), "20/11/2026");
            office.click(By.id("nominationsForm:createSession"));
            office.see(By.id("status"), "Đang chuẩn bị", "award-session");
            for (int row = 0; row < 4; row++) {
                office.click(By.cssSelector("[id='sessionForm:attendance:" + row + ":present'] .ui-chkbox-box"));
            }
            office.click(By.id("sessionForm:saveAttendance"));
            office.see(By.id("quorum"), "Có mặt 4/4", "award-attendance");
            office.click(By.id("sessionForm:openVoting"));
            office.see(By.id("status"), "Đang bỏ phiếu", "award-voting");
            session = Long.parseLong(office.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
        }

        try (Browser member = Browser.loggedInAs("hoidong")) {
            member.open("/award/session.xhtml?id=" + session);
            member.click(By.id("sessionForm:ballots:0:agree"));
            member.see(By.id("sessionForm:ballots"), "Bạn đã bỏ phiếu", "award-voted");
            assertThat(member.driver().findElements(By.id("sessionForm:ballots:0:agree"))).as("one vote").isEmpty();
        }
        long ballot = Db.number("SELECT id FROM ballot WHERE session_id = ?", session);
        for (String username : new String[] {"hoidong2", "hoidong3"}) {
            Api.Reply vote = Api.as(username).post("/api/awards/ballots/" + ballot + "/vote", "{\"approve\":true}");
            assertThat(vote.status()).as(vote.body()).isEqualTo(204);
        }
        try (Browser chair = Browser.loggedInAs("chutich")) {
            chair.open("/award/session.xhtml?id=" + session);
            chair.click(By.id("sessionForm:ballots:0:disagree"));
            chair.see(By.id("sessionForm:ballots"), "Bạn đã bỏ phiếu", "award-chair-voted");
            chair.clickAndConfirm(By.id("sessionForm:close"));
            chair.see(By.id("status"), "Đã kết thúc", "award-closed");
            assertThat(chair.pageText()).contains("3 đồng ý, 1 không đồng ý trên tổng số 4 thành viên (75,0 %)", "Được thông qua");
        }

        String number = String.valueOf(7000 + System.nanoTime() % 2000);
        try (Browser office = Browser.loggedInAs("vanphong")) {
            office.open("/award/nominations.xhtml?round=" + round);
            office.click(By.id("nominationsForm:draftDecision"));
            office.see(By.id("decisionForm:items"), name, "award-draft");
            office.clickAndConfirm(By.id("decisionForm:issue")); // incomplete: refused beside the field, nothing issued
            office.see(By.id("decisionForm"), "Nhập số, ngày ký", "award-incomplete");
            office.type(By.id("decisionForm:number"), number);
            office.type(By.id("decisionForm:signedOn_input"), "24/11/2026");
            office.type(By.id("decisionForm:signerTitle"), "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC");
            office.type(By.id("decisionForm:signerName"), "Nguyễn Văn Hùng");
            office.clickAndConfirm(By.id("decisionForm:issue"));
            office.see(By.id("status"), "Đã ban hành", "award-issued");
            assertThat(office.driver().findElements(By.id("decisionForm:issue"))).isEmpty();
        }
        JsonObject registryEntry = Api.as("vanphong").get("/api/awards/registry/units/" + Db.unitId("BVDK") + "?year=2026").jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(r -> !r.isNull("staffId") && r.getJsonNumber("staffId").longValue() == person)
                .findFirst().orElseThrow();
        assertThat(registryEntry.getString("title")).isEqualTo("CSTDCS");
        assertThat(registryEntry.getString("decision")).contains(number + "/QĐ-SYT", "24/11/2026");
        assertThat(Json.createValue(registryEntry.getString("source")).getString()).isEqualTo("DECISION");
    }
}
