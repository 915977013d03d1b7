package vn.thidua.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.thidua.award.AwardHistoryMatch.Checked;
import vn.thidua.award.AwardHistoryMatch.Names;
import vn.thidua.award.AwardHistoryMatch.Status;
import vn.thidua.award.AwardHistoryParser.AwardRow;
import vn.thidua.award.AwardHistoryParser.Directory;
import vn.thidua.award.AwardHistoryParser.DisciplineRow;
import vn.thidua.award.AwardHistoryParser.HistoryRow;
import vn.thidua.award.AwardHistoryParser.InitiativeRow;
import vn.thidua.award.AwardHistoryParser.Preview;
import vn.thidua.award.AwardHistoryParser.Problem;
import vn.thidua.award.AwardHistoryParser.RatingRow;
import vn.thidua.award.AwardHistoryParser.Title;
import vn.thidua.common.InvalidInputException;
import vn.thidua.common.Messages;
import vn.thidua.org.StaffMember;
import vn.thidua.org.Unit;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;

/**
 * Loads the award history of earlier years from an .xlsx file: a preview that changes nothing, then an import that
 * parses the same bytes again on the server (a preview sent back by a browser is never trusted) and, in one
 * transaction, adds the valid rows not yet stored. The office and IT load for every unit; a unit loads only its own
 * people and sub-units: any other code reads as unknown.
 */
@ApplicationScoped
public class AwardHistoryImportService {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String TEMPLATE_NAME = "mau-nhap-lich-su-khen-thuong.xlsx";
    static final Role[] ROLES = {Role.SECRETARIAT, Role.ADMIN, Role.UNIT_OFFICER, Role.UNIT_HEAD};
    /**
     * Only the office stores history: the records are the facts every eligibility check reads, so a unit may check its
     * file in the preview and send it to the office, but never write its own people's titles and ratings.
     */
    static final Role[] IMPORTERS = {Role.SECRETARIAT, Role.ADMIN};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    /** The rows of the file with what the import would do with each; or the problem of the whole file. */
    public record HistoryPreview(List<Checked> rows, Problem fileProblem) {

        static HistoryPreview of(Problem fileProblem) {
            return new HistoryPreview(List.of(), fileProblem);
        }

        public long newCount() {
            return AwardHistoryMatch.count(rows, Status.NEW);
        }

        public long storedCount() {
            return AwardHistoryMatch.count(rows, Status.ALREADY_STORED);
        }

        public long invalidCount() {
            return AwardHistoryMatch.count(rows, Status.INVALID);
        }
    }

    /** What an import added per kind, and the rows it skipped. */
    public record Counts(int awards, int ratings, int initiatives, int disciplines, long alreadyStored, long invalid) {
        public int added() {
            return awards + ratings + initiatives + disciplines;
        }
    }

    /** What the file is checked against, and the entities its codes stand for, all within the caller's scope. */
    private record Context(Directory directory, Names names, Map<String, Unit> units, Map<String, StaffMember> staff,
            Map<String, TitleType> titles) {
    }

    /** Whether the caller may load history at all (the page shows the import only then). */
    public boolean canConfirm() {
        return currentUser.hasAnyRole(IMPORTERS);
    }

    public boolean canImport() {
        return currentUser.hasAnyRole(ROLES);
    }

    public HistoryPreview preview(InputStream xlsx, String fileName) {
        currentUser.requireAnyRole(ROLES);
        return check(xlsx, fileName, context());
    }

    /** Adds the valid rows of the file not yet stored, in one transaction; answers what it added per kind. */
    @Transactional
    public Counts confirm(InputStream xlsx, String fileName) {
        currentUser.requireAnyRole(IMPORTERS);
        Context context = context();
        HistoryPreview preview = check(xlsx, fileName, context);
        if (preview.fileProblem() != null) {
            throw InvalidInputException.of("file", text(preview.fileProblem()));
        }
        int awards = 0;
        int ratings = 0;
        int initiatives = 0;
        int disciplines = 0;
        for (Checked checked : preview.rows()) {
            if (checked.status() != Status.NEW) {
                continue;
            }
            HistoryRow row = checked.row();
            StaffMember staff = row.staffCode() == null ? null : context.staff().get(upper(row.staffCode()));
            Unit unit = staff != null ? staff.getUnit() : context.units().get(upper(row.unitCode()));
            if (unit == null || (row.staffCode() != null && staff == null)) {
                continue; // cannot happen for a valid row: the directory held the same codes
            }
            if (row instanceof AwardRow a) {
                em.persist(new AwardRecord(unit, staff, context.titles().get(a.titleCode()), a.year(), a.decisionNumber(),
                        a.decisionDate(), a.decisionBody(), AwardSource.IMPORT));
                awards++;
            } else if (row instanceof RatingRow r) {
                em.persist(new AnnualRating(unit, staff, r.year(), r.rating()));
                ratings++;
            } else if (row instanceof InitiativeRow i) {
                em.persist(new Initiative(unit, staff, i.name(), i.level(), i.year(), i.decisionNumber(), i.decisionDate()));
                initiatives++;
            } else if (row instanceof DisciplineRow d) {
                em.persist(new Discipline(unit, staff, d.measure(), d.decisionDate(), d.decisionNumber(), d.reason()));
                disciplines++;
            }
        }
        em.flush();
        return new Counts(awards, ratings, initiatives, disciplines, preview.storedCount(), preview.invalidCount());
    }

