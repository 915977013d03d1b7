package vn.thidua.award;

/** Annual performance rating of a person or a collective (mức độ hoàn thành nhiệm vụ), best first. */
public enum PerformanceRating {
    EXCELLENT("Hoàn thành xuất sắc nhiệm vụ"),
    GOOD("Hoàn thành tốt nhiệm vụ"),
    COMPLETED("Hoàn thành nhiệm vụ"),
    NOT_COMPLETED("Không hoàn thành nhiệm vụ");

    private final String label;

    PerformanceRating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True when this rating is the given one or better. */
    public boolean atLeast(PerformanceRating other) {
        return ordinal() <= other.ordinal();
    }
}
