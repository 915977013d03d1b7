package vn.thidua.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.plan.Comparison.BETWEEN;
import static vn.thidua.plan.Comparison.EQ;
import static vn.thidua.plan.Comparison.GE;
import static vn.thidua.plan.Comparison.GT;
import static vn.thidua.plan.Comparison.LE;
import static vn.thidua.plan.Comparison.LT;
import static vn.thidua.plan.Direction.HIGHER_IS_BETTER;
import static vn.thidua.plan.Direction.LOWER_IS_BETTER;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.plan.ImportProblem.Severity;

class IndicatorTableParserTest {

    private final IndicatorTableParser parser = new IndicatorTableParser();

    // ------------------------------------------------------------------ helpers

    /** Splits pasted text into rows on line breaks and cells on tabs, as the real reader does. */
    static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            rows.add(Arrays.asList(line.replace("\r", "").split("\t", -1)));
        }
        return rows;
    }

    static List<List<String>> table(String... lines) {
        return rows(String.join("\n", lines));
    }

    private static List<List<String>> seed(String name) throws IOException {
        try (InputStream in = IndicatorTableParserTest.class.getResourceAsStream("/seeds/" + name)) {
            assertThat(in).as(name).isNotNull();
            return rows(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static List<String> keys(List<ImportProblem> problems) {
        return problems.stream().map(ImportProblem::messageKey).toList();
    }

    private static void assertTarget(ParsedCell cell, Comparison comparison, String value) {
        assertThat(cell.target()).as(cell.raw()).isNotNull();
        assertThat(cell.target().comparison()).as(cell.raw()).isEqualTo(comparison);
        assertThat(cell.target().value()).as(cell.raw()).isEqualByComparingTo(new BigDecimal(value));
    }

    /** One target column, one row with the given name, unit and value. */
    private ParsedIndicator single(String name, String unit, String value) {
        IndicatorTable t = parser.parse(table("TT\tChỉ tiêu\tĐơn vị tính\tMục tiêu đến năm 2025",
                "1\t" + name + "\t" + unit + "\t" + value));
        assertThat(t.tableProblems()).isEmpty();
        assertThat(t.indicators()).hasSize(1);
        return t.indicators().get(0);
    }

    private ParsedCell singleCell(String value) {
        return single("Tỷ lệ người dân tham gia BHYT", "%", value).cells().get(0);
    }

    // ------------------------------------------------------------------ seed 004

    @Test
    void readsSeed004Exactly() throws IOException {
        IndicatorTable t = parser.parse(seed("indicators-004.tsv"));

        assertThat(t.tableProblems()).isEmpty();
        assertThat(t.hasErrors()).isFalse();
        assertThat(t.allProblems()).isEmpty();
        assertThat(t.columns()).containsExactly(new TableColumn("Mục tiêu đến năm 2025", 2025, false));

        record Row(String code, String name, String unit, Direction direction, Comparison comparison, String value) {
        }
        List<Row> expected = List.of(
                new Row("1", "Số bác sỹ/10.000 dân", "bác sỹ/10.000 dân", HIGHER_IS_BETTER, GE, "11.5"),
                new Row("2", "Tỷ lệ trạm y tế có bác sỹ làm việc", "%", HIGHER_IS_BETTER, GE, "100"),
                new Row("3", "Số giường bệnh/10.000 dân", "giường/10.000 dân", HIGHER_IS_BETTER, GE, "28"),
                new Row("4", "Tỷ lệ dân số được quản lý sức khỏe", "%", HIGHER_IS_BETTER, GE, "95"),
                new Row("5", "Tỷ lệ người dân tham gia BHYT", "%", HIGHER_IS_BETTER, GE, "95"),
                new Row("6", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin", "%",
                        HIGHER_IS_BETTER, GE, "95"),
                new Row("7", "Tỷ suất tử vong trẻ em dưới 1 tuổi", "‰", LOWER_IS_BETTER, LT, "6.1"),
                new Row("8", "Tỷ suất tử vong trẻ em dưới 5 tuổi", "‰", LOWER_IS_BETTER, LT, "8.6"),
                new Row("9", "Tỷ lệ suy dinh dưỡng ở trẻ em dưới 5 tuổi (thể nhẹ cân)", "%", LOWER_IS_BETTER, LT,
                        "8.7"),
                new Row("10", "Tỷ lệ suy dinh dưỡng ở trẻ em dưới 5 tuổi (thể thấp còi)", "%", LOWER_IS_BETTER, LT,
                        "14"),
                new Row("11", "Tỷ số giới tính khi sinh", "số bé trai/100 bé gái", LOWER_IS_BETTER, LT, "111"),
                new Row("12", "Tuổi thọ bình quân", "tuổi", HIGHER_IS_BETTER, GE, "74"));

        assertThat(t.indicators()).hasSize(12);
        for (int i = 0; i < expected.size(); i++) {
            Row e = expected.get(i);
            ParsedIndicator p = t.indicators().get(i);
            assertThat(p.rowNumber()).isEqualTo(i + 2);
            assertThat(p.code()).isEqualTo(e.code());
            assertThat(p.name()).isEqualTo(e.name());
            assertThat(p.group()).isNull();
            assertThat(p.unitOfMeasure()).as(e.name()).isEqualTo(e.unit());
            assertThat(p.direction()).as(e.name()).isEqualTo(e.direction());
            assertThat(p.cells()).hasSize(1);
            assertTarget(p.cells().get(0), e.comparison(), e.value());
            assertThat(p.cells().get(0).target().upper()).isNull();
            assertThat(p.problems()).as(e.name()).isEmpty();
            assertThat(p.hasErrors()).isFalse();
        }
        assertThat(t.indicators().get(0).cells().get(0).raw()).isEqualTo("$\\geq 11,5$");
    }

    // ------------------------------------------------------------------ seed 001

    @Test
    void readsSeed001ColumnsAndGroups() throws IOException {
        IndicatorTable t = parser.parse(seed("indicators-001.tsv"));

        assertThat(t.tableProblems()).isEmpty();
        assertThat(t.hasErrors()).isFalse();
        assertThat(t.columns()).containsExactly(
                new TableColumn("Thực hiện 2024", 2024, true),
                new TableColumn("Kế hoạch đến năm 2025", 2025, false),
                new TableColumn("Kế hoạch đến năm 2030", 2030, false));
        assertThat(t.indicators()).hasSize(19);
        assertThat(t.indicators()).extracting(ParsedIndicator::code)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16",
                        "17", "18", "19");
        assertThat(t.indicators()).allSatisfy(i -> assertThat(i.cells()).hasSize(3));
        assertThat(t.indicators().stream().filter(i -> i.group() == IndicatorGroup.INPUT)).hasSize(5);
        assertThat(t.indicators().stream().filter(i -> i.group() == IndicatorGroup.ACTIVITY)).hasSize(4);
        assertThat(t.indicators().stream().filter(i -> i.group() == IndicatorGroup.OUTPUT)).hasSize(10);
        assertThat(t.indicators().get(4).group()).isEqualTo(IndicatorGroup.INPUT);
        assertThat(t.indicators().get(5).group()).isEqualTo(IndicatorGroup.ACTIVITY);
        assertThat(t.indicators().get(6).group()).isEqualTo(IndicatorGroup.ACTIVITY);
        assertThat(t.indicators().get(6).rowNumber()).isEqualTo(11); // after the blank line
        assertThat(t.indicators().get(9).group()).isEqualTo(IndicatorGroup.OUTPUT);
    }

    @Test
    void readsSeed001Values() throws IOException {
        List<ParsedIndicator> rows = parser.parse(seed("indicators-001.tsv")).indicators();

        ParsedIndicator r1 = rows.get(0);
        assertThat(r1.name()).isEqualTo("Số bác sĩ/vạn dân");
        assertThat(r1.unitOfMeasure()).isEqualTo("bác sĩ/10.000 dân");
        assertThat(r1.direction()).isEqualTo(HIGHER_IS_BETTER);
        assertTarget(r1.cells().get(0), EQ, "8.0");
        assertTarget(r1.cells().get(1), GE, "8.25");
        assertTarget(r1.cells().get(2), GE, "11");
        assertThat(r1.problems()).isEmpty();

        assertThat(rows.get(2).unitOfMeasure()).isEqualTo("%");
        assertThat(rows.get(4).unitOfMeasure()).isEqualTo("giường bệnh/10.000 dân");
        assertTarget(rows.get(4).cells().get(0), EQ, "31.80");

        ParsedIndicator r6 = rows.get(5);
        assertThat(r6.direction()).isEqualTo(HIGHER_IS_BETTER);
        assertTarget(r6.cells().get(0), EQ, "89.9");
        assertTarget(r6.cells().get(1), GT, "95");
        assertTarget(r6.cells().get(2), GT, "96");

        assertThat(rows.get(9).unitOfMeasure()).isEqualTo("tuổi");
        assertThat(rows.get(10).unitOfMeasure()).isEqualTo("/100.000");
        assertThat(rows.get(10).direction()).isEqualTo(LOWER_IS_BETTER);
        assertTarget(rows.get(10).cells().get(1), LE, "0");
        assertTarget(rows.get(10).cells().get(2), LE, "42");

        ParsedIndicator r14 = rows.get(13);
        assertThat(r14.unitOfMeasure()).isEqualTo("1.000 người");
        assertTarget(r14.cells().get(0), EQ, "1248643");
        assertTarget(r14.cells().get(2), GE, "1257716");

        ParsedIndicator r17 = rows.get(16);
        assertThat(r17.unitOfMeasure()).isEqualTo("trai/100 gái");
        assertThat(r17.direction()).isEqualTo(LOWER_IS_BETTER);
        assertTarget(r17.cells().get(1), LE, "110.6");

        ParsedIndicator r18 = rows.get(17);
        assertThat(r18.unitOfMeasure()).isEqualTo("%");
        assertThat(r18.direction()).isEqualTo(LOWER_IS_BETTER);
        assertTarget(r18.cells().get(2), LE, "9.1");

        ParsedIndicator r19 = rows.get(18);
        assertThat(r19.direction()).isEqualTo(LOWER_IS_BETTER);
        assertTarget(r19.cells().get(0), EQ, "0.06");
        assertTarget(r19.cells().get(1), LT, "0.05");
        assertTarget(r19.cells().get(2), LT, "0.04");
        assertThat(r19.problems()).isEmpty();
    }

    @Test
    void flagsTheSuspiciousRowsOfSeed001AndNoOthers() throws IOException {
        List<ParsedIndicator> rows = parser.parse(seed("indicators-001.tsv")).indicators();

        ParsedIndicator r11 = rows.get(10);
        assertThat(keys(r11.problems())).containsExactlyInAnyOrder(IndicatorTableParser.LEADING_ZERO,
                IndicatorTableParser.LEADING_ZERO, IndicatorTableParser.JUMP);
        assertThat(r11.cells().get(0).problem().messageKey()).isEqualTo(IndicatorTableParser.LEADING_ZERO);
        assertThat(r11.cells().get(0).problem().args()).containsExactly("00", "0");
        assertThat(r11.cells().get(2).problem()).isNull();
        assertThat(r11.problems()).filteredOn(p -> p.messageKey().equals(IndicatorTableParser.JUMP)).singleElement()
                .satisfies(p -> assertThat(p.args())
                        .containsExactly("Kế hoạch đến năm 2025", "00", "Kế hoạch đến năm 2030", "42"));

        ParsedIndicator r12 = rows.get(11);
        assertThat(r12.unitOfMeasure()).isEqualTo("‰");
        assertThat(r12.direction()).isEqualTo(LOWER_IS_BETTER);
        assertThat(keys(r12.problems())).containsExactlyInAnyOrder(IndicatorTableParser.UNIT_INCONSISTENT,
                IndicatorTableParser.JUMP);
        assertThat(r12.problems()).filteredOn(p -> p.messageKey().equals(IndicatorTableParser.JUMP)).singleElement()
                .satisfies(p -> assertThat(p.args()).contains("2,5", "18"));

        ParsedIndicator r13 = rows.get(12);
        assertThat(keys(r13.problems())).containsExactlyInAnyOrder(IndicatorTableParser.UNIT_INCONSISTENT,
                IndicatorTableParser.JUMP);
        assertThat(r13.problems()).filteredOn(p -> p.messageKey().equals(IndicatorTableParser.JUMP)).singleElement()
                .satisfies(p -> assertThat(p.args()).contains("2", "11"));

        ParsedIndicator r14 = rows.get(13);
        assertThat(keys(r14.problems())).containsOnly(IndicatorTableParser.IMPLAUSIBLE_MAGNITUDE).hasSize(3);
        assertThat(r14.cells().get(0).problem().args()).containsExactly("1.248.643", "1.000 người",
                "1.248.643.000 người");

        for (ParsedIndicator r : List.of(r11, r12, r13, r14)) {
            assertThat(r.problems()).allMatch(p -> p.severity() == Severity.WARNING);
            assertThat(r.hasErrors()).isFalse();
            assertThat(r.hasWarnings()).isTrue();
        }
        assertThat(rows).filteredOn(ParsedIndicator::hasWarnings).extracting(ParsedIndicator::code)
                .containsExactly("11", "12", "13", "14");
    }

    // ------------------------------------------------------------------ value forms

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "$\\geq 11,5$|GE|11.5", "$\\ge 11,5$|GE|11.5", "\\geqslant 11,5|GE|11.5", "$\\leq 5$|LE|5",
            "$\\le 5$|LE|5", "$< 6,1$|LT|6.1", "$\\lt 6,1$|LT|6.1", "$\\gt 95$|GT|95", "$> 95$|GT|95",
            "≥ 28|GE|28", "≥28|GE|28", "≤ 3,5|LE|3.5", ">= 90|GE|90", "<= 10|LE|10", "> 95|GT|95", "< 14|LT|14",
            "⩾ 80|GE|80", "= 100|EQ|100",
            "trên 95|GT|95", "Trên 95%|GT|95", "dưới 5|LT|5", "tối thiểu 80|GE|80", "tối đa 10|LE|10",
            "không quá 2,5|LE|2.5", "Khong qua 2,5|LE|2.5", "không dưới 90|GE|90", "ít nhất 70|GE|70",
            "95%|GE|95", "≥ 95 %|GE|95", "6,1‰|GE|6.1", "1.248.643|GE|1248643", "8,25|GE|8.25", "0,0|GE|0",
            "$\\geq 95\\%$|GE|95", "{\\geq} 11,5|GE|11.5"})
    void readsEveryComparisonForm(String raw, Comparison comparison, String value) {
        ParsedCell cell = single("Số lượt khám chữa bệnh", "", raw).cells().get(0);
        assertThat(cell.raw()).isEqualTo(raw.strip());
        assertTarget(cell, comparison, value);
        assertThat(cell.problem()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"90 - 100|90|100", "90–100|90|100", "90-100|90|100", "90 — 100|90|100",
            "từ 90 đến 100|90|100", "tu 90 den 100|90|100", "90% - 100%|90|100", "8,5 - 9,5|8.5|9.5"})
    void readsRangesAsBetween(String raw, String low, String high) {
        ParsedCell cell = singleCell(raw);
        assertTarget(cell, BETWEEN, low);
        assertThat(cell.target().upper()).isEqualByComparingTo(new BigDecimal(high));
        assertThat(cell.problem()).isNull();
    }

    @Test
    void bareNumberMeansReachThisInTheDirectionOfTheIndicator() {
        assertTarget(single("Tỷ lệ dân số tham gia BHYT", "%", "95").cells().get(0), GE, "95");
        ParsedIndicator mortality = single("Tỷ suất tử vong trẻ em dưới 1 tuổi", "‰", "6,1");
        assertThat(mortality.direction()).isEqualTo(LOWER_IS_BETTER);
        assertTarget(mortality.cells().get(0), LE, "6.1");
    }

    @Test
    void bareNumberInABaselineColumnIsAnActual() {
        IndicatorTable t = parser.parse(table("STT\tChỉ tiêu\tƯớc thực hiện 2024\tMục tiêu 2025",
                "1\tTỷ lệ tử vong mẹ\t12\t10"));
        assertThat(t.columns()).extracting(TableColumn::baseline).containsExactly(true, false);
        assertTarget(t.indicators().get(0).cells().get(0), EQ, "12");
        assertTarget(t.indicators().get(0).cells().get(1), LE, "10");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tỷ suất tử vong trẻ em dưới 5 tuổi", "Tỷ suất chết mẹ", "Tỷ lệ suy dinh dưỡng thể thấp còi",
            "Tỷ lệ trẻ em bị SDD", "Tỷ lệ nhiễm HIV trong cộng đồng", "Tỷ số giới tính khi sinh",
            "Tỷ lệ mắc sốt xuất huyết", "Số ca tai nạn giao thông", "TY SUAT TU VONG", "Ty le tre em bi sdd"})
    void namesThatMeanLowerIsBetter(String name) {
        ParsedIndicator p = single(name, "", "10");
        assertThat(p.direction()).isEqualTo(LOWER_IS_BETTER);
        assertTarget(p.cells().get(0), LE, "10");
        assertThat(p.problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tuổi thọ trung bình", "Tỷ lệ dân số tham gia BHYT", "Số bác sĩ/vạn dân",
            "Tỷ lệ xã đạt tiêu chí quốc gia về y tế"})
    void otherNamesMeanHigherIsBetter(String name) {
        assertThat(single(name, "", "10").direction()).isEqualTo(HIGHER_IS_BETTER);
    }

    @Test
    void warnsWhenComparisonsContradictTheName() {
        ParsedIndicator p = single("Tỷ suất tử vong trẻ em dưới 1 tuổi", "‰", "≥ 6");
        assertThat(p.direction()).isEqualTo(HIGHER_IS_BETTER);
        assertThat(keys(p.problems())).containsExactly(IndicatorTableParser.DIRECTION_CONFLICTS_WITH_NAME);
        assertThat(p.problems().get(0).args()).containsExactly("≥", "Tỷ suất tử vong trẻ em dưới 1 tuổi");
    }

    @Test
    void warnsWhenComparisonsOfOneRowDisagree() {
        IndicatorTable t = parser.parse(table("TT\tChỉ tiêu\t2025\t2030", "1\tTỷ lệ tiêm chủng\t≥ 90\t< 95"));
        ParsedIndicator p = t.indicators().get(0);
        assertThat(keys(p.problems())).containsExactly(IndicatorTableParser.CONFLICTING_COMPARISONS);
        assertThat(p.direction()).isEqualTo(HIGHER_IS_BETTER);
        assertTarget(p.cells().get(0), GE, "90");
        assertTarget(p.cells().get(1), LT, "95");
    }

    // ------------------------------------------------------------------ units

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "Số bác sỹ/10.000 dân|Bác sỹ|bác sỹ/10.000 dân", "Số bác sĩ/vạn dân||bác sĩ/10.000 dân",
            "Số bác sĩ/10000 dân||bác sĩ/10.000 dân", "Tỷ lệ hộ gia đình (%)||%", "Tỷ lệ hộ gia đình|phần trăm|%",
            "Tỷ suất tử vong|‰|‰", "Tỷ suất tử vong|phần nghìn|‰", "Tỷ suất chết trẻ em/1000 trẻ đẻ sống||‰",
            "Tỷ suất chết mẹ (p100.000)||/100.000", "Tỷ suất chết mẹ/100.000 trẻ đẻ sống||/100.000 trẻ đẻ sống",
            "Tuổi thọ trung bình (tuổi)||tuổi", "Quy mô dân số (1000 người)||1.000 người",
            "Tỷ số giới tính khi sinh (trai/100 gái)||trai/100 gái", "Tỷ lệ trẻ em bị SDD (cân nặng/tuổi) (%)||%",
            "Tỷ lệ suy dinh dưỡng (thể thấp còi)|%|%", "Tỷ lệ suy dinh dưỡng (thể thấp còi)||",
            "Mức giảm tỷ lệ sinh (tỷ lệ giảm sinh %)||%", "Số lượt khám|lượt|lượt", "Tổng chi|Triệu đồng|triệu đồng",
            "Số ca|USD|USD"})
    void normalisesTheUnit(String name, String unitColumn, String expected) {
        ParsedIndicator p = single(name, unitColumn == null ? "" : unitColumn, "≥ 5");
        assertThat(p.unitOfMeasure()).isEqualTo(expected);
        assertThat(p.name()).isEqualTo(name);
    }

    @Test
    void unitFromValueSuffixWhenNoneElse() {
        assertThat(single("Tỷ lệ hộ gia đình", "", "≥ 80%").unitOfMeasure()).isEqualTo("%");
    }

    @Test
    void warnsWhenUnitColumnContradictsTheName() {
        ParsedIndicator p = single("Tỷ suất chết trẻ em/1000 trẻ đẻ sống", "%", "< 10");
        assertThat(p.unitOfMeasure()).isEqualTo("%");
        assertThat(keys(p.problems())).containsExactly(IndicatorTableParser.UNIT_INCONSISTENT);
    }

    @Test
    void warnsWhenPercentageExceeds100() {
        ParsedIndicator p = single("Tỷ lệ dân số tham gia BHYT", "%", "≥ 120");
        assertTarget(p.cells().get(0), GE, "120");
        assertThat(p.cells().get(0).problem().messageKey()).isEqualTo(IndicatorTableParser.PERCENT_OVER_100);
        assertThat(p.cells().get(0).problem().severity()).isEqualTo(Severity.WARNING);
        assertThat(p.hasErrors()).isFalse();
    }

    @Test
    void warnsWhenValueExceedsWhatTheUnitAllows() {
        assertThat(single("Tỷ suất tử vong", "‰", "< 1.200").cells().get(0).problem().messageKey())
                .isEqualTo(IndicatorTableParser.VALUE_OUT_OF_RANGE);
        assertThat(single("Tuổi thọ", "tuổi", "740").cells().get(0).problem().args())
                .containsExactly("740", "tuổi", "150");
        assertThat(single("Dân số", "người", "1.248.643").problems()).isEmpty();
        assertThat(single("Dân số", "nghìn người", "1.248,6").problems()).isEmpty();
        assertThat(keys(single("Dân số", "nghìn người", "1.248.643").problems()))
                .containsExactly(IndicatorTableParser.IMPLAUSIBLE_MAGNITUDE);
    }

    // ------------------------------------------------------------------ structure

    @Test
    void acceptsATitleRowAndHeadersWithoutDiacriticsInAnyCase() {
        IndicatorTable t = parser.parse(table("Các chỉ tiêu cụ thể đến năm 2025", "",
                "STT\tCHI TIEU\tDVT\tUOC THUC HIEN NAM 2024\tKE HOACH NAM 2025\tGhi chú",
                "1.\tTỷ lệ tiêm chủng\t%\t90\t≥ 95\tđạt"));
        assertThat(t.tableProblems()).isEmpty();
        assertThat(t.columns()).containsExactly(new TableColumn("UOC THUC HIEN NAM 2024", 2024, true),
                new TableColumn("KE HOACH NAM 2025", 2025, false));
        ParsedIndicator p = t.indicators().get(0);
        assertThat(p.rowNumber()).isEqualTo(4);
        assertThat(p.code()).isEqualTo("1");
        assertThat(p.unitOfMeasure()).isEqualTo("%");
        assertThat(p.problems()).isEmpty();
    }

    @Test
    void generatesCodesWhenThereIsNoCodeColumn() {
        IndicatorTable t = parser.parse(table("Chỉ tiêu\tNăm 2025", "Tỷ lệ A (%)\t90", "Tỷ lệ B (%)\t80"));
        assertThat(t.indicators()).extracting(ParsedIndicator::code).containsExactly("1", "2");
    }

    @Test
    void rowsWithOnlyANameAreIndicatorsWithoutTargetWhenTheTableHasNoGroups() {
        IndicatorTable t = parser.parse(table("TT\tChỉ tiêu\t2025", "1\tTỷ lệ A (%)\t90", "2\tTỷ lệ B (%)\t"));
        ParsedIndicator b = t.indicators().get(1);
        assertThat(b.cells().get(0).target()).isNull();
        assertThat(b.cells().get(0).problem()).isNull();
        assertThat(keys(b.problems())).containsExactly(IndicatorTableParser.NO_TARGET);
        assertThat(b.hasErrors()).isFalse();
    }

    @Test
    void unknownHeadingInAGroupedTableEndsTheGroup() {
        IndicatorTable t = parser.parse(table("TT\tChỉ tiêu\t2025", "A. Chỉ tiêu đầu vào\t\t",
                "1\tTỷ lệ A (%)\t90", "Chỉ tiêu khác", "2\tTỷ lệ B (%)\t80", "III. Nhóm chỉ tiêu đầu ra", "3\tC\t1"));
        assertThat(t.indicators()).extracting(ParsedIndicator::group)
                .containsExactly(IndicatorGroup.INPUT, null, IndicatorGroup.OUTPUT);
        assertThat(keys(t.tableProblems())).containsExactly(IndicatorTableParser.UNKNOWN_GROUP);
        assertThat(t.tableProblems().get(0).args()).containsExactly("4", "Chỉ tiêu khác");
    }

    @Test
    void emptyTargetCellIsNoTargetWithoutError() {
        IndicatorTable t = parser.parse(table("TT\tChỉ tiêu\t2025\t2030", "1\tTỷ lệ A (%)\t\t90", "2\tTỷ lệ B (%)\t-\t80"));
        assertThat(t.allProblems()).isEmpty();
        assertThat(t.indicators().get(0).cells().get(0).target()).isNull();
        assertThat(t.indicators().get(1).cells().get(0).target()).isNull();
        assertThat(t.indicators().get(1).cells().get(0).raw()).isEqualTo("-");
    }

    // ------------------------------------------------------------------ bad input

    @ParameterizedTest
    @ValueSource(strings = {"khoảng 90", "cao", "9O", "95,5,5", "≥", "1.2.3", "12 bác sỹ"})
    void unreadableCellIsAnErrorOnThatCell(String raw) {
        IndicatorTable t = parser.parse(table("TT\tChỉ tiêu\tMục tiêu 2025\tMục tiêu 2030",
                "1\tTỷ lệ A (%)\t" + raw + "\t90"));
        ParsedIndicator p = t.indicators().get(0);
        ParsedCell cell = p.cells().get(0);
        assertThat(cell.target()).isNull();
        assertThat(cell.raw()).isEqualTo(raw);
        assertThat(cell.problem()).isEqualTo(ImportProblem.error(IndicatorTableParser.UNREADABLE_VALUE, raw,
                "Mục tiêu 2025"));
        assertThat(p.hasErrors()).isTrue();
        assertThat(t.hasErrors()).isTrue();
        assertTarget(p.cells().get(1), GE, "90");
    }

    @Test
    void reversedRangeIsAnError() {
        ParsedCell cell = singleCell("100 - 90");
        assertThat(cell.target()).isNull();
        assertThat(cell.problem().messageKey()).isEqualTo(IndicatorTableParser.INVALID_RANGE);
    }

    @Test
    void headerWithoutYearIsATableError() {
        IndicatorTable t = parser.parse(table("TT\tChỉ tiêu\tMục tiêu\tKế hoạch 2030", "1\tTỷ lệ A (%)\t90\t95"));
        assertThat(t.tableProblems()).containsExactly(ImportProblem.error(IndicatorTableParser.COLUMN_WITHOUT_YEAR,
                "Mục tiêu"));
        assertThat(t.columns()).containsExactly(new TableColumn("Mục tiêu", 0, false),
                new TableColumn("Kế hoạch 2030", 2030, false));
        assertThat(t.hasErrors()).isTrue();
        assertThat(t.indicators()).hasSize(1);
    }

    @Test
    void headerWithoutAnyYearIsStillFound() {
        IndicatorTable t = parser.parse(table("TT\tChỉ tiêu\tMục tiêu", "1\tTỷ lệ A (%)\t90"));
        assertThat(keys(t.tableProblems())).containsExactly(IndicatorTableParser.COLUMN_WITHOUT_YEAR);
        assertThat(t.indicators()).hasSize(1);
    }

    @Test
    void titleRowWithTwoCellsIsNotTakenForTheHeader() {
        IndicatorTable t = parser.parse(table("II.\tCÁC CHỈ TIÊU CỤ THỂ:", "\tChỉ tiêu\tKế hoạch 2025",
                "1\tTỷ lệ A (%)\t90"));
        assertThat(t.tableProblems()).isEmpty();
        assertThat(t.columns()).containsExactly(new TableColumn("Kế hoạch 2025", 2025, false));
        assertThat(t.indicators()).singleElement().satisfies(i -> assertThat(i.rowNumber()).isEqualTo(3));
    }

    @Test
    void emptyTable() {
        assertThat(keys(parser.parse(List.of()).tableProblems())).containsExactly(IndicatorTableParser.EMPTY_TABLE);
        assertThat(keys(parser.parse(null).tableProblems())).containsExactly(IndicatorTableParser.EMPTY_TABLE);
        assertThat(keys(parser.parse(table("", "\t\t", "  ")).tableProblems()))
                .containsExactly(IndicatorTableParser.EMPTY_TABLE);
        IndicatorTable t = parser.parse(List.of());
        assertThat(t.columns()).isEmpty();
        assertThat(t.indicators()).isEmpty();
        assertThat(t.hasErrors()).isTrue();
    }

    @Test
    void tableWithoutHeaderOrValueColumnsOrRows() {
        assertThat(keys(parser.parse(table("1\tTỷ lệ A\t90", "2\tTỷ lệ B\t80")).tableProblems()))
                .containsExactly(IndicatorTableParser.NO_HEADER);
        assertThat(keys(parser.parse(table("TT\tChỉ tiêu\tĐơn vị tính", "1\tTỷ lệ A\t%")).tableProblems()))
                .containsExactly(IndicatorTableParser.NO_VALUE_COLUMNS);
        assertThat(keys(parser.parse(table("TT\tChỉ tiêu\t2025", "", "")).tableProblems()))
                .containsExactly(IndicatorTableParser.NO_INDICATORS);
    }

    @Test
    void toleratesNullsShortRowsAndExtraCells() {
        List<List<String>> rows = new ArrayList<>(table("TT\tChỉ tiêu\t2025\t2030"));
        rows.add(null);
        rows.add(Arrays.asList("1", null, "90"));
        rows.add(List.of("2", "Tỷ lệ B (%)"));
        rows.add(List.of("3", "Tỷ lệ C (%)", "80", "85", "ghi chú lạc"));
        IndicatorTable t = parser.parse(rows);

        assertThat(t.indicators()).hasSize(3);
        ParsedIndicator a = t.indicators().get(0);
        assertThat(keys(a.problems())).containsExactly(IndicatorTableParser.NAME_MISSING);
        assertThat(a.hasErrors()).isTrue();
        assertThat(a.cells().get(1).raw()).isEmpty();
        assertThat(keys(t.indicators().get(1).problems())).containsExactly(IndicatorTableParser.NO_TARGET);
        assertThat(t.indicators().get(2).problems())
                .containsExactly(ImportProblem.warning(IndicatorTableParser.IGNORED_CELL, "ghi chú lạc", "5"));
    }

    @Test
    void warnsOfDuplicateCodesAndColumns() {
        IndicatorTable t = parser.parse(table("TT\tChỉ tiêu\tKế hoạch 2025\tMục tiêu 2025",
                "1\tTỷ lệ A (%)\t90\t90", "1\tTỷ lệ B (%)\t80\t80"));
        assertThat(keys(t.tableProblems())).containsExactly(IndicatorTableParser.DUPLICATE_COLUMN);
        assertThat(keys(t.indicators().get(1).problems())).containsExactly(IndicatorTableParser.DUPLICATE_CODE);
    }

    @Test
    void jumpWarningsNeedMoreThanThreeTimes() {
        IndicatorTable t = parser.parse(table("TT\tChỉ tiêu\t2020\t2025\t2030",
                "1\tA\t3\t9\t2", "2\tB\t10\t0\t0", "3\tC\t0\t0\t0"));
        assertThat(t.indicators().get(0).problems()).extracting(p -> p.args().get(1) + ">" + p.args().get(3))
                .containsExactly("9>2");
        assertThat(keys(t.indicators().get(1).problems())).containsExactly(IndicatorTableParser.JUMP);
        assertThat(t.indicators().get(2).problems()).isEmpty();
    }

    @Test
    void neverThrowsOnGarbage() {
        java.util.Random random = new java.util.Random(42);
        String[] pieces = {"TT", "Chỉ tiêu", "2025", "Thực hiện 2024", "$", "\\geq", "≥", "<", "-", "–", "0", "00",
            "1.000", ",", ".", "%", "‰", "(", ")", "/vạn dân", "/1000", "Chỉ tiêu đầu ra", "tử vong", "", " ", "9e9",
            "99999999999999999999999", "từ", "đến", "\u0301"};
        for (int n = 0; n < 500; n++) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("TT", "Chỉ tiêu", "ĐVT", "Thực hiện 2024", "Mục tiêu 2025"));
            for (int r = random.nextInt(6); r > 0; r--) {
                List<String> row = new ArrayList<>();
                for (int c = random.nextInt(7); c > 0; c--) {
                    StringBuilder cell = new StringBuilder();
                    for (int k = random.nextInt(4); k > 0; k--) {
                        cell.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
                    }
                    row.add(cell.toString());
                }
                rows.add(row);
            }
            IndicatorTable t = parser.parse(rows);
            assertThat(t.tableProblems()).noneMatch(p -> p.messageKey().equals(IndicatorTableParser.UNEXPECTED));
            assertThat(t.indicators()).allSatisfy(i -> assertThat(i.cells()).hasSize(t.columns().size()));
        }
    }
}
