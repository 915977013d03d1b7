package vn.thidua.org;

/**
 * A filtered, sorted page of staff.
 *
 * @param unitId           a unit to look in (null: every unit in the caller's scope)
 * @param includeSubunits  also the units below unitId
 * @param text             part of the name or the staff code
 * @param sortField        fullName, code, birthDate, position, unit or status
 */
public record StaffQuery(Long unitId, boolean includeSubunits, String text, EmploymentStatus status,
        Gender gender, String sortField, boolean ascending, int first, int pageSize) {

    public static StaffQuery firstPage(Long unitId, String text) {
        return new StaffQuery(unitId, true, text, null, null, "fullName", true, 0, 50);
    }
}
