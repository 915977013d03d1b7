package vn.thidua.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A problem found while reading an indicator table, as a key of the messages bundle
 * ({@code import.indicator.*}) and its {@link java.text.MessageFormat} arguments.
 */
public record ImportProblem(Severity severity, String messageKey, List<String> args) {

    public enum Severity {
        /** The row or table cannot be imported as it is. */
        ERROR,
        /** Probably a mistake in the source document; the user should check it. */
        WARNING
    }

    public ImportProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageKey, "messageKey");
        args = args == null ? List.of() : List.copyOf(args.stream().map(a -> a == null ? "" : a).toList());
    }

    public static ImportProblem error(String messageKey, String... args) {
        return new ImportProblem(Severity.ERROR, messageKey, Arrays.asList(args));
    }

    public static ImportProblem warning(String messageKey, String... args) {
        return new ImportProblem(Severity.WARNING, messageKey, Arrays.asList(args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
