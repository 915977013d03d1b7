package vn.thidua.award;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One condition a candidate must meet for a title. Rules with a blank anyGroup are mandatory. Rules sharing an anyGroup
 * are alternatives: within the group the rules of one option are all needed, and one option is enough.
 */
public record EligibilityRule(String titleCode, RuleKind kind, RuleParameters parameters, String anyGroup, int option,
        boolean enabled, String legalReference) {

    public EligibilityRule {
        Objects.requireNonNull(titleCode, "titleCode");
        Objects.requireNonNull(kind, "kind");
        parameters = parameters == null ? RuleParameters.EMPTY : parameters;
        anyGroup = anyGroup == null || anyGroup.isBlank() ? null : anyGroup.strip();
    }

    /** An enabled mandatory rule. */
    public static EligibilityRule mandatory(String titleCode, RuleKind kind, String parameters, String legalReference) {
        return new EligibilityRule(titleCode, kind, RuleParameters.parse(parameters), null, 0, true, legalReference);
    }

    /** An enabled rule of option {@code option} in alternative group {@code anyGroup}. */
    public static EligibilityRule alternative(String titleCode, RuleKind kind, String parameters, String anyGroup, int option,
            String legalReference) {
        return new EligibilityRule(titleCode, kind, RuleParameters.parse(parameters), anyGroup, option, true, legalReference);
    }

    public boolean mandatory() {
        return anyGroup == null;
    }

    public EligibilityRule withEnabled(boolean value) {
        return new EligibilityRule(titleCode, kind, parameters, anyGroup, option, value, legalReference);
    }

    public List<String> problems(Set<String> knownTitleCodes) {
        return parameters.problems(kind, knownTitleCodes);
    }
}
