package vn.thidua.submission;

import java.util.List;

/**
 * What an uploaded sheet says: the changed fields, in the order of the form, and the rows that cannot be taken,
 * in the order of the sheet. A field with a problem has no change.
 */
public record SheetReading(List<SheetChange> changes, List<SheetProblem> problems) {

    public SheetReading {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
