package vn.thidua.criteria;

import java.math.BigDecimal;
import java.util.List;
import vn.thidua.plan.Comparison;

/** A criterion as typed; kind null makes a group heading. */
public record CriterionForm(Long parentId, String code, String name, CriterionKind kind, BigDecimal maxPoints,
                            ScoringMethod method, BigDecimal capPercent, Long indicatorId, Comparison targetComparison,
                            BigDecimal targetValue, BigDecimal targetUpper, BigDecimal pointsPerViolation,
                            boolean evidenceRequired, List<Item> items, List<Step> bands, Long version) {

    public record Item(String text, BigDecimal points) {
    }

    public record Step(BigDecimal minAchievement, BigDecimal points) {
    }
}