    /** The blank workbook, listing the catalogue's titles by short name. */
    public byte[] template() {
        currentUser.requireAnyRole(ROLES);
        List<String> titles = em.createQuery("SELECT t FROM TitleType t ORDER BY t.position", TitleType.class).getResultList()
                .stream().map(TitleType::getShortName).toList();
        return AwardHistoryTemplate.workbook(titles);
    }

    /** A problem in the user's language. */
    public String text(Problem problem) {
        return messages.get(problem.key(), problem.args().toArray());
    }

    private HistoryPreview check(InputStream xlsx, String fileName, Context context) {
        byte[] bytes;
        try {
            bytes = xlsx == null ? new byte[0] : xlsx.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length == 0) {
            return HistoryPreview.of(Problem.of("import.error.empty"));
        }
        if (bytes.length > MAX_BYTES) {
            return HistoryPreview.of(Problem.of("import.error.tooLarge", MAX_BYTES / 1024 / 1024));
        }
        if (fileName != null && !fileName.isBlank() && !fileName.strip().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return HistoryPreview.of(Problem.of(AwardHistoryParser.NOT_EXCEL));
        }
        Preview preview = AwardHistoryParser.parse(new ByteArrayInputStream(bytes), context.directory());
        if (preview.fileProblem() != null) {
            return HistoryPreview.of(preview.fileProblem());
        }
        return new HistoryPreview(AwardHistoryMatch.check(preview, storedKeys(), context.names()), null);
    }

    private Context context() {
        String prefix = currentUser.scope().pathPrefix();
        TypedQuery<Unit> unitQuery = em.createQuery("SELECT u FROM Unit u" + (prefix == null ? "" : " WHERE u.path LIKE :p"),
                Unit.class);
        TypedQuery<StaffMember> staffQuery = em.createQuery("SELECT s FROM StaffMember s JOIN FETCH s.unit u WHERE s.code IS NOT NULL"
                + (prefix == null ? "" : " AND u.path LIKE :p"), StaffMember.class);
        if (prefix != null) {
            unitQuery.setParameter("p", prefix + "%");
            staffQuery.setParameter("p", prefix + "%");
        }
        Map<String, Unit> units = new HashMap<>();
        Map<String, String> unitNames = new HashMap<>();
        for (Unit unit : unitQuery.getResultList()) {
            units.put(upper(unit.getCode()), unit);
            unitNames.put(upper(unit.getCode()), unit.getName());
        }
        Map<String, StaffMember> staff = new HashMap<>();
        Map<String, String> staffUnits = new HashMap<>();
        Map<String, String> staffNames = new HashMap<>();
        for (StaffMember member : staffQuery.getResultList()) {
            staff.put(upper(member.getCode()), member);
            staffUnits.put(member.getCode(), member.getUnit().getCode());
            staffNames.put(upper(member.getCode()), member.getFullName());
        }
        Map<String, TitleType> titles = new HashMap<>();
        Map<String, String> titleNames = new HashMap<>();
        List<Title> directoryTitles = new java.util.ArrayList<>();
        for (TitleType title : em.createQuery("SELECT t FROM TitleType t ORDER BY t.position", TitleType.class).getResultList()) {
            titles.put(title.getCode(), title);
            titleNames.put(upper(title.getCode()), title.getShortName());
            directoryTitles.add(new Title(title.getCode(), title.getName(), title.getShortName(), title.getSubject()));
        }
        Directory directory = new Directory(Set.copyOf(units.values().stream().map(Unit::getCode).toList()), staffUnits,
                directoryTitles);
        return new Context(directory, new Names(staffNames, unitNames, titleNames), units, staff, titles);
    }

    /**
     * The identity keys of the records stored for the units and people in the caller's scope: a person's records by
     * the person's current unit, a collective's by its unit.
     */
    private Set<String> storedKeys() {
        Set<String> keys = new HashSet<>();
        String from = " LEFT JOIN x.staff s LEFT JOIN s.unit su JOIN x.unit u";
        for (Object[] t : tuples("SELECT s.id, s.code, u.code, t.code, x.year FROM AwardRecord x JOIN x.title t" + from)) {
            keys.add(AwardHistoryMatch.awardKey(t[0] != null, (String) t[1], (String) t[2], (String) t[3], (Integer) t[4]));
        }
        for (Object[] t : tuples("SELECT s.id, s.code, u.code, x.year FROM AnnualRating x" + from)) {
            keys.add(AwardHistoryMatch.ratingKey(t[0] != null, (String) t[1], (String) t[2], (Integer) t[3]));
        }
        for (Object[] t : tuples("SELECT s.id, s.code, u.code, x.year, x.name FROM Initiative x" + from)) {
            keys.add(AwardHistoryMatch.initiativeKey(t[0] != null, (String) t[1], (String) t[2], (Integer) t[3], (String) t[4]));
        }
        for (Object[] t : tuples("SELECT s.id, s.code, u.code, x.measure, x.decidedOn FROM Discipline x" + from)) {
            keys.add(AwardHistoryMatch.disciplineKey(t[0] != null, (String) t[1], (String) t[2], (DisciplineMeasure) t[3],
                    (LocalDate) t[4]));
        }
        keys.remove(null);
        return keys;
    }

    private List<Object[]> tuples(String select) {
        String prefix = currentUser.scope().pathPrefix();
        if (prefix == null) {
            return em.createQuery(select, Object[].class).getResultList();
        }
        return em.createQuery(select + " WHERE (s.id IS NULL AND u.path LIKE :p) OR (s.id IS NOT NULL AND su.path LIKE :p)",
                Object[].class).setParameter("p", prefix + "%").getResultList();
    }

    private static String upper(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }
}
