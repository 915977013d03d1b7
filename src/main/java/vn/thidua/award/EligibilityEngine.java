package vn.thidua.award;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import vn.thidua.award.RuleParameters.Comparison;
import vn.thidua.common.VietnameseDates;
import vn.thidua.common.VietnameseNumbers;

/**
 * Checks a candidate against the rules of a title. Every result says what it found in one line and lists the facts it
 * used, so that the office can check it against the legal reference beside it.
 */
public final class EligibilityEngine {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The board rule used when a title has no enabled VOTE_SHARE rule. */
    public static final String DEFAULT_VOTE_REFERENCE = "Quy chế hoạt động của Hội đồng Thi đua – Khen thưởng";

    private EligibilityEngine() {
    }

    /** Evaluates the enabled rules of a title; disabled rules appear nowhere in the result. */
    /** A rule with a "subject" parameter applies only to that kind of candidate (titles for both have rules of each). */
    static boolean appliesTo(EligibilityRule rule, TitleSubject candidate) {
        String subject = rule.parameters().has(RuleKind.SUBJECT) ? rule.parameters().text(RuleKind.SUBJECT) : null;
        if (subject == null || candidate == null) {
            return true;
        }
        try {
            return TitleSubject.valueOf(subject.toUpperCase(java.util.Locale.ROOT)).allows(candidate);
        } catch (IllegalArgumentException unreadable) {
            return true; // evaluated, it shows as a rule written wrongly
        }
    }

    public static EligibilityResult evaluate(List<EligibilityRule> rulesOfTheTitle, CandidateFacts facts, TitleNames names) {
        List<ConditionResult> conditions = new ArrayList<>();
        Map<String, TreeMap<Integer, List<ConditionResult>>> grouped = new LinkedHashMap<>();
        Outcome overall = Outcome.PENDING;
        for (EligibilityRule rule : rulesOfTheTitle) {
            if (!rule.enabled() || !appliesTo(rule, facts.subject())) {
                continue;
            }
            ConditionResult result = evaluate(rule, facts, names);
            conditions.add(result);
            if (rule.mandatory()) {
                overall = Outcome.worse(overall, result.outcome());
            } else {
                grouped.computeIfAbsent(rule.anyGroup(), g -> new TreeMap<>())
                        .computeIfAbsent(rule.option(), o -> new ArrayList<>()).add(result);
            }
        }
        List<GroupResult> groups = new ArrayList<>();
        for (var group : grouped.entrySet()) {
            List<GroupResult.Option> options = new ArrayList<>();
            Outcome best = Outcome.PENDING;
            for (var option : group.getValue().entrySet()) {
                Outcome worst = Outcome.PENDING;
                for (ConditionResult c : option.getValue()) {
                    worst = Outcome.worse(worst, c.outcome());
                }
                options.add(new GroupResult.Option(option.getKey(), worst, option.getValue()));
                best = Outcome.better(best, worst);
            }
            groups.add(new GroupResult(group.getKey(), best, options));
            overall = Outcome.worse(overall, best);
        }
        return new EligibilityResult(overall == Outcome.PENDING ? Outcome.PASS : overall, conditions, groups);
    }

    /** Evaluates one rule, enabled or not. A rule whose parameters cannot be read is NEEDS_REVIEW with the problems as facts. */
    public static ConditionResult evaluate(EligibilityRule rule, CandidateFacts facts, TitleNames names) {
        TitleNames n = names == null ? TitleNames.codesOnly() : names;
        List<String> problems = rule.problems(null);
        if (!problems.isEmpty()) {
            return new ConditionResult(rule, Outcome.NEEDS_REVIEW,
                    rule.kind().label() + ": điều kiện ghi chưa đúng " + Outcome.NEEDS_REVIEW.symbol(), problems);
        }
        RuleParameters p = rule.parameters();
        return switch (rule.kind()) {
            case TITLE_CONSECUTIVE -> titleConsecutive(rule, p, facts, n);
            case TITLE_COUNT -> titleCount(rule, p, facts, n);
            case RATING_CONSECUTIVE -> ratingConsecutive(rule, p, facts);
            case RATING_COUNT -> ratingCount(rule, p, facts);
            case INITIATIVES -> initiatives(rule, p, facts);
            case NO_DISCIPLINE -> noDiscipline(rule, p, facts);
            case MEMBER_TITLE_SHARE -> memberTitleShare(rule, p, facts, n);
            case MEMBER_TASK_SHARE -> memberTaskShare(rule, p, facts);
            case RATIO_CAP -> ratioCap(rule, p, facts, n);
            case BLOCK_RANK -> blockRank(rule, p, facts);
            case VOTE_SHARE -> voteShare(rule, facts);
        };
    }

