package vn.thidua.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.review.AssignmentPlannerTest.loads;
import static vn.thidua.review.AssignmentPlannerTest.reviewersOf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.review.AssignmentPlanner.ReviewTarget;

/**
 * The planner's loads against the best any plan could do, found by trying every plan on small instances:
 * the largest load must be the smallest possible, the smallest the largest possible, and so their
 * difference the smallest possible.
 */
class AssignmentPlannerBalanceTest {

    /** A small tree: the Sở, two district centres with two stations each, and a hospital. */
    private static final String[] UNITS = {"/1/", "/1/2/", "/1/3/", "/1/2/4/", "/1/2/5/", "/1/3/6/", "/1/3/7/", "/1/8/"};

    private record Instance(List<Reviewer> reviewers, List<ReviewTarget> targets, int perTarget,
            Map<Long, Set<Long>> existing) {
    }

    /** The best loads over every possible plan. */
    private record Best(int smallestMax, int largestMin, int smallestSpread, int plans) {
    }

    static List<Long> seeds() {
        List<Long> seeds = new ArrayList<>();
        for (long seed = 1; seed <= 400; seed++) {
            seeds.add(seed);
        }
        return seeds;
    }

    private static Instance generate(long seed) {
        Random random = new Random(seed);
        List<Reviewer> reviewers = new ArrayList<>();
        int reviewerCount = 2 + random.nextInt(4);
        for (long id = 1; id <= reviewerCount; id++) {
            Set<String> declared = random.nextInt(4) == 0 ? Set.of(UNITS[random.nextInt(UNITS.length)]) : Set.of();
            reviewers.add(new Reviewer(id, "r" + id, UNITS[random.nextInt(UNITS.length)], declared));
        }
        List<ReviewTarget> targets = new ArrayList<>();
        int targetCount = 1 + random.nextInt(5);
        for (int i = 0; i < targetCount; i++) {
            targets.add(new ReviewTarget(10 + i, UNITS[random.nextInt(UNITS.length)]));
        }
        int perTarget = 1 + random.nextInt(3);
        Map<Long, Set<Long>> existing = new HashMap<>();
        for (ReviewTarget t : targets) {
            if (random.nextInt(3) == 0) {
                existing.put(t.id(), Set.of(reviewers.get(random.nextInt(reviewerCount)).id()));
            }
        }
        // work outside this round: uneven starting loads
        for (int i = 0; i < random.nextInt(4); i++) {
            existing.put(900L + i, Set.of(reviewers.get(random.nextInt(reviewerCount)).id()));
        }
        return new Instance(reviewers, targets, perTarget, existing);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theLoadsAreAsEvenAsAnyPlanCouldMakeThem(long seed) {
        Instance in = generate(seed);

        AssignmentPlan plan = AssignmentPlanner.plan(in.reviewers(), in.targets(), in.perTarget(), in.existing());

        Best best = tryEveryPlan(in);
        Map<Long, Integer> load = loads(plan, in.reviewers(), in.existing());
        int max = Collections.max(load.values());
        int min = Collections.min(load.values());
        String label = in + " -> " + plan + ", loads " + load + ", best " + best;
        assertThat(max).as(label).isEqualTo(best.smallestMax());
        assertThat(min).as(label).isEqualTo(best.largestMin());
        assertThat(max - min).as(label).isEqualTo(best.smallestSpread());
        // and the plan is one of the plans tried: each target topped up as far as its eligible reviewers allow
        for (ReviewTarget t : in.targets()) {
            assertThat(reviewersOf(plan, t.id())).as(label).hasSize(newOn(in, t).size() < wanted(in, t)
                    ? newOn(in, t).size() : wanted(in, t));
            assertThat(newOn(in, t)).as(label).containsAll(reviewersOf(plan, t.id()));
        }
    }

    private static int wanted(Instance in, ReviewTarget t) {
        return Math.max(0, in.perTarget() - in.existing().getOrDefault(t.id(), Set.of()).size());
    }

    /** The reviewers who may newly take the target. */
    private static List<Long> newOn(Instance in, ReviewTarget t) {
        Set<Long> on = in.existing().getOrDefault(t.id(), Set.of());
        return in.reviewers().stream()
                .filter(r -> !on.contains(r.id()) && !r.conflictsWith(t.unitPath()))
                .map(Reviewer::id).toList();
    }

    private static Best tryEveryPlan(Instance in) {
        Map<Long, Integer> start = new TreeMap<>();
        Set<Long> board = new HashSet<>();
        in.reviewers().forEach(r -> {
            start.put(r.id(), 0);
            board.add(r.id());
        });
        in.existing().values().forEach(ids -> ids.stream().filter(board::contains).forEach(id -> start.merge(id, 1, Integer::sum)));
        int[] best = {Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, 0};
        search(in, 0, start, best);
        return new Best(best[0], best[1], best[2], best[3]);
    }

    private static void search(Instance in, int targetIndex, Map<Long, Integer> load, int[] best) {
        if (targetIndex == in.targets().size()) {
            int max = Collections.max(load.values());
            int min = Collections.min(load.values());
            best[0] = Math.min(best[0], max);
            best[1] = Math.max(best[1], min);
            best[2] = Math.min(best[2], max - min);
            best[3]++;
            return;
        }
        ReviewTarget t = in.targets().get(targetIndex);
        List<Long> candidates = newOn(in, t);
        int take = Math.min(wanted(in, t), candidates.size());
        for (List<Long> chosen : subsets(candidates, take)) {
            chosen.forEach(id -> load.merge(id, 1, Integer::sum));
            search(in, targetIndex + 1, load, best);
            chosen.forEach(id -> load.merge(id, -1, Integer::sum));
        }
    }

    private static List<List<Long>> subsets(List<Long> from, int size) {
        List<List<Long>> out = new ArrayList<>();
        collect(from, size, 0, new ArrayList<>(), out);
        return out;
    }

    private static void collect(List<Long> from, int size, int start, List<Long> current, List<List<Long>> out) {
        if (current.size() == size) {
            out.add(List.copyOf(current));
            return;
        }
        for (int i = start; i < from.size(); i++) {
            current.add(from.get(i));
            collect(from, size, i + 1, current, out);
            current.remove(current.size() - 1);
        }
    }
}
