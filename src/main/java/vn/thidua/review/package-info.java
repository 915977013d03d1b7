/**
 * The review board's scoring (Hội đồng Thi đua – Khen thưởng): the board members' scores of each criterion
 * aggregated ({@link vn.thidua.review.Aggregation}), a unit's result from its criteria
 * ({@link vn.thidua.review.UnitResult}) and the ranking of the units of an emulation block with tie-breaks and
 * bands ({@link vn.thidua.review.Ranking}). Plain Java: no CDI, no JPA; every figure a {@link java.math.BigDecimal}
 * rounded HALF_UP to 2 decimals.
 */
package vn.thidua.review;