    /** The vote threshold of the first enabled, readable VOTE_SHARE rule; more than half of the membership otherwise. */
    public static VoteThreshold voteThreshold(List<EligibilityRule> rulesOfTheTitle) {
        return voteThreshold(rulesOfTheTitle, null);
    }

    /** The threshold for a candidate of this kind: a VOTE_SHARE rule meant for the other kind does not apply. */
    public static VoteThreshold voteThreshold(List<EligibilityRule> rulesOfTheTitle, TitleSubject candidate) {
        for (EligibilityRule rule : rulesOfTheTitle) {
            if (rule.enabled() && rule.kind() == RuleKind.VOTE_SHARE && appliesTo(rule, candidate) && rule.problems(null).isEmpty()) {
                return threshold(rule);
            }
        }
        return VoteThreshold.majority(DEFAULT_VOTE_REFERENCE);
    }

    private static VoteThreshold threshold(EligibilityRule rule) {
        RuleParameters p = rule.parameters();
        return new VoteThreshold(p.decimal("percent"),
                p.enumValue("comparison", Comparison.class, Comparison.AT_LEAST) == Comparison.MORE_THAN, rule.legalReference());
    }

    private static ConditionResult titleConsecutive(EligibilityRule rule, RuleParameters p, CandidateFacts facts, TitleNames names) {
        String code = p.text("title");
        String name = names.shortName(code);
        int years = p.integer("years");
        int end = p.bool("includeYear", true) ? facts.year() : facts.year() - 1;
        List<String> lines = new ArrayList<>();
        int held = 0;
        for (int y = end - years + 1; y <= end; y++) {
            TitleHeld t = held(facts, code, y);
            if (t != null) {
                held++;
                lines.add(name + " " + y + " " + Outcome.PASS.symbol() + decision(t.decision()));
            } else {
                lines.add(name + " " + y + " " + Outcome.FAIL.symbol());
            }
        }
        Outcome outcome = held == years ? Outcome.PASS : Outcome.FAIL;
        return result(rule, outcome, name + " " + consecutive(years, end) + ": " + held + "/" + years, lines);
    }

    private static ConditionResult titleCount(EligibilityRule rule, RuleParameters p, CandidateFacts facts, TitleNames names) {
        String code = p.text("title");
        String name = names.shortName(code);
        int count = p.integer("count");
        int window = p.integer("window");
        int end = p.bool("includeYear", true) ? facts.year() : facts.year() - 1;
        List<String> lines = new ArrayList<>();
        int held = 0;
        for (int y = end - window + 1; y <= end; y++) {
            TitleHeld t = held(facts, code, y);
            if (t != null) {
                held++;
                lines.add(name + " " + y + " " + Outcome.PASS.symbol() + decision(t.decision()));
            }
        }
        if (held == 0) {
            lines.add("Không có " + name + " nào trong " + span(end - window + 1, end));
        }
        Outcome outcome = held >= count ? Outcome.PASS : Outcome.FAIL;
        String what = window == 1 ? name + " " + span(end, end) : name + " ít nhất " + count + " lần trong " + span(end - window + 1, end);
        return result(rule, outcome, what + ": " + held + "/" + count, lines);
    }

    private static ConditionResult ratingConsecutive(EligibilityRule rule, RuleParameters p, CandidateFacts facts) {
        PerformanceRating rating = p.enumValue("rating", PerformanceRating.class);
        int years = p.integer("years");
        int end = p.bool("includeYear", true) ? facts.year() : facts.year() - 1;
        Tally t = ratings(facts, rating, end - years + 1, end);
        Outcome outcome = t.failed > 0 ? Outcome.FAIL : t.missing > 0 ? Outcome.NEEDS_REVIEW : Outcome.PASS;
        return result(rule, outcome, ratingPhrase(rating) + " " + consecutive(years, end) + ": " + t.met + "/" + years, t.lines);
    }

    private static ConditionResult ratingCount(EligibilityRule rule, RuleParameters p, CandidateFacts facts) {
        PerformanceRating rating = p.enumValue("rating", PerformanceRating.class);
        int count = p.integer("count");
        int window = p.integer("window");
        int end = p.bool("includeYear", true) ? facts.year() : facts.year() - 1;
        Tally t = ratings(facts, rating, end - window + 1, end);
        Outcome outcome = t.met >= count ? Outcome.PASS : t.met + t.missing >= count ? Outcome.NEEDS_REVIEW : Outcome.FAIL;
        String what = window == 1 ? ratingPhrase(rating) + " " + span(end, end)
                : ratingPhrase(rating) + " ít nhất " + count + " năm trong " + span(end - window + 1, end);
        return result(rule, outcome, what + ": " + t.met + "/" + count, t.lines);
    }

