package vn.thidua.award;

/** The level at which an initiative (sáng kiến) was recognised, lowest first. */
public enum RecognitionLevel {
    UNIT("cấp cơ sở"),
    PROVINCE("cấp tỉnh"),
    NATIONAL("toàn quốc");

    private final String label;

    RecognitionLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean atLeast(RecognitionLevel other) {
        return ordinal() >= other.ordinal();
    }
}
