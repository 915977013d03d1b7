package vn.thidua.award;

public enum DecisionStatus {
    DRAFT, ISSUED
}
