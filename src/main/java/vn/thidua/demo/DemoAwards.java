package vn.thidua.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.thidua.award.AwardDecision;
import vn.thidua.award.AwardRecord;
import vn.thidua.award.AwardSource;
import vn.thidua.award.Ballot;
import vn.thidua.award.BallotResult;
import vn.thidua.award.BoardSession;
import vn.thidua.award.DecisionItem;
import vn.thidua.award.Discipline;
import vn.thidua.award.DisciplineMeasure;
import vn.thidua.award.EligibilityEngine;
import vn.thidua.award.EligibilityService;
import vn.thidua.award.Nomination;
import vn.thidua.award.NominationRound;
import vn.thidua.award.NominationStatus;
import vn.thidua.award.Outcome;
import vn.thidua.award.PerformanceRating;
import vn.thidua.award.RecognitionLevel;
import vn.thidua.award.RoundKind;
import vn.thidua.award.RuleKind;
import vn.thidua.award.RuleSet;
import vn.thidua.award.SessionAttendance;
import vn.thidua.award.TitleRule;
import vn.thidua.award.TitleService;
import vn.thidua.award.TitleType;
import vn.thidua.award.VoteThreshold;
import vn.thidua.common.AuditLog;
import vn.thidua.org.StaffMember;
import vn.thidua.org.Unit;
import vn.thidua.plan.EmulationPlan;
import vn.thidua.plan.PlanBlock;
import vn.thidua.review.BoardLevel;
import vn.thidua.review.BoardMember;
import vn.thidua.review.BoardRole;
import vn.thidua.review.ReviewBoard;
import vn.thidua.security.Account;

/**
 * In demo mode, the commendation side of plan 1750/KH-SYT: five years (2021–2025) of annual ratings, titles,
 * initiatives and discipline of the staff of the units in the plan's 2025 blocks, as an imported history; the
 * province's 2025 rule set with the CSTĐCS ≤ 15 % cap; a closed 2024 round (board session with paper ballots, one
 * CSTĐ cấp tỉnh rejected, decision 1890/QĐ-SYT issued) and an open 2025 round with named showcase nominations — one
 * passing CSTĐ cấp tỉnh, one failing by a single year, one overridden on discipline, two TTLĐXS collectives, one
 * unit over the ratio cap. The Bệnh viện Đa khoa tỉnh has no nomination: it is left to the demo accounts.
 * <p>
 * The bulk history (tens of thousands of rows) goes in as multi-row inserts through the entity manager, without an
 * audit event per row (one DEMO_DATA event sums it up, as for the province); everything a user acts on — rule set,
 * rounds, nominations, sessions, ballots, the decision and its awards — is persisted as entities.
 */
@Singleton
@Startup
@DependsOn({"DemoReviews", "TitleCatalogueSeeder"})
public class DemoAwards {

    private static final Logger LOG = Logger.getLogger(DemoAwards.class.getName());
    private static final long SEED = 17_502_025L;
    private static final int FIRST = 2021;
    private static final int LAST = 2025;
    private static final int YEARS = LAST - FIRST + 1;
    private static final String SO = "Sở Y tế Hà Tĩnh";
    private static final String UBND = "UBND tỉnh Hà Tĩnh";
    private static final String RULE_SET_2025 = "Quy chế thi đua, khen thưởng tỉnh Hà Tĩnh 2025";
    private static final int CAP_PERCENT = 15;

    /** Units with a part in the showcase. */
    private static final String PERSON_A_UNIT = "CDC";
    private static final String PERSON_B_UNIT = "BVPHOI";
    private static final String PERSON_C_UNIT = "BVTT";
    private static final String PERSON_D_UNIT = "BVCT";
    private static final String PERSON_E_UNIT = "BVYHCT";
    private static final String CAP_UNIT = "BVPHCN";
    private static final String XS_PASS_UNIT = "TTKN";
    private static final String XS_FAIL_UNIT = "CCATTP";
    private static final String DISTRICT_UNIT = "TTYT-HSON";
    private static final String FLAG_UNIT = "BVYHCT";
    private static final String[] CSTDCS_2024_UNITS = {"BVYHCT", "BVPHCN", "BVMAT", "BVTT", "TTKN", "TTYT-HSON", "TTYT-CLOC"};
    private static final String[] TTLDTT_2024_UNITS = {"CDC", "TTPY", "TTGDYK"};

