package vn.thidua.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.thidua.review.AssignmentPlan.Shortfall;
import vn.thidua.review.AssignmentPlanner.ReviewTarget;

class AssignmentPlannerTest {

    private static final String DEPARTMENT = "/1/";
    private static final String DISTRICT = "/1/14/";
    private static final String STATION = "/1/14/203/";
    private static final String SIBLING_STATION = "/1/14/204/";
    private static final String HAMLET_POST = "/1/14/203/900/";
    private static final String LOOKALIKE_DISTRICT = "/1/140/";

    // --- conflicts -----------------------------------------------------------------------------------

    @Test
    void reviewersInConflictAreNeverAssigned() {
        List<Reviewer> reviewers = List.of(
                new Reviewer(1, "own unit", STATION),
                new Reviewer(2, "parent", DISTRICT),
                new Reviewer(3, "child", HAMLET_POST),
                new Reviewer(4, "declared", "/1/2/", Set.of(STATION)),
                new Reviewer(5, "sibling", SIBLING_STATION),
                new Reviewer(6, "department", DEPARTMENT),
                new Reviewer(7, "look-alike district", LOOKALIKE_DISTRICT));
        ReviewTarget target = new ReviewTarget(100, STATION);

        AssignmentPlan plan = AssignmentPlanner.plan(reviewers, List.of(target), 3, Map.of());

        // the only reviewers free of conflict with the station are the sibling, the Sở and the look-alike
        assertThat(reviewersOf(plan, 100)).containsExactly(5L, 6L, 7L);
        assertThat(plan.shortfalls()).isEmpty();
        assertThat(plan.complete()).isTrue();
    }

    @Test
    void noPlannedAssignmentIsAConflict() {
        List<Reviewer> reviewers = List.of(
                new Reviewer(1, "district 14", "/1/14/"),
                new Reviewer(2, "district 15", "/1/15/"),
                new Reviewer(3, "district 140", "/1/140/"),
                new Reviewer(4, "station 14/203", "/1/14/203/"),
                new Reviewer(5, "hospital", "/1/2/", Set.of("/1/15/301/")),
                new Reviewer(6, "department", DEPARTMENT));
        List<ReviewTarget> targets = List.of(
                new ReviewTarget(10, "/1/14/"), new ReviewTarget(11, "/1/14/203/"), new ReviewTarget(12, "/1/14/204/"),
                new ReviewTarget(13, "/1/15/"), new ReviewTarget(14, "/1/15/301/"), new ReviewTarget(15, "/1/140/"),
                new ReviewTarget(16, "/1/140/401/"), new ReviewTarget(17, "/1/2/"), new ReviewTarget(18, DEPARTMENT));

        AssignmentPlan plan = AssignmentPlanner.plan(reviewers, targets, 3, Map.of());

        Map<Long, Reviewer> byId = reviewers.stream().collect(Collectors.toMap(Reviewer::id, r -> r));
        Map<Long, ReviewTarget> targetById = targets.stream().collect(Collectors.toMap(ReviewTarget::id, t -> t));
        for (Assignment a : plan.assignments()) {
            assertThat(byId.get(a.reviewerId()).conflictsWith(targetById.get(a.targetId()).unitPath()))
                    .as(a.toString()).isFalse();
        }
        // every target has at least 3 reviewers free of conflict here, so all are served
        for (ReviewTarget t : targets) {
            long free = reviewers.stream().filter(r -> !r.conflictsWith(t.unitPath())).count();
            assertThat(free).as("free reviewers of " + t).isGreaterThanOrEqualTo(3);
        }
        assertThat(plan.shortfalls()).isEmpty();
        assertThat(plan.assignments()).hasSize(targets.size() * 3);
    }

