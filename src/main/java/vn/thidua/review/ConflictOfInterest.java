package vn.thidua.review;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * When a member of the review board may not score a unit's report.
 *
 * <p>Units are identified by their tree path, "/1/14/203/" (ids from the root down, each followed by
 * "/"), as in {@link vn.thidua.security.UnitScope}. Because every path ends with "/", a plain prefix test
 * compares whole segments: "/1/14/" is a prefix of "/1/14/203/" but not of "/1/140/".
 *
 * <p>A member is in conflict with a submission when the submission's unit is
 * <ul>
 * <li>the member's home unit;</li>
 * <li>an ancestor of the member's home unit (its parent, grandparent...) - a station's staff do not score
 * their district centre;</li>
 * <li>a descendant of the member's home unit (its child, grandchild...) - a district centre's staff do not
 * score their own stations;</li>
 * <li>a unit the member declared a conflict with. A declaration covers <em>exactly</em> that unit, not
 * the units below it: a member related to a district centre's director is not thereby in conflict with
 * every commune station of the district. A member who wants the whole branch declares each unit.</li>
 * </ul>
 * Siblings and cousins (units sharing an ancestor) are not in conflict.
 *
 * <p><b>The root.</b> The Sở Y tế sits at the top of the tree ("/1/") and is the ancestor of every unit,
 * so the ancestor rule would bar its staff from scoring anyone and bar everyone from scoring the Sở.
 * Therefore a <em>root unit</em> - a path of a single segment, "/1/" - takes part only in the same-unit
 * rule (and in declarations): a member whose home is the Sở may score every unit except the Sở's own
 * submission, and a member from any other unit may score the Sở's submission. The root is recognised by
 * its shape rather than passed in, so that a tree with several roots (units created without a parent)
 * behaves the same for each of them.
 *
 * <p>A member without a home unit (null or blank) is in conflict only through declarations.
 */
public final class ConflictOfInterest {

    /** One or more non-empty segments, each preceded by "/", and a closing "/". */
    private static final Pattern PATH = Pattern.compile("(/[^/]+)+/");

    private ConflictOfInterest() {
    }

    /**
     * Whether a member may not score the submission of the unit at {@code submissionUnitPath}.
     *
     * @param memberHomeUnitPath the member's home unit, or null (or blank) when the member has none
     * @param submissionUnitPath the unit whose report is scored; required
     * @param declaredUnitPaths the units the member declared a conflict with; null means none
     * @throws IllegalArgumentException when a path is missing or not of the form "/1/14/203/"
     */
    public static boolean between(String memberHomeUnitPath, String submissionUnitPath, Set<String> declaredUnitPaths) {
        requirePath(submissionUnitPath, "submission unit path");
        if (declaredUnitPaths != null) {
            for (String declared : declaredUnitPaths) {
                requirePath(declared, "declared conflict path");
                if (declared.equals(submissionUnitPath)) {
                    return true;
                }
            }
        }
        if (memberHomeUnitPath == null || memberHomeUnitPath.isBlank()) {
            return false;
        }
        requirePath(memberHomeUnitPath, "member home unit path");
        if (memberHomeUnitPath.equals(submissionUnitPath)) {
            return true;
        }
        if (isRoot(memberHomeUnitPath) || isRoot(submissionUnitPath)) {
            return false;
        }
        return submissionUnitPath.startsWith(memberHomeUnitPath) || memberHomeUnitPath.startsWith(submissionUnitPath);
    }

    /** Whether the path names a root unit (a single segment, like the Sở's "/1/"). */
    public static boolean isRoot(String unitPath) {
        requirePath(unitPath, "unit path");
        return unitPath.indexOf('/', 1) == unitPath.length() - 1;
    }

    static void requirePath(String path, String what) {
        if (path == null || !PATH.matcher(path).matches()) {
            throw new IllegalArgumentException(what + " must look like \"/1/14/203/\": " + path);
        }
    }
}
