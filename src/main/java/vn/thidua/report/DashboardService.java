package vn.thidua.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.Messages;
import vn.thidua.criteria.Achievement;
import vn.thidua.criteria.Criterion;
import vn.thidua.criteria.CriterionKind;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitType;
import vn.thidua.plan.Direction;
import vn.thidua.plan.EmulationPlan;
import vn.thidua.plan.Indicator;
import vn.thidua.plan.IndicatorService;
import vn.thidua.plan.PlanBlock;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.TargetValue;
import vn.thidua.plan.YearTarget;
import vn.thidua.review.RankedUnit;
import vn.thidua.review.ReviewRound;
import vn.thidua.review.RoundService;
import vn.thidua.review.RoundService.BlockRanking;
import vn.thidua.review.RoundStatus;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;
import vn.thidua.submission.Answer;
import vn.thidua.submission.Completeness;
import vn.thidua.submission.CompletenessService;
import vn.thidua.submission.SelfScore;
import vn.thidua.submission.Submission;
import vn.thidua.submission.SubmissionService;
import vn.thidua.submission.SubmissionStatus;

/**
 * The figures of the dashboards (/report/dashboard.xhtml for the office, the board and leaders;
 * /report/unit-dashboard.xhtml for a unit), read through the services that own them and with their checks: indicator
 * values of the units' sent reports (submitted or accepted), rankings of the review rounds the caller may see,
 * reporting completeness, and the award registry.
 */
@ApplicationScoped
public class DashboardService {

    /** The plan the dashboards open on when none is asked for, if the caller may read it. */
    public static final String DEFAULT_PLAN = "1750/KH-SYT";

    /** Reports whose figures count: sent to the office (submitted) or accepted by it. */
    static final List<SubmissionStatus> SENT = List.of(SubmissionStatus.SUBMITTED, SubmissionStatus.ACCEPTED);

    /** The display ceiling of the achievement bars of a unit's indicators, in percent. */
    static final BigDecimal ACHIEVEMENT_CAP = new BigDecimal("150");

    private static final Role[] OVERVIEW = {Role.SECRETARIAT, Role.ADMIN, Role.VIEWER, Role.BOARD_MEMBER, Role.BOARD_CHAIR};
    private static final Role[] UNIT_VIEW = {Role.UNIT_OFFICER, Role.UNIT_HEAD, Role.SECRETARIAT, Role.ADMIN};

    /** One unit's value of an indicator in a year. */
    public record UnitValue(long unitId, String unitName, BigDecimal value, TargetStatus status) {
    }

    /** Every unit's value of one indicator in a year, with the year's target (null when the indicator has none). */
    public record AcrossUnits(Indicator indicator, int year, YearTarget target, List<UnitValue> values) {

        public long count(TargetStatus status) {
            return values.stream().filter(v -> v.status() == status).count();
        }
    }

    /** The province's figure of an indicator in one year, from the units that reported it, and the year's target. */
    public record TrendPoint(int year, BigDecimal aggregate, int units, YearTarget target) {
    }

    public record Trend(Indicator indicator, TrendAggregation aggregation, List<TrendPoint> points) {
    }

    /** A round's ranking per block. */
    public record RoundRanking(ReviewRound round, List<BlockRanking> blocks) {
    }

    /** Awards (not revoked) per title and year. */
    public record AwardCounts(List<Integer> years, Map<String, Map<Integer, Long>> byTitle) {

        public long total(int year) {
            return byTitle.values().stream().mapToLong(m -> m.getOrDefault(year, 0L)).sum();
        }
    }

    /** One indicator of a unit's report: its target, the unit's value, achievement and status. */
    public record UnitIndicator(String code, String name, String unitOfMeasure, Direction direction, TargetValue target,
            BigDecimal value, BigDecimal achievement, TargetStatus status) {
    }

    /** A unit's indicators in a year, from its report (null when it has none yet). */
    public record UnitIndicators(Unit unit, Submission submission, List<UnitIndicator> rows) {
    }

