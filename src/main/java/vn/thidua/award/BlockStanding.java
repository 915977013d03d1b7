package vn.thidua.award;

/** A collective's published rank in its emulation block; tied means another unit shares the rank. */
public record BlockStanding(String blockName, int rank, int unitsInBlock, boolean tied) {
}
