package vn.thidua.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import vn.thidua.common.Messages;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.VietnameseDates;
import vn.thidua.common.VietnameseNumbers;
import vn.thidua.criteria.Criterion;
import vn.thidua.criteria.CriterionScore;
import vn.thidua.plan.EmulationPlan;
import vn.thidua.plan.Indicator;
import vn.thidua.plan.IndicatorService;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.PlanTask;
import vn.thidua.plan.TargetText;
import vn.thidua.plan.TargetValue;
import vn.thidua.plan.TaskService;
import vn.thidua.plan.YearTarget;
import vn.thidua.report.ReviewRows.CompletenessLine;
import vn.thidua.report.ReviewRows.IndicatorRow;
import vn.thidua.report.ReviewRows.IndicatorTrendRow;
import vn.thidua.report.ReviewRows.RankingRow;
import vn.thidua.report.ReviewRows.ScorecardRow;
import vn.thidua.report.ReviewRows.TaskRow;
import vn.thidua.review.BoardService;
import vn.thidua.review.Contribution;
import vn.thidua.review.CriterionResult;
import vn.thidua.review.RankedUnit;
import vn.thidua.review.ReviewRound;
import vn.thidua.review.RoundService;
import vn.thidua.review.RoundService.BlockRanking;
import vn.thidua.review.UnitResult;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;
import vn.thidua.submission.Answer;
import vn.thidua.submission.Completeness;
import vn.thidua.submission.CompletenessRow;
import vn.thidua.submission.CompletenessService;
import vn.thidua.submission.ReportingState;
import vn.thidua.submission.SelfScore;
import vn.thidua.submission.Submission;
import vn.thidua.submission.SubmissionService;
import vn.thidua.submission.SubmissionStatus;
import vn.thidua.submission.TaskProgress;
import vn.thidua.submission.TaskReport;

/**
 * The printed documents of the review and of a plan's monitoring: a unit's scorecard, the ranking of each emulation
 * block, indicator achievement, reporting completeness and task progress. Data are read through the services, so
 * their role and unit checks apply; each document is built in full (and refused) before anything is written.
 */
@ApplicationScoped
public class ReviewDocuments {

    static final String MET = "Đạt";
    static final String UNMET = "Không đạt";
    static final String TIED = "Đồng hạng";
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String SECRETARIAT = "THƯỜNG TRỰC HỘI ĐỒNG TĐKT";

    /** A document ready to be written: template, parameters, rows, and the names it goes by. */
    public record Document(String template, Map<String, Object> parameters, List<? extends Record> rows, String title,
                           String fileName) {

        public void write(ReportFormat format, OutputStream out) {
            ReportRenderer.render(template, parameters, new RecordDataSource(rows), format, title, out);
        }

        /** The attachment's name: ASCII, with the format's extension. */
        public String fileName(ReportFormat format) {
            return fileName + "." + format.extension();
        }
    }

    /** The official header: issuing body, its office (bold), place and date, title and the line under it. */
    public record Header(String issuingBody, String issuingUnit, String placeAndDate, String title, String subtitle) {

        Map<String, Object> parameters() {
            Map<String, Object> p = new HashMap<>();
            p.put("ISSUING_BODY", issuingBody);
            p.put("ISSUING_UNIT", issuingUnit);
            p.put("PLACE_AND_DATE", placeAndDate);
            p.put("TITLE", title);
            p.put("SUBTITLE", subtitle);
            return p;
        }
    }

    /** The totals printed under a scorecard. */
    public record ScorecardTotals(String criteriaPoints, String bonus, String penalty, String total, String selfTotal,
                                  String block, String rank, String band) {
    }

    @Inject
    private RoundService rounds;

    @Inject
    private BoardService boards;

    @Inject
    private SubmissionService submissions;

    @Inject
    private CompletenessService completeness;

    @Inject
    private PlanService plans;

    @Inject
    private IndicatorService indicators;

    @Inject
    private TaskService tasks;

    @Inject
    private CurrentUser currentUser;

    // ------------------------------------------------------------------ documents from in-memory rows