    /** A unit's place in a published round of a year. */
    public record RankPoint(int year, String round, String block, int rank, int unitsInBlock, boolean tied, BigDecimal total) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PlanService planService;

    @Inject
    private IndicatorService indicatorService;

    @Inject
    private SubmissionService submissionService;

    @Inject
    private CompletenessService completenessService;

    @Inject
    private RoundService roundService;


    @Inject
    private Messages messages;

    // ------------------------------------------------------------------ plan and year

    /** The plans the caller may read, newest first. */
    /** The plan asked for; else 1750/KH-SYT when the caller may read it; else the newest plan. */
    public EmulationPlan plan(Long planId) {
        if (planId != null) {
            return planService.find(planId);
        }
        List<EmulationPlan> plans = planService.search(null, null, null);
        return plans.stream().filter(p -> DEFAULT_PLAN.equals(p.getNumberSymbol())).findFirst()
                .or(() -> plans.stream().findFirst())
                .orElseThrow(() -> new NotFoundException(messages.get("plan.error.notFound")));
    }

    /** The year asked for when the plan covers it; else the plan's last year with a sent report; else its last year. */
    public int year(EmulationPlan plan, Integer year) {
        if (year != null && plan.coversYear(year)) {
            return year;
        }
        Integer last = em.createQuery("SELECT MAX(s.year) FROM Submission s WHERE s.plan = :p AND s.status IN :st", Integer.class)
                .setParameter("p", plan).setParameter("st", SENT).getSingleResult();
        return last != null && plan.coversYear(last) ? last : plan.getEndYear();
    }

    public List<Indicator> indicators(long planId) {
        return indicatorService.list(planId);
    }

    // ------------------------------------------------------------------ the office's dashboard

    /** @throws vn.thidua.common.AccessDeniedException unless the office, the board or a leader is asking */
    public void requireOverview() {
        currentUser.requireAnyRole(OVERVIEW);
    }

    /** Each unit's value of an indicator from its sent report of the year, best first, and the year's target. */
    public AcrossUnits acrossUnits(long planId, long indicatorId, int year) {
        requireOverview();
        Indicator indicator = indicatorService.find(planId, indicatorId);
        YearTarget target = indicator.targetApplying(year).orElse(null);
        List<UnitValue> values = new ArrayList<>();
        sentValues(indicator, year).forEach((submission, value) -> values.add(new UnitValue(submission.getUnit().getId(),
                submission.getUnit().getName(), value,
                TargetStatus.classify(value, target == null ? null : target.target(), indicator.getDirection()))));
        Comparator<UnitValue> byValue = Comparator.comparing(UnitValue::value);
        values.sort((indicator.getDirection() == Direction.LOWER_IS_BETTER ? byValue : byValue.reversed())
                .thenComparing(UnitValue::unitName, collator()));
        return new AcrossUnits(indicator, year, target, values);
    }

    /** The province's figure of an indicator in every year of the plan, with the year's target. */
    public Trend trend(long planId, long indicatorId) {
        requireOverview();
        Indicator indicator = indicatorService.find(planId, indicatorId);
        TrendAggregation aggregation = TrendAggregation.of(indicator);
        Map<Integer, List<BigDecimal>> byYear = new TreeMap<>();
        sentValues(indicator, null).forEach((s, v) -> byYear.computeIfAbsent(s.getYear(), y -> new ArrayList<>()).add(v));
        List<TrendPoint> points = new ArrayList<>();
        for (int year : indicator.getPlan().getYears()) {
            List<BigDecimal> values = byYear.getOrDefault(year, List.of());
            points.add(new TrendPoint(year, aggregation.apply(values), values.size(), indicator.targetApplying(year).orElse(null)));
        }
        return new Trend(indicator, aggregation, points);
    }

