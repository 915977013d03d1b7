package vn.thidua.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.thidua.common.TableText;
import vn.thidua.criteria.Criterion;
import vn.thidua.criteria.CriterionKind;
import vn.thidua.criteria.CriterionTemplate;
import vn.thidua.criteria.ScoringFramework;
import vn.thidua.criteria.ScoringMethod;
import vn.thidua.org.EmulationBlock;
import vn.thidua.org.Unit;
import vn.thidua.plan.EmulationPlan;
import vn.thidua.plan.Indicator;
import vn.thidua.plan.IndicatorTable;
import vn.thidua.plan.IndicatorTableParser;
import vn.thidua.plan.Milestone;
import vn.thidua.plan.MilestoneKind;
import vn.thidua.plan.MonitoringFrequency;
import vn.thidua.plan.ParsedIndicator;
import vn.thidua.plan.ParsedTask;
import vn.thidua.plan.PlanBlock;
import vn.thidua.plan.PlanContent;
import vn.thidua.plan.PlanKind;
import vn.thidua.plan.PlanStatus;
import vn.thidua.plan.PlanTask;
import vn.thidua.plan.TaskTableParser;

/**
 * In demo mode, enters Hà Tĩnh's plan 1750/KH-SYT (seed 004) in full — its seven contents, twelve indicators,
 * milestones, blocks and a scoring framework made of the built-in templates — and Quảng Ninh's plan 162/KH-UBND
 * with the task appendix of seed 002. The indicators and tasks go through the same parsers as an import.
 */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
public class DemoPlans {

    private static final Logger LOG = Logger.getLogger(DemoPlans.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "thidua.demo", defaultValue = "false")
    private boolean demo;

    @PostConstruct
    void load() {
        if (!demo || em.createQuery("SELECT COUNT(p) FROM EmulationPlan p", Long.class).getSingleResult() > 0) {
            return;
        }
        Unit department = em.createQuery("SELECT u FROM Unit u WHERE u.code = 'SYT'", Unit.class).getResultStream().findFirst().orElse(null);
        if (department == null) {
            return;
        }
        EmulationPlan hatinh = hatinhPlan(department);
        quangNinhPlan();
        em.flush();
        LOG.info(() -> "Demo plans entered: " + hatinh.getNumberSymbol() + " and 162/KH-UBND");
    }

    private EmulationPlan hatinhPlan(Unit department) {
        EmulationPlan plan = new EmulationPlan("1750/KH-SYT", department.getName(),
                "Tổ chức phong trào thi đua giai đoạn 2021 - 2025 theo Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX của Sở Y tế Hà Tĩnh",
                PlanKind.WHOLE_PERIOD, 2021, 2025);
        plan.setIssuingUnit(department);
        plan.setPlace("Hà Tĩnh");
        plan.setIssuedOn(LocalDate.of(2021, 5, 31));
        plan.setReportDay(15);
        plan.setReportMonth(11);
        plan.setMonitoringFrequency(MonitoringFrequency.YEARLY);
        plan.setStatus(PlanStatus.ISSUED);
        em.persist(plan);
        int position = 1;
        for (String paragraph : resource("demo/contents-1750.txt").split("\n")) {
            if (!paragraph.isBlank()) {
                PlanContent content = new PlanContent(plan, position++, title(paragraph), paragraph.strip());
                plan.getContents().add(content);
                em.persist(content);
            }
        }
        milestone(plan, MilestoneKind.LAUNCH, "Phát động phong trào thi đua giai đoạn 2021 - 2025", LocalDate.of(2021, 5, 31));
        milestone(plan, MilestoneKind.MID_TERM_REVIEW,
                "Sơ kết nhân dịp Kỷ niệm 75 năm ngày Bác Hồ ra lời kêu gọi Thi đua yêu nước", LocalDate.of(2023, 6, 11));
        milestone(plan, MilestoneKind.FINAL_REVIEW,
                "Tổng kết phong trào thi đua giai đoạn 2021 - 2025, Hội nghị điển hình tiên tiến ngành Y tế", LocalDate.of(2025, 11, 30));

        IndicatorTable table = new IndicatorTableParser().parse(TableText.fromPastedText(resource("demo/indicators-1750.tsv")));
        List<Indicator> indicators = new java.util.ArrayList<>();
        for (ParsedIndicator row : table.indicators()) {
            Indicator indicator = new Indicator(plan, indicators.size() + 1, row.code(), row.name(), row.direction());
            indicator.takeOver(row, table.columns());
            if (row.code().equals("1")) {
                indicator.setNumeratorLabel("Số bác sỹ");
                indicator.setDenominatorLabel("Dân số");
                indicator.setMultiplier(new BigDecimal("10000"));
            } else if (row.code().equals("3")) {
                indicator.setNumeratorLabel("Số giường bệnh");
                indicator.setDenominatorLabel("Dân số");
                indicator.setMultiplier(new BigDecimal("10000"));
            }
            em.persist(indicator);
            indicators.add(indicator);
        }

        for (int year = 2025; year <= 2026 && year <= plan.getEndYear(); year++) {
            for (EmulationBlock block : em.createQuery("SELECT b FROM EmulationBlock b WHERE b.year = :y", EmulationBlock.class)
                    .setParameter("y", year).getResultList()) {
                PlanBlock copy = new PlanBlock(plan, year, block.getName());
                copy.getUnits().addAll(block.getUnits());
                em.persist(copy);
            }
        }
        framework(plan, indicators);
        return plan;
    }

