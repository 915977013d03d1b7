package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thidua.testsupport.AppServer;
import vn.thidua.testsupport.WebSession;

/** Typing another unit's id into a page's URL gives the 403 page, not the data. */
@ExtendWith(AppServer.class)
class PageAuthorisationIT {

    @Test
    void pagesNeedALogin() {
        var response = WebSession.anonymous().get("/org/staff.xhtml");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).contains("/login.xhtml");
    }

    @Test
    void aUnitOfficerGets403ForAnotherUnitsPages() {
        WebSession officer = WebSession.login("canbo.thachha");
        long hospital = Db.unitId("BVDK");
        long hospitalPerson = Db.staffIdOf("BVDK");
        for (String path : new String[] {"/org/staff.xhtml?unit=" + hospital, "/org/person.xhtml?id=" + hospitalPerson,
                "/org/person.xhtml?unit=" + hospital, "/org/unit.xhtml?id=" + hospital, "/admin/accounts.xhtml",
                "/api/reports/staff?format=pdf&unit=" + hospital}) {
            var response = officer.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.body()).as(path).doesNotContain(Db.text("SELECT full_name FROM staff_member WHERE id = ?", hospitalPerson));
        }
        assertThat(officer.get("/org/staff.xhtml?unit=" + hospital).body()).contains("Không có quyền truy cập");
    }

    @Test
    void aUnitOfficerOpensOwnUnitsPages() {
        WebSession officer = WebSession.login("canbo.thachha");
        long own = Db.unitId("TTYT-THA");
        long ownPerson = Db.staffIdOf("TYT-THA-02");
        var staff = officer.get("/org/staff.xhtml?unit=" + own);
        assertThat(staff.statusCode()).isEqualTo(200);
        assertThat(staff.body()).contains("Cán bộ").contains("Trung tâm Y tế huyện Thạch Hà");
        var person = officer.get("/org/person.xhtml?id=" + ownPerson);
        assertThat(person.statusCode()).isEqualTo(200);
        assertThat(person.body()).contains(Db.text("SELECT full_name FROM staff_member WHERE id = ?", ownPerson));
    }

    @Test
    void onlyTheEmulationOfficeChangesPlansAndOthersReadIssuedOnes() {
        WebSession viewer = WebSession.login("lanhdao");
        assertThat(viewer.get("/plan/plan.xhtml?id=" + demoPlan()).body()).contains("1750/KH-SYT", "Số bác sỹ/10.000 dân");
        for (String path : new String[] {"/plan/plan.xhtml", "/plan/indicator-import.xhtml?plan=" + demoPlan(),
                "/plan/task-import.xhtml?plan=" + demoPlan(), "/plan/indicator.xhtml?plan=" + demoPlan(),
                "/plan/task.xhtml?plan=" + demoPlan(), "/plan/block.xhtml?plan=" + demoPlan()}) {
            assertThat(viewer.get(path).statusCode()).as(path).isEqualTo(403);
        }
    }

    private static long demoPlan() {
        return Db.number("SELECT id FROM emulation_plan WHERE number_symbol = '1750/KH-SYT'");
    }

    @Test
    void everyPageRendersForTheAdministratorInVietnamese() {
        WebSession admin = WebSession.login("admin");
        for (String path : new String[] {"/index.xhtml", "/org/units.xhtml", "/org/blocks.xhtml", "/org/staff.xhtml",
                "/org/staff-import.xhtml", "/admin/accounts.xhtml", "/account/password.xhtml",
                "/org/unit.xhtml?id=" + Db.unitId("CDC"), "/org/person.xhtml?id=" + Db.staffIdOf("CDC"),
                "/plan/plans.xhtml", "/plan/plan.xhtml", "/plan/plan.xhtml?id=" + demoPlan(), "/plan/indicator-import.xhtml?plan=" + demoPlan(),
                "/plan/task-import.xhtml?plan=" + demoPlan(), "/plan/indicator.xhtml?plan=" + demoPlan(),
                "/plan/indicator.xhtml?plan=" + demoPlan() + "&id=" + Db.number("SELECT MIN(id) FROM indicator WHERE plan_id = ?", demoPlan()),
                "/plan/task.xhtml?plan=" + demoPlan(), "/plan/block.xhtml?plan=" + demoPlan(),
                "/plan/block.xhtml?plan=" + demoPlan() + "&id=" + Db.number("SELECT MIN(id) FROM plan_block WHERE plan_id = ?", demoPlan()),
                "/plan/framework.xhtml?id=" + Db.number("SELECT MIN(id) FROM scoring_framework WHERE plan_id = ?", demoPlan())}) {
            var response = admin.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("Thi đua – Khen thưởng").doesNotContain("???");
        }
    }

    @Test
    void theSubmissionPagesRenderForTheOfficeAndRefuseOthersReports() {
        long plan = demoPlan();
        long report = Db.number("SELECT MIN(s.id) FROM submission s JOIN unit u ON u.id = s.unit_id"
                + " WHERE s.plan_id = ? AND s.status = 'SUBMITTED' AND u.path NOT LIKE CONCAT((SELECT path FROM unit WHERE code = 'TTYT-THA'), '%')", plan);
        String unitName = Db.text("SELECT u.name FROM submission s JOIN unit u ON u.id = s.unit_id WHERE s.id = ?", report);
        WebSession office = WebSession.login("vanphong");
        for (String path : new String[] {"/submission/submissions.xhtml?plan=" + plan + "&year=2025", "/submission/submission.xhtml?id=" + report,
                "/submission/dashboard.xhtml?plan=" + plan + "&year=2025", "/account/notifications.xhtml"}) {
            var response = office.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("Thi đua – Khen thưởng").doesNotContain("???");
        }
        assertThat(office.get("/submission/submission.xhtml?id=" + report).body()).contains(unitName, "Điểm tự chấm", "Đã nộp");
        assertThat(office.get("/submission/dashboard.xhtml?plan=" + plan + "&year=2025").body())
                .contains("Tình hình nộp báo cáo", "Theo khối thi đua", "Bệnh viện", "Đúng hạn");

        var otherUnit = WebSession.login("canbo.thachha").get("/submission/submission.xhtml?id=" + report);
        assertThat(otherUnit.statusCode()).isEqualTo(403);
        assertThat(otherUnit.body()).doesNotContain(unitName);
        assertThat(WebSession.login("lanhdao").get("/submission/submissions.xhtml").statusCode()).isEqualTo(403);
        assertThat(WebSession.login("hoidong").get("/submission/dashboard.xhtml?plan=" + plan + "&year=2025").statusCode()).isEqualTo(403);
    }
}
