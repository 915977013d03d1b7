package vn.thidua.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import vn.thidua.org.UnitType;

class IndicatorTest {

    private final EmulationPlan plan = new EmulationPlan("1750/KH-SYT", "Sở Y tế Hà Tĩnh", "Kế hoạch", PlanKind.WHOLE_PERIOD, 2021, 2025);

    @Test
    void aRateIsNumeratorOverDenominatorTimesTheMultiplier() {
        Indicator doctors = new Indicator(plan, 1, "1", "Số bác sỹ/10.000 dân", Direction.HIGHER_IS_BETTER);
        doctors.setNumeratorLabel("Số bác sỹ");
        doctors.setDenominatorLabel("Dân số");
        doctors.setMultiplier(new BigDecimal("10000"));

        assertThat(doctors.isRate()).isTrue();
        assertThat(doctors.rate(new BigDecimal("1490"), new BigDecimal("1288000"))).isEqualByComparingTo("11.5683");
        assertThat(doctors.rate(new BigDecimal("1490"), BigDecimal.ZERO)).isNull();
        assertThat(doctors.rate(null, new BigDecimal("1288000"))).isNull();
    }

    @Test
    void theTargetOfAYearIsItsOwnElseTheNextOneElseTheLastOne() {
        Indicator mortality = new Indicator(plan, 7, "7", "Tỷ suất tử vong trẻ em dưới 1 tuổi", Direction.LOWER_IS_BETTER);
        mortality.getTargets().add(new YearTarget(2024, true, TargetValue.of(Comparison.EQ, new BigDecimal("6.5")), "Thực hiện 2024"));
        mortality.getTargets().add(new YearTarget(2025, false, TargetValue.of(Comparison.LT, new BigDecimal("6.1")), "2025"));
        mortality.getTargets().add(new YearTarget(2030, false, TargetValue.of(Comparison.LT, new BigDecimal("5")), "2030"));

        assertThat(mortality.targetApplying(2023)).map(YearTarget::getText).contains("< 6,1");
        assertThat(mortality.targetApplying(2025)).map(YearTarget::getText).contains("< 6,1");
        assertThat(mortality.targetApplying(2027)).map(YearTarget::getText).contains("< 5");
        assertThat(mortality.targetApplying(2031)).map(YearTarget::getText).contains("< 5");
    }

    @Test
    void anIndicatorWithoutUnitTypesAppliesToEveryUnit() {
        Indicator beds = new Indicator(plan, 3, "3", "Số giường bệnh/10.000 dân", Direction.HIGHER_IS_BETTER);
        assertThat(beds.appliesTo(UnitType.COMMUNE_STATION)).isTrue();
        beds.setUnitTypeSet(EnumSet.of(UnitType.HOSPITAL, UnitType.DISTRICT_CENTRE));
        assertThat(beds.appliesTo(UnitType.HOSPITAL)).isTrue();
        assertThat(beds.appliesTo(UnitType.COMMUNE_STATION)).isFalse();
        assertThat(beds.getUnitTypeSet()).containsExactly(UnitType.HOSPITAL, UnitType.DISTRICT_CENTRE);
    }
}
