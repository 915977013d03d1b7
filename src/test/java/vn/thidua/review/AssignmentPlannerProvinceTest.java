package vn.thidua.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.review.AssignmentPlannerTest.loads;
import static vn.thidua.review.AssignmentPlannerTest.spread;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.review.AssignmentPlan.Shortfall;
import vn.thidua.review.AssignmentPlanner.ReviewTarget;

/** The planner's rules checked as properties over generated provinces. */
class AssignmentPlannerProvinceTest {

    /** A province: the Sở, hospitals, district centres with their commune stations; and a review board. */
    private record Province(List<String> units, List<ReviewTarget> targets, List<Reviewer> reviewers) {
    }

    static Stream<Arguments> provinces() {
        return IntStream.rangeClosed(1, 40).boxed()
                .flatMap(seed -> IntStream.rangeClosed(1, 4).mapToObj(perTarget -> Arguments.of(seed, perTarget)));
    }

    static Stream<Arguments> seeds() {
        return IntStream.rangeClosed(1, 40).mapToObj(Arguments::of);
    }

    private static Province generate(long seed) {
        Random random = new Random(seed);
        List<String> units = new ArrayList<>();
        List<String> hospitals = new ArrayList<>();
        List<String> districts = new ArrayList<>();
        List<String> stations = new ArrayList<>();
        String department = "/1/";
        units.add(department);
        int nextId = 2;
        int hospitalCount = 3 + random.nextInt(6);
        for (int i = 0; i < hospitalCount; i++) {
            hospitals.add(department + nextId++ + "/");
        }
        int districtCount = 4 + random.nextInt(8);
        for (int i = 0; i < districtCount; i++) {
            String district = department + nextId++ + "/";
            districts.add(district);
            int stationCount = 5 + random.nextInt(12);
            for (int j = 0; j < stationCount; j++) {
                stations.add(district + nextId++ + "/");
            }
        }
        units.addAll(hospitals);
        units.addAll(districts);
        units.addAll(stations);

        // every unit submits a report, the Sở included; submission ids differ from unit ids
        List<ReviewTarget> targets = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            targets.add(new ReviewTarget(5000 + i, units.get(i)));
        }

