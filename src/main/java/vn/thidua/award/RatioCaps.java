package vn.thidua.award;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.common.VietnameseNumbers;

/** Ratio caps (e.g. CSTĐCS ≤ 15 % of LĐTT) a unit goes beyond in a year, for the office's overview. */
public final class RatioCaps {

    private RatioCaps() {
    }

    /**
     * The enabled RATIO_CAP rules the counts (title code → holders and nominees in one unit and year) go beyond. Identical
     * caps (same title, over and percent, e.g. carried by several titles) are reported once; rules whose parameters cannot
     * be read are skipped, the engine reports them.
     */
    public static List<CapExceedance> exceeded(List<EligibilityRule> allRules, Map<String, Integer> unitTitleCounts, TitleNames names) {
        TitleNames n = names == null ? TitleNames.codesOnly() : names;
        Map<String, Integer> counts = unitTitleCounts == null ? Map.of() : unitTitleCounts;
        Set<String> seen = new LinkedHashSet<>();
        List<CapExceedance> exceeded = new ArrayList<>();
        for (EligibilityRule rule : allRules) {
            if (!rule.enabled() || rule.kind() != RuleKind.RATIO_CAP || !rule.problems(null).isEmpty()) {
                continue;
            }
            RuleParameters p = rule.parameters();
            String title = p.text("title");
            String over = p.text("over");
            BigDecimal percent = p.decimal("percent");
            if (!seen.add(title + "|" + over + "|" + percent.stripTrailingZeros().toPlainString())) {
                continue;
            }
            int count = counts.getOrDefault(title, 0);
            int overCount = counts.getOrDefault(over, 0);
            String cap = VietnameseNumbers.format(percent) + " %";
            if (overCount == 0) {
                if (count > 0) {
                    exceeded.add(new CapExceedance(rule, count, 0, null,
                            n.shortName(title) + " " + count + " / " + n.shortName(over) + " 0: vượt mức " + cap));
                }
            } else if (!EligibilityEngine.withinCap(count, overCount, percent)) {
                BigDecimal share = EligibilityEngine.sharePercent(count, overCount);
                exceeded.add(new CapExceedance(rule, count, overCount, share, n.shortName(title) + " " + count + " / "
                        + n.shortName(over) + " " + overCount + " = " + VietnameseNumbers.format(share, 1) + " % > " + cap));
            }
        }
        return exceeded;
    }
}