    public static Document ranking(Header header, String note, List<RankingRow> rows, String fileName) {
        Map<String, Object> p = header.parameters();
        p.put("NOTE", note);
        return new Document("block-ranking", p, rows, "Bảng xếp hạng khối thi đua", fileName);
    }

    public static Document scorecard(Header header, ScorecardTotals totals, List<ScorecardRow> rows, String fileName) {
        Map<String, Object> p = header.parameters();
        p.put("CRITERIA_POINTS", totals.criteriaPoints());
        p.put("BONUS", totals.bonus());
        p.put("PENALTY", totals.penalty());
        p.put("TOTAL", totals.total());
        p.put("SELF_TOTAL", totals.selfTotal());
        p.put("BLOCK", totals.block());
        p.put("RANK", totals.rank());
        p.put("BAND", totals.band());
        return new Document("unit-scorecard", p, rows, "Bảng chấm điểm thi đua", fileName);
    }

    public static Document indicatorAchievement(Header header, List<IndicatorRow> rows, String fileName) {
        return new Document("indicator-achievement", header.parameters(), rows, "Kết quả thực hiện chỉ tiêu", fileName);
    }

    /**
     * @param total the whole plan year: expected, on time, late, returned, draft, not started, reporting rate
     */
    public static Document completeness(Header header, List<String> total, List<CompletenessLine> rows, String fileName) {
        Map<String, Object> p = header.parameters();
        String[] names = {"TOTAL_LABEL", "TOTAL_ON_TIME", "TOTAL_LATE", "TOTAL_RETURNED", "TOTAL_DRAFT", "TOTAL_NOT_STARTED", "TOTAL_RATE"};
        for (int i = 0; i < names.length; i++) {
            p.put(names[i], total.get(i));
        }
        return new Document("submission-completeness", p, rows, "Tình hình nộp báo cáo", fileName);
    }

    public static Document taskProgress(Header header, String summary, List<TaskRow> rows, String fileName) {
        Map<String, Object> p = header.parameters();
        p.put("SUMMARY", summary);
        return new Document("task-progress", p, rows, "Tiến độ thực hiện nhiệm vụ", fileName);
    }

    // ------------------------------------------------------------------ documents from the services

    /** The ranking of every block of a round, exactly as {@link RoundService#results} ranks it. */
    public Document ranking(long roundId) {
        ReviewRound round = rounds.find(roundId);
        List<BlockRanking> results = rounds.results(roundId);
        EmulationPlan plan = round.getBoard().getPlan();
        Header header = new Header(upper(plan.getIssuingBody()), upper(round.getBoard().getName()), placeAndDate(plan),
                "BẢNG XẾP HẠNG KHỐI THI ĐUA",
                round.getName() + " – Kế hoạch " + plan.getNumberSymbol() + ", năm " + round.getBoard().getYear());
        String note = "Xếp loại: " + vn.thidua.review.Band.format(round.getBandList()) + ". Khi bằng điểm, xét lần lượt: "
                + String.join("; ", round.getTieBreakList().stream().map(t -> switch (t) {
                    case MORE_CRITERIA_MET -> "nhiều tiêu chí đạt hơn";
                    case FEWER_PENALTY_POINTS -> "ít điểm trừ hơn";
                    case HIGHER_CRITERIA_POINTS -> "điểm tiêu chí cao hơn";
                }).toList()) + "; còn bằng nhau thì đồng hạng.";
        return ranking(header, note, rankingRows(results), "bang-xep-hang-dot-" + roundId);
    }

    public static List<RankingRow> rankingRows(List<BlockRanking> results) {
        List<RankingRow> rows = new ArrayList<>();
        for (BlockRanking block : results) {
            for (RankedUnit u : block.units()) {
                rows.add(new RankingRow(block.block(), String.valueOf(u.rank()), u.entry().unitName(), points(u.entry().total()),
                        String.valueOf(u.entry().criteriaMet()), points(u.entry().penaltyPoints()), u.band() == null ? "" : u.band(),
                        u.tied() ? TIED : ""));
            }
        }
        return rows;
    }

