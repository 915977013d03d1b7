package vn.thidua.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConflictOfInterestTest {

    private static final String DEPARTMENT = "/1/";
    private static final String DISTRICT = "/1/14/";
    private static final String STATION = "/1/14/203/";
    private static final String HAMLET_POST = "/1/14/203/900/";
    private static final String SIBLING_STATION = "/1/14/204/";
    private static final String LOOKALIKE_DISTRICT = "/1/140/";
    private static final String LOOKALIKE_STATION = "/1/140/205/";
    private static final String OTHER_DISTRICT = "/1/15/";
    private static final String HOSPITAL = "/1/2/";

    private static final Set<String> NONE = Set.of();

    @Test
    void aMemberMayNotScoreTheOwnUnit() {
        assertThat(ConflictOfInterest.between(STATION, STATION, NONE)).isTrue();
        assertThat(ConflictOfInterest.between(DISTRICT, DISTRICT, NONE)).isTrue();
        assertThat(ConflictOfInterest.between(HOSPITAL, HOSPITAL, NONE)).isTrue();
    }

    @Test
    void aMemberMayNotScoreTheParentOrAnyAncestorBelowTheRoot() {
        assertThat(ConflictOfInterest.between(STATION, DISTRICT, NONE)).isTrue();
        assertThat(ConflictOfInterest.between(HAMLET_POST, STATION, NONE)).isTrue();
        assertThat(ConflictOfInterest.between(HAMLET_POST, DISTRICT, NONE)).isTrue();
    }

    @Test
    void aMemberMayNotScoreAChildOrAnyDescendant() {
        assertThat(ConflictOfInterest.between(DISTRICT, STATION, NONE)).isTrue();
        assertThat(ConflictOfInterest.between(STATION, HAMLET_POST, NONE)).isTrue();
        assertThat(ConflictOfInterest.between(DISTRICT, HAMLET_POST, NONE)).isTrue();
    }

    @Test
    void siblingsAndCousinsAreNotInConflict() {
        assertThat(ConflictOfInterest.between(STATION, SIBLING_STATION, NONE)).isFalse();
        assertThat(ConflictOfInterest.between(SIBLING_STATION, STATION, NONE)).isFalse();
        assertThat(ConflictOfInterest.between(HAMLET_POST, SIBLING_STATION, NONE)).isFalse();
        assertThat(ConflictOfInterest.between(DISTRICT, OTHER_DISTRICT, NONE)).isFalse();
        assertThat(ConflictOfInterest.between(DISTRICT, HOSPITAL, NONE)).isFalse();
        assertThat(ConflictOfInterest.between(STATION, HOSPITAL, NONE)).isFalse();
    }

    @Test
    void pathsAreComparedByWholeSegments() {
        // "/1/14" is a string prefix of "/1/140/", but the trailing "/" keeps the units apart
        assertThat(LOOKALIKE_DISTRICT).startsWith(DISTRICT.substring(0, DISTRICT.length() - 1));
        assertThat(ConflictOfInterest.between(DISTRICT, LOOKALIKE_DISTRICT, NONE)).isFalse();
        assertThat(ConflictOfInterest.between(LOOKALIKE_DISTRICT, DISTRICT, NONE)).isFalse();
        assertThat(ConflictOfInterest.between(DISTRICT, LOOKALIKE_STATION, NONE)).isFalse();
        assertThat(ConflictOfInterest.between(LOOKALIKE_STATION, DISTRICT, NONE)).isFalse();
        assertThat(ConflictOfInterest.between("/1/14/20/", STATION, NONE)).isFalse();
        // while the real parent still is one
        assertThat(ConflictOfInterest.between(LOOKALIKE_DISTRICT, LOOKALIKE_STATION, NONE)).isTrue();
    }

    @Test
    void aDeclaredConflictCoversThatUnit() {
        Set<String> declared = Set.of(OTHER_DISTRICT, HOSPITAL);
        assertThat(ConflictOfInterest.between(STATION, HOSPITAL, declared)).isTrue();
        assertThat(ConflictOfInterest.between(STATION, OTHER_DISTRICT, declared)).isTrue();
        assertThat(ConflictOfInterest.between(STATION, SIBLING_STATION, declared)).isFalse();
    }

    @Test
    void aDeclaredConflictCoversExactlyThatUnitNotTheUnitsBelowOrAbove() {
        Set<String> declared = Set.of(DISTRICT);
        assertThat(ConflictOfInterest.between(HOSPITAL, DISTRICT, declared)).isTrue();
        assertThat(ConflictOfInterest.between(HOSPITAL, STATION, declared)).isFalse();
        assertThat(ConflictOfInterest.between(HOSPITAL, HAMLET_POST, declared)).isFalse();
        assertThat(ConflictOfInterest.between(HOSPITAL, DEPARTMENT, declared)).isFalse();
        assertThat(ConflictOfInterest.between(HOSPITAL, LOOKALIKE_DISTRICT, declared)).isFalse();
    }

    @Test
    void aMemberWithoutAHomeUnitHasOnlyTheDeclaredConflicts() {
        for (String noHome : new String[] {null, "", "  "}) {
            assertThat(ConflictOfInterest.between(noHome, STATION, NONE)).isFalse();
            assertThat(ConflictOfInterest.between(noHome, DEPARTMENT, NONE)).isFalse();
            assertThat(ConflictOfInterest.between(noHome, STATION, Set.of(STATION))).isTrue();
            assertThat(ConflictOfInterest.between(noHome, HAMLET_POST, Set.of(STATION))).isFalse();
        }
    }

    @Test
    void noDeclarationsMayBePassedAsNull() {
        assertThat(ConflictOfInterest.between(STATION, SIBLING_STATION, null)).isFalse();
        assertThat(ConflictOfInterest.between(STATION, STATION, null)).isTrue();
        assertThat(ConflictOfInterest.between(null, STATION, null)).isFalse();
    }

    @Test
    void aMemberFromTheDepartmentMayScoreEveryUnitButTheDepartment() {
        for (String unit : new String[] {DISTRICT, STATION, HAMLET_POST, LOOKALIKE_DISTRICT, HOSPITAL}) {
            assertThat(ConflictOfInterest.between(DEPARTMENT, unit, NONE)).as(unit).isFalse();
        }
        assertThat(ConflictOfInterest.between(DEPARTMENT, DEPARTMENT, NONE)).isTrue();
    }

    @Test
    void theDepartmentsSubmissionMayBeScoredByMembersFromOtherUnits() {
        for (String home : new String[] {DISTRICT, STATION, HAMLET_POST, HOSPITAL}) {
            assertThat(ConflictOfInterest.between(home, DEPARTMENT, NONE)).as(home).isFalse();
        }
        assertThat(ConflictOfInterest.between(HOSPITAL, DEPARTMENT, Set.of(DEPARTMENT))).isTrue();
    }

    @Test
    void aMemberFromTheDepartmentStillHasTheDeclaredConflicts() {
        assertThat(ConflictOfInterest.between(DEPARTMENT, STATION, Set.of(STATION))).isTrue();
        assertThat(ConflictOfInterest.between(DEPARTMENT, HAMLET_POST, Set.of(STATION))).isFalse();
    }

    @Test
    void anyPathOfASingleSegmentIsARoot() {
        assertThat(ConflictOfInterest.isRoot(DEPARTMENT)).isTrue();
        assertThat(ConflictOfInterest.isRoot("/7/")).isTrue();
        assertThat(ConflictOfInterest.isRoot("/123/")).isTrue();
        assertThat(ConflictOfInterest.isRoot(DISTRICT)).isFalse();
        assertThat(ConflictOfInterest.isRoot(HAMLET_POST)).isFalse();
        // a second root is treated as the department is
        assertThat(ConflictOfInterest.between("/7/", "/7/8/", NONE)).isFalse();
        assertThat(ConflictOfInterest.between("/7/8/", "/7/8/9/", NONE)).isTrue();
    }

    @Test
    void theRelationIsSymmetricWithoutDeclarations() {
        String[] units = {DEPARTMENT, DISTRICT, STATION, HAMLET_POST, SIBLING_STATION, LOOKALIKE_DISTRICT,
                LOOKALIKE_STATION, OTHER_DISTRICT, HOSPITAL};
        for (String a : units) {
            for (String b : units) {
                assertThat(ConflictOfInterest.between(a, b, NONE))
                        .as(a + " / " + b)
                        .isEqualTo(ConflictOfInterest.between(b, a, NONE));
            }
        }
    }

    @Test
    void malformedPathsAreRejected() {
        for (String bad : new String[] {null, "", "/", "1/14/", "/1/14", "/1//14/", "//"}) {
            assertThatThrownBy(() -> ConflictOfInterest.between(DISTRICT, bad, NONE))
                    .as(String.valueOf(bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        for (String bad : new String[] {"/", "/1/14", "1/14/"}) {
            assertThatThrownBy(() -> ConflictOfInterest.between(bad, STATION, NONE))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ConflictOfInterest.between(DISTRICT, STATION, Set.of(bad)))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        Set<String> withNull = new HashSet<>();
        withNull.add(null);
        assertThatThrownBy(() -> ConflictOfInterest.between(DISTRICT, STATION, withNull))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConflictOfInterest.isRoot("/1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
