package vn.thidua.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import vn.thidua.testsupport.Api;
import vn.thidua.testsupport.AppServer;
import vn.thidua.testsupport.Browser;
import vn.thidua.testsupport.WebSession;

/**
 * The dashboards in the browser: the office's five charts of plan 1750/KH-SYT in 2025 drawn by Chart.js, with the
 * completeness figures of the API; a unit officer's own dashboard; another unit's dashboard answers 403.
 */
@ExtendWith(AppServer.class)
class DashboardBrowserIT {

    private static final String[] STATES = {"ON_TIME", "LATE", "RETURNED", "DRAFT", "NOT_STARTED"};

    private final Api office = Api.as("vanphong");

    @Test
    void theOfficeSeesTheFiveChartsAndTheCompletenessOfTheApi() {
        long plan = Db.number("SELECT id FROM emulation_plan WHERE number_symbol = '1750/KH-SYT'");
        JsonObject total = office.get("/api/submissions/completeness?plan=" + plan + "&year=2025").json().getJsonObject("total");
        try (Browser browser = Browser.loggedInAs("vanphong")) {
            try {
                // no parameters: plan 1750/KH-SYT and its last year with reports
                browser.open("/report/dashboard.xhtml");
                browser.see(By.id("indicatorHeading"), "Chỉ tiêu so với mục tiêu theo đơn vị", "DashboardBrowserIT-office");
                assertThat(browser.waitFor(By.id("dashForm:year_label")).getText()).isEqualTo("2025");
                assertThat(browser.driver().findElement(By.id("dashForm:plan_label")).getText()).startsWith("1750/KH-SYT");
                assertThat(text(browser, "trendHeading")).isEqualTo("Xu hướng qua các năm của kế hoạch");
                assertThat(text(browser, "rankingHeading")).isEqualTo("Xếp hạng theo khối thi đua");
                assertThat(text(browser, "completenessHeading")).isEqualTo("Tình hình nộp báo cáo");
                assertThat(text(browser, "awardsHeading")).isEqualTo("Khen thưởng theo danh hiệu và năm");
                for (String chart : List.of("indicatorChart", "trendChart", "rankingChart", "completenessChart", "awardsChart")) {
                    assertThat(drawn(browser, "dashForm:" + chart)).as(chart + " drawn by Chart.js").isTrue();
                }

                // the completeness figures beside the doughnut are the API's, and the doughnut draws them
                int expected = total.getInt("expected");
                assertThat(text(browser, "completeness-expected")).isEqualTo(String.valueOf(expected));
                int sum = 0;
                for (String state : STATES) {
                    int count = total.getJsonObject("counts").getInt(state, 0);
                    assertThat(text(browser, "completeness-" + state)).as(state).isEqualTo(String.valueOf(count));
                    sum += count;
                }
                assertThat(sum).isEqualTo(expected);
                assertThat(chartData(browser, "dashForm:completenessChart", 0)).isEqualTo(
                        java.util.Arrays.stream(STATES).map(s -> (long) total.getJsonObject("counts").getInt(s, 0)).toList());

                // one bar per unit that reported the indicator, counted green + amber + red above the chart
                long bars = chartData(browser, "dashForm:indicatorChart", 0).size();
                long counted = 0;
                for (String status : List.of("MET", "NEAR", "MISSED", "NO_DATA")) {
                    counted += Long.parseLong(text(browser, "rag-" + status));
                }
                assertThat(bars).isPositive().isEqualTo(counted);

                // another indicator redraws the charts
                String other = browser.driver().findElements(By.cssSelector("#dashForm\\:indicator_input option")).get(6).getText();
                browser.choose("dashForm:indicator", other);
                assertThat(drawn(browser, "dashForm:trendChart")).isTrue();
                assertThat(browser.pageText()).contains(other.substring(other.indexOf(". ") + 2));
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("DashboardBrowserIT-office");
                throw e;
            }
        }
    }

