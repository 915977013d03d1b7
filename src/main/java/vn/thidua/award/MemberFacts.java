package vn.thidua.award;

import java.util.Map;

/**
 * The members of a collective in the year: how many, how many hold each title (title code → members), how many were
 * rated COMPLETED or better, and how many have a rating at all.
 */
public record MemberFacts(int memberCount, Map<String, Integer> holdingTitle, int completingTasks, int rated) {

    public MemberFacts {
        holdingTitle = holdingTitle == null ? Map.of() : Map.copyOf(holdingTitle);
    }

    public int holding(String titleCode) {
        return holdingTitle.getOrDefault(titleCode, 0);
    }

    /** Members without a rating yet: they could still reach a title or complete their tasks. */
    public int unrated() {
        return Math.max(0, memberCount - rated);
    }
}
