package vn.thidua.award;

import static vn.thidua.award.RuleKind.BLOCK_RANK;
import static vn.thidua.award.RuleKind.INITIATIVES;
import static vn.thidua.award.RuleKind.MEMBER_TASK_SHARE;
import static vn.thidua.award.RuleKind.MEMBER_TITLE_SHARE;
import static vn.thidua.award.RuleKind.NO_DISCIPLINE;
import static vn.thidua.award.RuleKind.RATING_CONSECUTIVE;
import static vn.thidua.award.RuleKind.RATING_COUNT;
import static vn.thidua.award.RuleKind.RATIO_CAP;
import static vn.thidua.award.RuleKind.TITLE_CONSECUTIVE;
import static vn.thidua.award.RuleKind.TITLE_COUNT;
import static vn.thidua.award.RuleKind.VOTE_SHARE;
import static vn.thidua.award.TitleCategory.COMMENDATION;
import static vn.thidua.award.TitleCategory.EMULATION_TITLE;
import static vn.thidua.award.TitleSubject.BOTH;
import static vn.thidua.award.TitleSubject.COLLECTIVE;
import static vn.thidua.award.TitleSubject.INDIVIDUAL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The titles and rules seeded from the law (see law.md), as data an administrator can then edit. Figures marked
 * uncertain there carry a "cần đối chiếu" note in their legal reference.
 */
public final class DefaultRuleSet {