    /**
     * The ranking of the year: the latest published round that ranks some unit; failing that, for the office and the
     * board, the latest locked one (an open round's scores are not final, and a round just set up ranks nobody).
     */
    public Optional<RoundRanking> ranking(long planId, int year) {
        requireOverview();
        List<ReviewRound> candidates = roundService.visibleRounds(planId).stream().filter(r -> r.getBoard().getYear() == year)
                .filter(r -> r.getStatus() != RoundStatus.OPEN)
                .sorted(Comparator.comparing((ReviewRound r) -> r.getStatus() == RoundStatus.PUBLISHED ? 0 : 1)
                        .thenComparing(ReviewRound::getId, Comparator.reverseOrder())).toList();
        for (ReviewRound round : candidates) {
            List<BlockRanking> blocks = roundService.results(round.getId());
            if (blocks.stream().anyMatch(b -> !b.units().isEmpty())) {
                return Optional.of(new RoundRanking(round, blocks));
            }
        }
        return Optional.empty();
    }

    /** Completeness for those who may read it (the office and leaders; not the board), else empty. */
    public Optional<Completeness> completeness(long planId, int year) {
        requireOverview();
        if (!currentUser.hasAnyRole(Role.SECRETARIAT, Role.ADMIN, Role.VIEWER)) {
            return Optional.empty();
        }
        return Optional.of(completenessService.dashboard(planId, year));
    }

