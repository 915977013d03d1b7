package vn.thidua.plan;

/**
 * One value cell of an indicator row.
 *
 * @param raw the text as written (stripped)
 * @param target the value read, null when the cell is empty or unreadable
 * @param problem the most severe problem of this cell, null when there is none
 */
public record ParsedCell(String raw, TargetValue target, ImportProblem problem) {

    public boolean isEmpty() {
        return raw == null || raw.isBlank();
    }
}
