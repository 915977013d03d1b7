package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.report.ChartJson.Point;
import vn.thidua.report.ChartJson.Series;

class ChartJsonTest {

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static List<BigDecimal> numbers(String... v) {
        return Arrays.stream(v).map(s -> s == null ? null : new BigDecimal(s)).toList();
    }

    @Test
    void barsCarryTheirColoursAndTooltipsAndTheTargetIsALineAcrossThem() {
        JsonObject config = read(ChartJson.barsWithTarget(List.of(
                new Point("BVĐK tỉnh", new BigDecimal("96.5"), "96,5 % – Đạt", TargetStatus.MET.colour()),
                new Point("TTYT Thạch Hà", new BigDecimal("88"), "88 % – Gần đạt", TargetStatus.NEAR.colour())),
                "Giá trị", new BigDecimal("95"), "Mục tiêu", "≥ 95 %", "vi-VN"));
        assertThat(config.getString("type")).isEqualTo("bar");
        assertThat(config.getJsonObject("data").getJsonArray("labels").getString(0)).isEqualTo("BVĐK tỉnh");
        JsonArray datasets = config.getJsonObject("data").getJsonArray("datasets");
        assertThat(datasets).hasSize(2);
        JsonObject bars = datasets.getJsonObject(0);
        assertThat(bars.getJsonArray("data").getJsonNumber(0).bigDecimalValue()).isEqualByComparingTo("96.5");
        assertThat(bars.getJsonArray("backgroundColor").getString(1)).isEqualTo(TargetStatus.NEAR.colour());
        assertThat(bars.getJsonArray("tooltips").getString(0)).isEqualTo("96,5 % – Đạt");
        JsonObject target = datasets.getJsonObject(1);
        assertThat(target.getString("type")).isEqualTo("line");
        assertThat(target.getJsonArray("data")).hasSize(2).allSatisfy(v -> assertThat(v.toString()).isEqualTo("95"));
        assertThat(target.getJsonArray("tooltips").getString(1)).isEqualTo("≥ 95 %");
        assertThat(config.getJsonObject("options").getString("locale")).isEqualTo("vi-VN");
    }

    @Test
    void withoutATargetOnlyTheBars() {
        JsonObject config = read(ChartJson.barsWithTarget(List.of(new Point("A", BigDecimal.ONE, "1", "#000")), "Giá trị", null,
                "Mục tiêu", null, "vi-VN"));
        assertThat(config.getJsonObject("data").getJsonArray("datasets")).hasSize(1);
    }

    @Test
    void aMissingYearIsAGapNotAZero() {
        JsonObject config = read(ChartJson.lines(List.of("2021", "2022"), List.of(
                new Series("Bình quân", numbers(null, "95.5"), Arrays.asList(null, "95,5 %"), "#111")), "vi-VN"));
        JsonArray data = config.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data");
        assertThat(data.isNull(0)).isTrue();
        assertThat(data.getJsonNumber(1).bigDecimalValue()).isEqualByComparingTo("95.5");
    }

    @Test
    void rankingBarsAreHorizontalAndRanksReversed() {
        assertThat(read(ChartJson.horizontalBars(List.of(new Point("1. A", BigDecimal.TEN, "10", "#000")), "Tổng điểm", "vi-VN"))
                .getJsonObject("options").getString("indexAxis")).isEqualTo("y");
        JsonObject y = read(ChartJson.ranks(List.of("2024", "2025"), new Series("Thứ hạng", numbers("3", "1"), List.of("3/8", "1/8"), "#000"),
                8, "vi-VN")).getJsonObject("options").getJsonObject("scales").getJsonObject("y");
        assertThat(y.getBoolean("reverse")).isTrue();
        assertThat(y.getInt("min")).isEqualTo(1);
        assertThat(y.getInt("max")).isEqualTo(8);
    }

    @Test
    void stackedBarsStackBothAxes() {
        JsonObject scales = read(ChartJson.stackedBars(List.of("2021"), List.of(new Series("Bằng khen", numbers("4"), List.of("4"), "#000")),
                "vi-VN")).getJsonObject("options").getJsonObject("scales");
        assertThat(scales.getJsonObject("x").getBoolean("stacked")).isTrue();
        assertThat(scales.getJsonObject("y").getBoolean("stacked")).isTrue();
    }

    @Test
    void aNameCannotCloseTheScriptItIsWrittenInto() {
        String json = ChartJson.doughnut(List.of(new Point("</script><b>", BigDecimal.ONE, "1", "#000")), "vi-VN");
        assertThat(json).doesNotContain("</").contains("<\\/script>");
        assertThat(read(json).getJsonObject("data").getJsonArray("labels").getString(0)).isEqualTo("</script><b>");
    }
}
