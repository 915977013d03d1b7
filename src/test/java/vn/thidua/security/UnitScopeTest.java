package vn.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class UnitScopeTest {

    private static final String DEPARTMENT = "/1/";
    private static final String DISTRICT = "/1/17/";
    private static final String STATION = "/1/17/18/";
    private static final String OTHER_DISTRICT = "/1/170/";
    private static final String HOSPITAL = "/1/2/";

    @Test
    void theOfficeAndAdminsReachEveryUnit() {
        for (Role role : new Role[] {Role.ADMIN, Role.SECRETARIAT}) {
            UnitScope scope = UnitScope.of(EnumSet.of(role), DEPARTMENT);
            assertThat(scope.provinceWide()).isTrue();
            assertThat(scope.covers(HOSPITAL)).isTrue();
            assertThat(scope.pathPrefix()).isNull();
        }
    }

    @Test
    void aUnitOfficerReachesTheOwnUnitAndWhatLiesBelow() {
        UnitScope scope = UnitScope.of(EnumSet.of(Role.UNIT_OFFICER), DISTRICT);
        assertThat(scope.covers(DISTRICT)).isTrue();
        assertThat(scope.covers(STATION)).isTrue();
        assertThat(scope.covers(DEPARTMENT)).isFalse();
        assertThat(scope.covers(HOSPITAL)).isFalse();
        // a sibling whose id starts with the same digits is not below: paths end with a slash
        assertThat(scope.covers(OTHER_DISTRICT)).isFalse();
        assertThat(scope.pathPrefix()).isEqualTo(DISTRICT);
    }

    @Test
    void aUnitHeadOfAStationDoesNotReachTheDistrict() {
        UnitScope scope = UnitScope.of(EnumSet.of(Role.UNIT_HEAD), STATION);
        assertThat(scope.covers(STATION)).isTrue();
        assertThat(scope.covers(DISTRICT)).isFalse();
    }

    @Test
    void rolesWithoutUnitDataAndOfficersWithoutUnitReachNothing() {
        assertThat(UnitScope.of(EnumSet.of(Role.BOARD_MEMBER), DEPARTMENT).covers(HOSPITAL)).isFalse();
        assertThat(UnitScope.of(EnumSet.of(Role.VIEWER), DEPARTMENT).covers(DEPARTMENT)).isFalse();
        UnitScope noUnit = UnitScope.of(EnumSet.of(Role.UNIT_OFFICER), null);
        assertThat(noUnit.covers(DISTRICT)).isFalse();
        assertThat(noUnit.pathPrefix()).isNotNull();
        assertThat(noUnit.covers(null)).isFalse();
    }

    @Test
    void theWidestRoleWins() {
        UnitScope scope = UnitScope.of(EnumSet.of(Role.UNIT_OFFICER, Role.SECRETARIAT), DISTRICT);
        assertThat(scope.covers(HOSPITAL)).isTrue();
    }
}
