package vn.thidua.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Shares the submissions to score among the members of the review board.
 *
 * <p>Rules:
 * <ul>
 * <li>a reviewer is never given a submission he or she is in conflict with ({@link ConflictOfInterest});</li>
 * <li>a reviewer is never given the same submission twice;</li>
 * <li>the assignments that already exist are kept as they are (even one that has since become a
 * conflict: removing it is the caller's decision) and count toward the wanted number; the planner only
 * tops a submission up to {@code reviewersPerTarget}, and never removes anyone from one that has more;</li>
 * <li>load balancing: each new assignment goes to the eligible reviewer with the fewest assignments so far -
 * counting the existing ones, for any target, including targets not being planned now - ties going to the
 * lower reviewer id;</li>
 * <li>the submissions with the fewest eligible reviewers (not in conflict and not already on it) are served
 * first, ties by target id, so that a scarce submission is not left short because its few possible
 * reviewers were loaded up elsewhere;</li>
 * <li>a submission that cannot reach the wanted number is reported as a shortfall.</li>
 * </ul>
 * The plan depends only on the content of the input, not on the order of the lists: the same input gives
 * the same plan.
 */
public final class AssignmentPlanner {

    /** How many reviewers score each submission unless the board decides otherwise. */
    public static final int DEFAULT_REVIEWERS_PER_TARGET = 3;

    /**
     * A submission to be scored.
     *
     * @param id the submission's id; unique among the targets given to the planner
     * @param unitPath the path of the unit that submitted it, "/1/14/203/"
     */
    public record ReviewTarget(long id, String unitPath) {

        public ReviewTarget {
            ConflictOfInterest.requirePath(unitPath, "unit path of target " + id);
        }
    }

    private AssignmentPlanner() {
    }

    /** Plans {@link #DEFAULT_REVIEWERS_PER_TARGET} reviewers per target, with no existing assignments. */
    public static AssignmentPlan plan(List<Reviewer> reviewers, List<ReviewTarget> targets) {
        return plan(reviewers, targets, DEFAULT_REVIEWERS_PER_TARGET, Map.of());
    }

    /**
     * Tops every target up to {@code reviewersPerTarget} reviewers.
     *
     * @param reviewers the board members available; ids must be unique
     * @param targets the submissions to score; ids must be unique
     * @param reviewersPerTarget how many reviewers each target should have, at least 1
     * @param alreadyAssigned target id to the ids of its reviewers so far; null or missing entries mean none.
     *     Ids of reviewers not in {@code reviewers} still count toward their target's number.
     * @return the new assignments and the remaining shortfalls
     * @throws IllegalArgumentException when {@code reviewersPerTarget} is below 1 or ids repeat
     */
    public static AssignmentPlan plan(List<Reviewer> reviewers, List<ReviewTarget> targets, int reviewersPerTarget,
            Map<Long, Set<Long>> alreadyAssigned) {
        Objects.requireNonNull(reviewers, "reviewers");
        Objects.requireNonNull(targets, "targets");
        if (reviewersPerTarget < 1) {
            throw new IllegalArgumentException("reviewersPerTarget must be at least 1: " + reviewersPerTarget);
        }
        Map<Long, Set<Long>> existing = alreadyAssigned == null ? Map.of() : alreadyAssigned;

        List<Reviewer> board = new ArrayList<>(reviewers);
        board.sort(Comparator.comparingLong(Reviewer::id));
        requireUniqueIds(board.stream().map(Reviewer::id).toList(), "reviewer");
        List<ReviewTarget> queue = new ArrayList<>(targets);
        requireUniqueIds(queue.stream().map(ReviewTarget::id).toList(), "target");

        Map<Long, Integer> load = new HashMap<>();
        for (Reviewer reviewer : board) {
            load.put(reviewer.id(), 0);
        }
        for (Set<Long> onTarget : existing.values()) {
            if (onTarget != null) {
                for (Long reviewerId : onTarget) {
                    load.computeIfPresent(reviewerId, (id, n) -> n + 1);
                }
            }
        }

        Map<Long, List<Reviewer>> eligible = new HashMap<>();
        for (ReviewTarget target : queue) {
            Set<Long> onTarget = existingOn(existing, target.id());
            List<Reviewer> candidates = new ArrayList<>();
            for (Reviewer reviewer : board) {
                if (!onTarget.contains(reviewer.id()) && !reviewer.conflictsWith(target.unitPath())) {
                    candidates.add(reviewer);
                }
            }
            eligible.put(target.id(), candidates);
        }
        queue.sort(Comparator.<ReviewTarget>comparingInt(t -> eligible.get(t.id()).size())
                .thenComparingLong(ReviewTarget::id));

        List<Assignment> assignments = new ArrayList<>();
        List<AssignmentPlan.Shortfall> shortfalls = new ArrayList<>();
        Comparator<Reviewer> leastLoaded = Comparator.<Reviewer>comparingInt(r -> load.get(r.id()))
                .thenComparingLong(Reviewer::id);
        for (ReviewTarget target : queue) {
            int needed = reviewersPerTarget - existingOn(existing, target.id()).size();
            if (needed <= 0) {
                continue;
            }
            // picking one at a time by load only changes the load of the one picked, who is then off the
            // list: taking the first `needed` in (load, id) order is the same thing
            List<Reviewer> candidates = new ArrayList<>(eligible.get(target.id()));
            candidates.sort(leastLoaded);
            int given = Math.min(needed, candidates.size());
            for (Reviewer reviewer : candidates.subList(0, given)) {
                assignments.add(new Assignment(target.id(), reviewer.id()));
                load.merge(reviewer.id(), 1, Integer::sum);
            }
            if (given < needed) {
                shortfalls.add(new AssignmentPlan.Shortfall(target.id(), needed - given));
            }
        }
        assignments.sort(Comparator.comparingLong(Assignment::targetId).thenComparingLong(Assignment::reviewerId));
        shortfalls.sort(Comparator.comparingLong(AssignmentPlan.Shortfall::targetId));
        return new AssignmentPlan(assignments, shortfalls);
    }

    private static Set<Long> existingOn(Map<Long, Set<Long>> existing, long targetId) {
        Set<Long> onTarget = existing.get(targetId);
        return onTarget == null ? Set.of() : onTarget;
    }

    private static void requireUniqueIds(List<Long> ids, String what) {
        Set<Long> seen = new HashSet<>();
        for (Long id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("the " + what + " id " + id + " appears twice");
            }
        }
    }
}
