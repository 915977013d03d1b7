package vn.thidua.award;

import java.util.List;

/**
 * The check of a candidate against all enabled rules of a title. conditions are in the order of the rules; groups show
 * each alternative group's outcome. overall is the worst of the mandatory rules and the groups, PENDING ignored, so it
 * is never PENDING (PASS when there is nothing to check).
 */
public record EligibilityResult(Outcome overall, List<ConditionResult> conditions, List<GroupResult> groups) {

    public EligibilityResult {
        conditions = List.copyOf(conditions);
        groups = List.copyOf(groups);
    }

    public List<ConditionResult> mandatory() {
        return conditions.stream().filter(c -> c.rule().mandatory()).toList();
    }

    /** True when some condition waits for a vote. */
    public boolean votePending() {
        return conditions.stream().anyMatch(c -> c.outcome() == Outcome.PENDING);
    }
}