        List<Reviewer> reviewers = new ArrayList<>();
        long reviewerId = 1;
        int fromDepartment = 2 + random.nextInt(4);
        for (int i = 0; i < fromDepartment; i++) {
            reviewers.add(reviewer(reviewerId++, department, units, random));
        }
        for (String hospital : pick(hospitals, 1 + random.nextInt(3), random)) {
            reviewers.add(reviewer(reviewerId++, hospital, units, random));
        }
        for (String district : pick(districts, 2 + random.nextInt(3), random)) {
            reviewers.add(reviewer(reviewerId++, district, units, random));
        }
        for (String station : pick(stations, random.nextInt(3), random)) {
            reviewers.add(reviewer(reviewerId++, station, units, random));
        }
        if (random.nextBoolean()) {
            reviewers.add(reviewer(reviewerId, null, units, random));
        }
        return new Province(units, targets, reviewers);
    }

    private static Reviewer reviewer(long id, String home, List<String> units, Random random) {
        Set<String> declared = new HashSet<>(pick(units, random.nextInt(3), random));
        return new Reviewer(id, "member " + id, home, declared);
    }

    private static List<String> pick(List<String> from, int n, Random random) {
        List<String> copy = new ArrayList<>(from);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(n, copy.size()));
    }

    private static Map<Long, List<Reviewer>> eligible(Province p, Map<Long, Set<Long>> existing) {
        Map<Long, List<Reviewer>> eligible = new HashMap<>();
        for (ReviewTarget t : p.targets()) {
            Set<Long> on = existing.getOrDefault(t.id(), Set.of());
            eligible.put(t.id(), p.reviewers().stream()
                    .filter(r -> !on.contains(r.id()) && !r.conflictsWith(t.unitPath())).toList());
        }
        return eligible;
    }

    /** Some existing assignments: about one target in five already has one reviewer free of conflict. */
    private static Map<Long, Set<Long>> someExisting(Province p, long seed) {
        Random random = new Random(seed * 31);
        Map<Long, List<Reviewer>> free = eligible(p, Map.of());
        Map<Long, Set<Long>> existing = new HashMap<>();
        for (ReviewTarget t : p.targets()) {
            List<Reviewer> candidates = free.get(t.id());
            if (!candidates.isEmpty() && random.nextInt(5) == 0) {
                existing.put(t.id(), Set.of(candidates.get(random.nextInt(candidates.size())).id()));
            }
        }
        return existing;
    }

    @ParameterizedTest(name = "seed {0}, {1} per target")
    @MethodSource("provinces")
    void everyRuleHoldsOverAGeneratedProvince(long seed, int perTarget) {
        Province p = generate(seed);
        Map<Long, Set<Long>> existing = seed % 2 == 0 ? someExisting(p, seed) : Map.of();

        AssignmentPlan plan = AssignmentPlanner.plan(p.reviewers(), p.targets(), perTarget, existing);

        Map<Long, Reviewer> reviewerById = p.reviewers().stream().collect(Collectors.toMap(Reviewer::id, r -> r));
        Map<Long, ReviewTarget> targetById = p.targets().stream().collect(Collectors.toMap(ReviewTarget::id, t -> t));
        Map<Long, List<Reviewer>> eligible = eligible(p, existing);

        // never a conflict, never twice, never someone already there
        assertThat(plan.assignments()).doesNotHaveDuplicates();
        for (Assignment a : plan.assignments()) {
            assertThat(reviewerById.get(a.reviewerId()).conflictsWith(targetById.get(a.targetId()).unitPath()))
                    .as("conflict " + a).isFalse();
            assertThat(existing.getOrDefault(a.targetId(), Set.of())).as("already on " + a).doesNotContain(a.reviewerId());
        }

        // each target topped up as far as its eligible reviewers allow, the rest reported
        Map<Long, Integer> shortfall = plan.shortfalls().stream()
                .collect(Collectors.toMap(Shortfall::targetId, Shortfall::missing));
        for (ReviewTarget t : p.targets()) {
            int have = existing.getOrDefault(t.id(), Set.of()).size();
            int wanted = Math.max(0, perTarget - have);
            int expectedNew = Math.min(wanted, eligible.get(t.id()).size());
            assertThat(AssignmentPlannerTest.reviewersOf(plan, t.id())).as("new on " + t).hasSize(expectedNew);
            assertThat(shortfall.getOrDefault(t.id(), 0)).as("missing on " + t).isEqualTo(wanted - expectedNew);
        }
        assertThat(plan.shortfalls()).allSatisfy(s -> assertThat(s.missing()).isPositive());

        // the load is balanced: no two reviewers differ by more than one
        Map<Long, Integer> load = loads(plan, p.reviewers(), existing);
        assertThat(spread(load)).as("loads " + load).isLessThanOrEqualTo(1);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aGeneratedProvinceGetsTheSamePlanWhateverTheOrder(long seed) {
        Province p = generate(seed);
        Map<Long, Set<Long>> existing = someExisting(p, seed);
        AssignmentPlan first = AssignmentPlanner.plan(p.reviewers(), p.targets(), 3, existing);

        List<Reviewer> reviewers = new ArrayList<>(p.reviewers());
        List<ReviewTarget> targets = new ArrayList<>(p.targets());
        Random random = new Random(seed + 7);
        for (int i = 0; i < 5; i++) {
            Collections.shuffle(reviewers, random);
            Collections.shuffle(targets, random);
            assertThat(AssignmentPlanner.plan(reviewers, targets, 3, existing)).isEqualTo(first);
        }
    }
}
