package vn.thidua.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import vn.thidua.org.UnitType;

/** An indicator as the form or the API sends it. */
public record IndicatorForm(String code, String name, IndicatorGroup group, String unitOfMeasure, Direction direction,
                            String numeratorLabel, String denominatorLabel, BigDecimal multiplier,
                            Set<UnitType> unitTypes, List<TargetForm> targets, Long version) {

    /** One year's target (or baseline) as typed. */
    public record TargetForm(Integer year, boolean baseline, Comparison comparison, BigDecimal value, BigDecimal upper,
                             String label) {
    }
}
