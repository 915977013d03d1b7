package vn.thidua.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JREmptyDataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.thidua.award.AwardDecision;
import vn.thidua.award.AwardHistoryService;
import vn.thidua.award.AwardRecord;
import vn.thidua.award.Ballot;
import vn.thidua.award.BallotResult;
import vn.thidua.award.BoardSession;
import vn.thidua.award.DecisionItem;
import vn.thidua.award.DecisionService;
import vn.thidua.award.Nomination;
import vn.thidua.award.NominationRound;
import vn.thidua.award.NominationService;
import vn.thidua.award.NominationStatus;
import vn.thidua.award.Outcome;
import vn.thidua.award.SessionAttendance;
import vn.thidua.award.SessionService;
import vn.thidua.award.SessionStatus;
import vn.thidua.award.TitleCategory;
import vn.thidua.award.TitleType;
import vn.thidua.common.InvalidInputException;
import vn.thidua.common.Messages;
import vn.thidua.common.VietnameseDates;
import vn.thidua.common.VietnameseNumbers;
import vn.thidua.org.Gender;
import vn.thidua.org.StaffMember;
import vn.thidua.org.Unit;
import vn.thidua.review.BoardRole;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;

/**
 * The printed documents of the commendation work: the nomination list of a round, the minutes of a closed board
 * session, an issued decision with its list, its certificates, and extracts of the award registry. Every read goes
 * through the award services, which check the caller's role and unit; this class only turns what they return into
 * report rows and parameters ({@link Prepared}), written later by {@link ReportRenderer}.
 * <p>
 * The static {@code ...Of} methods build a document from plain data, without a container (the unit tests use them).
 */
@ApplicationScoped
public class AwardDocuments {

    static final Locale VI = Locale.forLanguageTag("vi");

    /** A document ready to be written: template, parameters, rows (a fresh data source per write). */
    public record Prepared(String template, Map<String, Object> parameters, Supplier<JRDataSource> rows, String title,
            String fileName, Set<ReportFormat> formats) {

        public void write(ReportFormat format, OutputStream out) {
            JRDataSource source = rows.get(); // may complete the parameters (a subreport's rows)
            ReportRenderer.render(template, parameters, source, format, title, out);
        }
    }

    @Inject
    private NominationService nominations;

    @Inject
    private SessionService sessions;

    @Inject
    private DecisionService decisions;

    @Inject
    private AwardHistoryService history;

