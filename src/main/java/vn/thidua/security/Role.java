package vn.thidua.security;

/** The roles of the system; see domain.md "Who uses it". */
public enum Role {
    ADMIN, SECRETARIAT, UNIT_OFFICER, UNIT_HEAD, BOARD_MEMBER, BOARD_CHAIR, VIEWER;

    /** Roles whose reach is limited to their own unit and its sub-units. */
    public boolean isUnitScoped() {
        return this == UNIT_OFFICER || this == UNIT_HEAD;
    }
}
