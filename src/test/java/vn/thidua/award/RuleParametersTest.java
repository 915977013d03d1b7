package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleParametersTest {

    private static final Set<String> CODES = Set.of("LDTT", "CSTDCS");

    @Test
    void parsesWhatPeopleTypeAndFormatsItBack() {
        RuleParameters p = RuleParameters.parse("  title = CSTDCS ;years=3;; includeYear=true ; ");

        assertThat(p.text("title")).isEqualTo("CSTDCS");
        assertThat(p.integer("years")).isEqualTo(3);
        assertThat(p.bool("includeYear", false)).isTrue();
        assertThat(p.format()).isEqualTo("title=CSTDCS; years=3; includeYear=true");
        assertThat(RuleParameters.parse(p.format())).isEqualTo(p);
        assertThat(p).isEqualTo(RuleParameters.of("title", "CSTDCS", "years", "3", "includeYear", "true"));
        assertThat(RuleParameters.parse(null)).isEqualTo(RuleParameters.EMPTY);
        assertThat(RuleParameters.parse(" ").format()).isEmpty();
    }

    @Test
    void typedValuesAndDefaults() {
        RuleParameters p = RuleParameters.parse("percent=15,5; rating=good; level=PROVINCE; comparison=MORE_THAN");

        assertThat(p.decimal("percent")).isEqualByComparingTo("15.5");
        assertThat(RuleParameters.parse("percent=15").decimal("percent")).isEqualByComparingTo(new BigDecimal("15"));
        assertThat(RuleParameters.parse("percent=15.5").decimal("percent")).isEqualByComparingTo("15.5");
        assertThat(p.enumValue("rating", PerformanceRating.class)).isEqualTo(PerformanceRating.GOOD);
        assertThat(p.enumValue("level", RecognitionLevel.class)).isEqualTo(RecognitionLevel.PROVINCE);
        assertThat(p.enumValue("comparison", RuleParameters.Comparison.class)).isEqualTo(RuleParameters.Comparison.MORE_THAN);
        assertThat(p.enumValue("severity", DisciplineMeasure.class, DisciplineMeasure.WARNING)).isEqualTo(DisciplineMeasure.WARNING);
        assertThat(p.decimal("missing")).isNull();
        assertThat(p.text("missing")).isNull();
        assertThat(p.integer("years", 1)).isEqualTo(1);
        assertThat(p.bool("includeYear", true)).isTrue();
        assertThat(p.with("percent", "20").format()).isEqualTo("percent=20; rating=good; level=PROVINCE; comparison=MORE_THAN");
        assertThat(p.with("rating", null).has("rating")).isFalse();
    }

    @Test
    void unreadableValuesThrowWithTheMessageAnAdministratorSees() {
        assertThatThrownBy(() -> RuleParameters.parse("years=3,5").integer("years")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Tham số «years» (số năm liên tục) phải là số nguyên, không phải «3,5».");
        assertThatThrownBy(() -> RuleParameters.EMPTY.integer("count")).hasMessage("Thiếu tham số «count» (số lần tối thiểu).");
        assertThatThrownBy(() -> RuleParameters.parse("includeYear=có").bool("includeYear", true))
                .hasMessage("Tham số «includeYear» (tính cả năm xét) phải là true hoặc false, không phải «có».");
        assertThatThrownBy(() -> RuleParameters.parse("percent=abc").decimal("percent"))
                .hasMessage("Tham số «percent» (tỷ lệ %) phải là một số, không phải «abc».");
        assertThatThrownBy(() -> RuleParameters.parse("rating=BEST").enumValue("rating", PerformanceRating.class))
                .hasMessage("Mức xếp loại «BEST» (tham số «rating») không hợp lệ; dùng một trong: EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED.");
    }

    @Test
    void correctParametersHaveNoProblems() {
        assertThat(RuleParameters.parse("title=CSTDCS; years=3").problems(RuleKind.TITLE_CONSECUTIVE, CODES)).isEmpty();
        assertThat(RuleParameters.parse("title=LDTT; minCount=1").problems(RuleKind.MEMBER_TITLE_SHARE, CODES)).isEmpty();
        assertThat(RuleParameters.parse("percent=0").problems(RuleKind.VOTE_SHARE, CODES)).isEmpty();
        assertThat(RuleParameters.parse("percent=100; comparison=at_least").problems(RuleKind.MEMBER_TASK_SHARE, CODES)).isEmpty();
        assertThat(RuleParameters.parse("title=XYZ; years=3").problems(RuleKind.TITLE_CONSECUTIVE, null)).isEmpty();
        assertThat(RuleKind.TITLE_CONSECUTIVE.validate(RuleParameters.parse("title=LDTT; years=1"), CODES)).isEmpty();
    }

    @Test
    void everyProblemIsNamedInVietnamese() {
        assertThat(RuleParameters.parse("title=CSTDCS").problems(RuleKind.TITLE_CONSECUTIVE, CODES))
                .containsExactly("Thiếu tham số «years» (số năm liên tục).");
        assertThat(RuleParameters.parse("title=CSTDCS; years=ba").problems(RuleKind.TITLE_CONSECUTIVE, CODES))
                .containsExactly("Tham số «years» (số năm liên tục) phải là số nguyên, không phải «ba».");
        assertThat(RuleParameters.parse("title=CSTDCS; years=0").problems(RuleKind.TITLE_CONSECUTIVE, CODES))
                .containsExactly("Tham số «years» (số năm liên tục) phải từ 1 trở lên, không phải «0».");
        assertThat(RuleParameters.parse("title=CSTĐCS; years=3").problems(RuleKind.TITLE_CONSECUTIVE, CODES))
                .containsExactly("Mã danh hiệu «CSTĐCS» (tham số «title») không có trong danh mục danh hiệu.");
        assertThat(RuleParameters.parse("rating=TOT; years=1").problems(RuleKind.RATING_CONSECUTIVE, CODES)).containsExactly(
                "Mức xếp loại «TOT» (tham số «rating») không hợp lệ; dùng một trong: EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED.");
        assertThat(RuleParameters.parse("level=TINH; count=1; window=3").problems(RuleKind.INITIATIVES, CODES))
                .containsExactly("Cấp công nhận «TINH» (tham số «level») không hợp lệ; dùng một trong: UNIT, PROVINCE, NATIONAL.");
        assertThat(RuleParameters.parse("severity=NHE").problems(RuleKind.NO_DISCIPLINE, CODES)).containsExactly(
                "Mức kỷ luật «NHE» (tham số «severity») không hợp lệ; dùng một trong: REPRIMAND, WARNING, SALARY_DOWNGRADE, DEMOTION, "
                        + "REMOVAL, DISMISSAL.");
        assertThat(RuleParameters.parse("percent=90; comparison=ABOUT").problems(RuleKind.VOTE_SHARE, CODES))
                .containsExactly("Cách so sánh «ABOUT» (tham số «comparison») không hợp lệ; dùng một trong: AT_LEAST, MORE_THAN.");
        assertThat(RuleParameters.parse("percent=100,5").problems(RuleKind.VOTE_SHARE, CODES))
                .containsExactly("Tham số «percent» (tỷ lệ %) phải từ 0 đến 100, không phải «100,5».");
        assertThat(RuleParameters.parse("percent=-1").problems(RuleKind.VOTE_SHARE, CODES))
                .containsExactly("Tham số «percent» (tỷ lệ %) phải từ 0 đến 100, không phải «-1».");
        assertThat(RuleParameters.parse("percent=nhiều").problems(RuleKind.VOTE_SHARE, CODES))
                .containsExactly("Tham số «percent» (tỷ lệ %) phải là một số, không phải «nhiều».");
        assertThat(RuleParameters.parse("rank=1; Rank=2").problems(RuleKind.BLOCK_RANK, CODES)).containsExactly(
                "Tham số «Rank» không dùng cho loại điều kiện «Thứ hạng trong khối thi đua»; các tham số dùng được: rank, subject.");
        assertThat(RuleParameters.parse("title=CSTDCS; years=3; includeYear=yes").problems(RuleKind.TITLE_CONSECUTIVE, CODES))
                .containsExactly("Tham số «includeYear» (tính cả năm xét) phải là true hoặc false, không phải «yes».");
        assertThat(RuleParameters.parse("title=CSTDCS; years=3; includeYear=").problems(RuleKind.TITLE_CONSECUTIVE, CODES))
                .containsExactly("Tham số «includeYear» (tính cả năm xét) chưa có giá trị.");
        assertThat(RuleParameters.parse("title=LDTT").problems(RuleKind.MEMBER_TITLE_SHARE, CODES)).containsExactly(
                "Cần ít nhất một trong hai tham số «percent» (tỷ lệ %) hoặc «minCount» (số thành viên tối thiểu).");
        assertThat(RuleParameters.parse("title=CSTDCS; count=4; window=3").problems(RuleKind.TITLE_COUNT, CODES))
                .containsExactly("Số lần tối thiểu «count» (4) không được lớn hơn số năm xét «window» (3).");
        assertThat(RuleParameters.parse("rank 1").problems(RuleKind.BLOCK_RANK, CODES)).containsExactly(
                "Không đọc được «rank 1»: mỗi tham số ghi dạng tên=giá trị, các tham số cách nhau bằng dấu chấm phẩy.",
                "Thiếu tham số «rank» (thứ hạng).");
        assertThat(RuleParameters.parse("rank=1; rank=2").problems(RuleKind.BLOCK_RANK, CODES))
                .containsExactly("Tham số «rank» được ghi nhiều lần.");
        assertThat(RuleParameters.parse("rank=1").problems(null, CODES)).containsExactly("Chưa chọn loại điều kiện.");
        assertThat(RuleParameters.parse("title=KHAC; over=LDTT").problems(RuleKind.RATIO_CAP, CODES)).containsExactly(
                "Thiếu tham số «percent» (tỷ lệ %).", "Mã danh hiệu «KHAC» (tham số «title») không có trong danh mục danh hiệu.");
    }

    @Test
    void eachKindNamesItsParameters() {
        assertThat(RuleKind.TITLE_COUNT.requiredParameters()).containsExactly("title", "count", "window");
        assertThat(RuleKind.TITLE_COUNT.acceptedParameters()).containsExactly("title", "count", "window", "includeYear", "subject");
        assertThat(RuleKind.MEMBER_TITLE_SHARE.optionalParameters()).containsExactly("percent", "minCount", "comparison", "subject");
        assertThat(RuleParameters.parse("rank=1; subject=TAPTHE").problems(RuleKind.BLOCK_RANK, CODES)).singleElement()
                .asString().contains("TAPTHE", "subject");
        assertThat(RuleKind.VOTE_SHARE.label()).isEqualTo("Tỷ lệ phiếu đồng ý của Hội đồng");
    }
}
