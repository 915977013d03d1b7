package vn.thidua.award;

/**
 * The outcome of one eligibility condition, of an alternative group or of a whole check.
 * PENDING is only for a vote not yet closed: it never makes an overall outcome better or worse.
 */
public enum Outcome {
    PASS("Đạt", "✔"),
    FAIL("Không đạt", "✘"),
    NEEDS_REVIEW("Cần xem xét", "?"),
    PENDING("Chờ bỏ phiếu", "…");

    private final String label;
    private final String symbol;

    Outcome(String label, String symbol) {
        this.label = label;
        this.symbol = symbol;
    }

    public String label() {
        return label;
    }

    public String symbol() {
        return symbol;
    }

    /** FAIL is worse than NEEDS_REVIEW, which is worse than PASS; PENDING counts as nothing. */
    int badness() {
        return switch (this) {
            case PASS -> 0;
            case NEEDS_REVIEW -> 1;
            case FAIL -> 2;
            case PENDING -> -1;
        };
    }

    /** The worse of two outcomes, ignoring PENDING unless both are PENDING. */
    public static Outcome worse(Outcome a, Outcome b) {
        if (a == PENDING) {
            return b;
        }
        if (b == PENDING) {
            return a;
        }
        return a.badness() >= b.badness() ? a : b;
    }

    /** The better of two outcomes, ignoring PENDING unless both are PENDING. */
    public static Outcome better(Outcome a, Outcome b) {
        if (a == PENDING) {
            return b;
        }
        if (b == PENDING) {
            return a;
        }
        return a.badness() <= b.badness() ? a : b;
    }
}