    /** Awards in the registry, not revoked, per title (by its place in the catalogue) and year of the plan. */
    public AwardCounts awards(long planId) {
        requireOverview();
        EmulationPlan plan = planService.find(planId);
        Map<String, Map<Integer, Long>> byTitle = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT t.shortName, t.name, a.year, COUNT(a) FROM AwardRecord a JOIN a.title t"
                        + " WHERE a.revoked = FALSE AND a.year BETWEEN :from AND :to"
                        + " GROUP BY t.id, t.shortName, t.name, t.position, a.year ORDER BY t.position, t.id, a.year", Object[].class)
                .setParameter("from", plan.getStartYear()).setParameter("to", plan.getEndYear()).getResultList()) {
            String title = row[0] == null || row[0].toString().isBlank() ? (String) row[1] : (String) row[0];
            byTitle.computeIfAbsent(title, t -> new TreeMap<>()).merge(((Number) row[2]).intValue(), ((Number) row[3]).longValue(), Long::sum);
        }
        return new AwardCounts(plan.getYears(), byTitle);
    }

    // ------------------------------------------------------------------ a unit's dashboard

    /** Whether the caller may choose the unit (the office); unit users see only their own. */
    public boolean canPickUnit() {
        return currentUser.hasAnyRole(Role.SECRETARIAT, Role.ADMIN);
    }

    /**
     * The unit a unit dashboard shows: the one asked for, within the caller's scope; without one, the caller's own
     * unit, or for the office the first unit expected to report.
     *
     * @throws vn.thidua.common.AccessDeniedException for a unit outside the caller's scope, or a caller without a unit role
     */
    public Unit unit(Long unitId, EmulationPlan plan, int year) {
        currentUser.requireAnyRole(UNIT_VIEW);
        Unit unit;
        if (unitId != null) {
            unit = em.find(Unit.class, unitId);
            if (unit == null) {
                throw new NotFoundException(messages.get("error.notFound.record"));
            }
        } else if (canPickUnit()) {
            unit = units(plan, year).stream().findFirst()
                    .orElseThrow(() -> new NotFoundException(messages.get("error.notFound.record")));
        } else {
            unit = currentUser.homeUnit();
        }
        currentUser.requireInScope(unit);
        return unit;
    }

    /** The units the office may pick: those in the plan's blocks for the year, else every active unit but the Sở. */
    public List<Unit> units(EmulationPlan plan, int year) {
        if (!canPickUnit()) {
            Unit home = currentUser.homeUnit();
            return home == null ? List.of() : List.of(home);
        }
        List<Unit> units = new ArrayList<>();
        em.createQuery("SELECT b FROM PlanBlock b WHERE b.plan = :p AND b.year = :y ORDER BY b.name", PlanBlock.class)
                .setParameter("p", plan).setParameter("y", year).getResultList()
                .forEach(b -> b.getUnits().stream().filter(u -> !units.contains(u)).forEach(units::add));
        if (units.isEmpty()) {
            units.addAll(em.createQuery("SELECT u FROM Unit u WHERE u.active = TRUE AND u.type <> :dept ORDER BY u.path", Unit.class)
                    .setParameter("dept", UnitType.DEPARTMENT).getResultList());
        }
        units.sort(Comparator.comparing(Unit::getName, collator()));
        return units;
    }

    /**
     * A unit's numeric indicators in a year from its report (whatever its state), measured against the target its
     * criterion is scored on.
     */
    public UnitIndicators unitIndicators(long planId, Unit unit, int year) {
        Submission submission = submissionService.findFor(planId, unit.getId(), year).orElse(null);
        List<UnitIndicator> rows = new ArrayList<>();
        if (submission != null) {
            for (Criterion criterion : submissionService.criteriaOf(submission)) {
                if (criterion.isGroup() || criterion.getKind() != CriterionKind.NUMERIC_TARGET || criterion.getIndicator() == null) {
                    continue;
                }
                Indicator indicator = criterion.getIndicator();
                TargetValue target = criterion.targetFor(year);
                BigDecimal value = submission.answerTo(criterion).map(a -> SelfScore.actualValue(criterion, a)).orElse(null);
                BigDecimal achievement = target == null ? null : Achievement.percent(target, criterion.direction(), value, ACHIEVEMENT_CAP);
                rows.add(new UnitIndicator(indicator.getCode(), indicator.getName(), indicator.getUnitOfMeasure(), criterion.direction(),
                        target, value, achievement, TargetStatus.classify(value, target, criterion.direction())));
            }
        }
        return new UnitIndicators(unit, submission, rows);
    }

    /** The unit's rank in each year's latest published round of the plan, oldest year first. */
    public List<RankPoint> rankHistory(long planId, Unit unit) {
        currentUser.requireAnyRole(UNIT_VIEW);
        currentUser.requireInScope(unit);
        Map<Integer, ReviewRound> latest = new TreeMap<>();
        for (ReviewRound round : roundService.visibleRounds(planId)) {
            if (round.getStatus() == RoundStatus.PUBLISHED) {
                latest.merge(round.getBoard().getYear(), round, (a, b) -> a.getId() > b.getId() ? a : b);
            }
        }
        List<RankPoint> points = new ArrayList<>();
        latest.forEach((year, round) -> {
            for (BlockRanking block : roundService.results(round.getId())) {
                for (RankedUnit ranked : block.units()) {
                    if (ranked.entry().unitId() == unit.getId()) {
                        points.add(new RankPoint(year, round.getName(), block.block(), ranked.rank(), block.units().size(), ranked.tied(),
                                ranked.entry().total()));
                    }
                }
            }
        });
        return points;
    }

    // ------------------------------------------------------------------ helpers

    /**
     * The value of an indicator in each sent report (of a year, or of every year when null): the first numeric
     * criterion on the indicator that has one, the rate from numerator and denominator where given.
     */
    private Map<Submission, BigDecimal> sentValues(Indicator indicator, Integer year) {
        Map<Submission, BigDecimal> values = new LinkedHashMap<>();
        for (Answer answer : em.createQuery("SELECT a FROM Answer a JOIN FETCH a.submission s JOIN FETCH s.unit JOIN FETCH a.criterion c"
                        + " WHERE c.indicator = :i AND c.kind = :kind AND s.plan = :p AND s.status IN :st"
                        + " AND (:y IS NULL OR s.year = :y) ORDER BY s.id, c.position, c.id", Answer.class)
                .setParameter("i", indicator).setParameter("kind", CriterionKind.NUMERIC_TARGET).setParameter("p", indicator.getPlan())
                .setParameter("st", SENT).setParameter("y", year).getResultList()) {
            BigDecimal value = SelfScore.actualValue(answer.getCriterion(), answer);
            if (value != null) {
                values.putIfAbsent(answer.getSubmission(), value);
            }
        }
        return values;
    }

    private static Collator collator() {
        return Collator.getInstance(Locale.forLanguageTag("vi"));
    }
}
