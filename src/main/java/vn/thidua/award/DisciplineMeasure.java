package vn.thidua.award;

/** Disciplinary measures (hình thức kỷ luật), least severe first. */
public enum DisciplineMeasure {
    REPRIMAND("Khiển trách"),
    WARNING("Cảnh cáo"),
    SALARY_DOWNGRADE("Hạ bậc lương"),
    DEMOTION("Giáng chức"),
    REMOVAL("Cách chức"),
    DISMISSAL("Buộc thôi việc");

    private final String label;

    DisciplineMeasure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean atLeast(DisciplineMeasure other) {
        return ordinal() >= other.ordinal();
    }
}