    private static final String[] INITIATIVES = {
            "Cải tiến quy trình tiếp đón người bệnh tại khoa Khám bệnh",
            "Ứng dụng bảng kiểm an toàn phẫu thuật tại khoa Gây mê hồi sức",
            "Giải pháp rút ngắn thời gian chờ trả kết quả xét nghiệm",
            "Nâng cao tỷ lệ tuân thủ vệ sinh tay của nhân viên y tế",
            "Quản lý người bệnh tăng huyết áp tại cộng đồng bằng sổ theo dõi điện tử",
            "Kết hợp điện châm và xoa bóp bấm huyệt điều trị đau vai gáy",
            "Giải pháp phân loại, thu gom chất thải y tế tại các khoa lâm sàng",
            "Xây dựng quy trình giám sát nhiễm khuẩn vết mổ",
            "Cải tiến quy trình cấp phát thuốc ngoại trú bảo hiểm y tế",
            "Truyền thông phòng chống sốt xuất huyết dựa vào cộng đồng",
            "Tập huấn sơ cứu, cấp cứu ban đầu cho nhân viên y tế thôn",
            "Ứng dụng thang điểm cảnh báo sớm NEWS tại khoa Hồi sức tích cực",
            "Số hóa hồ sơ bệnh án ngoại trú",
            "Nâng cao hiệu quả giám sát an toàn thực phẩm tại bếp ăn tập thể",
            "Phát hiện nhanh hàn the trong thực phẩm bằng bộ xét nghiệm nhanh",
            "Chăm sóc người bệnh đột quỵ giai đoạn phục hồi tại nhà",
            "Phục hồi chức năng vận động sau phẫu thuật thay khớp háng",
            "Quản lý người bệnh lao kháng thuốc điều trị ngoại trú",
            "Tầm soát bệnh võng mạc đái tháo đường tại tuyến huyện",
            "Ứng dụng phần mềm quản lý tiêm chủng tại trạm y tế xã",
    };

    private static final String[] REPRIMAND_REASONS = {
            "Vi phạm quy định về thời gian làm việc",
            "Vi phạm quy tắc ứng xử trong giao tiếp với người bệnh",
            "Chậm trễ, sai sót trong báo cáo số liệu chuyên môn",
            "Không thực hiện đúng quy trình bàn giao ca trực",
    };

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EligibilityService eligibility;

    @Inject
    private TitleService titleService;

    @Inject
    private AuditLog auditLog;

    @Inject
    @ConfigProperty(name = "thidua.demo", defaultValue = "false")
    private boolean demo;

    /** What one person has in each year of the history; index 0 is 2021. */
    private static final class Person {
        final long id;
        final Unit unit;
        final String position;
        final PerformanceRating[] rating = new PerformanceRating[YEARS];
        final boolean[] ldtt = new boolean[YEARS];
        final boolean[] cstdcs = new boolean[YEARS];
        /** CSTĐCS of the year awarded by decision 1890/QĐ-SYT rather than imported. */
        final boolean[] byDecision = new boolean[YEARS];
        final RecognitionLevel[] initiative = new RecognitionLevel[YEARS];
        final String[] initiativeName = new String[YEARS];
        final DisciplineMeasure[] discipline = new DisciplineMeasure[YEARS];
        boolean forced;

        Person(long id, Unit unit, String position) {
            this.id = id;
            this.unit = unit;
            this.position = position;
        }
    }

    private final Random random = new Random(SEED);
    private final Map<String, TitleType> titles = new HashMap<>();
    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Map<String, List<Person>> staffOf = new LinkedHashMap<>();
    private final Map<Long, Person> people = new HashMap<>();
    /** unit code + year → CSTĐCS places left free for nominations of the round. */
    private final Map<String, Integer> reserved = new HashMap<>();
    private final Set<String> ttldttByDecision = new HashSet<>();
    private final Map<String, Integer> rows = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        if (!demo || em.createQuery("SELECT COUNT(r) FROM NominationRound r", Long.class).getSingleResult() > 0) {
            return;
        }
        EmulationPlan plan = em.createQuery("SELECT p FROM EmulationPlan p WHERE p.numberSymbol = '1750/KH-SYT'", EmulationPlan.class)
                .getResultStream().findFirst().orElse(null);
        if (plan == null) {
            return;
        }
        long start = System.nanoTime();
        em.createQuery("SELECT t FROM TitleType t", TitleType.class).getResultList().forEach(t -> titles.put(t.getCode(), t));
        em.createQuery("SELECT b FROM PlanBlock b WHERE b.plan = :p AND b.year = :y ORDER BY b.name", PlanBlock.class)
                .setParameter("p", plan).setParameter("y", LAST).getResultList()
                .forEach(b -> b.getUnits().stream().sorted(java.util.Comparator.comparing(Unit::getId))
                        .forEach(u -> units.putIfAbsent(u.getCode(), u)));
        for (Unit u : units.values()) {
            staffOf.put(u.getCode(), new ArrayList<>());
        }
        for (Object[] row : em.createQuery("SELECT s.id, s.unit, s.position FROM StaffMember s WHERE s.unit IN :u"
                + " AND s.status = vn.thidua.org.EmploymentStatus.ACTIVE ORDER BY s.id", Object[].class)
                .setParameter("u", units.values()).getResultList()) {
            Unit unit = (Unit) row[1];
            Person p = new Person((Long) row[0], unit, (String) row[2]);
            staffOf.get(unit.getCode()).add(p);
            people.put(p.id, p);
        }

        Showcase s = showcase();
        generateHistory();
        writeHistory();
        rows.put("historyMs", (int) ((System.nanoTime() - start) / 1_000_000));
        RuleSet provincial = provincialRuleSet();
        Round2024 r2024 = round2024(plan, s);
        NominationRound r2025 = round2025(plan, s);
        em.flush();

