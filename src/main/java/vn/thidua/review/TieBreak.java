package vn.thidua.review;

import java.util.Comparator;

/**
 * A rule that orders units with the same total; {@link Ranking#rank} applies the chosen rules in the order
 * given. Each rule's {@link #comparator()} puts the better unit first.
 */
public enum TieBreak {
    /** More criteria fully met ranks higher. */
    MORE_CRITERIA_MET(Comparator.comparingInt(RankEntry::criteriaMet).reversed()),
    /** Fewer penalty points deducted ranks higher: −1,00 before −3,00 (penalty points are ≤ 0). */
    FEWER_PENALTY_POINTS(Comparator.comparing(RankEntry::penaltyPoints).reversed()),
    /** More criteria points (before bonus and penalty) ranks higher. */
    HIGHER_CRITERIA_POINTS(Comparator.comparing(RankEntry::criteriaPoints).reversed());

    private final Comparator<RankEntry> comparator;

    TieBreak(Comparator<RankEntry> comparator) {
        this.comparator = comparator;
    }

    /** Orders entries by this rule alone, the better first; 0 when the rule cannot tell them apart. */
    public Comparator<RankEntry> comparator() {
        return comparator;
    }
}
