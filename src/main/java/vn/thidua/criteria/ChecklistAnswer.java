package vn.thidua.criteria;

import java.math.BigDecimal;

/**
 * One item of a {@link CriterionKind#CHECKLIST} criterion with its answer.
 *
 * @param itemPoints the item's points, ≥ 0
 * @param yes        the answer; null when unanswered
 */
public record ChecklistAnswer(BigDecimal itemPoints, Boolean yes) {
}
