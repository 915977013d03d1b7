package vn.thidua.plan;

import java.util.List;

/**
 * One task of an imported table.
 *
 * @param rowNumber          1-based row of the table where the task starts (blank and title rows counted, as in
 *                           {@link vn.thidua.common.TableText})
 * @param code               the TT cell as written without a final "." ("1", "1.2", "II"), or generated – the task's
 *                           position, "1", "2", ... – when the table has no TT column or the cell is empty
 * @param content            lines joined with "\n", each trimmed, blank lines left out; continuation rows appended
 *                           as further lines; null when missing
 * @param leadBody           one text, as written ("Sở Y tế; UBND các huyện, thị xã, thành phố" stays whole), spaces
 *                           and line breaks collapsed to single spaces; null when missing
 * @param coordinatingBodies split on ";" and on line breaks only – commas belong to body names – each trimmed of a
 *                           leading "-", "+" or "•" bullet and a final ".", ","; empty when missing
 */
public record ParsedTask(int rowNumber, String code, String content, String leadBody, List<String> coordinatingBodies,
        TaskDue due, List<TaskImportProblem> problems) {

    public ParsedTask {
        coordinatingBodies = List.copyOf(coordinatingBodies);
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(TaskImportProblem::isError);
    }
}
