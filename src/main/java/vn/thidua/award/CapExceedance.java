package vn.thidua.award;

import java.math.BigDecimal;

/**
 * A ratio cap a unit goes beyond in a year: count holders+nominees of the capped title against over of the other one.
 * sharePercent has scale 1 and is null when over is 0. message reads "CSTĐCS 3 / LĐTT 15 = 20,0 % > 15 %".
 */
public record CapExceedance(EligibilityRule rule, int count, int over, BigDecimal sharePercent, String message) {
}
