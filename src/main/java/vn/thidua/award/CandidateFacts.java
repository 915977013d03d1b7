package vn.thidua.award;

import java.util.List;
import java.util.Map;

/**
 * What is known about a candidate when a nomination for a year is checked. titles and ratings cover earlier years and
 * the year itself; members, standing and vote may be null (vote null = ballot not closed yet). unitTitleCounts holds,
 * per title code, the holders and nominees in the candidate's unit and year, the candidate included.
 */
public record CandidateFacts(int year, TitleSubject subject, String candidateName, List<TitleHeld> titles,
        Map<Integer, PerformanceRating> ratings, List<InitiativeRecord> initiatives, List<DisciplineRecord> disciplines,
        MemberFacts members, BlockStanding standing, Map<String, Integer> unitTitleCounts, VoteTally vote) {

    public CandidateFacts {
        titles = titles == null ? List.of() : List.copyOf(titles);
        ratings = ratings == null ? Map.of() : Map.copyOf(ratings);
        initiatives = initiatives == null ? List.of() : List.copyOf(initiatives);
        disciplines = disciplines == null ? List.of() : List.copyOf(disciplines);
    }

    /** An individual with nothing recorded yet, for building facts step by step. */
    public static CandidateFacts individual(int year, String name) {
        return new CandidateFacts(year, TitleSubject.INDIVIDUAL, name, null, null, null, null, null, null, null, null);
    }

    /** A collective with nothing recorded yet. */
    public static CandidateFacts collective(int year, String name) {
        return new CandidateFacts(year, TitleSubject.COLLECTIVE, name, null, null, null, null, null, null, null, null);
    }

    public CandidateFacts withTitles(List<TitleHeld> value) {
        return new CandidateFacts(year, subject, candidateName, value, ratings, initiatives, disciplines, members, standing,
                unitTitleCounts, vote);
    }

    public CandidateFacts withRatings(Map<Integer, PerformanceRating> value) {
        return new CandidateFacts(year, subject, candidateName, titles, value, initiatives, disciplines, members, standing,
                unitTitleCounts, vote);
    }

    public CandidateFacts withInitiatives(List<InitiativeRecord> value) {
        return new CandidateFacts(year, subject, candidateName, titles, ratings, value, disciplines, members, standing,
                unitTitleCounts, vote);
    }

    public CandidateFacts withDisciplines(List<DisciplineRecord> value) {
        return new CandidateFacts(year, subject, candidateName, titles, ratings, initiatives, value, members, standing,
                unitTitleCounts, vote);
    }

    public CandidateFacts withMembers(MemberFacts value) {
        return new CandidateFacts(year, subject, candidateName, titles, ratings, initiatives, disciplines, value, standing,
                unitTitleCounts, vote);
    }

    public CandidateFacts withStanding(BlockStanding value) {
        return new CandidateFacts(year, subject, candidateName, titles, ratings, initiatives, disciplines, members, value,
                unitTitleCounts, vote);
    }

    public CandidateFacts withUnitTitleCounts(Map<String, Integer> value) {
        return new CandidateFacts(year, subject, candidateName, titles, ratings, initiatives, disciplines, members, standing,
                value, vote);
    }

    public CandidateFacts withVote(VoteTally value) {
        return new CandidateFacts(year, subject, candidateName, titles, ratings, initiatives, disciplines, members, standing,
                unitTitleCounts, value);
    }
}