    private record Tally(int met, int failed, int missing, List<String> lines) {
    }

    private static Tally ratings(CandidateFacts facts, PerformanceRating rating, int from, int to) {
        int met = 0;
        int failed = 0;
        int missing = 0;
        List<String> lines = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            PerformanceRating r = facts.ratings().get(y);
            if (r == null) {
                missing++;
                lines.add("Năm " + y + ": chưa có xếp loại " + Outcome.NEEDS_REVIEW.symbol());
            } else if (r.atLeast(rating)) {
                met++;
                lines.add("Năm " + y + ": " + r.label() + " " + Outcome.PASS.symbol());
            } else {
                failed++;
                lines.add("Năm " + y + ": " + r.label() + " " + Outcome.FAIL.symbol());
            }
        }
        return new Tally(met, failed, missing, lines);
    }

    private static ConditionResult initiatives(EligibilityRule rule, RuleParameters p, CandidateFacts facts) {
        RecognitionLevel level = p.enumValue("level", RecognitionLevel.class);
        int count = p.integer("count");
        int window = p.integer("window");
        int from = facts.year() - window + 1;
        List<InitiativeRecord> inRange = facts.initiatives().stream()
                .filter(i -> i.year() >= from && i.year() <= facts.year() && i.level() != null)
                .sorted(Comparator.comparingInt(InitiativeRecord::year)).toList();
        List<String> lines = new ArrayList<>();
        int met = 0;
        for (InitiativeRecord i : inRange) {
            boolean counts = i.level().atLeast(level);
            if (counts) {
                met++;
            }
            lines.add("Sáng kiến «" + i.name() + "» " + i.level().label() + " năm " + i.year() + " "
                    + (counts ? Outcome.PASS : Outcome.FAIL).symbol() + decision(i.decision()));
        }
        if (inRange.isEmpty()) {
            lines.add("Không có sáng kiến nào được công nhận trong " + span(from, facts.year()));
        }
        String what = "Sáng kiến " + level.label() + (level == RecognitionLevel.NATIONAL ? "" : " trở lên");
        return result(rule, met >= count ? Outcome.PASS : Outcome.FAIL, what + " " + span(from, facts.year()) + ": " + met + "/" + count,
                lines);
    }

    private static ConditionResult noDiscipline(EligibilityRule rule, RuleParameters p, CandidateFacts facts) {
        DisciplineMeasure severity = p.enumValue("severity", DisciplineMeasure.class);
        List<DisciplineRecord> inYear = facts.disciplines().stream()
                .filter(d -> d.measure() != null && d.decidedOn() != null && d.decidedOn().getYear() == facts.year())
                .sorted(Comparator.comparing(DisciplineRecord::decidedOn)).toList();
        List<String> lines = new ArrayList<>();
        int blocking = 0;
        for (DisciplineRecord d : inYear) {
            boolean blocks = d.measure().atLeast(severity);
            if (blocks) {
                blocking++;
            }
            lines.add(d.measure().label() + " ngày " + VietnameseDates.format(d.decidedOn()) + " "
                    + (blocks ? Outcome.FAIL : Outcome.PASS).symbol() + decision(d.decision()));
        }
        if (inYear.isEmpty()) {
            lines.add("Không có quyết định kỷ luật nào trong năm " + facts.year());
        }
        String what = "Không bị kỷ luật từ mức " + lowerFirst(severity.label()) + " trở lên năm " + facts.year();
        if (blocking == 0) {
            return result(rule, Outcome.PASS, what + ":", lines);
        }
        return result(rule, Outcome.FAIL, what + ": " + blocking + " quyết định", lines);
    }

    private static ConditionResult memberTitleShare(EligibilityRule rule, RuleParameters p, CandidateFacts facts, TitleNames names) {
        String code = p.text("title");
        String name = names.shortName(code);
        BigDecimal percent = p.decimal("percent");
        int minCount = p.integer("minCount", 0);
        Comparison comparison = p.enumValue("comparison", Comparison.class, Comparison.AT_LEAST);
        List<String> parts = new ArrayList<>();
        if (percent != null) {
            parts.add(comparison.sign() + " " + VietnameseNumbers.format(percent) + " %");
        }
        if (minCount > 0) {
            parts.add("ít nhất " + minCount + " người");
        }
        String what = "Thành viên đạt " + name + " " + String.join(" và ", parts) + " năm " + facts.year();
        MemberFacts m = facts.members();
        if (m == null || m.memberCount() <= 0) {
            return noMembers(rule, what);
        }
        int holding = m.holding(code);
        int possible = Math.min(m.memberCount(), holding + m.unrated());
        Outcome outcome = memberShareMet(holding, m.memberCount(), percent, comparison, minCount) ? Outcome.PASS
                : memberShareMet(possible, m.memberCount(), percent, comparison, minCount) ? Outcome.NEEDS_REVIEW : Outcome.FAIL;
        List<String> lines = new ArrayList<>();
        lines.add("Tổng số thành viên: " + m.memberCount());
        lines.add("Số thành viên đạt " + name + ": " + holding);
        if (m.unrated() > 0) {
            lines.add("Số thành viên chưa xếp loại: " + m.unrated());
        }
        return result(rule, outcome, what + ": " + holding + "/" + m.memberCount() + " = " + share(holding, m.memberCount()) + " %",
                lines);
    }

    private static boolean memberShareMet(int holding, int members, BigDecimal percent, Comparison comparison, int minCount) {
        return (percent == null || shareMet(holding, members, percent, comparison == Comparison.MORE_THAN)) && holding >= minCount;
    }

    private static ConditionResult memberTaskShare(EligibilityRule rule, RuleParameters p, CandidateFacts facts) {
        BigDecimal percent = p.decimal("percent");
        boolean strictlyMore = p.enumValue("comparison", Comparison.class, Comparison.AT_LEAST) == Comparison.MORE_THAN;
        String what = "Thành viên " + lowerFirst(PerformanceRating.COMPLETED.label()) + " trở lên " + (strictlyMore ? "> " : "≥ ")
                + VietnameseNumbers.format(percent) + " % năm " + facts.year();
        MemberFacts m = facts.members();
        if (m == null || m.memberCount() <= 0) {
            return noMembers(rule, what);
        }
        int completing = m.completingTasks();
        int possible = Math.min(m.memberCount(), completing + m.unrated());
        Outcome outcome = shareMet(completing, m.memberCount(), percent, strictlyMore) ? Outcome.PASS
                : shareMet(possible, m.memberCount(), percent, strictlyMore) ? Outcome.NEEDS_REVIEW : Outcome.FAIL;
        List<String> lines = new ArrayList<>();
        lines.add("Tổng số thành viên: " + m.memberCount());
        lines.add("Số thành viên " + lowerFirst(PerformanceRating.COMPLETED.label()) + " trở lên: " + completing);
        if (m.unrated() > 0) {
            lines.add("Số thành viên chưa xếp loại: " + m.unrated());
        }
        return result(rule, outcome,
                what + ": " + completing + "/" + m.memberCount() + " = " + share(completing, m.memberCount()) + " %", lines);
    }

    private static ConditionResult noMembers(EligibilityRule rule, String what) {
        return result(rule, Outcome.NEEDS_REVIEW, what + ": chưa có số liệu thành viên", List.of("Chưa có số liệu thành viên của tập thể"));
    }

    private static ConditionResult ratioCap(EligibilityRule rule, RuleParameters p, CandidateFacts facts, TitleNames names) {
        String title = names.shortName(p.text("title"));
        String over = names.shortName(p.text("over"));
        BigDecimal percent = p.decimal("percent");
        String what = "Tỷ lệ " + title + " / " + over + " ≤ " + VietnameseNumbers.format(percent) + " % năm " + facts.year();
        if (facts.unitTitleCounts() == null) {
            return result(rule, Outcome.NEEDS_REVIEW, what + ": chưa có số liệu của đơn vị",
                    List.of("Chưa có số lượng danh hiệu của đơn vị trong năm"));
        }
        int count = facts.unitTitleCounts().getOrDefault(p.text("title"), 0);
        int overCount = facts.unitTitleCounts().getOrDefault(p.text("over"), 0);
        List<String> lines = List.of(title + " (đã đạt và được đề nghị) trong đơn vị: " + count,
                over + " (đã đạt và được đề nghị) trong đơn vị: " + overCount);
        if (overCount == 0) {
            return result(rule, count > 0 ? Outcome.FAIL : Outcome.PASS, what + ": " + count + "/0", lines);
        }
        Outcome outcome = withinCap(count, overCount, percent) ? Outcome.PASS : Outcome.FAIL;
        return result(rule, outcome, what + ": " + count + "/" + overCount + " = " + share(count, overCount) + " %", lines);
    }

    private static ConditionResult blockRank(EligibilityRule rule, RuleParameters p, CandidateFacts facts) {
        int rank = p.integer("rank");
        String what = (rank == 1 ? "Đứng đầu khối thi đua" : "Xếp hạng từ 1 đến " + rank + " trong khối thi đua") + " năm " + facts.year();
        BlockStanding s = facts.standing();
        if (s == null) {
            return result(rule, Outcome.NEEDS_REVIEW, what + ": chưa có xếp hạng", List.of("Chưa có kết quả xếp hạng được công bố"));
        }
        Outcome outcome = s.rank() >= 1 && s.rank() <= rank ? Outcome.PASS : Outcome.FAIL;
        String tie = s.tied() ? " (đồng hạng)" : "";
        String block = s.blockName() == null || s.blockName().isBlank() ? "Khối thi đua" : s.blockName();
        return result(rule, outcome, what + ": hạng " + s.rank() + "/" + s.unitsInBlock() + tie,
                List.of(block + ": hạng " + s.rank() + " trên " + s.unitsInBlock() + " đơn vị" + (s.tied() ? ", đồng hạng" : "")));
    }

    private static ConditionResult voteShare(EligibilityRule rule, CandidateFacts facts) {
        VoteThreshold threshold = threshold(rule);
        String what = "Phiếu đồng ý " + threshold.describe();
        VoteTally v = facts.vote();
        if (v == null) {
            return result(rule, Outcome.PENDING, what + ": chưa bỏ phiếu", List.of("Chưa kết thúc bỏ phiếu"));
        }
        if (v.membership() <= 0) {
            return result(rule, Outcome.NEEDS_REVIEW, what + ": chưa có số thành viên Hội đồng",
                    List.of("Phiếu đồng ý: " + v.approving(), "Chưa có tổng số thành viên Hội đồng"));
        }
        Outcome outcome = threshold.passes(v.approving(), v.membership()) ? Outcome.PASS : Outcome.FAIL;
        return result(rule, outcome, what + ": " + v.approving() + "/" + v.membership() + " = " + share(v.approving(), v.membership()) + " %",
                List.of("Phiếu đồng ý: " + v.approving(), "Tổng số thành viên Hội đồng: " + v.membership()));
    }

    // --- helpers shared with RatioCaps

    /** Exact: part × 100 against percent × whole. */
    static boolean shareMet(int part, int whole, BigDecimal percent, boolean strictlyMore) {
        int c = BigDecimal.valueOf(part).multiply(HUNDRED).compareTo(percent.multiply(BigDecimal.valueOf(whole)));
        return strictlyMore ? c > 0 : c >= 0;
    }

    static boolean withinCap(int count, int over, BigDecimal percent) {
        return BigDecimal.valueOf(count).multiply(HUNDRED).compareTo(percent.multiply(BigDecimal.valueOf(over))) <= 0;
    }

    /** part × 100 / whole with one decimal, rounded half up. */
    static BigDecimal sharePercent(int part, int whole) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** "20,0". */
    static String share(int part, int whole) {
        return VietnameseNumbers.format(sharePercent(part, whole), 1);
    }

    private static ConditionResult result(EligibilityRule rule, Outcome outcome, String text, List<String> facts) {
        return new ConditionResult(rule, outcome, text + " " + outcome.symbol(), facts);
    }

    private static TitleHeld held(CandidateFacts facts, String code, int year) {
        for (TitleHeld t : facts.titles()) {
            if (t.year() == year && code.equals(t.titleCode())) {
                return t;
            }
        }
        return null;
    }

    private static String decision(String decision) {
        return decision == null || decision.isBlank() ? "" : " (" + decision.strip() + ")";
    }

    /** "3 năm liên tục đến năm 2025", or "năm 2025" for one year. */
    private static String consecutive(int years, int end) {
        return years == 1 ? "năm " + end : years + " năm liên tục đến năm " + end;
    }

    /** "2023–2025", or "năm 2025" for one year. */
    private static String span(int from, int to) {
        return from == to ? "năm " + to : from + "–" + to;
    }

    private static String ratingPhrase(PerformanceRating rating) {
        return "Xếp loại " + lowerFirst(rating.label()) + (rating == PerformanceRating.EXCELLENT ? "" : " trở lên");
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
