package vn.thidua.plan;

/** The groups health plans sort their indicators into. */
public enum IndicatorGroup {
    /** "Chỉ tiêu đầu vào": resources such as doctors and beds. */
    INPUT,
    /** "Chỉ tiêu hoạt động": activities such as vaccination and insurance coverage. */
    ACTIVITY,
    /** "Chỉ tiêu đầu ra": outcomes such as life expectancy and mortality. */
    OUTPUT
}