    @Test
    void theDepartmentsOwnSubmissionIsNotGivenToItsStaffButEveryOtherIs() {
        List<Reviewer> reviewers = List.of(
                new Reviewer(1, "department A", DEPARTMENT),
                new Reviewer(2, "department B", DEPARTMENT),
                new Reviewer(3, "hospital", "/1/2/"));
        List<ReviewTarget> targets = List.of(
                new ReviewTarget(10, DEPARTMENT), new ReviewTarget(11, DISTRICT), new ReviewTarget(12, STATION));

        AssignmentPlan plan = AssignmentPlanner.plan(reviewers, targets, 3, Map.of());

        assertThat(reviewersOf(plan, 10)).containsExactly(3L);
        assertThat(reviewersOf(plan, 11)).containsExactly(1L, 2L, 3L);
        assertThat(reviewersOf(plan, 12)).containsExactly(1L, 2L, 3L);
        assertThat(plan.shortfalls()).containsExactly(new Shortfall(10, 2));
    }

    @Test
    void aLookAlikePathIsNotARelative() {
        // the district centre "/1/14/" may score "/1/140/" and its stations, but not its own station
        List<Reviewer> reviewers = List.of(new Reviewer(1, "district 14", DISTRICT));
        List<ReviewTarget> targets = List.of(
                new ReviewTarget(10, LOOKALIKE_DISTRICT), new ReviewTarget(11, "/1/140/205/"), new ReviewTarget(12, STATION));

        AssignmentPlan plan = AssignmentPlanner.plan(reviewers, targets, 1, Map.of());

        assertThat(plan.assignments()).containsExactly(new Assignment(10, 1), new Assignment(11, 1));
        assertThat(plan.shortfalls()).containsExactly(new Shortfall(12, 1));
    }

    @Test
    void aReviewerInConflictWithEveryTargetGetsNone() {
        List<Reviewer> reviewers = List.of(
                new Reviewer(1, "district 14 head", DISTRICT),
                new Reviewer(2, "hospital", "/1/2/"),
                new Reviewer(3, "department", DEPARTMENT),
                new Reviewer(4, "other district", "/1/15/"));
        // the district centre and all of its stations: reviewer 1 is the lowest id and, with no load, would
        // otherwise be everyone's first pick
        List<ReviewTarget> targets = List.of(
                new ReviewTarget(10, DISTRICT), new ReviewTarget(11, STATION), new ReviewTarget(12, SIBLING_STATION),
                new ReviewTarget(13, HAMLET_POST));

        AssignmentPlan plan = AssignmentPlanner.plan(reviewers, targets, 2, Map.of());

        assertThat(plan.assignments()).extracting(Assignment::reviewerId).doesNotContain(1L);
        assertThat(plan.assignments()).hasSize(targets.size() * 2);
        assertThat(plan.shortfalls()).isEmpty();
        // the 8 assignments fall on the 3 other reviewers, as evenly as possible: 3, 3, 2
        Map<Long, Integer> load = loads(plan, reviewers, Map.of());
        assertThat(load.get(1L)).isZero();
        assertThat(List.of(load.get(2L), load.get(3L), load.get(4L)))
                .containsExactlyInAnyOrder(8 / 3 + 1, 8 / 3 + 1, 8 / 3);
    }

    // --- one reviewer once per target --------------------------------------------------------------------

    @Test
    void noReviewerIsAssignedTwiceToATarget() {
        List<Reviewer> reviewers = departmentStaff(4);
        List<ReviewTarget> targets = stations(20);

        AssignmentPlan plan = AssignmentPlanner.plan(reviewers, targets, 4, Map.of());

        assertThat(plan.assignments()).doesNotHaveDuplicates();
        for (ReviewTarget t : targets) {
            assertThat(reviewersOf(plan, t.id())).containsExactly(1L, 2L, 3L, 4L);
        }
    }

    @Test
    void wantingMoreReviewersThanTheBoardHasGivesEveryoneOnceAndAShortfall() {
        List<Reviewer> reviewers = departmentStaff(2);
        List<ReviewTarget> targets = stations(3);

        AssignmentPlan plan = AssignmentPlanner.plan(reviewers, targets, 5, Map.of());

        for (ReviewTarget t : targets) {
            assertThat(reviewersOf(plan, t.id())).containsExactly(1L, 2L);
        }
        assertThat(plan.shortfalls()).extracting(Shortfall::missing).containsOnly(5 - 2);
        assertThat(plan.shortfalls()).extracting(Shortfall::targetId)
                .containsExactlyElementsOf(targets.stream().map(ReviewTarget::id).toList());
    }

