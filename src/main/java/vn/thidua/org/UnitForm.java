package vn.thidua.org;

/** What a user sends to create or change a unit; {@code version} is the one the user last saw. */
public record UnitForm(String code, String name, UnitType type, Long parentId, Long population,
        String address, String headName, Long version) {
}
