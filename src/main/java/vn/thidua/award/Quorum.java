package vn.thidua.award;

/** A council meets with at least two thirds of its members present. */
public final class Quorum {

    private Quorum() {
    }

    public static boolean met(long present, long membership) {
        return membership > 0 && present * 3 >= membership * 2;
    }

    /** The fewest members present for a quorum. */
    public static long needed(long membership) {
        return (membership * 2 + 2) / 3;
    }
}
