package vn.thidua.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitTreeTest {

    private static Unit unit(long id, String name, UnitType type, Unit parent) {
        Unit unit = new Unit("U" + id, name, type, parent);
        try {
            Field field = Unit.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(unit, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        unit.setPath((parent == null ? "/" : parent.getPath()) + id + "/");
        return unit;
    }

    @Test
    void eachUnitIsFollowedByItsSubUnitsAndSiblingsGoByTypeThenName() {
        Unit department = unit(1, "Sở Y tế Hà Tĩnh", UnitType.DEPARTMENT, null);
        Unit thachHa = unit(17, "Trung tâm Y tế huyện Thạch Hà", UnitType.DISTRICT_CENTRE, department);
        Unit camXuyen = unit(10, "Trung tâm Y tế huyện Cẩm Xuyên", UnitType.DISTRICT_CENTRE, department);
        Unit hospital = unit(2, "Bệnh viện Đa khoa tỉnh", UnitType.HOSPITAL, department);
        Unit stationB = unit(19, "Trạm Y tế xã Thạch Đài", UnitType.COMMUNE_STATION, thachHa);
        Unit stationA = unit(18, "Trạm Y tế xã Thạch Bình", UnitType.COMMUNE_STATION, thachHa);

        List<Unit> ordered = UnitTree.depthFirst(List.of(stationB, thachHa, camXuyen, stationA, hospital, department));

        assertThat(ordered).extracting(Unit::getName).containsExactly("Sở Y tế Hà Tĩnh", "Bệnh viện Đa khoa tỉnh",
                "Trung tâm Y tế huyện Cẩm Xuyên", "Trung tâm Y tế huyện Thạch Hà", "Trạm Y tế xã Thạch Bình",
                "Trạm Y tế xã Thạch Đài");
    }

    @Test
    void aSubtreeWithoutItsParentStartsAtItsTop() {
        Unit department = unit(1, "Sở Y tế", UnitType.DEPARTMENT, null);
        Unit district = unit(17, "TTYT Thạch Hà", UnitType.DISTRICT_CENTRE, department);
        Unit station = unit(18, "TYT Thạch Bình", UnitType.COMMUNE_STATION, district);
        assertThat(UnitTree.depthFirst(List.of(station, district))).containsExactly(district, station);
        assertThat(UnitTree.depthFirst(List.of())).isEmpty();
    }
}