    public static final String NAME = "Luật Thi đua, khen thưởng 2022 và Nghị định 98/2023/NĐ-CP";
    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2024, 1, 1);

    private static final String LAW = "Luật TĐKT 2022, ";
    private static final String SO = "Giám đốc Sở Y tế";
    private static final String TINH = "Chủ tịch UBND tỉnh";
    private static final String TTG = "Thủ tướng Chính phủ";
    private static final String MAJORITY = "percent=50; comparison=MORE_THAN";
    private static final String BOARD = EligibilityEngine.DEFAULT_VOTE_REFERENCE + " (mặc định: quá bán)";
    private static final String OLD_CAP = "Nghị định 91/2017/NĐ-CP (đã hết hiệu lực); áp dụng khi quy chế của tỉnh quy định";

    private DefaultRuleSet() {
    }

    public static List<TitleDefinition> titles() {
        return List.of(
                new TitleDefinition("LDTT", "Lao động tiên tiến", "LĐTT", INDIVIDUAL, EMULATION_TITLE, TitleLevel.DEPARTMENT, SO,
                        new BigDecimal("0.3"), LAW + "Điều 24"),
                new TitleDefinition("CSTDCS", "Chiến sĩ thi đua cơ sở", "CSTĐCS", INDIVIDUAL, EMULATION_TITLE, TitleLevel.DEPARTMENT,
                        SO, new BigDecimal("1.0"), LAW + "Điều 23"),
                new TitleDefinition("CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh", "CSTĐ cấp tỉnh", INDIVIDUAL, EMULATION_TITLE,
                        TitleLevel.PROVINCE, TINH, new BigDecimal("3.0"), LAW + "Điều 22"),
                new TitleDefinition("CSTD_TQ", "Chiến sĩ thi đua toàn quốc", "CSTĐ toàn quốc", INDIVIDUAL, EMULATION_TITLE,
                        TitleLevel.NATIONAL, TTG, new BigDecimal("4.5"), LAW + "Điều 21"),
                new TitleDefinition("TTLDTT", "Tập thể lao động tiên tiến", "TTLĐTT", COLLECTIVE, EMULATION_TITLE,
                        TitleLevel.DEPARTMENT, SO, new BigDecimal("0.8"), LAW + "Điều 28"),
                new TitleDefinition("TTLDXS", "Tập thể lao động xuất sắc", "TTLĐXS", COLLECTIVE, EMULATION_TITLE, TitleLevel.PROVINCE,
                        TINH, new BigDecimal("1.5"), LAW + "Điều 27"),
                new TitleDefinition("CO_TINH", "Cờ thi đua cấp tỉnh", "Cờ thi đua tỉnh", COLLECTIVE, EMULATION_TITLE,
                        TitleLevel.PROVINCE, TINH, null, LAW + "Điều 26"),
                new TitleDefinition("CO_CP", "Cờ thi đua của Chính phủ", "Cờ thi đua Chính phủ", COLLECTIVE, EMULATION_TITLE,
                        TitleLevel.NATIONAL, TTG, new BigDecimal("12"), LAW + "Điều 25"),
                new TitleDefinition("GIAY_KHEN", "Giấy khen của Giám đốc Sở", "Giấy khen Giám đốc Sở", BOTH, COMMENDATION,
                        TitleLevel.DEPARTMENT, SO, null, LAW + "Điều 75"),
                new TitleDefinition("BK_TINH", "Bằng khen của Chủ tịch UBND tỉnh", "Bằng khen UBND tỉnh", BOTH, COMMENDATION,
                        TitleLevel.PROVINCE, TINH, null, LAW + "Điều 74"),
                new TitleDefinition("BK_TTG", "Bằng khen của Thủ tướng Chính phủ", "Bằng khen Thủ tướng", BOTH, COMMENDATION,
                        TitleLevel.NATIONAL, TTG, null, LAW + "Điều 73"),
                new TitleDefinition("HCLD3", "Huân chương Lao động hạng Ba", "HCLĐ hạng Ba", BOTH, COMMENDATION, TitleLevel.NATIONAL,
                        "Chủ tịch nước", null, LAW + "Điều 44"));
    }

    public static TitleNames names() {
        return TitleNames.of(titles());
    }

    public static List<EligibilityRule> rules() {
        return List.of(
                // Lao động tiên tiến
                rule("LDTT", RATING_CONSECUTIVE, "rating=GOOD; years=1; includeYear=true", LAW + "Điều 24"),
                rule("LDTT", NO_DISCIPLINE, "severity=REPRIMAND", LAW + "Điều 24"),

                // Chiến sĩ thi đua cơ sở: LĐTT conditions, then excellent rating or an initiative (not both)
                rule("CSTDCS", RATING_CONSECUTIVE, "rating=GOOD; years=1; includeYear=true", LAW + "Điều 23, Điều 24"),
                rule("CSTDCS", NO_DISCIPLINE, "severity=REPRIMAND", LAW + "Điều 23, Điều 24"),
                EligibilityRule.alternative("CSTDCS", RATING_CONSECUTIVE, "rating=EXCELLENT; years=1; includeYear=true", "A", 1,
                        LAW + "Điều 23"),
                EligibilityRule.alternative("CSTDCS", INITIATIVES, "level=UNIT; count=1; window=1", "A", 2, LAW + "Điều 23"),
                rule("CSTDCS", RATIO_CAP, "title=CSTDCS; over=LDTT; percent=15", OLD_CAP).withEnabled(false),
                rule("CSTDCS", VOTE_SHARE, MAJORITY, BOARD),

                // Chiến sĩ thi đua cấp tỉnh
                rule("CSTD_TINH", TITLE_CONSECUTIVE, "title=CSTDCS; years=3; includeYear=true", LAW + "Điều 22"),
                rule("CSTD_TINH", INITIATIVES, "level=PROVINCE; count=1; window=3", LAW + "Điều 22"),
                rule("CSTD_TINH", NO_DISCIPLINE, "severity=REPRIMAND", LAW + "Điều 22, Điều 24"),
                rule("CSTD_TINH", VOTE_SHARE, "percent=90; comparison=AT_LEAST",
                        "Nghị định 91/2017/NĐ-CP, Điều 45 (cần đối chiếu văn bản hiện hành)"),

                // Chiến sĩ thi đua toàn quốc
                rule("CSTD_TQ", TITLE_CONSECUTIVE, "title=CSTD_TINH; years=2; includeYear=true", LAW + "Điều 21"),
                rule("CSTD_TQ", INITIATIVES, "level=NATIONAL; count=1; window=6", LAW + "Điều 21"),
                rule("CSTD_TQ", NO_DISCIPLINE, "severity=REPRIMAND", LAW + "Điều 21, Điều 24"),
                rule("CSTD_TQ", VOTE_SHARE, "percent=90; comparison=AT_LEAST",
                        "Nghị định 91/2017/NĐ-CP, Điều 45 (cần đối chiếu văn bản hiện hành)"),

                // Tập thể lao động tiên tiến
                rule("TTLDTT", MEMBER_TITLE_SHARE, "title=LDTT; percent=50; comparison=MORE_THAN", LAW + "Điều 28"),
                rule("TTLDTT", VOTE_SHARE, MAJORITY, BOARD),

                // Tập thể lao động xuất sắc
                rule("TTLDXS", MEMBER_TASK_SHARE, "percent=100; comparison=AT_LEAST", LAW + "Điều 27"),
                rule("TTLDXS", MEMBER_TITLE_SHARE, "title=LDTT; percent=70; comparison=AT_LEAST", LAW + "Điều 27"),
                rule("TTLDXS", MEMBER_TITLE_SHARE, "title=CSTDCS; minCount=1", LAW + "Điều 27"),
                rule("TTLDXS", NO_DISCIPLINE, "severity=WARNING",
                        "Luật Thi đua, khen thưởng 2003 (điều khoản cũ, Luật TĐKT 2022 Điều 27 không còn quy định)").withEnabled(false),
                rule("TTLDXS", VOTE_SHARE, MAJORITY, BOARD),

                // Cờ thi đua cấp tỉnh
                rule("CO_TINH", BLOCK_RANK, "rank=1", LAW + "Điều 26"),
                rule("CO_TINH", VOTE_SHARE, MAJORITY, BOARD),

                // Cờ thi đua của Chính phủ
                rule("CO_CP", TITLE_COUNT, "title=CO_TINH; count=1; window=1; includeYear=true",
                        LAW + "Điều 25 (cần đối chiếu yêu cầu 2 năm liên tục)"),
                rule("CO_CP", RATIO_CAP, "title=CO_CP; over=CO_TINH; percent=20", OLD_CAP).withEnabled(false),
                rule("CO_CP", VOTE_SHARE, MAJORITY, BOARD),

                // Giấy khen
                rule("GIAY_KHEN", RATING_CONSECUTIVE, "rating=GOOD; years=1; includeYear=true", LAW + "Điều 75"),
                rule("GIAY_KHEN", NO_DISCIPLINE, "severity=REPRIMAND", LAW + "Điều 75"),

                // Bằng khen của Chủ tịch UBND tỉnh: 2 consecutive CSTĐCS, or 2 consecutive excellent years with 2 initiatives
                rule("BK_TINH", NO_DISCIPLINE, "severity=REPRIMAND", LAW + "Điều 74"),
                EligibilityRule.alternative("BK_TINH", TITLE_CONSECUTIVE, "title=CSTDCS; years=2; includeYear=true; subject=INDIVIDUAL", "A", 1,
                        LAW + "Điều 74"),
                EligibilityRule.alternative("BK_TINH", RATING_CONSECUTIVE, "rating=EXCELLENT; years=2; includeYear=true; subject=INDIVIDUAL", "A", 2,
                        LAW + "Điều 74"),
                EligibilityRule.alternative("BK_TINH", INITIATIVES, "level=UNIT; count=2; window=2; subject=INDIVIDUAL", "A", 2, LAW + "Điều 74"),
                rule("BK_TINH", RATING_CONSECUTIVE, "rating=EXCELLENT; years=2; includeYear=true; subject=COLLECTIVE",
                        LAW + "Điều 74 (tập thể; cần đối chiếu)"),
                rule("BK_TINH", VOTE_SHARE, MAJORITY, BOARD),

                // Bằng khen của Thủ tướng Chính phủ
                rule("BK_TTG", TITLE_COUNT, "title=BK_TINH; count=1; window=10; includeYear=false", LAW + "Điều 73"),
                rule("BK_TTG", RATING_CONSECUTIVE, "rating=GOOD; years=5; includeYear=true", LAW + "Điều 73"),
                rule("BK_TTG", TITLE_COUNT, "title=CSTDCS; count=3; window=5; includeYear=true; subject=INDIVIDUAL", LAW + "Điều 73"),
                rule("BK_TTG", TITLE_COUNT, "title=TTLDXS; count=2; window=5; includeYear=true; subject=COLLECTIVE",
                        LAW + "Điều 73 (tập thể; cần đối chiếu)"),
                rule("BK_TTG", VOTE_SHARE, MAJORITY, BOARD),

                // Huân chương Lao động hạng Ba
                rule("HCLD3", TITLE_COUNT, "title=BK_TTG; count=1; window=10; includeYear=false", LAW + "Điều 44"),
                rule("HCLD3", RATING_CONSECUTIVE, "rating=GOOD; years=5; includeYear=true", LAW + "Điều 44"),
                rule("HCLD3", RATING_COUNT, "rating=EXCELLENT; count=1; window=5; includeYear=true", LAW + "Điều 44"),
                rule("HCLD3", TITLE_COUNT, "title=CSTDCS; count=3; window=5; includeYear=true; subject=INDIVIDUAL", LAW + "Điều 44"),
                rule("HCLD3", VOTE_SHARE, MAJORITY, BOARD));
    }

    /** The default rules of one title, in order. */
    public static List<EligibilityRule> rulesOf(String titleCode) {
        return rules().stream().filter(r -> r.titleCode().equals(titleCode)).toList();
    }

    private static EligibilityRule rule(String titleCode, RuleKind kind, String parameters, String legalReference) {
        return EligibilityRule.mandatory(titleCode, kind, parameters, legalReference);
    }
}
