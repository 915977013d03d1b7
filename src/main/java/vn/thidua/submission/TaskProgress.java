package vn.thidua.submission;

/** How far a unit has got with a plan task it leads, as it reports in its yearly submission. */
public enum TaskProgress {
    NOT_STARTED, IN_PROGRESS, DONE_ON_TIME, DONE_LATE;

    /** Only a task done by its due date counts as completed for the task completion criterion. */
    public boolean isCompletedOnTime() {
        return this == DONE_ON_TIME;
    }
}