    // --- load balancing ----------------------------------------------------------------------------------

    @Test
    void tenTargetsThreeEachOverSixReviewersGivesEachReviewerFive() {
        List<Reviewer> reviewers = departmentStaff(6);
        List<ReviewTarget> targets = stations(10);
        int perTarget = 3;

        AssignmentPlan plan = AssignmentPlanner.plan(reviewers, targets, perTarget, Map.of());

        int expectedEach = targets.size() * perTarget / reviewers.size();
        assertThat(expectedEach * reviewers.size()).isEqualTo(targets.size() * perTarget); // divides evenly
        assertThat(loads(plan, reviewers, Map.of())).containsOnlyKeys(1L, 2L, 3L, 4L, 5L, 6L)
                .allSatisfy((id, n) -> assertThat(n).as("load of " + id).isEqualTo(expectedEach));
        for (ReviewTarget t : targets) {
            assertThat(reviewersOf(plan, t.id())).hasSize(perTarget);
        }
        assertThat(plan.shortfalls()).isEmpty();
    }

    @Test
    void eachAssignmentGoesToTheLeastLoadedReviewerTiesByLowestId() {
        List<Reviewer> reviewers = departmentStaff(5);
        List<ReviewTarget> targets = stations(3);

        AssignmentPlan plan = AssignmentPlanner.plan(reviewers, targets, 2, Map.of());

        // all targets have the same 5 eligible reviewers, so they go in id order (stations(3) -> 100, 101, 102);
        // target 100: everyone at 0 -> 1, 2; target 101: 3, 4 at 0; target 102: 5 at 0, then 1 (1 at load 1, lowest id)
        assertThat(plan.assignments()).containsExactly(
                new Assignment(100, 1), new Assignment(100, 2),
                new Assignment(101, 3), new Assignment(101, 4),
                new Assignment(102, 1), new Assignment(102, 5));
    }

    @Test
    void scarceTargetsAreServedFirst() {
        // target 10 can be scored by both reviewers, target 11 only by reviewer 1 (reviewer 2 is its district).
        // In id order target 10 would take reviewer 1 (tie at 0, lower id) and target 11 would then have to load
        // reviewer 1 again: 2 against 0. Serving the scarce target 11 first keeps both reviewers at 1.
        List<Reviewer> reviewers = List.of(new Reviewer(1, "department", DEPARTMENT), new Reviewer(2, "district", DISTRICT));
        List<ReviewTarget> targets = List.of(new ReviewTarget(10, "/1/2/"), new ReviewTarget(11, STATION));

        AssignmentPlan plan = AssignmentPlanner.plan(reviewers, targets, 1, Map.of());

        assertThat(plan.assignments()).containsExactly(new Assignment(10, 2), new Assignment(11, 1));
        assertThat(loads(plan, reviewers, Map.of())).containsEntry(1L, 1).containsEntry(2L, 1);
    }

    @Test
    void aReviewerLeftTwoBehindTakesOverWorkHeOrSheMayDo() {
        // reviewer 1 is district 2's station, 2 is district 2 itself, 3 a station of district 3; one each.
        // Eligible: target 10 (district 2) {3}; 11 (district 3) {1, 2}; 12 (a station of district 2) {1, 3}.
        // Greedy alone: 10 (scarcest) -> 3; 11 -> 1 (tie at 0, lower id); 12 -> 1 (tie with 3 at 1, lower id):
        // loads 2, 0, 1. Reviewer 2 may take 11 over from reviewer 1: loads 1, 1, 1.
        List<Reviewer> reviewers = List.of(new Reviewer(1, "station", "/1/2/5/"), new Reviewer(2, "district", "/1/2/"),
                new Reviewer(3, "other station", "/1/3/6/"));
        List<ReviewTarget> targets = List.of(new ReviewTarget(10, "/1/2/"), new ReviewTarget(11, "/1/3/"),
                new ReviewTarget(12, "/1/2/4/"));

        AssignmentPlan plan = AssignmentPlanner.plan(reviewers, targets, 1, Map.of());

        assertThat(plan.assignments()).containsExactly(new Assignment(10, 3), new Assignment(11, 2), new Assignment(12, 1));
        assertThat(spread(loads(plan, reviewers, Map.of()))).isZero();
    }

