package vn.thidua.security;

import java.util.Collection;

/**
 * Which units a user may see and change. Province-wide roles reach every unit; unit officers and
 * heads reach only their home unit and the units below it. Units are identified by their tree path
 * ("/1/14/203/"), so "below" is a prefix test.
 */
public record UnitScope(boolean provinceWide, String homeUnitPath) {

    public static final UnitScope NONE = new UnitScope(false, null);

    public static UnitScope of(Collection<Role> roles, String homeUnitPath) {
        boolean provinceWide = roles.stream().anyMatch(r -> r == Role.ADMIN || r == Role.SECRETARIAT);
        if (provinceWide) {
            return new UnitScope(true, null);
        }
        boolean unitScoped = roles.stream().anyMatch(Role::isUnitScoped);
        return unitScoped && homeUnitPath != null ? new UnitScope(false, homeUnitPath) : NONE;
    }

    public boolean covers(String unitPath) {
        if (provinceWide) {
            return true;
        }
        return homeUnitPath != null && unitPath != null && unitPath.startsWith(homeUnitPath);
    }

    /** The path prefix to filter queries by, or null when every unit is in scope. */
    public String pathPrefix() {
        return provinceWide ? null : (homeUnitPath == null ? "/nothing/" : homeUnitPath);
    }
}
