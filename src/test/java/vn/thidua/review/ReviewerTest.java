package vn.thidua.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.review.AssignmentPlanner.ReviewTarget;

class ReviewerTest {

    @Test
    void conflictsFollowTheRule() {
        Reviewer reviewer = new Reviewer(1, "district", "/1/14/", Set.of("/1/2/"));

        assertThat(reviewer.conflictsWith("/1/14/")).isTrue();
        assertThat(reviewer.conflictsWith("/1/14/203/")).isTrue();
        assertThat(reviewer.conflictsWith("/1/2/")).isTrue();
        assertThat(reviewer.conflictsWith("/1/140/")).isFalse();
        assertThat(reviewer.conflictsWith("/1/15/")).isFalse();
        assertThat(reviewer.conflictsWith("/1/")).isFalse();
    }

    @Test
    void noDeclarationsAndABlankHomeMeanNone() {
        Reviewer reviewer = new Reviewer(1, "guest", "  ", null);

        assertThat(reviewer.homeUnitPath()).isNull();
        assertThat(reviewer.declaredConflictPaths()).isEmpty();
        assertThat(reviewer.conflictsWith("/1/14/")).isFalse();
        assertThat(new Reviewer(2, "short form", "/1/14/").declaredConflictPaths()).isEmpty();
    }

    @Test
    void theDeclarationsAreACopy() {
        Set<String> declared = new HashSet<>(Set.of("/1/2/"));
        Reviewer reviewer = new Reviewer(1, "member", "/1/14/", declared);
        declared.add("/1/15/");

        assertThat(reviewer.declaredConflictPaths()).containsExactly("/1/2/");
        assertThatThrownBy(() -> reviewer.declaredConflictPaths().add("/1/16/"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void malformedPathsAreRejectedUpFront() {
        assertThatThrownBy(() -> new Reviewer(1, "member", "/1/14", Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reviewer 1");
        assertThatThrownBy(() -> new Reviewer(1, "member", "/1/14/", Set.of("1/2/")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reviewer 1");
        assertThatThrownBy(() -> new ReviewTarget(7, "/1/14"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target 7");
        assertThatThrownBy(() -> new ReviewTarget(7, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPlanWithoutShortfallsIsComplete() {
        assertThat(new AssignmentPlan(List.of(new Assignment(1, 2)), List.of()).complete()).isTrue();
        assertThat(new AssignmentPlan(List.of(), List.of(new AssignmentPlan.Shortfall(1, 1))).complete()).isFalse();
    }
}
