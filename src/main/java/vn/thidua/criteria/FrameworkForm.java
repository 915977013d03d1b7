package vn.thidua.criteria;

import java.math.BigDecimal;
import vn.thidua.org.UnitType;

/** A framework's name, the unit type it is for (null: every type) and its declared total. */
public record FrameworkForm(String name, UnitType unitType, BigDecimal declaredTotal, Long version) {
}
