package vn.thidua.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.criteria.CriterionNode.group;
import static vn.thidua.criteria.CriterionNode.leaf;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class FrameworkValidatorTest {

    private final FrameworkValidator validator = new FrameworkValidator();

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** A 100-point framework with a bonus inside a group, a bonus section and a penalty outside the total. */
    private static List<CriterionNode> framework(String firstIndicatorMax) {
        return List.of(
                group("I", "Thực hiện chỉ tiêu", d("60"), List.of(
                        leaf("I.1", "Số bác sĩ/10.000 dân", CriterionKind.NUMERIC_TARGET, d(firstIndicatorMax)),
                        leaf("I.2", "Tỷ suất tử vong trẻ em dưới 1 tuổi", CriterionKind.NUMERIC_TARGET, d("20")),
                        leaf("I.3", "Tỷ lệ hài lòng của người bệnh", CriterionKind.SURVEY_PERCENTAGE, d("20")))),
                group("II", "Công tác chuyên môn", d("40"), List.of(
                        leaf("II.1", "Cơ quan không khói thuốc", CriterionKind.YES_NO, d("10")),
                        leaf("II.2", "Cơ sở y tế Xanh - Sạch - Đẹp - An toàn", CriterionKind.CHECKLIST, d("20")),
                        leaf("II.3", "Hoàn thành nhiệm vụ được giao", CriterionKind.TASK_COMPLETION, d("10")),
                        leaf("II.4", "Sáng kiến được công nhận", CriterionKind.BONUS, d("5")))),
                group("III", "Điểm thưởng", d("10"), List.of(
                        leaf("III.1", "Được Bộ Y tế khen thưởng", CriterionKind.BONUS, d("5")),
                        leaf("III.2", "Mô hình mới", CriterionKind.BONUS, d("5")))),
                leaf("IV", "Cán bộ vi phạm luật giao thông", CriterionKind.PENALTY, d("10")));
    }

    @Test
    void aConsistentFrameworkHasNoProblem() {
        assertThat(validator.validate(d("100"), framework("20"))).isEmpty();
        assertThat(validator.validate(d("100.00"), framework("20"))).isEmpty();
    }

    @Test
    void totalMismatchGivesTheSumAndTheDeclaredTotalInVietnamese() {
        assertThat(validator.validate(d("1000"), framework("20")))
                .containsExactly(FrameworkProblem.of("framework.totalMismatch", "100", "1.000"));
    }

    @Test
    void totalMismatchWithDecimals() {
        List<CriterionNode> roots = List.of(
                leaf("1", "Tiêu chí 1", CriterionKind.YES_NO, d("49.5")),
                leaf("2", "Tiêu chí 2", CriterionKind.YES_NO, d("50")),
                leaf("3", "Điểm thưởng", CriterionKind.BONUS, d("0.5")));
        assertThat(validator.validate(d("100"), roots))
                .containsExactly(FrameworkProblem.of("framework.totalMismatch", "99,5", "100"));
    }

    @Test
    void groupMaximumMustEqualItsChildrenWithoutBonusAndPenalty() {
        List<FrameworkProblem> problems = validator.validate(d("100"), framework("15"));
        assertThat(problems).containsExactly(FrameworkProblem.of("framework.groupMismatch", "I", "60", "55"));
    }

    @Test
    void bonusSectionMustEqualAllItsChildrenAndStaysOutsideTheTotal() {
        List<CriterionNode> roots = List.of(
                leaf("A", "Tiêu chí", CriterionKind.YES_NO, d("100")),
                group("B", "Điểm thưởng", d("8"), List.of(
                        leaf("B.1", "Thưởng 1", CriterionKind.BONUS, d("5")),
                        leaf("B.2", "Thưởng 2", CriterionKind.BONUS, d("5")))),
                group("C", "Điểm trừ", d("3"), List.of(
                        leaf("C.1", "Trừ 1", CriterionKind.PENALTY, d("3")))));
        assertThat(validator.validate(d("100"), roots))
                .containsExactly(FrameworkProblem.of("framework.groupMismatch", "B", "8", "10"));
    }

    @Test
    void nestedGroupsAreCheckedAtEveryLevel() {
        List<CriterionNode> roots = List.of(group("A", "Phần A", d("1000"), List.of(
                group("A.1", "Nhóm 1", d("600"), List.of(
                        leaf("A.1.1", "Tiêu chí", CriterionKind.NUMERIC_TARGET, d("300")),
                        leaf("A.1.2", "Tiêu chí", CriterionKind.NUMERIC_TARGET, d("250")))),
                leaf("A.2", "Tiêu chí", CriterionKind.CHECKLIST, d("400")))));
        assertThat(validator.validate(d("1000"), roots))
                .containsExactly(FrameworkProblem.of("framework.groupMismatch", "A.1", "600", "550"));
    }

    @Test
    void leafNeedsAKindAndAPositiveMaximum() {
        List<CriterionNode> roots = List.of(
                leaf("1", "Không có loại", null, d("40")),
                leaf("2", "Điểm 0", CriterionKind.YES_NO, BigDecimal.ZERO),
                leaf("3", "Điểm âm", CriterionKind.YES_NO, d("-5")),
                leaf("4", "Không có điểm", CriterionKind.YES_NO, null),
                leaf("5", "Đủ", CriterionKind.YES_NO, d("65")));
        assertThat(validator.validate(d("100"), roots)).containsExactly(
                FrameworkProblem.of("framework.leafWithoutKind", "1"),
                FrameworkProblem.of("framework.nonPositiveMax", "2"),
                FrameworkProblem.of("framework.nonPositiveMax", "3"),
                FrameworkProblem.of("framework.nonPositiveMax", "4"));
    }

    @Test
    void criterionWithAKindCannotHaveChildrenAndGroupNeedsAMaximum() {
        List<CriterionNode> roots = List.of(
                new CriterionNode("1", "Bảng kiểm", CriterionKind.CHECKLIST, d("50"),
                        List.of(leaf("1.1", "Mục", CriterionKind.YES_NO, d("50")))),
                group("2", "Nhóm", null, List.of(leaf("2.1", "Tiêu chí", CriterionKind.YES_NO, d("50")))));
        assertThat(validator.validate(d("50"), roots)).containsExactly(
                FrameworkProblem.of("framework.kindWithChildren", "1"),
                FrameworkProblem.of("framework.missingMax", "2"));
    }

    @Test
    void codesMustBeUniqueAndGiven() {
        List<CriterionNode> roots = List.of(
                group("I", "Nhóm", d("60"), List.of(
                        leaf("I.1", "Tiêu chí", CriterionKind.YES_NO, d("30")),
                        leaf(" i.1 ", "Trùng mã", CriterionKind.YES_NO, d("30")))),
                leaf("I.1", "Trùng lần nữa", CriterionKind.YES_NO, d("20")),
                leaf(" ", "Không mã", CriterionKind.YES_NO, d("20")));
        assertThat(validator.validate(d("100"), roots)).containsExactly(
                FrameworkProblem.of("framework.blankCode", "Không mã"),
                FrameworkProblem.of("framework.duplicateCode", "I.1", "3"));
    }

    @Test
    void declaredTotalMustBePositiveAndAnEmptyFrameworkDoesNotAddUp() {
        assertThat(validator.validate(null, framework("20")))
                .containsExactly(FrameworkProblem.of("framework.invalidTotal", ""));
        assertThat(validator.validate(BigDecimal.ZERO, framework("20")))
                .containsExactly(FrameworkProblem.of("framework.invalidTotal", "0"));
        assertThat(validator.validate(d("100"), null))
                .containsExactly(FrameworkProblem.of("framework.totalMismatch", "0", "100"));
    }

    @Test
    void everyMessageKeyHasAVietnameseAndAnEnglishText() throws IOException {
        Properties vi = load("/i18n/messages_vi.properties");
        Properties en = load("/i18n/messages_en.properties");
        List<String> keys = new ArrayList<>(Arrays.asList("framework.invalidTotal", "framework.totalMismatch",
                "framework.groupMismatch", "framework.leafWithoutKind", "framework.kindWithChildren",
                "framework.nonPositiveMax", "framework.missingMax", "framework.blankCode", "framework.duplicateCode",
                "score.satisfiedAboveSurveyed", "score.completedAboveAssigned", "score.negativeCount"));
        assertThat(vi.stringPropertyNames()).containsAll(keys);
        assertThat(en.stringPropertyNames()).containsAll(keys);
        assertThat(MessageFormat.format(vi.getProperty("framework.totalMismatch"), "100", "1.000"))
                .isEqualTo("Tổng điểm tối đa của các tiêu chí là 100, không bằng tổng điểm của thang điểm (1.000).");
        assertThat(MessageFormat.format(en.getProperty("framework.groupMismatch"), "I", "60", "55"))
                .isEqualTo("Group \"I\" has a maximum of 60 but its criteria add up to 55.");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FrameworkValidatorTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }
}