    /**
     * A unit's scorecard in a round: the office and the round's board see every unit's, a unit's staff only their
     * own unit's (and those below it); before publication only the office and the board.
     */
    public Document scorecard(long roundId, long unitId) {
        ReviewRound round = rounds.find(roundId);
        List<BlockRanking> results = rounds.results(roundId);
        BlockRanking block = null;
        RankedUnit ranked = null;
        for (BlockRanking b : results) {
            for (RankedUnit u : b.units()) {
                if (u.entry().unitId() == unitId) {
                    block = b;
                    ranked = u;
                }
            }
        }
        if (ranked == null) {
            throw new NotFoundException(Messages.vietnamese("error.notFound.record"));
        }
        Long submissionId = block.submissionOfUnit().get(unitId);
        boolean officeOrBoard = currentUser.hasAnyRole(Role.SECRETARIAT, Role.ADMIN) || boards.membershipOf(round.getBoard()) != null;
        if (!officeOrBoard) {
            submissions.find(submissionId); // the unit scope: another unit's card is refused
        }
        Map.Entry<Submission, Map<Long, CriterionResult>> entry = rounds.criterionResults(round).entrySet().stream()
                .filter(e -> e.getKey().getId().equals(submissionId)).findFirst()
                .orElseThrow(() -> new NotFoundException(Messages.vietnamese("error.notFound.record")));
        Submission submission = entry.getKey();
        Map<Long, CriterionResult> results1 = entry.getValue();
        List<Criterion> criteria = submissions.criteriaOf(submission);
        Map<Long, Answer> answers = submissions.answerCopies(submission);
        SelfScore self = submissions.selfScore(submission, answers);
        int year = submission.getYear();
        List<ScorecardRow> rows = new ArrayList<>();
        for (Criterion c : criteria) {
            if (c.isGroup()) {
                BigDecimal review = criteria.stream().filter(l -> !l.isGroup() && l.isUnder(c) && results1.containsKey(l.getId()))
                        .map(l -> results1.get(l.getId()).points()).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal max = c.getMaxPoints() != null ? c.getMaxPoints() : criteria.stream()
                        .filter(l -> !l.isGroup() && l.isUnder(c) && !l.getKind().isBonusOrPenalty())
                        .map(Criterion::getMaxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
                rows.add(new ScorecardRow(c.getCode(), c.getName(), true, VietnameseNumbers.format(max), "", "", "",
                        points(self.pointsOf(c)), points(review), ""));
                continue;
            }
            rows.add(scorecardRow(c, answers.get(c.getId()), self.scoreOf(c), results1.get(c.getId()), year));
        }
        UnitResult result = UnitResult.of(results1);
        EmulationPlan plan = round.getBoard().getPlan();
        Header header = new Header(upper(plan.getIssuingBody()), upper(round.getBoard().getName()), placeAndDate(plan),
                "BẢNG CHẤM ĐIỂM THI ĐUA", submission.getUnit().getName() + " – " + round.getName() + " (Kế hoạch "
                + plan.getNumberSymbol() + ")");
        ScorecardTotals totals = new ScorecardTotals(points(result.criteriaPoints()), points(result.bonusPoints()),
                points(result.penaltyPoints()), points(ranked.entry().total()), points(self.total().total()), block.block(),
                ranked.rank() + "/" + block.units().size() + (ranked.tied() ? " (đồng hạng)" : ""),
                ranked.band() == null ? "Không xếp loại" : ranked.band());
        return scorecard(header, totals, rows, "bang-cham-diem-" + AwardDocuments.ascii(submission.getUnit().getCode()) + "-dot-" + roundId);
    }

    static ScorecardRow scorecardRow(Criterion c, Answer answer, CriterionScore own, CriterionResult review, int year) {
        String target = "";
        String reported = "";
        String rate = "";
        if (answer != null) {
            switch (c.getKind()) {
                case NUMERIC_TARGET -> {
                    Indicator indicator = c.getIndicator();
                    if (indicator != null && indicator.isRate() && answer.getNumerator() != null && answer.getDenominator() != null) {
                        reported = VietnameseNumbers.format(answer.getNumerator()) + " / " + VietnameseNumbers.format(answer.getDenominator());
                        rate = value(indicator.rate(answer.getNumerator(), answer.getDenominator()));
                    } else {
                        reported = value(answer.getValue());
                    }
                }
                case SURVEY_PERCENTAGE -> {
                    reported = count(answer.getSatisfied()) + " / " + count(answer.getSurveyed());
                    rate = percent(answer.getSatisfied(), answer.getSurveyed());
                }
                case TASK_COMPLETION -> {
                    reported = count(answer.getCompleted()) + " / " + count(answer.getAssigned());
                    rate = percent(answer.getCompleted(), answer.getAssigned());
                }
                case YES_NO -> reported = answer.getYes() == null ? "" : answer.getYes() ? "Có" : "Không";
                case CHECKLIST -> {
                    List<Boolean> yes = answer.getChecklistAnswers();
                    reported = yes.stream().filter(Boolean.TRUE::equals).count() + " / " + c.getItems().size() + " mục";
                }
                case BONUS -> reported = value(answer.getClaimed());
                case PENALTY -> reported = answer.getViolations() == null ? "" : answer.getViolations() + " vi phạm";
            }
        }
        if (c.getKind().usesAchievement()) {
            target = TargetText.format(c.targetFor(year));
        }
        String mark;
        if (review == null || review.missing()) {
            mark = "Chưa chấm";
        } else if (review.contribution() == Contribution.BONUS) {
            mark = "";
        } else {
            mark = review.met() ? MET : UNMET;
        }
        return new ScorecardRow(c.getCode(), c.getName(), false, VietnameseNumbers.format(c.getMaxPoints()), target, reported, rate,
                own == null || own.missing() ? "" : points(own.points()), review == null || review.missing() ? "" : points(review.points()),
                mark);
    }

    /** Each indicator's target for the year against each reporting unit's value (submitted and accepted reports). */
    public Document indicatorAchievement(long planId, int year) {
        EmulationPlan plan = plans.find(planId);
        List<Indicator> list = indicators.list(planId);
        List<Submission> reports = submissions.visible(planId, year).stream()
                .filter(s -> s.getStatus() == SubmissionStatus.SUBMITTED || s.getStatus() == SubmissionStatus.ACCEPTED)
                .sorted(Comparator.comparing(s -> s.getUnit().getName(), Collator.getInstance(VI))).toList();
        Map<Submission, List<Criterion>> criteria = new LinkedHashMap<>();
        reports.forEach(s -> criteria.put(s, submissions.criteriaOf(s)));
        List<IndicatorRow> rows = new ArrayList<>();
        for (Indicator indicator : list) {
            TargetValue target = indicator.targetApplying(year).map(YearTarget::target).orElse(null);
            String targetText = TargetText.format(target);
            String label = (indicator.getCode() == null ? "" : indicator.getCode() + ". ") + indicator.getName()
                    + (indicator.getUnitOfMeasure() == null || indicator.getUnitOfMeasure().isBlank() ? "" : " (" + indicator.getUnitOfMeasure() + ")")
                    + " – chỉ tiêu năm " + year + ": " + (target == null ? "chưa đặt" : targetText);
            List<String[]> units = new ArrayList<>();
            int met = 0;
            for (Map.Entry<Submission, List<Criterion>> e : criteria.entrySet()) {
                Criterion c = e.getValue().stream().filter(x -> !x.isGroup() && x.getIndicator() != null
                        && x.getIndicator().getId().equals(indicator.getId())).findFirst().orElse(null);
                if (c == null) {
                    continue;
                }
                Answer answer = e.getKey().answerTo(c).orElse(null);
                BigDecimal actual = answer == null ? null : SelfScore.actualValue(c, answer);
                String mark = actual == null ? "Chưa nhập" : target == null ? "" : target.isMetBy(actual) ? MET : UNMET;
                if (MET.equals(mark)) {
                    met++;
                }
                units.add(new String[] {e.getKey().getUnit().getName(), value(actual), mark});
            }
            String key = String.valueOf(indicator.getId());
            String summary = units.isEmpty() ? "Chưa có đơn vị báo cáo" : "Số đơn vị đạt: " + met + "/" + units.size();
            if (units.isEmpty()) {
                rows.add(new IndicatorRow(key, label, targetText, "", "", "", summary));
            }
            for (String[] u : units) {
                rows.add(new IndicatorRow(key, label, targetText, u[0], u[1], u[2], summary));
            }
        }
        Header header = new Header(upper(plan.getIssuingBody()), SECRETARIAT, placeAndDate(plan), "KẾT QUẢ THỰC HIỆN CHỈ TIÊU",
                "Kế hoạch " + plan.getNumberSymbol() + " – năm " + year);
        return indicatorAchievement(header, rows, "ket-qua-chi-tieu-" + planId + "-" + year);
    }

    /**
     * The plan's indicators over its years, for the mid-term and final reviews: the baseline, then per year the target and
     * the mean of the reporting units' values (submitted and accepted reports) with met/unmet, and the final target.
     */
    public Document indicatorTrend(long planId) {
        EmulationPlan plan = plans.find(planId);
        List<Indicator> list = indicators.list(planId);
        Map<Integer, Map<Submission, List<Criterion>>> byYear = new LinkedHashMap<>();
        for (int year : plan.getYears()) {
            Map<Submission, List<Criterion>> criteria = new LinkedHashMap<>();
            submissions.visible(planId, year).stream()
                    .filter(s -> s.getStatus() == SubmissionStatus.SUBMITTED || s.getStatus() == SubmissionStatus.ACCEPTED)
                    .forEach(s -> criteria.put(s, submissions.criteriaOf(s)));
            byYear.put(year, criteria);
        }
        List<IndicatorTrendRow> rows = new ArrayList<>();
        for (Indicator indicator : list) {
            String key = String.valueOf(indicator.getId());
            TargetValue last = indicator.targetApplying(plan.getEndYear()).map(YearTarget::target).orElse(null);
            String label = (indicator.getCode() == null ? "" : indicator.getCode() + ". ") + indicator.getName()
                    + (indicator.getUnitOfMeasure() == null || indicator.getUnitOfMeasure().isBlank() ? "" : " (" + indicator.getUnitOfMeasure() + ")")
                    + " – chỉ tiêu đến năm " + plan.getEndYear() + ": " + (last == null ? "chưa đặt" : TargetText.format(last));
            List<String[]> periods = new ArrayList<>(); // period, target, value, mark
            indicator.getTargets().stream().filter(YearTarget::isBaseline).findFirst()
                    .ifPresent(b -> periods.add(new String[] {"Năm gốc " + b.getYear(), "", TargetText.format(b.target()), ""}));
            int metYears = 0;
            int reportedYears = 0;
            for (Map.Entry<Integer, Map<Submission, List<Criterion>>> y : byYear.entrySet()) {
                TargetValue target = indicator.targetApplying(y.getKey()).map(YearTarget::target).orElse(null);
                List<BigDecimal> values = new ArrayList<>();
                for (Map.Entry<Submission, List<Criterion>> e : y.getValue().entrySet()) {
                    e.getValue().stream().filter(x -> !x.isGroup() && x.getIndicator() != null && x.getIndicator().getId().equals(indicator.getId()))
                            .findFirst().flatMap(c -> e.getKey().answerTo(c).map(a -> SelfScore.actualValue(c, a)))
                            .ifPresent(values::add);
                }
                BigDecimal mean = values.isEmpty() ? null : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(values.size()), 4, java.math.RoundingMode.HALF_UP);
                String mark = mean == null ? "Chưa có báo cáo" : target == null ? "" : target.isMetBy(mean) ? MET : UNMET;
                if (mean != null) {
                    reportedYears++;
                    metYears += MET.equals(mark) ? 1 : 0;
                }
                periods.add(new String[] {y.getKey() + (values.isEmpty() ? "" : " (" + values.size() + " đơn vị)"),
                        target == null ? "" : TargetText.format(target), value(mean), mark});
            }
            String summary = "Số năm đạt chỉ tiêu: " + metYears + "/" + reportedYears;
            periods.forEach(p -> rows.add(new IndicatorTrendRow(key, label, p[0], p[1], p[2], p[3], summary)));
        }
        Header header = new Header(upper(plan.getIssuingBody()), SECRETARIAT, placeAndDate(plan), "KẾT QUẢ THỰC HIỆN CHỈ TIÊU GIAI ĐOẠN",
                "Kế hoạch " + plan.getNumberSymbol() + " – giai đoạn " + plan.getStartYear() + "–" + plan.getEndYear());
        return indicatorTrend(header, rows, "chi-tieu-giai-doan-" + planId);
    }

