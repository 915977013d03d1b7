package vn.thidua.plan;

/** Seed 001 groups its indicators: "Chỉ tiêu đầu vào", "Chỉ tiêu hoạt động", "Chỉ tiêu đầu ra". */
public enum IndicatorGroup {
    INPUT, ACTIVITY, OUTPUT
}
