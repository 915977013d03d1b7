package vn.thidua.award;

/** Who a title or commendation is for. */
public enum TitleSubject {
    INDIVIDUAL, COLLECTIVE, BOTH;

    public boolean allows(TitleSubject candidate) {
        return this == BOTH || this == candidate;
    }
}