    @Test
    void workIsHandedOnAlongAChainWhenNoDirectHandOverHelps() {
        // reviewer 1 is district 3, 2 and 3 are stations 4 and 5 of district 2; one each.
        // Eligible: target 10 (district 3) {2, 3}; 11 (district 2) {1}; 12 (station 5) {1, 2}.
        // Greedy alone: 11 (scarcest) -> 1; 10 -> 2 (tie at 0, lower id); 12 -> 1 (tie with 2 at 1, lower id):
        // loads 2, 1, 0. Reviewer 3 can take nothing from reviewer 1 (in conflict with 11 and 12), but can take
        // 10 from reviewer 2, who takes 12 from reviewer 1: loads 1, 1, 1.
        List<Reviewer> reviewers = List.of(new Reviewer(1, "district 3", "/1/3/"), new Reviewer(2, "station 4", "/1/2/4/"),
                new Reviewer(3, "station 5", "/1/2/5/"));
        List<ReviewTarget> targets = List.of(new ReviewTarget(10, "/1/3/"), new ReviewTarget(11, "/1/2/"),
                new ReviewTarget(12, "/1/2/5/"));

        AssignmentPlan plan = AssignmentPlanner.plan(reviewers, targets, 1, Map.of());

        assertThat(plan.assignments()).containsExactly(new Assignment(10, 3), new Assignment(11, 1), new Assignment(12, 2));
        assertThat(spread(loads(plan, reviewers, Map.of()))).isZero();
    }

    @Test
    void existingAssignmentsAreNeverHandedOver() {
        // reviewer 1 already has both targets; reviewer 2 has nothing, but existing work stays where it is
        List<Reviewer> reviewers = departmentStaff(2);
        Map<Long, Set<Long>> existing = Map.of(100L, Set.of(1L), 101L, Set.of(1L));

        AssignmentPlan plan = AssignmentPlanner.plan(reviewers, stations(2), 1, existing);

        assertThat(plan.assignments()).isEmpty();
        assertThat(plan.shortfalls()).isEmpty();
        assertThat(loads(plan, reviewers, existing)).containsEntry(1L, 2).containsEntry(2L, 0);
    }

    @Test
    void maxMinusMinLoadIsAtMostOneWithoutConflicts() {
        for (int reviewerCount = 1; reviewerCount <= 9; reviewerCount++) {
            for (int targetCount = 0; targetCount <= 13; targetCount++) {
                for (int perTarget = 1; perTarget <= reviewerCount; perTarget++) {
                    List<Reviewer> reviewers = departmentStaff(reviewerCount);
                    AssignmentPlan plan = AssignmentPlanner.plan(reviewers, stations(targetCount), perTarget, Map.of());
                    Map<Long, Integer> load = loads(plan, reviewers, Map.of());
                    String label = reviewerCount + " reviewers, " + targetCount + " targets, " + perTarget + " each";
                    assertThat(spread(load)).as(label).isLessThanOrEqualTo(1);
                    assertThat(load.values().stream().mapToInt(Integer::intValue).sum()).as(label)
                            .isEqualTo(targetCount * perTarget);
                    assertThat(plan.shortfalls()).as(label).isEmpty();
                }
            }
        }
    }

    // --- existing assignments ----------------------------------------------------------------------------

