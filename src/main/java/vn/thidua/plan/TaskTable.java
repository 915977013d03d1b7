package vn.thidua.plan;

import java.util.List;

/**
 * A task table read for preview: its tasks in table order, and problems with the table as a whole (no header row,
 * a missing column).
 */
public record TaskTable(List<ParsedTask> tasks, List<TaskImportProblem> tableProblems) {

    public TaskTable {
        tasks = List.copyOf(tasks);
        tableProblems = List.copyOf(tableProblems);
    }

    /** True when the table cannot be imported as a whole or some task has an error. */
    public boolean hasErrors() {
        return tableProblems.stream().anyMatch(TaskImportProblem::isError) || tasks.stream().anyMatch(ParsedTask::hasErrors);
    }

    /** Table problems followed by the problems of every task. */
    public List<TaskImportProblem> allProblems() {
        return java.util.stream.Stream.concat(tableProblems.stream(), tasks.stream().flatMap(t -> t.problems().stream())).toList();
    }
}