    @Test
    void aUnitOfficerSeesOwnUnitAndNoOther() {
        long bvdk = Db.unitId("BVDK");
        String bvdkName = Db.text("SELECT name FROM unit WHERE id = ?", bvdk);
        try (Browser browser = Browser.loggedInAs("canbo.bvdk")) {
            try {
                browser.open("/report/unit-dashboard.xhtml");
                browser.see(By.id("unitIndicatorsHeading"), "Chỉ tiêu của đơn vị so với mục tiêu", "DashboardBrowserIT-unit");
                assertThat(text(browser, "rankHeading")).isEqualTo("Thứ hạng qua các năm");
                assertThat(text(browser, "unitName")).isEqualTo(bvdkName);
                assertThat(browser.driver().findElements(By.id("unitDashForm:unit"))).as("no unit choice").isEmpty();
                if (Db.number("SELECT COUNT(*) FROM submission WHERE unit_id = ? AND report_year = 2025", bvdk) > 0) {
                    assertThat(drawn(browser, "unitDashForm:unitIndicatorChart")).isTrue();
                    assertThat(browser.driver().findElements(By.cssSelector("#unitDashForm\\:indicators .rag"))).isNotEmpty();
                }
                if (Db.number("SELECT COUNT(*) FROM review_score sc JOIN review_assignment a ON a.id = sc.assignment_id"
                        + " JOIN submission s ON s.id = a.submission_id JOIN review_round r ON r.id = a.round_id"
                        + " WHERE s.unit_id = ? AND r.status = 'PUBLISHED'", bvdk) > 0) {
                    assertThat(drawn(browser, "unitDashForm:rankChart")).isTrue();
                    assertThat(text(browser, "rank-2025")).matches("\\d+/\\d+( =)?");
                }

                // another unit by URL: 403, without its data
                long other = Db.unitId("TTYT-THA");
                browser.open("/report/unit-dashboard.xhtml?unit=" + other);
                browser.see(By.tagName("body"), "Không có quyền truy cập (403)", "DashboardBrowserIT-unit");
                assertThat(browser.driver().findElements(By.id("unitIndicatorsHeading"))).isEmpty();
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("DashboardBrowserIT-unit");
                throw e;
            }
        }
        var session = WebSession.login("canbo.bvdk");
        assertThat(session.get("/report/unit-dashboard.xhtml?unit=" + Db.unitId("TTYT-THA")).statusCode()).isEqualTo(403);
        assertThat(session.get("/report/dashboard.xhtml").statusCode()).as("the office's dashboard").isEqualTo(403);
    }

    @Test
    void theOfficePicksAUnitByParameter() {
        long other = Db.unitId("TTYT-THA");
        try (Browser browser = Browser.loggedInAs("vanphong")) {
            browser.open("/report/unit-dashboard.xhtml?unit=" + other);
            browser.see(By.id("unitName"), Db.text("SELECT name FROM unit WHERE id = ?", other), "DashboardBrowserIT-pick");
            assertThat(browser.waitFor(By.id("unitDashForm:unit_label")).getText()).isEqualTo(Db.text("SELECT name FROM unit WHERE id = ?", other));
        }
    }

    private static String text(Browser browser, String id) {
        return browser.waitFor(By.id(id)).getText().strip();
    }

    /** Whether Chart.js has drawn a chart on the p:chart's canvas. */
    private static boolean drawn(Browser browser, String chartId) {
        browser.waitFor(By.id(chartId + "_canvas"));
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "var c = document.getElementById(arguments[0]); return !!(c && window.Chart && Chart.getChart(c));", chartId + "_canvas"));
    }

    @SuppressWarnings("unchecked")
    private static List<Long> chartData(Browser browser, String chartId, int dataset) {
        browser.waitFor(By.id(chartId + "_canvas"));
        List<Object> data = (List<Object>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Chart.getChart(document.getElementById(arguments[0])).data.datasets[arguments[1]].data;", chartId + "_canvas", dataset);
        return data.stream().map(v -> v == null ? null : ((Number) v).longValue()).toList();
    }
}
