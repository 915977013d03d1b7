package vn.thidua.criteria;

import java.util.List;

/** A problem in a scoring framework: a key of {@code i18n/framework_*.properties} and its arguments. */
public record FrameworkProblem(String messageKey, List<String> args) {

    public FrameworkProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static FrameworkProblem of(String messageKey, String... args) {
        return new FrameworkProblem(messageKey, List.of(args));
    }
}