    @Test
    void existingAssignmentsAreKeptAndToppedUp() {
        List<Reviewer> reviewers = departmentStaff(6);
        List<ReviewTarget> targets = List.of(
                new ReviewTarget(10, "/1/2/"), new ReviewTarget(11, "/1/3/"), new ReviewTarget(12, "/1/4/"));
        Map<Long, Set<Long>> existing = Map.of(
                10L, Set.of(1L),               // needs 2 more
                11L, Set.of(1L, 2L, 3L),       // complete
                12L, Set.of(1L, 2L, 3L, 4L));  // more than wanted: left alone

        AssignmentPlan plan = AssignmentPlanner.plan(reviewers, targets, 3, existing);

        // existing loads: 1 -> 3, 2 -> 2, 3 -> 2, 4 -> 1, 5 -> 0, 6 -> 0; target 10 (eligible 2..6) takes the two
        // least loaded, 5 and 6
        Map<Long, Integer> before = loads(new AssignmentPlan(List.of(), List.of()), reviewers, existing);
        assertThat(before).containsEntry(1L, 3).containsEntry(4L, 1).containsEntry(5L, 0).containsEntry(6L, 0);
        assertThat(plan.assignments()).containsExactly(new Assignment(10, 5), new Assignment(10, 6));
        assertThat(plan.shortfalls()).isEmpty();
    }

    @Test
    void existingReviewersAreNotAssignedAgain() {
        List<Reviewer> reviewers = departmentStaff(4);
        Map<Long, Set<Long>> existing = Map.of(100L, Set.of(1L, 2L));

        AssignmentPlan plan = AssignmentPlanner.plan(reviewers, stations(1), 4, existing);

        assertThat(plan.assignments()).containsExactly(new Assignment(100, 3), new Assignment(100, 4));
        assertThat(plan.shortfalls()).isEmpty();
    }

    @Test
    void anExistingReviewerNoLongerOnTheBoardStillCountsForTheTarget() {
        List<Reviewer> reviewers = departmentStaff(3);
        Map<Long, Set<Long>> existing = Map.of(100L, Set.of(99L));

        AssignmentPlan plan = AssignmentPlanner.plan(reviewers, stations(1), 3, existing);

        assertThat(reviewersOf(plan, 100)).hasSize(3 - existing.get(100L).size());
    }

    @Test
    void anExistingConflictIsKeptAndCounts() {
        // reviewer 1 is the station's district; the assignment predates the rule and is the caller's to remove
        List<Reviewer> reviewers = List.of(new Reviewer(1, "district", DISTRICT), new Reviewer(2, "department", DEPARTMENT),
                new Reviewer(3, "hospital", "/1/2/"));
        Map<Long, Set<Long>> existing = Map.of(10L, Set.of(1L));

        AssignmentPlan plan = AssignmentPlanner.plan(reviewers, List.of(new ReviewTarget(10, STATION)), 2, existing);

        assertThat(plan.assignments()).containsExactly(new Assignment(10, 2));
    }

    @Test
    void existingAssignmentsOnOtherTargetsCountTowardTheLoad() {
        List<Reviewer> reviewers = departmentStaff(2);
        // reviewer 1 already scores two submissions outside this round
        Map<Long, Set<Long>> existing = Map.of(500L, Set.of(1L), 501L, Set.of(1L));

        AssignmentPlan plan = AssignmentPlanner.plan(reviewers, stations(2), 1, existing);

        // reviewer 2 (load 0) takes the first, then still has 1 < 2 and takes the second
        assertThat(plan.assignments()).containsExactly(new Assignment(100, 2), new Assignment(101, 2));
        assertThat(spread(loads(plan, reviewers, existing))).isZero();
    }

    @Test
    void toppingUpEvensOutUnevenExistingLoads() {
        List<Reviewer> reviewers = departmentStaff(4);
        List<ReviewTarget> targets = stations(6);
        // reviewers 1 and 2 already have 3 each on the first three targets
        Map<Long, Set<Long>> existing = Map.of(100L, Set.of(1L, 2L), 101L, Set.of(1L, 2L), 102L, Set.of(1L, 2L));

        AssignmentPlan plan = AssignmentPlanner.plan(reviewers, targets, 2, existing);

        // 6 targets x 2 = 12 in all over 4 reviewers -> 3 each: the 6 new ones all go to reviewers 3 and 4
        Map<Long, Integer> load = loads(plan, reviewers, existing);
        assertThat(load).allSatisfy((id, n) -> assertThat(n).isEqualTo(targets.size() * 2 / reviewers.size()));
        assertThat(plan.assignments()).extracting(Assignment::reviewerId).containsOnly(3L, 4L);
        assertThat(plan.assignments()).extracting(Assignment::targetId).containsOnly(103L, 104L, 105L);
    }