    public static Document indicatorTrend(Header header, List<IndicatorTrendRow> rows, String fileName) {
        return new Document("indicator-trend", header.parameters(), rows, "Chỉ tiêu giai đoạn", fileName);
    }

    /** Who reported for a plan year, per block and unit, as {@link CompletenessService#dashboard} counts it. */
    public Document completeness(long planId, int year) {
        Completeness c = completeness.dashboard(planId, year);
        EmulationPlan plan = plans.find(planId);
        Map<String, Completeness.Group> groups = new LinkedHashMap<>();
        c.byBlock().forEach(g -> groups.put(g.name(), g));
        List<CompletenessLine> rows = new ArrayList<>();
        Collator collator = Collator.getInstance(VI);
        for (Completeness.Group g : groups.values()) {
            List<CompletenessRow> units = c.rows().stream().filter(r -> Objects.equals(r.block() == null ? "" : r.block(), g.name()))
                    .sorted(Comparator.comparing(CompletenessRow::unitName, collator)).toList();
            for (CompletenessRow r : units) {
                LocalDate on = r.submittedAt() == null ? null
                        : r.submittedAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(VietnameseDates.PROVINCE_ZONE).toLocalDate();
                rows.add(new CompletenessLine(g.name(), r.unitName(), x(r, ReportingState.ON_TIME),
                        x(r, ReportingState.LATE) + (r.state() == ReportingState.LATE && r.daysLate() != null ? " (" + r.daysLate() + " ngày)" : ""),
                        x(r, ReportingState.RETURNED), x(r, ReportingState.DRAFT), x(r, ReportingState.NOT_STARTED),
                        VietnameseDates.format(on), "Cộng khối (" + g.expected() + " đơn vị)", n(g, ReportingState.ON_TIME),
                        n(g, ReportingState.LATE), n(g, ReportingState.RETURNED), n(g, ReportingState.DRAFT),
                        n(g, ReportingState.NOT_STARTED), VietnameseNumbers.format(g.reportedPercent(), 1) + " %"));
            }
        }
        Completeness.Group t = c.total();
        List<String> total = List.of("Toàn ngành (" + t.expected() + " đơn vị)", n(t, ReportingState.ON_TIME), n(t, ReportingState.LATE),
                n(t, ReportingState.RETURNED), n(t, ReportingState.DRAFT), n(t, ReportingState.NOT_STARTED),
                VietnameseNumbers.format(t.reportedPercent(), 1) + " %");
        Header header = new Header(upper(plan.getIssuingBody()), SECRETARIAT, placeAndDate(plan), "TÌNH HÌNH NỘP BÁO CÁO THI ĐUA",
                "Kế hoạch " + plan.getNumberSymbol() + " – báo cáo năm " + year + deadline(plan, year));
        return completeness(header, total, rows, "tinh-hinh-nop-bao-cao-" + planId + "-" + year);
    }

