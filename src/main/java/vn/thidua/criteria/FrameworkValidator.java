package vn.thidua.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.thidua.common.VietnameseNumbers;

/**
 * Checks the structure of a scoring framework. Problems come in this order: the declared total, then the nodes
 * depth-first (a node's own problems before its children's), then duplicate codes. Numbers in the arguments
 * are formatted the Vietnamese way (1.000; 12,5).
 * <ul>
 * <li>{@code framework.invalidTotal} {0}=declared total: missing or not positive.</li>
 * <li>{@code framework.totalMismatch} {0}=sum, {1}=declared total: the maximum points of the top-level nodes
 * that are not bonus/penalty must add up to the declared total.</li>
 * <li>{@code framework.groupMismatch} {0}=code, {1}=group maximum, {2}=sum of children: a group heading's maximum
 * equals the sum of its children that are not bonus/penalty; a heading whose children are all bonus/penalty
 * ("Điểm thưởng") must equal the sum of all its children and is itself outside the total.</li>
 * <li>{@code framework.leafWithoutKind} {0}=code: a node without children must have a kind.</li>
 * <li>{@code framework.kindWithChildren} {0}=code: a criterion with a kind cannot have children (checklist items
 * live in the answers).</li>
 * <li>{@code framework.nonPositiveMax} {0}=code: a criterion's maximum must be given and above 0.</li>
 * <li>{@code framework.missingMax} {0}=code: a group heading's maximum must be given.</li>
 * <li>{@code framework.blankCode} {0}=name: every node needs a code.</li>
 * <li>{@code framework.duplicateCode} {0}=code, {1}=how many times: codes are unique (compared after trimming,
 * case-insensitively); reported once per code.</li>
 * </ul>
 */
public final class FrameworkValidator {

    public List<FrameworkProblem> validate(BigDecimal declaredTotal, List<CriterionNode> roots) {
        List<CriterionNode> nodes = roots == null ? List.of() : roots;
        List<FrameworkProblem> problems = new ArrayList<>();
        if (declaredTotal == null || declaredTotal.signum() <= 0) {
            problems.add(FrameworkProblem.of("framework.invalidTotal", VietnameseNumbers.format(declaredTotal)));
        } else {
            BigDecimal sum = scoredSum(nodes);
            if (sum.compareTo(declaredTotal) != 0) {
                problems.add(FrameworkProblem.of("framework.totalMismatch",
                        VietnameseNumbers.format(sum), VietnameseNumbers.format(declaredTotal)));
            }
        }
        Map<String, List<String>> codes = new LinkedHashMap<>(); // normalised code → spellings seen
        for (CriterionNode node : nodes) {
            check(node, problems, codes);
        }
        codes.values().forEach(spellings -> {
            if (spellings.size() > 1) {
                problems.add(FrameworkProblem.of("framework.duplicateCode", spellings.get(0),
                        String.valueOf(spellings.size())));
            }
        });
        return List.copyOf(problems);
    }

    private void check(CriterionNode node, List<FrameworkProblem> problems, Map<String, List<String>> codes) {
        if (node == null) {
            return;
        }
        String code = node.code() == null ? "" : node.code().strip();
        if (code.isEmpty()) {
            problems.add(FrameworkProblem.of("framework.blankCode", node.name() == null ? "" : node.name()));
        } else {
            codes.computeIfAbsent(code.toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(code);
        }
        boolean hasChildren = !node.children().isEmpty();
        if (node.kind() == null && !hasChildren) {
            problems.add(FrameworkProblem.of("framework.leafWithoutKind", code));
        } else if (node.kind() != null) {
            if (hasChildren) {
                problems.add(FrameworkProblem.of("framework.kindWithChildren", code));
            }
            if (node.maxPoints() == null || node.maxPoints().signum() <= 0) {
                problems.add(FrameworkProblem.of("framework.nonPositiveMax", code));
            }
        } else if (node.maxPoints() == null) {
            problems.add(FrameworkProblem.of("framework.missingMax", code));
        } else {
            BigDecimal childrenSum = node.isBonusOrPenalty() ? sumOf(node.children()) : scoredSum(node.children());
            if (childrenSum.compareTo(node.maxPoints()) != 0) {
                problems.add(FrameworkProblem.of("framework.groupMismatch", code,
                        VietnameseNumbers.format(node.maxPoints()), VietnameseNumbers.format(childrenSum)));
            }
        }
        for (CriterionNode child : node.children()) {
            check(child, problems, codes);
        }
    }

    /** The sum of the maxima of the nodes that are not bonus/penalty (a missing maximum counts 0). */
    public static BigDecimal scoredSum(List<CriterionNode> nodes) {
        return sumOf(nodes.stream().filter(n -> n != null && !n.isBonusOrPenalty()).toList());
    }

    private static BigDecimal sumOf(List<CriterionNode> nodes) {
        BigDecimal sum = BigDecimal.ZERO;
        for (CriterionNode node : nodes) {
            if (node != null && node.maxPoints() != null) {
                sum = sum.add(node.maxPoints());
            }
        }
        return sum;
    }
}
