package vn.thidua.award;

/** Where a registry entry came from: an imported history, an entry by the office, or a decision issued here. */
public enum AwardSource {
    IMPORT, MANUAL, DECISION
}