    /**
     * The plan's tasks per lead body with the progress the lead unit reported for a year (the latest year reported
     * when none is given). The office sees every task; a unit's staff the tasks their units lead.
     */
    public Document taskProgress(long planId, Integer year) {
        EmulationPlan plan = plans.find(planId);
        List<PlanTask> all = tasks.list(planId);
        List<Submission> visible = submissions.visible(planId, year);
        int reportYear = year != null ? year : visible.isEmpty() ? Math.min(Math.max(LocalDate.now().getYear(), plan.getStartYear()),
                plan.getEndYear()) : visible.get(0).getYear();
        Map<Long, TaskReport> reports = new HashMap<>();
        for (Submission s : visible) {
            if (s.getYear() == reportYear) {
                reports.putAll(submissions.taskReports(s));
            }
        }
        boolean provinceWide = currentUser.scope().provinceWide();
        Collator collator = Collator.getInstance(VI);
        List<PlanTask> shown = all.stream()
                .filter(t -> provinceWide || t.getLeadUnit() != null && currentUser.scope().covers(t.getLeadUnit().getPath()))
                .sorted(Comparator.comparing((PlanTask t) -> t.getLeadName() == null ? "" : t.getLeadName(), collator)).toList();
        LocalDate today = SubmissionService.today();
        Map<TaskProgress, Integer> counts = new EnumMap<>(TaskProgress.class);
        int unreported = 0;
        List<TaskRow> rows = new ArrayList<>();
        for (PlanTask t : shown) {
            TaskReport report = reports.get(t.getId());
            String progress;
            if (report != null) {
                progress = Messages.vietnamese("TaskProgress." + report.getProgress().name());
                counts.merge(report.getProgress(), 1, Integer::sum);
            } else {
                progress = t.getLeadUnit() == null ? "Không theo dõi" : "Chưa báo cáo";
                unreported++;
            }
            boolean done = report != null && (report.getProgress() == TaskProgress.DONE_ON_TIME || report.getProgress() == TaskProgress.DONE_LATE);
            String note = report == null || report.getNote() == null ? "" : report.getNote();
            if (!done && t.getDue().isOverdueOn(today)) {
                note = note.isEmpty() ? "Quá hạn" : "Quá hạn. " + note;
            }
            String due = t.getDueText() == null || t.getDueText().isBlank() ? "" : t.getDueText();
            rows.add(new TaskRow(t.getLeadName() == null ? "(Chưa giao cơ quan chủ trì)" : t.getLeadName(), t.getCode(), t.getContent(), due,
                    String.join(", ", t.getCoordinatingBodyList()), progress, note));
        }
        List<String> parts = new ArrayList<>();
        for (TaskProgress p : new TaskProgress[] {TaskProgress.DONE_ON_TIME, TaskProgress.DONE_LATE, TaskProgress.IN_PROGRESS, TaskProgress.NOT_STARTED}) {
            parts.add(Messages.vietnamese("TaskProgress." + p.name()) + ": " + counts.getOrDefault(p, 0));
        }
        parts.add("Chưa báo cáo: " + unreported);
        String summary = "Tổng số " + shown.size() + " nhiệm vụ. " + String.join("; ", parts) + ".";
        Header header = new Header(upper(plan.getIssuingBody()), SECRETARIAT, placeAndDate(plan), "TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ",
                "Kế hoạch " + plan.getNumberSymbol() + " – theo báo cáo năm " + reportYear);
        return taskProgress(header, summary, rows, "tien-do-nhiem-vu-" + planId + "-" + reportYear);
    }