        long ms = (System.nanoTime() - start) / 1_000_000;
        auditLog.record("DEMO_DATA", "AwardHistory", null, null, rows.toString());
        LOG.info(() -> String.format("Demo commendations loaded in %d ms: %s; rule set \"%s\"; round %d (2024: %d nominations,"
                + " session %d, decision %s) and round %d (2025: %d nominations: %s)", ms, rows, provincial.getName(), r2024.round.getId(),
                r2024.nominations, r2024.session.getId(), r2024.decision.numberAndSymbol(), r2025.getId(), count2025, showcaseLine));
    }

    // --- the showcase people, whose histories are fixed

    private record Showcase(Person a, Person b, Person c, Person d, Person e) {
    }

    private Showcase showcase() {
        Person a = pick(PERSON_A_UNIT, "Trưởng khoa", "Phó trưởng khoa", "Bác sĩ");
        fix(a, new PerformanceRating[] {PerformanceRating.GOOD, PerformanceRating.EXCELLENT, PerformanceRating.EXCELLENT,
                PerformanceRating.EXCELLENT, PerformanceRating.EXCELLENT}, 2022, 2023, 2024, 2025);
        a.byDecision[2024 - FIRST] = true;
        a.initiative[2022 - FIRST] = RecognitionLevel.UNIT;
        a.initiative[2023 - FIRST] = RecognitionLevel.UNIT;
        a.initiative[2024 - FIRST] = RecognitionLevel.PROVINCE;
        a.initiativeName[2024 - FIRST] = INITIATIVES[9];
        a.initiative[2025 - FIRST] = RecognitionLevel.UNIT;

        Person b = pick(PERSON_B_UNIT, "Bác sĩ", "Trưởng khoa", "Phó trưởng khoa");
        fix(b, new PerformanceRating[] {PerformanceRating.GOOD, PerformanceRating.GOOD, PerformanceRating.EXCELLENT,
                PerformanceRating.GOOD, PerformanceRating.EXCELLENT}, 2023, 2025);
        b.initiative[2023 - FIRST] = RecognitionLevel.UNIT;
        b.initiative[2025 - FIRST] = RecognitionLevel.PROVINCE;
        b.initiativeName[2025 - FIRST] = INITIATIVES[17];

        Person c = pick(PERSON_C_UNIT, "Điều dưỡng", "Kỹ thuật viên", "Bác sĩ");
        fix(c, new PerformanceRating[] {PerformanceRating.GOOD, PerformanceRating.GOOD, PerformanceRating.GOOD,
                PerformanceRating.GOOD, PerformanceRating.EXCELLENT});
        c.discipline[2025 - FIRST] = DisciplineMeasure.REPRIMAND;
        c.ldtt[2025 - FIRST] = false;
        reserve(PERSON_C_UNIT, 2025, 1);

        Person d = pick(PERSON_D_UNIT, "Trưởng khoa", "Bác sĩ", "Dược sĩ");
        fix(d, new PerformanceRating[] {PerformanceRating.GOOD, PerformanceRating.EXCELLENT, PerformanceRating.EXCELLENT,
                PerformanceRating.EXCELLENT, PerformanceRating.GOOD}, 2022, 2023, 2024);
        d.initiative[2022 - FIRST] = RecognitionLevel.UNIT;
        d.initiative[2023 - FIRST] = RecognitionLevel.PROVINCE;
        d.initiativeName[2023 - FIRST] = INITIATIVES[11];
        d.initiative[2024 - FIRST] = RecognitionLevel.UNIT;

        Person e = pick(PERSON_E_UNIT, "Phó trưởng khoa", "Bác sĩ", "Dược sĩ");
        fix(e, new PerformanceRating[] {PerformanceRating.GOOD, PerformanceRating.GOOD, PerformanceRating.GOOD,
                PerformanceRating.EXCELLENT, PerformanceRating.EXCELLENT}, 2024, 2025);
        e.initiative[2024 - FIRST] = RecognitionLevel.UNIT;
        e.initiative[2025 - FIRST] = RecognitionLevel.UNIT;

        reserve(DISTRICT_UNIT, 2025, 1);
        return new Showcase(a, b, c, d, e);
    }

    /** The first staff member of the unit (the head excepted) holding one of the positions, in that order of preference. */
    private Person pick(String unitCode, String... positions) {
        List<Person> staff = staffOf.get(unitCode);
        for (String position : positions) {
            for (Person p : staff.subList(1, staff.size())) {
                if (!p.forced && position.equals(p.position)) {
                    p.forced = true;
                    return p;
                }
            }
        }
        Person p = staff.stream().skip(1).filter(x -> !x.forced).findFirst().orElseThrow();
        p.forced = true;
        return p;
    }

    /** Ratings as given, LĐTT in every year rated good or better, CSTĐCS in the years given. */
    private static void fix(Person p, PerformanceRating[] ratings, int... cstdcsYears) {
        for (int i = 0; i < YEARS; i++) {
            p.rating[i] = ratings[i];
            p.ldtt[i] = ratings[i].atLeast(PerformanceRating.GOOD);
        }
        for (int y : cstdcsYears) {
            p.cstdcs[y - FIRST] = true;
        }
    }

    private void reserve(String unitCode, int year, int places) {
        reserved.merge(unitCode + year, places, Integer::sum);
    }

    // --- the five years of history

    private void generateHistory() {
        // a handful of disciplinary measures, never on the showcase people nor on the TTLĐXS collectives in 2025
        List<Person> all = staffOf.values().stream().flatMap(List::stream).toList();
        int placed = 0;
        while (placed < 9) {
            Person p = all.get(random.nextInt(all.size()));
            int i = random.nextInt(YEARS);
            String code = p.unit.getCode();
            if (p.forced || p.discipline[i] != null
                    || (i == LAST - FIRST && (code.equals(XS_PASS_UNIT) || code.equals(XS_FAIL_UNIT)))) {
                continue;
            }
            p.discipline[i] = placed == 4 ? DisciplineMeasure.WARNING : DisciplineMeasure.REPRIMAND;
            placed++;
        }
        for (int y = FIRST; y <= LAST; y++) {
            int i = y - FIRST;
            for (Map.Entry<String, List<Person>> entry : staffOf.entrySet()) {
                String code = entry.getKey();
                List<Person> candidates = new ArrayList<>();
                int ldtt = 0;
                int cstdcs = 0;
                int index = 0;
                for (Person p : entry.getValue()) {
                    if (!p.forced) {
                        p.rating[i] = p.discipline[i] != null ? PerformanceRating.COMPLETED : rating(code, y, index++);
                        p.ldtt[i] = p.discipline[i] == null && p.rating[i].atLeast(PerformanceRating.GOOD);
                        double roll = random.nextDouble();
                        if (p.ldtt[i] && (p.rating[i] == PerformanceRating.EXCELLENT ? roll < 0.6 : roll < 0.015)) {
                            candidates.add(p);
                        }
                    }
                    ldtt += p.ldtt[i] ? 1 : 0;
                    cstdcs += p.cstdcs[i] ? 1 : 0;
                }
                int room = ldtt * CAP_PERCENT / 100 - cstdcs - reserved.getOrDefault(code + y, 0);
                if (candidates.isEmpty() && room > 0) {
                    entry.getValue().stream().filter(p -> !p.forced && p.ldtt[i] && p.rating[i] == PerformanceRating.EXCELLENT)
                            .findFirst().ifPresent(candidates::add);
                }
                for (Person p : candidates.subList(0, Math.max(0, Math.min(room, candidates.size())))) {
                    p.cstdcs[i] = true;
                    // an excellent rating is enough; a good one needs the initiative, which every holder has anyway
                    p.initiative[i] = random.nextDouble() < 0.05 ? RecognitionLevel.PROVINCE : RecognitionLevel.UNIT;
                }
            }
        }
        // the 2024 CSTĐCS of one holder in each of these units comes from decision 1890/QĐ-SYT
        for (String code : CSTDCS_2024_UNITS) {
            staffOf.get(code).stream().filter(p -> !p.forced && p.cstdcs[2024 - FIRST] && p.rating[2024 - FIRST] == PerformanceRating.EXCELLENT)
                    .findFirst().ifPresent(p -> p.byDecision[2024 - FIRST] = true);
        }
        ttldttByDecision.addAll(List.of(TTLDTT_2024_UNITS));
    }

    private PerformanceRating rating(String unitCode, int year, int index) {
        double roll = random.nextDouble();
        if (year == LAST && unitCode.equals(XS_FAIL_UNIT)) { // two in five only "hoàn thành": 60 % LĐTT, under the 70 %
            return index % 5 < 2 ? PerformanceRating.COMPLETED : roll < 0.3 ? PerformanceRating.EXCELLENT : PerformanceRating.GOOD;
        }
        boolean allComplete = year == LAST && unitCode.equals(XS_PASS_UNIT);
        if (roll < 0.012) {
            return allComplete ? PerformanceRating.GOOD : PerformanceRating.NOT_COMPLETED;
        }
        return roll < 0.06 ? PerformanceRating.COMPLETED : roll < 0.27 ? PerformanceRating.EXCELLENT : PerformanceRating.GOOD;
    }

    private void writeHistory() {
        List<Unit> unitList = new ArrayList<>(units.values());
        Bulk ratings = new Bulk("performance_rating", "unit_id, staff_id, rating_year, rating");
        Bulk awards = new Bulk("award_record", "unit_id, staff_id, title_id, award_year, decision_no, decision_date, awarded_by, source");
        Bulk initiatives = new Bulk("initiative", "unit_id, staff_id, name, level, recognition_year, decision_no, decision_date");
        TitleType ldttTitle = titles.get("LDTT");
        TitleType cstdcsTitle = titles.get("CSTDCS");
        int disciplines = 0;
        for (int y = FIRST; y <= LAST; y++) {
            int i = y - FIRST;
            for (int k = 0; k < unitList.size(); k++) {
                Unit unit = unitList.get(k);
                String code = unit.getCode();
                List<Person> staff = staffOf.get(code);
                String ldttNo = (1_700 + (y - FIRST) * 120 + 2 * k) + "/QĐ-SYT";
                String cstdcsNo = (1_701 + (y - FIRST) * 120 + 2 * k) + "/QĐ-SYT";
                LocalDate awardedOn = LocalDate.of(y, 12, 2 + random.nextInt(14));
                int ldtt = 0;
                int cstdcs = 0;
                boolean allComplete = true;
                for (Person p : staff) {
                    ratings.add(unit.getId(), p.id, y, p.rating[i].name());
                    allComplete &= p.rating[i].atLeast(PerformanceRating.COMPLETED);
                    if (p.ldtt[i]) {
                        ldtt++;
                        awards.add(unit.getId(), p.id, ldttTitle.getId(), y, ldttNo, awardedOn, SO, AwardSource.IMPORT.name());
                    }
                    if (p.cstdcs[i]) {
                        cstdcs++;
                        if (!p.byDecision[i]) {
                            awards.add(unit.getId(), p.id, cstdcsTitle.getId(), y, cstdcsNo, awardedOn, SO, AwardSource.IMPORT.name());
                        }
                    }
                    if (p.initiative[i] != null) {
                        boolean province = p.initiative[i] == RecognitionLevel.PROVINCE;
                        String no = province ? (2_800 + random.nextInt(600)) + "/QĐ-UBND" : (30 + random.nextInt(200)) + "/QĐ-" + code;
                        String name = p.initiativeName[i] != null ? p.initiativeName[i] : INITIATIVES[random.nextInt(INITIATIVES.length)];
                        initiatives.add(unit.getId(), p.id, name, p.initiative[i].name(), y, no,
                                LocalDate.of(y, province ? 10 : 11, 1 + random.nextInt(28)));
                    }
                    if (p.discipline[i] != null) {
                        em.persist(discipline(p, y));
                        disciplines++;
                    }
                }
                // the collective: its rating, TTLĐTT above half of its members with LĐTT, sometimes TTLĐXS
                int members = staff.size();
                boolean excellent = members > 0 && ldtt * 100 >= 85 * members && random.nextDouble() < 0.45;
                ratings.add(unit.getId(), null, y, (excellent ? PerformanceRating.EXCELLENT : PerformanceRating.GOOD).name());
                if (ldtt * 2 > members && !(y == 2024 && ttldttByDecision.contains(code))) {
                    awards.add(unit.getId(), null, titles.get("TTLDTT").getId(), y, ldttNo, awardedOn, SO, AwardSource.IMPORT.name());
                }
                boolean flag = y == 2024 && code.equals(FLAG_UNIT);
                if (y < LAST && (flag || (excellent && allComplete && cstdcs > 0 && ldtt * 10 >= 7 * members && random.nextDouble() < 0.5))) {
                    awards.add(unit.getId(), null, titles.get("TTLDXS").getId(), y, (3_100 + 40 * (y - FIRST) + k) + "/QĐ-UBND",
                            LocalDate.of(y, 12, 28), UBND, AwardSource.IMPORT.name());
                }
                if (flag) {
                    awards.add(unit.getId(), null, titles.get("CO_TINH").getId(), y, "3245/QĐ-UBND", LocalDate.of(y, 12, 30),
                            UBND, AwardSource.IMPORT.name());
                }
            }
        }
        ratings.flush();
        awards.flush();
        initiatives.flush();
        rows.put("ratings", ratings.total);
        rows.put("awards", awards.total);
        rows.put("initiatives", initiatives.total);
        rows.put("disciplines", disciplines);
    }

    private Discipline discipline(Person p, int year) {
        boolean warning = p.discipline[year - FIRST] == DisciplineMeasure.WARNING;
        String reason = warning ? "Vi phạm quy chế kê đơn thuốc điều trị ngoại trú"
                : p.forced ? REPRIMAND_REASONS[3] : REPRIMAND_REASONS[random.nextInt(REPRIMAND_REASONS.length)];
        LocalDate on = p.forced ? LocalDate.of(year, 3, 14) : LocalDate.of(year, 3 + random.nextInt(7), 1 + random.nextInt(28));
        return new Discipline(p.unit, em.getReference(StaffMember.class, p.id), p.discipline[year - FIRST], on,
                (10 + random.nextInt(150)) + "/QĐ-" + p.unit.getCode(), reason);
    }

    /** Multi-row inserts of plain history rows, 500 a statement, in the loader's transaction. */
    private final class Bulk {
        private final String head;
        private final int columns;
        private final List<Object> values = new ArrayList<>();
        int total;

        Bulk(String table, String columns) {
            this.head = "INSERT INTO " + table + " (" + columns + ") VALUES ";
            this.columns = columns.split(",").length;
        }

        void add(Object... row) {
            if (row.length != columns) {
                throw new IllegalArgumentException(head);
            }
            values.addAll(java.util.Arrays.asList(row));
            if (values.size() >= 500 * columns) {
                flush();
            }
        }

        void flush() {
            if (values.isEmpty()) {
                return;
            }
            // the values are the loader's own numbers, dates, enum names and constants, written as literals: binding
            // thousands of parameters a statement costs the persistence provider far more than the insert itself
            StringBuilder sql = new StringBuilder(head);
            for (int r = 0; r < values.size() / columns; r++) {
                sql.append(r == 0 ? "(" : ", (");
                for (int c = 0; c < columns; c++) {
                    if (c > 0) {
                        sql.append(", ");
                    }
                    sql.append(literal(values.get(r * columns + c)));
                }
                sql.append(')');
            }
            em.createNativeQuery(sql.toString()).executeUpdate();
            total += values.size() / columns;
            values.clear();
        }
    }

    private static String literal(Object v) {
        if (v == null) {
            return "NULL";
        }
        if (v instanceof Number) {
            return v.toString();
        }
        return "'" + v.toString().replace("\\", "\\\\").replace("'", "''") + "'";
    }

    // --- the province's own rule set for 2025, with the CSTĐCS cap

    private RuleSet provincialRuleSet() {
        RuleSet from = titleService.applicableTo(2024);
        RuleSet set = new RuleSet(RULE_SET_2025, LocalDate.of(2025, 1, 1),
                "Theo Quy chế thi đua, khen thưởng của tỉnh Hà Tĩnh: số CSTĐCS của mỗi đơn vị không quá 15 % số LĐTT.",
                LocalDateTime.of(2024, 12, 30, 2, 0));
        for (TitleRule r : from.getRules()) {
            boolean cap = r.getKind() == RuleKind.RATIO_CAP && r.getTitle().getCode().equals("CSTDCS");
            set.getRules().add(new TitleRule(set, r.getTitle(), r.getKind(), r.getParameters(), r.getAnyGroup(), r.getOption(),
                    cap || r.isEnabled(), cap ? RULE_SET_2025 + " (tỷ lệ CSTĐCS không quá 15 % số LĐTT của đơn vị)" : r.getLegalReference(),
                    r.getPosition()));
        }
        set.activate(LocalDateTime.of(2025, 1, 2, 1, 30));
        em.persist(set);
        em.flush();
        rows.put("rules", set.getRules().size());
        return set;
    }

    // --- 2024: closed round, session, decision 1890/QĐ-SYT

    private record Round2024(NominationRound round, BoardSession session, AwardDecision decision, int nominations) {
    }

    private Round2024 round2024(EmulationPlan plan, Showcase s) {
        NominationRound round = new NominationRound("Khen thưởng năm 2024", RoundKind.ANNUAL, 2024, plan, LocalDate.of(2024, 12, 10));
        round.setOpen(false);
        em.persist(round);
        List<Nomination> list = new ArrayList<>();
        List<Person> cstdcs = new ArrayList<>();
        cstdcs.add(s.a());
        people.values().stream().filter(p -> p != s.a() && p.byDecision[2024 - FIRST]).sorted(java.util.Comparator.comparingLong(p -> p.id))
                .forEach(cstdcs::add);
        for (Person p : cstdcs) {
            list.add(person(round, p, "CSTDCS", summary2024(p)));
        }
        list.add(person(round, s.d(), "CSTD_TINH", "Ba năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở (2022–2024); sáng kiến "
                + "được Hội đồng sáng kiến tỉnh công nhận năm 2023, áp dụng hiệu quả tại các bệnh viện tuyến tỉnh."));
        for (String code : TTLDTT_2024_UNITS) {
            Unit u = units.get(code);
            Nomination n = Nomination.ofCollective(round, u, u, titles.get("TTLDTT"));
            n.setSummary(u.getName() + " hoàn thành tốt nhiệm vụ năm 2024; trên 50 % cán bộ, viên chức đạt danh hiệu Lao động tiên tiến.");
            list.add(n);
        }
        LocalDateTime submitted = LocalDateTime.of(2024, 12, 5, 2, 0);
        for (Nomination n : list) {
            em.persist(n);
            n.submit("truong." + n.getUnit().getCode().toLowerCase(), submitted);
            em.flush(); // ids in the order of the list, the same on every load
        }
        for (Nomination n : list) {
            check(n, LocalDateTime.of(2024, 12, 5, 2, 5));
            if (n.getEligibility() == Outcome.PASS) {
                n.setStatus(NominationStatus.ON_AGENDA);
            }
        }
        em.flush();

        // the board of 2024 and its session of 18/12/2024, paper ballots
        ReviewBoard board = new ReviewBoard(plan, 2024, BoardLevel.DEPARTMENT, "Hội đồng Thi đua – Khen thưởng Sở Y tế Hà Tĩnh");
        em.persist(board);
        for (String[] m : new String[][] {{"chutich", "CHAIR"}, {"hoidong", "MEMBER"}, {"hoidong2", "MEMBER"}, {"hoidong3", "MEMBER"}}) {
            em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class).setParameter("u", m[0]).getResultStream()
                    .findFirst().ifPresent(account -> {
                        BoardMember member = new BoardMember(board, account, BoardRole.valueOf(m[1]));
                        board.getMembers().add(member);
                        em.persist(member);
                    });
        }
        BoardSession session = new BoardSession(round, board, LocalDate.of(2024, 12, 18), "Phòng họp tầng 3, Sở Y tế Hà Tĩnh");
        for (BoardMember m : board.getMembers()) {
            session.getAttendance().add(new SessionAttendance(session, m, true));
        }
        em.persist(session);
        em.flush();
        int membership = board.getMembers().size();
        session.openVoting(membership, LocalDateTime.of(2024, 12, 18, 1, 30));
        RuleSet set = titleService.applicableTo(2024);
        List<Nomination> agenda = list.stream().filter(n -> n.getStatus() == NominationStatus.ON_AGENDA)
                .sorted(java.util.Comparator.comparingInt((Nomination n) -> n.getTitle().getPosition())
                        .thenComparing(n -> n.getUnit().getName()).thenComparing(Nomination::getId))
                .toList();
        int position = 0;
        for (Nomination n : agenda) {
            Ballot ballot = new Ballot(session, n, ++position);
            session.getBallots().add(ballot);
            boolean doubted = n.getStaff() != null && n.getStaff().getId() == s.d().id;
            ballot.enterPaperCount(doubted ? membership - 1 : membership, doubted ? 1 : 0);
            VoteThreshold threshold = EligibilityEngine.voteThreshold(titleService.rulesOf(set, n.getTitle()));
            boolean passed = threshold.passes(ballot.getApproving(), membership);
            ballot.decide(passed ? BallotResult.PASSED : BallotResult.FAILED, threshold.describe());
            n.setStatus(passed ? NominationStatus.APPROVED : NominationStatus.REJECTED);
            em.persist(ballot);
            em.flush(); // ids in agenda order
        }
        session.close("chutich", LocalDateTime.of(2024, 12, 18, 4, 0));
        em.flush();
        for (Ballot ballot : session.getBallots()) {
            auditLog.record("BALLOT_RESULT", "Ballot", ballot.getId(), null, ballot.auditState());
        }

        // decision 1890/QĐ-SYT: drafted, its awards in the registry, then issued and never touched again
        AwardDecision decision = new AwardDecision(round, session, "QĐ-SYT", "Hà Tĩnh", SO,
                "Về việc tặng danh hiệu thi đua năm 2024",
                "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\nCăn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023"
                        + " của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;\nXét đề nghị của Hội đồng"
                        + " Thi đua – Khen thưởng tại phiên họp ngày 18/12/2024.");
        decision.setNumber("1890");
        decision.setSignedOn(LocalDate.of(2024, 12, 25));
        decision.setSignerName("Nguyễn Văn A");
        decision.setSignerTitle("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC");
        position = 0;
        for (Ballot ballot : session.getBallots()) {
            if (ballot.getResult() == BallotResult.PASSED) {
                decision.getItems().add(new DecisionItem(decision, ballot.getNomination(), ++position));
            }
        }
        em.persist(decision);
        em.flush();
        for (DecisionItem item : decision.getItems()) {
            Nomination n = item.getNomination();
            AwardRecord award = new AwardRecord(n.candidateHomeUnit(), n.getStaff(), n.getTitle(), 2024, decision.numberAndSymbol(),
                    decision.getSignedOn(), decision.getIssuingBody(), AwardSource.DECISION);
            award.setDecision(decision);
            em.persist(award);
            n.setStatus(NominationStatus.AWARDED);
        }
        em.flush();
        decision.issue("vanphong", LocalDateTime.of(2024, 12, 25, 3, 0));
        em.flush();
        auditLog.record("ISSUE", "AwardDecision", decision.getId(), null, decision.citation() + "; awards=" + decision.getItems().size());
        rows.put("decisionAwards", decision.getItems().size());
        return new Round2024(round, session, decision, list.size());
    }

    private static String summary2024(Person p) {
        return "Năm 2024 hoàn thành xuất sắc nhiệm vụ, đạt danh hiệu Lao động tiên tiến; có sáng kiến được Hội đồng sáng kiến "
                + "cơ sở công nhận và áp dụng hiệu quả tại đơn vị.";
    }

    // --- 2025: open round, the showcase nominations; the Bệnh viện Đa khoa tỉnh has none

    private int count2025;
    private String showcaseLine;

    private NominationRound round2025(EmulationPlan plan, Showcase s) {
        NominationRound round = new NominationRound("Khen thưởng năm 2025", RoundKind.ANNUAL, 2025, plan, LocalDate.of(2025, 12, 20));
        em.persist(round);
        Nomination a = person(round, s.a(), "CSTD_TINH", "Ba năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở (2023–2025); sáng kiến "
                + "«" + INITIATIVES[9] + "» được công nhận cấp tỉnh năm 2024, "
                + "áp dụng tại 13 trung tâm y tế huyện, thị xã, thành phố.");
        Nomination b = person(round, s.b(), "CSTD_TINH", "Đạt danh hiệu Chiến sĩ thi đua cơ sở năm 2023 và 2025; sáng kiến cấp tỉnh "
                + "năm 2025 về quản lý người bệnh lao kháng thuốc điều trị ngoại trú.");
        Nomination c = person(round, s.c(), "CSTDCS", "Năm 2025 hoàn thành xuất sắc nhiệm vụ; tham gia cấp cứu, điều trị an toàn "
                + "cho người bệnh tâm thần nặng; tích cực trong công tác chuyển đổi số của bệnh viện.");
        Nomination e = person(round, s.e(), "BK_TINH", "Hai năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở (2024–2025); "
                + "nhiều đóng góp trong phát triển kỹ thuật y học cổ truyền kết hợp y học hiện đại.");
        List<Nomination> list = new ArrayList<>(List.of(a, b, c, e));

        Person district = staffOf.get(DISTRICT_UNIT).stream().filter(p -> !p.forced && excellentWithoutCstdcs(p)).findFirst().orElse(null);
        Nomination districtNomination = null;
        if (district != null) {
            districtNomination = person(round, district, "CSTDCS", "Năm 2025 hoàn thành xuất sắc nhiệm vụ; chủ trì triển khai quản lý "
                    + "bệnh không lây nhiễm tại các trạm y tế xã của huyện Hương Sơn.");
            list.add(districtNomination);
        }
        // over the cap: the unit's CSTĐCS holders and nominees beyond 15 % of its LĐTT holders in 2025
        List<Person> capStaff = staffOf.get(CAP_UNIT);
        int i = LAST - FIRST;
        int ldtt = (int) capStaff.stream().filter(p -> p.ldtt[i]).count();
        int count = (int) capStaff.stream().filter(p -> p.cstdcs[i]).count();
        int nominated = 0;
        for (Person p : capStaff) {
            if (p.forced || !excellentWithoutCstdcs(p)) {
                continue;
            }
            if (nominated >= 3 && count * 100 > CAP_PERCENT * ldtt) {
                break;
            }
            list.add(person(round, p, "CSTDCS", "Năm 2025 hoàn thành xuất sắc nhiệm vụ, đạt danh hiệu Lao động tiên tiến; "
                    + "tích cực trong công tác phục hồi chức năng cho người bệnh sau đột quỵ."));
            nominated++;
            count++;
        }
        Nomination xsPass = collective(round, XS_PASS_UNIT, "Năm 2025 hoàn thành xuất sắc nhiệm vụ kiểm nghiệm thuốc, mỹ phẩm, thực "
                + "phẩm; 100 % cán bộ hoàn thành nhiệm vụ, trên 70 % đạt danh hiệu Lao động tiên tiến.");
        Nomination xsFail = collective(round, XS_FAIL_UNIT, "Năm 2025 hoàn thành tốt công tác bảo đảm an toàn vệ sinh thực phẩm "
                + "trong các dịp lễ, Tết và mùa lễ hội.");
        list.add(xsPass);
        list.add(xsFail);

        LocalDateTime submitted = LocalDateTime.of(2025, 12, 8, 2, 0);
        for (Nomination n : list) {
            em.persist(n);
            n.submit("truong." + n.getUnit().getCode().toLowerCase(), submitted);
            em.flush(); // ids in the order of the list, the same on every load
        }
        for (Nomination n : list) {
            check(n, LocalDateTime.of(2025, 12, 8, 2, 5));
        }
        String reason = "Khiển trách ngày 14/3/2025 do chưa thực hiện đúng quy trình bàn giao ca trực, đã khắc phục; đơn vị đề nghị Hội đồng xem xét "
                + "thành tích nổi bật cả năm (cứu chữa an toàn 2 ca bệnh nặng).";
        c.override(reason, "vanphong", LocalDateTime.of(2025, 12, 12, 3, 0));
        em.flush();
        auditLog.record("OVERRIDE", "Nomination", c.getId(), "eligibility=" + c.getEligibility(), "override=" + reason);
        for (Nomination n : List.of(a, c, xsPass)) {
            if (n.mayGoToBoard()) {
                n.setStatus(NominationStatus.ON_AGENDA);
            }
        }
        if (districtNomination != null && districtNomination.mayGoToBoard()) {
            districtNomination.setStatus(NominationStatus.ON_AGENDA);
        }
        em.flush();
        count2025 = list.size();
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        list.forEach(n -> outcomes.merge(n.getEligibility(), 1, Integer::sum));
        showcaseLine = "A=" + describe(a) + ", B=" + describe(b) + ", C=" + describe(c) + ", " + XS_PASS_UNIT + "=" + describe(xsPass)
                + ", " + XS_FAIL_UNIT + "=" + describe(xsFail) + ", " + CAP_UNIT + " over the cap with " + nominated
                + " CSTĐCS nominations; outcomes " + outcomes;
        return round;
    }

    private static boolean excellentWithoutCstdcs(Person p) {
        int i = LAST - FIRST;
        return p.ldtt[i] && !p.cstdcs[i] && p.rating[i] == PerformanceRating.EXCELLENT;
    }

    private static String describe(Nomination n) {
        return n.getId() + " " + n.candidateName() + " (" + n.getTitle().getCode() + ") " + n.getEligibility();
    }

    private Nomination person(NominationRound round, Person p, String titleCode, String summary) {
        StaffMember staff = em.find(StaffMember.class, p.id);
        Nomination n = Nomination.ofPerson(round, staff.getUnit(), staff, titles.get(titleCode));
        n.setSummary(summary);
        return n;
    }

    private Nomination collective(NominationRound round, String unitCode, String summary) {
        Unit u = units.get(unitCode);
        Nomination n = Nomination.ofCollective(round, u, u, titles.get("TTLDXS"));
        n.setSummary(summary);
        return n;
    }

    /** As NominationService records it: the rule set's name, then one line per condition. */
    private void check(Nomination n, LocalDateTime when) {
        EligibilityService.Check check = eligibility.check(n);
        n.recordCheck(check.result().overall(), check.ruleSet().getName() + "\n" + EligibilityService.describe(check.result()), when);
    }
}
