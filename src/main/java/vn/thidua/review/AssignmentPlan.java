package vn.thidua.review;

import java.util.List;

/**
 * What {@link AssignmentPlanner#plan} proposes.
 *
 * @param assignments the <em>new</em> assignments to create, ordered by target id and then reviewer id;
 *     the assignments that already existed are not repeated here
 * @param shortfalls the targets that still lack reviewers after the new assignments, ordered by target id
 */
public record AssignmentPlan(List<Assignment> assignments, List<Shortfall> shortfalls) {

    /**
     * A target for which too few eligible reviewers exist.
     *
     * @param targetId the target
     * @param missing how many reviewers it still lacks (at least 1)
     */
    public record Shortfall(long targetId, int missing) {
    }

    public AssignmentPlan {
        assignments = List.copyOf(assignments);
        shortfalls = List.copyOf(shortfalls);
    }

    /** Whether every target reaches the wanted number of reviewers. */
    public boolean complete() {
        return shortfalls.isEmpty();
    }
}
