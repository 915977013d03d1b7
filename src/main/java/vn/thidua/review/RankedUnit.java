package vn.thidua.review;

import java.util.Objects;

/**
 * A unit's place in the ranking.
 *
 * @param entry the unit as ranked
 * @param rank  its rank, from 1; units that share a rank are {@code tied} and the ranks they take up are skipped
 *              (1, 2, 2, 4)
 * @param tied  whether another unit shares the rank: equal on the total and on every tie-break
 * @param band  the name of its band, null when the total reaches none
 */
public record RankedUnit(RankEntry entry, int rank, boolean tied, String band) {

    public RankedUnit {
        Objects.requireNonNull(entry, "entry");
        if (rank < 1) {
            throw new IllegalArgumentException("rank starts at 1: " + rank);
        }
    }
}
