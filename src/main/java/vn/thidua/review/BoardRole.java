package vn.thidua.review;

/** A member's place on the council: chủ tịch, phó chủ tịch, ủy viên, thư ký. */
public enum BoardRole {
    CHAIR, VICE_CHAIR, MEMBER, SECRETARY;

    /** Whether the member scores submissions; the secretary keeps the minutes. */
    public boolean scores() {
        return this != SECRETARY;
    }
}
