package vn.thidua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.award.RuleKind;
import vn.thidua.award.RuleSet;
import vn.thidua.award.TitleCategory;
import vn.thidua.award.TitleLevel;
import vn.thidua.award.TitleRule;
import vn.thidua.award.TitleSubject;
import vn.thidua.award.TitleType;

class TitlesBeanTest {

    static TitleType title(String code, String shortName, int position) {
        return new TitleType(code, "Tên " + shortName, shortName, TitleSubject.INDIVIDUAL, TitleCategory.EMULATION_TITLE,
                TitleLevel.UNIT, "Giám đốc Sở Y tế", BigDecimal.ONE, null, position);
    }

    @Test
    void rulesAreGroupedByTitleInCatalogueOrderAndKeepTheirOrderWithinATitle() {
        RuleSet set = new RuleSet("2025", LocalDate.of(2025, 1, 1), null, LocalDateTime.of(2025, 1, 1, 0, 0));
        TitleType cstdcs = title("CSTDCS", "CSTĐCS", 2);
        TitleType ldtt = title("LDTT", "LĐTT", 1);
        TitleRule second = new TitleRule(set, cstdcs, RuleKind.NO_DISCIPLINE, "severity=REPRIMAND", null, 1, true, null, 5);
        TitleRule first = new TitleRule(set, cstdcs, RuleKind.TITLE_CONSECUTIVE, "title=LDTT; years=3", "A", 1, true, null, 2);
        TitleRule other = new TitleRule(set, ldtt, RuleKind.RATING_CONSECUTIVE, "rating=GOOD; years=1", null, 1, false, null, 9);

        List<TitlesBean.RuleGroup> groups = TitlesBean.group(List.of(second, other, first));

        assertThat(groups).extracting(TitlesBean.RuleGroup::titleCode).containsExactly("LDTT", "CSTDCS");
        assertThat(groups.get(0).titleName()).isEqualTo("LĐTT – Tên LĐTT");
        assertThat(groups.get(1).rules()).extracting(TitlesBean.RuleView::kind)
                .containsExactly(RuleKind.TITLE_CONSECUTIVE, RuleKind.NO_DISCIPLINE);
        assertThat(groups.get(1).rules().get(0).kindLabel()).isEqualTo(RuleKind.TITLE_CONSECUTIVE.label());
        assertThat(groups.get(0).rules().get(0).enabled()).isFalse();
    }

    @Test
    void noRulesNoGroups() {
        assertThat(TitlesBean.group(List.of())).isEmpty();
    }
}
