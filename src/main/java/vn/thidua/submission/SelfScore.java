package vn.thidua.submission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import vn.thidua.criteria.ChecklistAnswer;
import vn.thidua.criteria.Criterion;
import vn.thidua.criteria.CriterionScore;
import vn.thidua.criteria.CriterionScorer;
import vn.thidua.criteria.ScoringInputException;
import vn.thidua.criteria.UnitTotal;
import vn.thidua.plan.Indicator;
import vn.thidua.plan.TargetValue;

/**
 * A unit's own score of its answers under the framework's rules, criterion by criterion, per group and in
 * total. Impossible input (satisfied above surveyed) scores as missing here; {@link AnswerRules} reports it.
 */
public final class SelfScore {

    private final Map<Criterion, CriterionScore> scores = new LinkedHashMap<>();
    private final UnitTotal total;

    private SelfScore(List<Criterion> criteria, Map<Long, Answer> answers, int year) {
        List<UnitTotal.Entry> entries = new ArrayList<>();
        for (Criterion criterion : criteria) {
            if (criterion.isGroup()) {
                continue;
            }
            Answer answer = answers.get(criterion.getId());
            CriterionScore score = answer == null ? CriterionScore.missingValue() : score(criterion, answer, year);
            scores.put(criterion, score);
            entries.add(new UnitTotal.Entry(criterion.getKind(), score));
        }
        total = UnitTotal.of(entries);
    }

    /**
     * @param criteria the criteria the unit reports on (groups are skipped; their points are their children's)
     * @param answers  the answers by criterion id; a missing answer scores as missing
     */
    public static SelfScore of(List<Criterion> criteria, Map<Long, Answer> answers, int year) {
        return new SelfScore(criteria, answers, year);
    }

    /** The score of a scored criterion; null for a group or a criterion not in the list. */
    public CriterionScore scoreOf(Criterion criterion) {
        return scores.get(criterion);
    }

    /** The points of a criterion, or of a group as the sum of its scored descendants. */
    public BigDecimal pointsOf(Criterion criterion) {
        if (!criterion.isGroup()) {
            CriterionScore score = scores.get(criterion);
            return score == null ? null : score.points();
        }
        return scores.entrySet().stream().filter(e -> e.getKey().isUnder(criterion))
                .map(e -> e.getValue().points()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public UnitTotal total() {
        return total;
    }

    /** The value a numeric criterion is scored on: the rate from numerator and denominator, else the value typed. */
    public static BigDecimal actualValue(Criterion criterion, Answer answer) {
        Indicator indicator = criterion.getIndicator();
        if (indicator != null && indicator.isRate() && answer.getNumerator() != null && answer.getDenominator() != null) {
            BigDecimal rate = indicator.rate(answer.getNumerator(), answer.getDenominator());
            if (rate != null) {
                return rate;
            }
        }
        return answer.getValue();
    }

    static CriterionScore score(Criterion criterion, Answer answer, int year) {
        try {
            return switch (criterion.getKind()) {
                case NUMERIC_TARGET -> {
                    TargetValue target = criterion.targetFor(year);
                    yield target == null ? CriterionScore.missingValue()
                            : CriterionScorer.numeric(criterion.scoringRule(), target, criterion.direction(), actualValue(criterion, answer));
                }
                case YES_NO -> CriterionScorer.yesNo(criterion.getMaxPoints(), answer.getYes());
                case CHECKLIST -> {
                    List<Boolean> yes = answer.getChecklistAnswers();
                    yield CriterionScorer.checklist(criterion.getMaxPoints(), IntStream.range(0, yes.size())
                            .mapToObj(i -> new ChecklistAnswer(criterion.getItems().get(i).getPoints(), yes.get(i))).toList());
                }
                case SURVEY_PERCENTAGE -> CriterionScorer.survey(criterion.scoringRule(), percentTarget(criterion, year),
                        answer.getSurveyed(), answer.getSatisfied());
                case TASK_COMPLETION -> CriterionScorer.taskCompletion(criterion.scoringRule(), percentTarget(criterion, year),
                        answer.getAssigned(), answer.getCompleted());
                case BONUS -> CriterionScorer.bonus(criterion.getMaxPoints(), answer.getClaimed());
                case PENALTY -> CriterionScorer.penalty(criterion.getMaxPoints(),
                        criterion.getPointsPerViolation() == null ? criterion.getMaxPoints() : criterion.getPointsPerViolation(),
                        answer.getViolations());
            };
        } catch (ScoringInputException impossible) {
            return CriterionScore.missingValue();
        }
    }

    /** A survey or task criterion without a target of its own expects 100 %. */
    private static TargetValue percentTarget(Criterion criterion, int year) {
        TargetValue target = criterion.targetFor(year);
        return target == null ? CriterionScorer.ALL_TASKS_DONE : target;
    }
}