    @Test
    void nullAndMissingExistingEntriesMeanNone() {
        List<Reviewer> reviewers = departmentStaff(3);
        Map<Long, Set<Long>> withNullValue = new HashMap<>();
        withNullValue.put(100L, null);

        AssignmentPlan fromNull = AssignmentPlanner.plan(reviewers, stations(2), 2, null);
        AssignmentPlan fromNullValue = AssignmentPlanner.plan(reviewers, stations(2), 2, withNullValue);
        AssignmentPlan fromEmpty = AssignmentPlanner.plan(reviewers, stations(2), 2, Map.of());

        assertThat(fromNull).isEqualTo(fromEmpty);
        assertThat(fromNullValue).isEqualTo(fromEmpty);
    }

    // --- shortfalls --------------------------------------------------------------------------------------

    @Test
    void aShortfallIsReportedWhenOnlyTwoEligibleReviewersExistForThree() {
        List<Reviewer> reviewers = List.of(
                new Reviewer(1, "district", DISTRICT),
                new Reviewer(2, "station", STATION),
                new Reviewer(3, "declared", "/1/2/", Set.of(STATION)),
                new Reviewer(4, "department", DEPARTMENT),
                new Reviewer(5, "sibling", SIBLING_STATION));
        ReviewTarget target = new ReviewTarget(10, STATION);
        long eligible = reviewers.stream().filter(r -> !r.conflictsWith(target.unitPath())).count();
        assertThat(eligible).isEqualTo(2);

        AssignmentPlan plan = AssignmentPlanner.plan(reviewers, List.of(target), 3, Map.of());

        assertThat(reviewersOf(plan, 10)).containsExactly(4L, 5L);
        assertThat(plan.shortfalls()).containsExactly(new Shortfall(10, 3 - (int) eligible));
        assertThat(plan.complete()).isFalse();
    }

    @Test
    void aShortfallCountsTheExistingReviewers() {
        List<Reviewer> reviewers = List.of(new Reviewer(1, "district", DISTRICT), new Reviewer(2, "department", DEPARTMENT));
        Map<Long, Set<Long>> existing = Map.of(10L, Set.of(2L));

        AssignmentPlan plan = AssignmentPlanner.plan(reviewers, List.of(new ReviewTarget(10, STATION)), 3, existing);

        // 1 existing, nobody else eligible: 2 missing
        assertThat(plan.assignments()).isEmpty();
        assertThat(plan.shortfalls()).containsExactly(new Shortfall(10, 2));
    }

    @Test
    void withoutReviewersEveryTargetFallsShort() {
        AssignmentPlan plan = AssignmentPlanner.plan(List.of(), stations(2), 3, Map.of());

        assertThat(plan.assignments()).isEmpty();
        assertThat(plan.shortfalls()).containsExactly(new Shortfall(100, 3), new Shortfall(101, 3));
    }

    @Test
    void withoutTargetsThePlanIsEmpty() {
        AssignmentPlan plan = AssignmentPlanner.plan(departmentStaff(3), List.of(), 3, Map.of());

        assertThat(plan.assignments()).isEmpty();
        assertThat(plan.shortfalls()).isEmpty();
    }

    // --- determinism and input checks --------------------------------------------------------------------

