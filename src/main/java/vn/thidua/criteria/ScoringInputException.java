package vn.thidua.criteria;

import java.util.List;

/**
 * Input that cannot be scored (satisfied above surveyed, a negative count...). Carries a message key of
 * {@code i18n/framework_*.properties} with its arguments so that a page can show it in the user's language.
 */
public class ScoringInputException extends IllegalArgumentException {

    private final String messageKey;
    private final List<String> args;

    public ScoringInputException(String messageKey, List<String> args, String message) {
        super(message);
        this.messageKey = messageKey;
        this.args = List.copyOf(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> args() {
        return args;
    }
}