    /**
     * 100 points: 50 for the twelve indicators, 10 smoke-free, 15 "Xanh - Sạch - Đẹp - An toàn", 10 patient
     * satisfaction, 15 task completion; the traffic and social-evils penalty deducts outside the total.
     */
    private void framework(EmulationPlan plan, List<Indicator> indicators) {
        ScoringFramework framework = new ScoringFramework(plan, "Thang điểm thi đua các đơn vị", null, 1, new BigDecimal("100"));
        em.persist(framework);
        Criterion group = new Criterion(framework, null, 1, "1", "Thực hiện các chỉ tiêu chuyên môn của kế hoạch", null,
                new BigDecimal("50"));
        framework.getCriteria().add(group);
        em.persist(group);
        int position = 1;
        BigDecimal each = new BigDecimal("50").divide(BigDecimal.valueOf(indicators.size()), 2, java.math.RoundingMode.DOWN);
        BigDecimal rest = new BigDecimal("50").subtract(each.multiply(BigDecimal.valueOf(indicators.size())));
        for (Indicator indicator : indicators) {
            BigDecimal points = position == 1 ? each.add(rest) : each;
            Criterion leaf = new Criterion(framework, group, position, "1." + position, indicator.getName(), CriterionKind.NUMERIC_TARGET, points);
            leaf.setIndicator(indicator);
            leaf.setMethod(ScoringMethod.PROPORTIONAL);
            leaf.setCapPercent(new BigDecimal("100"));
            framework.getCriteria().add(leaf);
            em.persist(leaf);
            position++;
        }
        CriterionTemplate[] templates = {CriterionTemplate.SMOKE_FREE, CriterionTemplate.GREEN_CLEAN_SAFE,
                CriterionTemplate.PATIENT_SATISFACTION, CriterionTemplate.TASK_COMPLETION, CriterionTemplate.NO_VIOLATIONS};
        int top = 2;
        for (CriterionTemplate template : templates) {
            Criterion criterion = template.create(framework, null, top, String.valueOf(top));
            framework.getCriteria().add(criterion);
            em.persist(criterion);
            top++;
        }
    }

    private void quangNinhPlan() {
        EmulationPlan plan = new EmulationPlan("162/KH-UBND", "UBND tỉnh Quảng Ninh",
                "Triển khai thực hiện Quyết định số 281/QĐ-TTg ngày 05/4/2024 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai "
                        + "thực hiện Chỉ thị số 25-CT/TW ngày 25/10/2023 của Ban Bí thư về tiếp tục củng cố, hoàn thiện, nâng cao "
                        + "chất lượng hoạt động của y tế cơ sở trong tình hình mới",
                PlanKind.THEMATIC, 2024, 2030);
        plan.setPlace("Quảng Ninh");
        plan.setIssuedOn(LocalDate.of(2024, 6, 27));
        plan.setMonitoringFrequency(MonitoringFrequency.HALF_YEARLY);
        plan.setStatus(PlanStatus.ISSUED);
        em.persist(plan);
        int position = 1;
        for (ParsedTask row : new TaskTableParser().parse(TableText.fromPastedText(resource("demo/tasks-002.tsv"))).tasks()) {
            PlanTask task = new PlanTask(plan, position++, row.code(), row.content());
            task.takeOver(row, null);
            em.persist(task);
        }
    }

    private void milestone(EmulationPlan plan, MilestoneKind kind, String title, LocalDate due) {
        Milestone milestone = new Milestone(plan, kind, title, due);
        plan.getMilestones().add(milestone);
        em.persist(milestone);
    }

    /** The first clause of a paragraph, short enough for a title. */
    private static String title(String paragraph) {
        String text = paragraph.strip();
        int end = text.length();
        for (String stop : new String[] {". ", "; ", ": "}) {
            int at = text.indexOf(stop);
            if (at > 20 && at < end) {
                end = at;
            }
        }
        return text.length() <= 250 && end == text.length() ? text : text.substring(0, Math.min(end, 250));
    }

    private static String resource(String name) {
        try (InputStream in = DemoPlans.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