    @Test
    void theSameInputGivesTheSamePlanWhateverTheOrderOfTheLists() {
        List<Reviewer> reviewers = new ArrayList<>(List.of(
                new Reviewer(1, "district 14", DISTRICT),
                new Reviewer(2, "department", DEPARTMENT),
                new Reviewer(3, "station", STATION),
                new Reviewer(4, "hospital", "/1/2/", Set.of("/1/15/")),
                new Reviewer(5, "district 15", "/1/15/"),
                new Reviewer(6, "no unit", null)));
        List<ReviewTarget> targets = new ArrayList<>(List.of(
                new ReviewTarget(10, DISTRICT), new ReviewTarget(11, STATION), new ReviewTarget(12, SIBLING_STATION),
                new ReviewTarget(13, "/1/15/"), new ReviewTarget(14, "/1/15/301/"), new ReviewTarget(15, "/1/2/"),
                new ReviewTarget(16, DEPARTMENT), new ReviewTarget(17, "/1/3/")));
        Map<Long, Set<Long>> existing = Map.of(13L, Set.of(2L), 17L, Set.of(6L, 1L));

        AssignmentPlan first = AssignmentPlanner.plan(reviewers, targets, 3, existing);
        assertThat(AssignmentPlanner.plan(reviewers, targets, 3, existing)).isEqualTo(first);

        Random random = new Random(20260101L);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(reviewers, random);
            Collections.shuffle(targets, random);
            assertThat(AssignmentPlanner.plan(reviewers, targets, 3, existing)).as("shuffle " + i).isEqualTo(first);
        }
    }

    @Test
    void theDefaultIsThreeReviewersPerTarget() {
        assertThat(AssignmentPlanner.DEFAULT_REVIEWERS_PER_TARGET).isEqualTo(3);
        List<Reviewer> reviewers = departmentStaff(5);

        AssignmentPlan plan = AssignmentPlanner.plan(reviewers, stations(4));

        assertThat(plan).isEqualTo(AssignmentPlanner.plan(reviewers, stations(4), 3, Map.of()));
        assertThat(reviewersOf(plan, 100)).hasSize(3);
    }

    @Test
    void reviewersPerTargetMustBeAtLeastOne() {
        for (int bad : new int[] {0, -1}) {
            assertThatThrownBy(() -> AssignmentPlanner.plan(departmentStaff(3), stations(1), bad, Map.of()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void idsMustBeUnique() {
        List<Reviewer> twiceReviewer = List.of(new Reviewer(1, "a", DEPARTMENT), new Reviewer(1, "b", "/1/2/"));
        assertThatThrownBy(() -> AssignmentPlanner.plan(twiceReviewer, stations(1), 1, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reviewer id 1");
        List<ReviewTarget> twiceTarget = List.of(new ReviewTarget(7, STATION), new ReviewTarget(7, SIBLING_STATION));
        assertThatThrownBy(() -> AssignmentPlanner.plan(departmentStaff(1), twiceTarget, 1, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target id 7");
    }

    @Test
    void thePlanIsUnmodifiable() {
        AssignmentPlan plan = AssignmentPlanner.plan(departmentStaff(1), stations(1), 2, Map.of());

        assertThatThrownBy(() -> plan.assignments().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> plan.shortfalls().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    // --- helpers -----------------------------------------------------------------------------------------

    /** Reviewers 1..n from the Sở: in conflict with no station. */
    static List<Reviewer> departmentStaff(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> new Reviewer(i, "Sở staff " + i, DEPARTMENT)).toList();
    }

    /** Targets 100, 101... from commune stations of one district. */
    static List<ReviewTarget> stations(int n) {
        return IntStream.range(0, n).mapToObj(i -> new ReviewTarget(100 + i, "/1/14/" + (300 + i) + "/")).toList();
    }

    static List<Long> reviewersOf(AssignmentPlan plan, long targetId) {
        return plan.assignments().stream().filter(a -> a.targetId() == targetId).map(Assignment::reviewerId).toList();
    }

    /** Every reviewer's load after the plan: existing assignments (on any target) plus the new ones. */
    static Map<Long, Integer> loads(AssignmentPlan plan, List<Reviewer> reviewers, Map<Long, Set<Long>> existing) {
        Map<Long, Integer> load = new TreeMap<>();
        Set<Long> board = new HashSet<>();
        for (Reviewer r : reviewers) {
            load.put(r.id(), 0);
            board.add(r.id());
        }
        existing.values().forEach(ids -> ids.stream().filter(board::contains).forEach(id -> load.merge(id, 1, Integer::sum)));
        plan.assignments().forEach(a -> load.merge(a.reviewerId(), 1, Integer::sum));
        return load;
    }

    static int spread(Map<Long, Integer> load) {
        if (load.isEmpty()) {
            return 0;
        }
        return Collections.max(load.values()) - Collections.min(load.values());
    }
}
