package vn.thidua.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.thidua.org.EmploymentStatus;
import vn.thidua.org.StaffMember;
import vn.thidua.org.Unit;
import vn.thidua.review.RankedUnit;
import vn.thidua.review.ReviewRound;
import vn.thidua.review.RoundService;
import vn.thidua.review.RoundStatus;

/**
 * Gathers the facts a nomination is judged on (the registry, ratings, initiatives, discipline, the members of a
 * collective, the published block ranking, the unit's whole list for ratio caps, the closed ballot) and runs the
 * rule engine with the rule set in force for the award year.
 */
@ApplicationScoped
public class EligibilityService {

    /** Statuses of nominations that still count in a unit's list (for ratio caps). */
    static final EnumSet<NominationStatus> LIVE = EnumSet.of(NominationStatus.DRAFT, NominationStatus.SUBMITTED,
            NominationStatus.RETURNED, NominationStatus.ON_AGENDA, NominationStatus.APPROVED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TitleService titles;

    @Inject
    private RoundService reviewRounds;

    public record Check(Nomination nomination, RuleSet ruleSet, EligibilityResult result) {
    }

    public Check check(Nomination nomination) {
        RuleSet set = titles.applicableTo(nomination.getRound().getYear());
        List<EligibilityRule> rules = titles.rulesOf(set, nomination.getTitle());
        // the standing costs a whole ranking, the unit's counts two queries: each only when a rule asks for it
        boolean needsStanding = rules.stream().anyMatch(r -> r.enabled() && r.kind() == RuleKind.BLOCK_RANK);
        boolean needsCounts = rules.stream().anyMatch(r -> r.enabled() && r.kind() == RuleKind.RATIO_CAP);
        CandidateFacts facts = facts(nomination, needsCounts ? unitTitleCounts(nomination.getRound(), nomination.getUnit()) : Map.of(),
                needsStanding);
        return new Check(nomination, set, EligibilityEngine.evaluate(rules, facts, titles.names()));
    }

    /**
     * The ratio caps each unit's list in a round exceeds, for the units that exceed one. The counts of every unit come
     * from two grouped queries, whatever the number of units.
     */
    public Map<Long, List<CapExceedance>> capsExceeded(NominationRound round) {
        List<EligibilityRule> rules = titles.rulesOf(titles.applicableTo(round.getYear()));
        if (rules.stream().noneMatch(r -> r.enabled() && r.kind() == RuleKind.RATIO_CAP)) {
            return Map.of();
        }
        Map<Long, Map<String, Integer>> counts = new HashMap<>();
        List<Unit> nominating = em.createQuery("SELECT DISTINCT n.unit FROM Nomination n WHERE n.round = :r", Unit.class)
                .setParameter("r", round).getResultList();
        // the registry of the year by unit, added to each nominating unit whose subtree holds it
        List<Object[]> awards = em.createQuery("SELECT a.unit.path, a.title.code, COUNT(a) FROM AwardRecord a WHERE a.year = :y"
                + " AND a.revoked = FALSE GROUP BY a.unit.path, a.title.code", Object[].class).setParameter("y", round.getYear()).getResultList();
        for (Unit unit : nominating) {
            Map<String, Integer> unitCounts = counts.computeIfAbsent(unit.getId(), u -> new LinkedHashMap<>());
            for (Object[] row : awards) {
                if (((String) row[0]).startsWith(unit.getPath())) {
                    unitCounts.merge((String) row[1], ((Number) row[2]).intValue(), Integer::sum);
                }
            }
        }
        for (Object[] row : em.createQuery("SELECT n.unit.id, n.title.code, COUNT(n) FROM Nomination n WHERE n.round = :r"
                + " AND n.status IN :live GROUP BY n.unit.id, n.title.code", Object[].class)
                .setParameter("r", round).setParameter("live", LIVE).getResultList()) {
            counts.computeIfAbsent((Long) row[0], u -> new LinkedHashMap<>()).merge((String) row[1], ((Number) row[2]).intValue(), Integer::sum);
        }
        TitleNames names = titles.names();
        Map<Long, List<CapExceedance>> exceeded = new HashMap<>();
        counts.forEach((unit, unitCounts) -> {
            List<CapExceedance> caps = RatioCaps.exceeded(rules, unitCounts, names);
            if (!caps.isEmpty()) {
                exceeded.put(unit, caps);
            }
        });
        return exceeded;
    }

    /** One line per condition, kept on the nomination as the result the office and the board saw. */
    public static String describe(EligibilityResult result) {
        StringBuilder sb = new StringBuilder();
        for (ConditionResult c : result.conditions()) {
            sb.append(c.outcome().symbol()).append(' ').append(c.summary());
            if (!c.facts().isEmpty()) {
                sb.append(" — ").append(String.join("; ", c.facts()));
            }
            if (c.rule().legalReference() != null) {
                sb.append(" [").append(c.rule().legalReference()).append(']');
            }
            sb.append('\n');
        }
        return sb.toString().strip();
    }

    CandidateFacts facts(Nomination n, Map<String, Integer> unitTitleCounts, boolean needsStanding) {
        int year = n.getRound().getYear();
        boolean person = n.isIndividual();
        String owner = person ? "x.staff = :o" : "x.unit = :o AND x.staff IS NULL";
        Object key = person ? n.getStaff() : n.getCandidateUnit();
        List<TitleHeld> held = em.createQuery("SELECT x FROM AwardRecord x WHERE " + owner + " AND x.revoked = FALSE ORDER BY x.year",
                AwardRecord.class).setParameter("o", key).getResultList().stream()
                .map(a -> new TitleHeld(a.getYear(), a.getTitle().getCode(), a.decisionText())).toList();
        Map<Integer, PerformanceRating> ratings = new TreeMap<>();
        em.createQuery("SELECT x FROM AnnualRating x WHERE " + owner, AnnualRating.class).setParameter("o", key).getResultList()
                .forEach(r -> ratings.put(r.getYear(), r.getRating()));
        List<InitiativeRecord> initiatives = em.createQuery("SELECT x FROM Initiative x WHERE " + owner + " ORDER BY x.year", Initiative.class)
                .setParameter("o", key).getResultList().stream()
                .map(i -> new InitiativeRecord(i.getYear(), i.getName(), i.getLevel(), i.decisionText())).toList();
        List<DisciplineRecord> disciplines = em.createQuery("SELECT x FROM Discipline x WHERE " + owner + " ORDER BY x.decidedOn",
                Discipline.class).setParameter("o", key).getResultList().stream()
                .map(d -> new DisciplineRecord(d.getDecidedOn(), d.getMeasure(), d.getDecisionNo())).toList();
        MemberFacts members = person ? null : members(n.getCandidateUnit(), year);
        BlockStanding standing = person || !needsStanding ? null : standing(n.getCandidateUnit(), n.getRound());
        return new CandidateFacts(year, n.subject(), n.candidateName(), held, ratings, initiatives, disciplines, members, standing,
                unitTitleCounts, vote(n));
    }

    private MemberFacts members(Unit unit, int year) {
        List<StaffMember> staff = em.createQuery("SELECT s FROM StaffMember s WHERE s.unit = :u AND s.status = :a", StaffMember.class)
                .setParameter("u", unit).setParameter("a", EmploymentStatus.ACTIVE).getResultList();
        Map<String, Integer> holding = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT a.title.code, COUNT(DISTINCT a.staff) FROM AwardRecord a WHERE a.staff.unit = :u"
                + " AND a.staff.status = :a AND a.year = :y AND a.revoked = FALSE GROUP BY a.title.code", Object[].class)
                .setParameter("u", unit).setParameter("a", EmploymentStatus.ACTIVE).setParameter("y", year).getResultList()) {
            holding.put((String) row[0], ((Number) row[1]).intValue());
        }
        List<AnnualRating> rated = em.createQuery("SELECT r FROM AnnualRating r WHERE r.staff.unit = :u AND r.staff.status = :a"
                + " AND r.year = :y", AnnualRating.class)
                .setParameter("u", unit).setParameter("a", EmploymentStatus.ACTIVE).setParameter("y", year).getResultList();
        int completing = (int) rated.stream().filter(r -> r.getRating().atLeast(PerformanceRating.COMPLETED)).count();
        return new MemberFacts(staff.size(), holding, completing, rated.size());
    }

    /** The unit's place in its block in the newest published ranking of the award year, if any. */
    private BlockStanding standing(Unit unit, NominationRound round) {
        var query = em.createQuery("SELECT r FROM ReviewRound r WHERE r.status = :p AND r.board.year = :y"
                + (round.getPlan() == null ? "" : " AND r.board.plan = :plan") + " ORDER BY r.publishedAt DESC", ReviewRound.class)
                .setParameter("p", RoundStatus.PUBLISHED).setParameter("y", round.getYear());
        if (round.getPlan() != null) {
            query.setParameter("plan", round.getPlan());
        }
        List<ReviewRound> published = query.getResultList();
        for (ReviewRound r : published) {
            for (RoundService.BlockRanking block : reviewRounds.results(r.getId())) {
                for (RankedUnit ranked : block.units()) {
                    if (ranked.entry().unitId() == unit.getId()) {
                        return new BlockStanding(block.block(), ranked.rank(), block.units().size(), ranked.tied());
                    }
                }
            }
        }
        return null;
    }

    private VoteTally vote(Nomination n) {
        List<Ballot> ballots = em.createQuery("SELECT b FROM Ballot b WHERE b.nomination = :n AND b.session.status = :c"
                + " ORDER BY b.session.closedAt DESC", Ballot.class)
                .setParameter("n", n).setParameter("c", SessionStatus.CLOSED).getResultList();
        return ballots.isEmpty() ? null : new VoteTally(ballots.get(0).getApproving(), ballots.get(0).getSession().getMembership());
    }

    /**
     * For ratio caps: per title, the people and collectives of the unit and of every unit below it holding it in the year
     * (a unit nominates for its sub-units too), plus the live
     * nominations of the round that are not yet in the registry.
     */
    Map<String, Integer> unitTitleCounts(NominationRound round, Unit unit) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT a.title.code, COUNT(a) FROM AwardRecord a WHERE a.unit.path LIKE :p AND a.year = :y"
                + " AND a.revoked = FALSE GROUP BY a.title.code", Object[].class)
                .setParameter("p", unit.getPath() + "%").setParameter("y", round.getYear()).getResultList()) {
            counts.merge((String) row[0], ((Number) row[1]).intValue(), Integer::sum);
        }
        for (Object[] row : em.createQuery("SELECT n.title.code, COUNT(n) FROM Nomination n WHERE n.round = :r AND n.unit = :u"
                + " AND n.status IN :live GROUP BY n.title.code", Object[].class)
                .setParameter("r", round).setParameter("u", unit).setParameter("live", LIVE).getResultList()) {
            counts.merge((String) row[0], ((Number) row[1]).intValue(), Integer::sum);
        }
        return counts;
    }
}
