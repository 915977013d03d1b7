package vn.thidua.award;

/** A rule set is edited as a draft, then applies from its effective date; an active set is never edited. */
public enum RuleSetStatus {
    DRAFT, ACTIVE
}
