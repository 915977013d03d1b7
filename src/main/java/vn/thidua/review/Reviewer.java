package vn.thidua.review;

import java.util.Set;

/**
 * A member of the review board (Hội đồng Thi đua – Khen thưởng) who may be given reports to score.
 *
 * @param id the member's id; unique among the reviewers given to the planner
 * @param name for display only
 * @param homeUnitPath the member's own unit, "/1/14/"; null when the member belongs to no unit
 * @param declaredConflictPaths units the member declared a conflict of interest with; null means none
 */
public record Reviewer(long id, String name, String homeUnitPath, Set<String> declaredConflictPaths) {

    public Reviewer {
        if (homeUnitPath != null && homeUnitPath.isBlank()) {
            homeUnitPath = null;
        }
        if (homeUnitPath != null) {
            ConflictOfInterest.requirePath(homeUnitPath, "home unit path of reviewer " + id);
        }
        if (declaredConflictPaths == null) {
            declaredConflictPaths = Set.of();
        } else {
            for (String path : declaredConflictPaths) {
                ConflictOfInterest.requirePath(path, "declared conflict path of reviewer " + id);
            }
            declaredConflictPaths = Set.copyOf(declaredConflictPaths);
        }
    }

    /** A reviewer without declared conflicts. */
    public Reviewer(long id, String name, String homeUnitPath) {
        this(id, name, homeUnitPath, Set.of());
    }

    /** Whether this member may not score the submission of the unit at {@code unitPath}; see {@link ConflictOfInterest}. */
    public boolean conflictsWith(String unitPath) {
        return ConflictOfInterest.between(homeUnitPath, unitPath, declaredConflictPaths);
    }
}
