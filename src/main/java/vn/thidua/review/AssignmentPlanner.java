package vn.thidua.review;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

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
 * first, ties by target id, so that the few reviewers of a scarce submission are not loaded up elsewhere
 * before it comes;</li>
 * <li>that greedy pass cannot foresee the targets after the one it serves, so with conflicts it may still
 * leave a reviewer two assignments behind another. A second pass then hands new assignments over along
 * chains of eligible reviewers until no reviewer is two behind another who holds
 * work he or she could take over, directly or through such a chain. The loads are then as even as the
 * conflicts and the existing assignments allow: the largest is as small as possible, the smallest as large
 * as possible. Without conflicts and existing assignments the greedy pass is already even (largest minus
 * smallest at most 1) and the second pass changes nothing;</li>
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

        Map<Long, TreeSet<Long>> picked = new HashMap<>();
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
            TreeSet<Long> onTarget = new TreeSet<>();
            for (Reviewer reviewer : candidates.subList(0, given)) {
                onTarget.add(reviewer.id());
                load.merge(reviewer.id(), 1, Integer::sum);
            }
            picked.put(target.id(), onTarget);
            if (given < needed) {
                shortfalls.add(new AssignmentPlan.Shortfall(target.id(), needed - given));
            }
        }

        Map<Long, List<Long>> eligibleTargetsOf = new HashMap<>();
        for (Reviewer reviewer : board) {
            eligibleTargetsOf.put(reviewer.id(), new ArrayList<>());
        }
        picked.keySet().stream().sorted().forEach(targetId -> eligible.get(targetId)
                .forEach(reviewer -> eligibleTargetsOf.get(reviewer.id()).add(targetId)));
        rebalance(board, load, picked, eligibleTargetsOf);

        List<Assignment> assignments = new ArrayList<>();
        picked.forEach((targetId, reviewerIds) -> reviewerIds.forEach(id -> assignments.add(new Assignment(targetId, id))));
        assignments.sort(Comparator.comparingLong(Assignment::targetId).thenComparingLong(Assignment::reviewerId));
        shortfalls.sort(Comparator.comparingLong(AssignmentPlan.Shortfall::targetId));
        return new AssignmentPlan(assignments, shortfalls);
    }

    /** One step of a chain: {@code receiver} takes {@code targetId} over from the reviewer it is recorded under. */
    private record Step(long receiver, long targetId) {
    }

    /**
     * The greedy pass serves each target in turn and cannot foresee the targets after it, so where some
     * reviewers may not take some targets (conflicts, or already on them) it may leave a reviewer two or more
     * assignments behind another who holds new work the first could have done. This pass hands such work
     * over along a chain - r takes a target from s1, s1 takes another from s2, ..., s(k-1) one from sk - so
     * that only r (+1) and sk (-1) change load, whenever sk has at least two more than r. Each such change
     * lowers the sum of the squared loads, so the pass ends. When no chain is left, the loads are balanced
     * as far as possible: this is the optimality condition of the underlying flow problem (no augmenting path
     * lowers a convex cost of the loads), so the largest load is as small and the smallest as large as any
     * plan allows. Only new assignments move; the number of reviewers per target never changes.
     * Deterministic: receivers are tried from the least loaded (then lowest id), the chain is the breadth-first
     * one found scanning targets and reviewers by id, and the donor is the most loaded reachable one (then
     * lowest id).
     */
    private static void rebalance(List<Reviewer> board, Map<Long, Integer> load, Map<Long, TreeSet<Long>> picked,
            Map<Long, List<Long>> eligibleTargetsOf) {
        while (true) {
            boolean moved = false;
            List<Reviewer> byLoad = new ArrayList<>(board);
            byLoad.sort(Comparator.<Reviewer>comparingInt(r -> load.get(r.id())).thenComparingLong(Reviewer::id));
            int maxLoad = byLoad.isEmpty() ? 0 : load.get(byLoad.get(byLoad.size() - 1).id());
            for (Reviewer receiver : byLoad) {
                int receiverLoad = load.get(receiver.id());
                if (receiverLoad + 2 > maxLoad) {
                    break;
                }
                Map<Long, Step> via = new HashMap<>();
                ArrayDeque<Long> queue = new ArrayDeque<>();
                queue.add(receiver.id());
                via.put(receiver.id(), null);
                Long donor = null;
                while (!queue.isEmpty()) {
                    long taker = queue.poll();
                    for (long targetId : eligibleTargetsOf.get(taker)) {
                        TreeSet<Long> onTarget = picked.get(targetId);
                        if (onTarget.contains(taker)) {
                            continue;
                        }
                        for (long giver : onTarget) {
                            if (!via.containsKey(giver)) {
                                via.put(giver, new Step(taker, targetId));
                                queue.add(giver);
                                int giverLoad = load.get(giver);
                                if (giverLoad >= receiverLoad + 2 && (donor == null || giverLoad > load.get(donor)
                                        || giverLoad == load.get(donor) && giver < donor)) {
                                    donor = giver;
                                }
                            }
                        }
                    }
                }
                if (donor != null) {
                    for (long giver = donor; giver != receiver.id(); ) {
                        Step step = via.get(giver);
                        picked.get(step.targetId()).remove(giver);
                        picked.get(step.targetId()).add(step.receiver());
                        giver = step.receiver();
                    }
                    load.merge(donor, -1, Integer::sum);
                    load.merge(receiver.id(), 1, Integer::sum);
                    moved = true;
                    break;
                }
            }
            if (!moved) {
                return;
            }
        }
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
