package vn.thidua.plan;

import java.util.List;
import java.util.Objects;

/**
 * A problem found while reading a task table, as a key of the task-import messages and its MessageFormat arguments.
 *
 * @param column one of {@link TaskTableParser.Column}'s {@code key()} values ("code", "content", "lead",
 *               "coordinating", "due"), or null when the problem is not about one column
 */
public record TaskImportProblem(Severity severity, String column, String messageKey, List<String> args) {

    public enum Severity { ERROR, WARNING }

    public TaskImportProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageKey, "messageKey");
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static TaskImportProblem error(String column, String messageKey, String... args) {
        return new TaskImportProblem(Severity.ERROR, column, messageKey, List.of(args));
    }

    public static TaskImportProblem warning(String column, String messageKey, String... args) {
        return new TaskImportProblem(Severity.WARNING, column, messageKey, List.of(args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
