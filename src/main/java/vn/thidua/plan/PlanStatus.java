package vn.thidua.plan;

/** A plan is drafted by the emulation office, issued to the units, and closed after the final review. */
public enum PlanStatus {
    DRAFT, ISSUED, CLOSED;

    public boolean canMoveTo(PlanStatus next) {
        return switch (this) {
            case DRAFT -> next == ISSUED;
            case ISSUED -> next == CLOSED || next == DRAFT;
            case CLOSED -> next == ISSUED;
        };
    }
}