    // ------------------------------------------------------------------ formats

    /** Points with two decimals the Vietnamese way: 87,35; −3,00. */
    static String points(BigDecimal value) {
        return value == null ? "" : VietnameseNumbers.format(value.setScale(2, RoundingMode.HALF_UP), 2);
    }

    /** A reported value: at most two decimals, grouped: 1.248.643; 8,25. */
    static String value(BigDecimal value) {
        return value == null ? "" : VietnameseNumbers.format(value.setScale(2, RoundingMode.HALF_UP));
    }

    private static String count(Long n) {
        return n == null ? "" : VietnameseNumbers.format(BigDecimal.valueOf(n));
    }

    private static String percent(Long part, Long whole) {
        if (part == null || whole == null || whole == 0) {
            return "";
        }
        return VietnameseNumbers.format(BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP)) + " %";
    }

    private static String x(CompletenessRow r, ReportingState state) {
        return r.state() == state ? "x" : "";
    }

    private static String n(Completeness.Group g, ReportingState state) {
        return String.valueOf(g.count(state));
    }

    private static String upper(String text) {
        return text == null ? "" : text.toUpperCase(VI);
    }

    private static String placeAndDate(EmulationPlan plan) {
        String place = plan.getPlace() == null || plan.getPlace().isBlank() ? "" : plan.getPlace() + ", ";
        return place + VietnameseDates.longForm(SubmissionService.today());
    }

    private static String deadline(EmulationPlan plan, int year) {
        LocalDate d = plan.coversYear(year) ? plan.reportingDeadline(year) : null;
        return d == null ? "" : " (hạn nộp " + VietnameseDates.format(d) + ")";
    }
}
