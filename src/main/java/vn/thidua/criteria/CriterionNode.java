package vn.thidua.criteria;

import java.math.BigDecimal;
import java.util.List;

/**
 * A node of a scoring framework: a group heading (kind null, with children) or a criterion (a kind, no
 * children). Checklist items are not nodes; they live in the answers.
 *
 * @param children null is read as none
 */
public record CriterionNode(String code, String name, CriterionKind kind, BigDecimal maxPoints, List<CriterionNode> children) {

    public CriterionNode {
        children = children == null ? List.of() : List.copyOf(children);
    }

    public static CriterionNode leaf(String code, String name, CriterionKind kind, BigDecimal maxPoints) {
        return new CriterionNode(code, name, kind, maxPoints, List.of());
    }

    public static CriterionNode group(String code, String name, BigDecimal maxPoints, List<CriterionNode> children) {
        return new CriterionNode(code, name, null, maxPoints, children);
    }

    public boolean isGroup() {
        return kind == null;
    }

    /**
     * Bonus/penalty nodes lie outside the declared total: a BONUS or PENALTY leaf, or a group heading whose
     * children are all bonus/penalty ("Điểm thưởng", "Điểm trừ").
     */
    public boolean isBonusOrPenalty() {
        if (kind != null) {
            return kind.isBonusOrPenalty();
        }
        return !children.isEmpty() && children.stream().allMatch(CriterionNode::isBonusOrPenalty);
    }
}
