package vn.thidua.award;

import java.util.List;

/**
 * The outcome of one rule for one candidate: a one-line summary ("CSTĐCS 3 năm liên tục đến năm 2025: 3/3 ✔") and the
 * facts it used, one line each.
 */
public record ConditionResult(EligibilityRule rule, Outcome outcome, String summary, List<String> facts) {

    public ConditionResult {
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    public String legalReference() {
        return rule.legalReference();
    }
}