    @Inject
    private CurrentUser currentUser;

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "thidua.decision.place", defaultValue = "Hà Tĩnh")
    private String place;

    @Inject
    @ConfigProperty(name = "thidua.report.parentBody", defaultValue = "UBND tỉnh Hà Tĩnh")
    private String parentBody;

    @Inject
    @ConfigProperty(name = "thidua.report.department", defaultValue = "Sở Y tế Hà Tĩnh")
    private String department;

    /** Mức lương cơ sở in đồng, for the reward money of article 2; 0 leaves the amounts out. */
    @Inject
    @ConfigProperty(name = "thidua.report.baseSalary", defaultValue = "2340000")
    private BigDecimal baseSalary;

    @Inject
    @ConfigProperty(name = "thidua.certificate.background")
    private Optional<String> certificateBackground;

    // ------------------------------------------------------------------ reads through the services

    /** The round's nominations the caller may see (a unit's own for unit users), grouped by title. */
    public Prepared nominationList(long roundId) {
        NominationRound round = nominations.round(roundId);
        boolean unitUser = currentUser.hasAnyRole(Role.UNIT_OFFICER, Role.UNIT_HEAD)
                && !currentUser.seesEveryUnit();
        List<NominationListRow> rows = nominations.nominations(roundId).stream()
                .filter(n -> n.getStatus() != NominationStatus.WITHDRAWN && (unitUser || n.getStatus() != NominationStatus.DRAFT))
                .sorted(Comparator.comparingInt((Nomination n) -> n.getTitle().getPosition()).thenComparing(n -> n.getUnit().getName())
                        .thenComparing(Nomination::candidateName))
                .map(AwardDocuments::row).toList();
        Unit home = currentUser.homeUnit();
        String unitName = unitUser && home != null ? home.getName() : shortBody(department, place);
        return nominationListOf(unitUser ? department : parentBody, unitName, round.getName(), LocalDate.now(VietnameseDates.PROVINCE_ZONE), rows);
    }

    /** The minutes of a closed session; an open one has no minutes yet. */
    public Prepared minutes(long sessionId) {
        BoardSession session = sessions.find(sessionId);
        if (session.getStatus() != SessionStatus.CLOSED) {
            throw InvalidInputException.of("session", "Phiên họp chưa kết thúc: chỉ in biên bản của phiên họp đã được Chủ tịch Hội đồng kết thúc.");
        }
        List<Attendee> attendees = session.getAttendance().stream()
                .sorted(Comparator.comparingInt((SessionAttendance a) -> a.getMember().getRole().ordinal()).thenComparing(a -> a.getMember().getId()))
                .map(a -> new Attendee(a.getMember().getAccount().getFullName(), a.getMember().getRole(), a.isPresent())).toList();
        int membership = session.getMembership();
        List<MinutesRow> rows = new ArrayList<>();
        for (Ballot b : session.getBallots()) {
            Nomination n = b.getNomination();
            rows.add(new MinutesRow(b.getPosition(), n.candidateName(), n.getUnit().getName(), n.getTitle().getName(), b.getApproving(),
                    b.getDisapproving(), share(b.getApproving(), membership), b.getThreshold(),
                    b.getResult() == BallotResult.PASSED ? "Được thông qua" : "Không được thông qua"));
        }
        return minutesOf(new MinutesHeader(department, session.getBoard().getName(), place, session.getHeldOn(), session.getPlace(),
                session.getRound().getName(), attendees, membership, session.getClosedAt()), rows);
    }

    /** An issued decision with its list (PDF, DOCX), or the list alone (XLSX). */
    public Prepared decision(long decisionId, ReportFormat format) {
        AwardDecision d = issued(decisionId);
        List<DecisionRow> rows = d.getItems().stream().sorted(Comparator.comparingInt(DecisionItem::getPosition))
                .map(i -> decisionRow(i)).toList();
        return decisionOf(header(d), titleLines(d), rows, format);
    }

    /** One certificate per item of an issued decision. */
    public Prepared certificates(long decisionId) {
        AwardDecision d = issued(decisionId);
        int year = d.getRound().getYear();
        List<CertificateRow> rows = d.getItems().stream().sorted(Comparator.comparingInt(DecisionItem::getPosition))
                .map(i -> certificateRow(i.getNomination(), year)).toList();
        return certificatesOf(header(d), background(), rows);
    }

    /** The registry of a unit (its people and the unit itself), of one year or all. */
    public Prepared unitRegistry(long unitId, Integer year) {
        List<AwardRecord> records = history.registryOf(unitId, year);
        Unit unit = history.registryUnits().stream().filter(u -> u.getId() == unitId).findFirst()
                .orElseGet(() -> em.find(Unit.class, unitId));
        String subject = "Đơn vị: " + unit.getName() + (year == null ? " – tất cả các năm" : " – năm " + year);
        return registryOf(department, unit.getName(), subject, records.stream().map(AwardDocuments::registryRow).toList(),
                "trich-so-khen-thuong-don-vi-" + unitId + (year == null ? "" : "-" + year));
    }

    /** Everything a person received, oldest year first. */
    public Prepared personRegistry(long staffId) {
        List<AwardRecord> records = history.ofPerson(staffId).awards();
        // the service has checked that the caller may read this person
        StaffMember staff = em.find(StaffMember.class, staffId);
        String subject = "Cá nhân: " + staff.getFullName() + (staff.getPosition() == null ? "" : " – " + staff.getPosition())
                + ", " + staff.getUnit().getName();
        return registryOf(department, staff.getUnit().getName(), subject, records.stream().map(AwardDocuments::registryRow).toList(),
                "trich-so-khen-thuong-ca-nhan-" + staffId);
    }

    private AwardDecision issued(long decisionId) {
        AwardDecision d = decisions.find(decisionId);
        if (!d.isIssued()) {
            throw InvalidInputException.of("decision", "Quyết định chưa được ban hành (dự thảo): chỉ in được quyết định đã ban hành.");
        }
        return d;
    }

    private DecisionHeader header(AwardDecision d) {
        return new DecisionHeader(parentBody, d.getIssuingBody(), d.numberAndSymbol(), d.getPlace(), d.getSignedOn(), d.getSummary(),
                d.getLegalBases(), d.getSignerTitle(), d.getSignerName(), d.getRound().getYear(), !d.isIssued(), baseSalary);
    }

    private String background() {
        return certificateBackground.filter(p -> !p.isBlank()).filter(p -> Files.isReadable(Path.of(p))).orElse(null);
    }

    private static NominationListRow row(Nomination n) {
        return new NominationListRow(n.getTitle().getPosition(), n.getTitle().getName(), n.candidateName(), n.getUnit().getName(),
                eligibilityWords(n.getEligibility(), n.isOverridden()), n.getEligibility() == null ? "" : n.getEligibility().name(),
                Messages.text(VI, "NominationStatus." + n.getStatus()));
    }

    private static DecisionRow decisionRow(DecisionItem item) {
        Nomination n = item.getNomination();
        String where;
        if (n.isIndividual()) {
            StaffMember s = n.getStaff();
            where = (s.getPosition() == null || s.getPosition().isBlank() ? "" : s.getPosition() + " – ") + s.getUnit().getName();
        } else {
            Unit parent = n.getCandidateUnit().getParent();
            where = parent == null ? "" : parent.getName();
        }
        return new DecisionRow(item.getPosition(), n.candidateName(), where, n.getTitle().getName());
    }

    private static List<TitleLine> titleLines(AwardDecision d) {
        Map<Long, TitleLine> lines = new LinkedHashMap<>();
        for (DecisionItem i : d.getItems().stream().sorted(Comparator.comparingInt(DecisionItem::getPosition)).toList()) {
            TitleType t = i.getNomination().getTitle();
            TitleLine old = lines.get(t.getId());
            boolean person = i.getNomination().isIndividual();
            lines.put(t.getId(), new TitleLine(t.getName(), t.getCategory() == TitleCategory.EMULATION_TITLE,
                    (old == null ? 0 : old.individuals()) + (person ? 1 : 0), (old == null ? 0 : old.collectives()) + (person ? 0 : 1),
                    t.getRewardMultiple()));
        }
        return List.copyOf(lines.values());
    }

    private static CertificateRow certificateRow(Nomination n, int year) {
        TitleType t = n.getTitle();
        boolean title = t.getCategory() == TitleCategory.EMULATION_TITLE;
        String salutation = "";
        String unitLine;
        if (n.isIndividual()) {
            StaffMember s = n.getStaff();
            salutation = s.getGender() == Gender.MALE ? "Ông" : s.getGender() == Gender.FEMALE ? "Bà" : "";
            unitLine = (s.getPosition() == null || s.getPosition().isBlank() ? "" : s.getPosition() + ", ") + s.getUnit().getName();
        } else {
            Unit parent = n.getCandidateUnit().getParent();
            unitLine = parent == null ? "" : "Trực thuộc " + parent.getName();
        }
        return new CertificateRow(title ? "CÔNG NHẬN DANH HIỆU" : "TẶNG", t.getName().toUpperCase(VI), salutation, n.candidateName(), unitLine,
                "Đã có thành tích xuất sắc trong phong trào thi đua năm " + year + ".");
    }

    static RegistryRow registryRow(AwardRecord a) {
        String holder = a.getStaff() != null ? a.getStaff().getFullName() : a.getUnit().getName() + " (tập thể)";
        String decision = a.decisionText();
        if (decision != null && a.getAwardedBy() != null) {
            decision += " của " + a.getAwardedBy();
        }
        return new RegistryRow(a.getYear(), holder, a.getTitle().getName(), decision,
                Messages.text(VI, "AwardSource." + a.getSource()), a.isRevoked() ? "Đã thu hồi" : "");
    }

    // ------------------------------------------------------------------ documents from plain data

    /** "Đủ điều kiện", "Không đủ điều kiện", "Cần xem xét", with " (ngoại lệ)" when the office overrode the check. */
    public static String eligibilityWords(Outcome outcome, boolean overridden) {
        String words = outcome == null ? "Chưa kiểm tra" : switch (outcome) {
            case PASS -> "Đủ điều kiện";
            case FAIL -> "Không đủ điều kiện";
            case NEEDS_REVIEW -> "Cần xem xét";
            case PENDING -> "Chờ bỏ phiếu";
        };
        return overridden ? words + " (ngoại lệ)" : words;
    }

    /** "75 %" of the whole membership, one decimal at most. */
    public static String share(int approving, int membership) {
        if (membership <= 0) {
            return "";
        }
        return VietnameseNumbers.format(BigDecimal.valueOf(approving * 100L).divide(BigDecimal.valueOf(membership), 1, RoundingMode.HALF_UP))
                + " %";
    }

    public static Prepared nominationListOf(String issuingBody, String unitName, String roundName, LocalDate today,
            List<NominationListRow> rows) {
        Map<String, Object> p = new HashMap<>();
        p.put("ISSUING_BODY", upper(issuingBody));
        p.put("UNIT_NAME", upper(unitName));
        p.put("PLACE_AND_DATE", "Hà Tĩnh, " + VietnameseDates.longForm(today));
        p.put("TITLE", "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG");
        p.put("ROUND_NAME", roundName);
        return new Prepared("nomination-list", p, () -> new RecordDataSource(rows), "Danh sách đề nghị khen thưởng",
                "danh-sach-de-nghi-khen-thuong", EnumSet.of(ReportFormat.PDF, ReportFormat.XLSX));
    }

    public record Attendee(String name, BoardRole role, boolean present) {
    }

    public record MinutesHeader(String department, String boardName, String city, LocalDate heldOn, String room, String roundName,
            List<Attendee> attendees, int membership, LocalDateTime closedAtUtc) {
    }

    public static Prepared minutesOf(MinutesHeader h, List<MinutesRow> rows) {
        Map<String, Object> p = new HashMap<>();
        p.put("ISSUING_BODY", upper(h.department()));
        p.put("BOARD_NAME", "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG");
        p.put("PLACE_AND_DATE", h.city() + ", " + VietnameseDates.longForm(h.heldOn()));
        p.put("SUBJECT", "Họp Hội đồng Thi đua – Khen thưởng xét đề nghị khen thưởng\n" + h.roundName());
        p.put("OPENING", "Hôm nay, " + VietnameseDates.longForm(h.heldOn()) + (h.room() == null ? "" : ", tại " + h.room()) + ", "
                + h.boardName() + " họp xét các đề nghị khen thưởng của đợt \u201c" + h.roundName() + "\u201d.");
        StringBuilder attendance = new StringBuilder();
        int i = 0;
        long present = 0;
        String chair = null;
        String secretary = null;
        for (Attendee a : h.attendees()) {
            if (i > 0) {
                attendance.append('\n');
            }
            attendance.append(++i).append(". ").append(a.name()).append(" – ").append(Messages.text(VI, "BoardRole." + a.role()))
                    .append(a.role() == BoardRole.CHAIR ? " Hội đồng" : "").append(": ").append(a.present() ? "có mặt" : "vắng mặt");
            present += a.present() ? 1 : 0;
            if (a.role() == BoardRole.CHAIR && chair == null) {
                chair = a.name();
            }
            if (a.role() == BoardRole.SECRETARY && secretary == null) {
                secretary = a.name();
            }
        }
        int total = h.membership() > 0 ? h.membership() : h.attendees().size();
        p.put("ATTENDANCE", attendance.toString());
        p.put("PRESENCE", "Có mặt " + present + "/" + total + " thành viên; vắng mặt " + (total - present) + " thành viên. Hội đồng biểu quyết"
                + " bằng phiếu kín; tỷ lệ đồng ý tính trên tổng số thành viên Hội đồng (" + total + ").");
        p.put("CLOSING", "Phiên họp kết thúc" + (h.closedAtUtc() == null ? "" : " lúc " + VietnameseDates.formatUtc(h.closedAtUtc()))
                + ". Kết quả bỏ phiếu nêu trên là căn cứ để trình cấp có thẩm quyền quyết định khen thưởng.");
        p.put("CHAIR_NAME", chair);
        p.put("SECRETARY_NAME", secretary);
        return new Prepared("board-minutes", p, () -> new RecordDataSource(rows), "Biên bản họp Hội đồng Thi đua – Khen thưởng",
                "bien-ban-hop-hoi-dong", EnumSet.of(ReportFormat.PDF));
    }

    /** The header of a decision, as stored; {@code signerTitle} lines are separated by "\n". */
    public record DecisionHeader(String parentBody, String issuingBody, String numberAndSymbol, String place, LocalDate signedOn,
            String summary, String legalBases, String signerTitle, String signerName, int year, boolean draft, BigDecimal baseSalary) {
    }

    /** A title of a decision's list, with how many people and collectives receive it. */
    public record TitleLine(String name, boolean emulationTitle, int individuals, int collectives, BigDecimal rewardMultiple) {
    }

    public static Prepared decisionOf(DecisionHeader h, List<TitleLine> titles, List<DecisionRow> rows, ReportFormat format) {
        Map<String, Object> p = new HashMap<>();
        String body = shortBody(h.issuingBody(), h.place());
        String role = authorityRole(h.signerTitle());
        String dateShort = h.signedOn() == null ? "" : " ngày " + VietnameseDates.format(h.signedOn());
        String listTitle = listTitle(h.summary(), titles);
        String citation = "(Kèm theo Quyết định số " + h.numberAndSymbol() + dateShort + " của " + sentence(role) + " " + body + ")";
        p.put("LIST_TITLE", listTitle);
        p.put("CITATION", citation);
        String fileName = "quyet-dinh-" + ascii(h.numberAndSymbol());
        if (format == ReportFormat.XLSX) {
            return new Prepared("award-decision-list", p, () -> new RecordDataSource(rows), "Danh sách kèm theo Quyết định",
                    fileName + "-danh-sach", EnumSet.of(ReportFormat.XLSX));
        }
        p.put("PARENT_BODY", upper(h.parentBody()));
        p.put("ISSUING_BODY", upper(body));
        p.put("NUMBER_LINE", "Số: " + h.numberAndSymbol());
        p.put("PLACE_AND_DATE", h.place() + ", " + (h.signedOn() == null ? "ngày      tháng      năm " + h.year() : VietnameseDates.longForm(h.signedOn())));
        p.put("SUMMARY", h.summary());
        p.put("AUTHORITY", upper(role + " " + body));
        p.put("LEGAL_BASES", h.legalBases());
        p.put("ARTICLES", articles(h, titles, body));
        p.put("SIGNER_TITLE", upper(h.signerTitle()));
        p.put("SIGNER_NAME", h.signerName());
        p.put("RECIPIENTS", "- Như Điều 3;\n- Lưu: VT, TCCB.");
        p.put("DRAFT", h.draft());
        p.put("LIST_REPORT", ReportRenderer.template("award-decision-list"));
        // the list's rows are read by the subreport: a fresh source per fill
        return new Prepared("award-decision", p, () -> {
            p.put("LIST_ROWS", new RecordDataSource(rows));
            return new JREmptyDataSource(1);
        }, "Quyết định " + h.numberAndSymbol(), fileName, EnumSet.of(ReportFormat.PDF, ReportFormat.DOCX, ReportFormat.XLSX));
    }

    public static Prepared certificatesOf(DecisionHeader h, String background, List<CertificateRow> rows) {
        Map<String, Object> p = new HashMap<>();
        String body = shortBody(h.issuingBody(), h.place());
        String role = authorityRole(h.signerTitle());
        p.put("BACKGROUND", background);
        p.put("PARENT_BODY", upper(h.parentBody()));
        p.put("AWARDER", upper(role + " " + body));
        p.put("CITATION", "Quyết định số " + h.numberAndSymbol() + (h.signedOn() == null ? "" : "\nngày " + VietnameseDates.format(h.signedOn())));
        p.put("PLACE_AND_DATE", h.place() + ", " + (h.signedOn() == null ? "" : VietnameseDates.longForm(h.signedOn())));
        p.put("SIGNER_TITLE", upper(h.signerTitle()));
        p.put("SIGNER_NAME", h.signerName());
        return new Prepared("certificates", p, () -> new RecordDataSource(rows), "Giấy khen – Quyết định " + h.numberAndSymbol(),
                "giay-khen-" + ascii(h.numberAndSymbol()), EnumSet.of(ReportFormat.PDF));
    }

    public static Prepared registryOf(String department, String unitName, String subject, List<RegistryRow> rows, String fileName) {
        Map<String, Object> p = new HashMap<>();
        p.put("ISSUING_BODY", upper(department));
        p.put("UNIT_NAME", upper(unitName));
        p.put("PLACE_AND_DATE", "Hà Tĩnh, " + VietnameseDates.longForm(LocalDate.now(VietnameseDates.PROVINCE_ZONE)));
        p.put("SUBJECT", subject);
        return new Prepared("award-registry", p, () -> new RecordDataSource(rows), "Trích sổ khen thưởng", fileName,
                EnumSet.of(ReportFormat.PDF, ReportFormat.XLSX));
    }

    // ------------------------------------------------------------------ wording

    /** "Điều 1. Tặng danh hiệu “…” cho 7 cá nhân; …", "Điều 2." the reward, "Điều 3." who carries it out; styled markup. */
    static String articles(DecisionHeader h, List<TitleLine> titles, String body) {
        List<String> parts = new ArrayList<>();
        for (TitleLine t : titles) {
            List<String> who = new ArrayList<>();
            if (t.individuals() > 0) {
                who.add(two(t.individuals()) + " cá nhân");
            }
            if (t.collectives() > 0) {
                who.add(two(t.collectives()) + " tập thể");
            }
            parts.add((t.emulationTitle() ? "danh hiệu \u201c" + t.name() + "\u201d năm " + h.year() : t.name()) + " cho " + String.join(" và ", who));
        }
        StringBuilder sb = new StringBuilder();
        sb.append("<b>Điều 1.</b> ").append(escape("Tặng " + String.join("; ", parts) + " có tên trong danh sách kèm theo."));
        List<String> money = new ArrayList<>();
        if (h.baseSalary() != null && h.baseSalary().signum() > 0) {
            for (TitleLine t : titles) {
                if (t.rewardMultiple() != null) {
                    money.add(t.name() + ": " + VietnameseNumbers.format(t.rewardMultiple(), 1) + " lần mức lương cơ sở ("
                            + VietnameseNumbers.format(t.rewardMultiple().multiply(h.baseSalary()).setScale(0, RoundingMode.HALF_UP)) + " đồng)"
                            + (t.individuals() > 0 ? "/cá nhân" : "/tập thể"));
                }
            }
        }
        sb.append('\n').append("<b>Điều 2.</b> ").append(escape("Các cá nhân, tập thể có tên tại Điều 1 được hưởng tiền thưởng theo quy định"
                + " của Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ"
                + (money.isEmpty() ? "" : ": " + String.join("; ", money)) + ". Kinh phí khen thưởng chi từ quỹ thi đua, khen thưởng của "
                + body + "."));
        sb.append('\n').append("<b>Điều 3.</b> ").append(escape("Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng phòng Tổ chức"
                + " cán bộ " + body + ", thủ trưởng các đơn vị có liên quan và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành"
                + " Quyết định này./."));
        return sb.toString();
    }

    /** "Sở Y tế Hà Tĩnh" issued in Hà Tĩnh → "Sở Y tế": the body under its province, as the header prints it. */
    static String shortBody(String issuingBody, String place) {
        String body = issuingBody == null ? "" : issuingBody.strip();
        if (place != null && !place.isBlank() && body.toLowerCase(VI).endsWith(" " + place.strip().toLowerCase(VI))) {
            body = body.substring(0, body.length() - place.strip().length() - 1).strip();
        }
        return body;
    }

    /** The head's title the decision is made in: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC" → "GIÁM ĐỐC". */
    static String authorityRole(String signerTitle) {
        if (signerTitle == null || signerTitle.isBlank()) {
            return "Giám đốc";
        }
        String first = signerTitle.strip().split("\n")[0].strip();
        return first.replaceFirst("^(?i)(KT\\.|TM\\.|TL\\.|TUQ\\.|Q\\.)\\s*", "");
    }

    private static String listTitle(String summary, List<TitleLine> titles) {
        boolean people = titles.stream().anyMatch(t -> t.individuals() > 0);
        boolean collectives = titles.stream().anyMatch(t -> t.collectives() > 0);
        String who = people && collectives ? "CÁ NHÂN, TẬP THỂ" : collectives ? "TẬP THỂ" : "CÁ NHÂN";
        String what = summary != null && summary.startsWith("Về việc ") ? summary.substring("Về việc ".length()) : "khen thưởng";
        return who + " ĐƯỢC " + upper(what);
    }

    private static String sentence(String text) {
        String lower = text.toLowerCase(VI);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    static String upper(String text) {
        return text == null ? null : text.toUpperCase(VI);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** "1890/QĐ-SYT" → "1890-qd-syt": for file names. */
    public static String ascii(String text) {
        String plain = java.text.Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
