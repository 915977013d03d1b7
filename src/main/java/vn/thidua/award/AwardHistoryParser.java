package vn.thidua.award;

import static vn.thidua.common.VietnameseText.fold;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.common.VietnameseDates;
import vn.thidua.common.VietnameseNumbers;

/**
 * Reads a department's past award history from an .xlsx file into a preview, nothing saved: titles and
 * commendations, annual ratings, initiatives and disciplinary measures of staff members and of units, one
 * sheet per kind, found by its name. Columns are found by their header text, in any order, marks and case
 * ignored. Every row carries its problems as message keys for the user's language; the caller saves the valid
 * rows whose {@code identityKey()} is not yet in the database.
 */
public final class AwardHistoryParser {

    public static final int MAX_ROWS = 10_000;
    public static final int FIRST_YEAR = 1990;
    public static final int MAX_NAME = 500;
    public static final int MAX_DECISION_NUMBER = 64;
    public static final int MAX_REASON = 1000;
    /** Rows searched from the top of a sheet for its header row (a title line may sit above it). */
    static final int HEADER_SEARCH_ROWS = 10;

    static final String PREFIX = "historyImport.";
    public static final String NOT_EXCEL = PREFIX + "notExcel";
    public static final String NO_SHEET = PREFIX + "noSheet";
    public static final String MISSING_COLUMN = PREFIX + "missingColumn";
    public static final String TOO_MANY_ROWS = PREFIX + "tooManyRows";
    public static final String MISSING_CELL = PREFIX + "missingCell";
    public static final String UNKNOWN_STAFF = PREFIX + "unknownStaff";
    public static final String UNKNOWN_UNIT = PREFIX + "unknownUnit";
    public static final String UNIT_MISMATCH = PREFIX + "unitMismatch";
    public static final String UNKNOWN_TITLE = PREFIX + "unknownTitle";
    public static final String AMBIGUOUS_TITLE = PREFIX + "ambiguousTitle";
    public static final String TITLE_NOT_FOR_INDIVIDUAL = PREFIX + "titleNotForIndividual";
    public static final String TITLE_NOT_FOR_COLLECTIVE = PREFIX + "titleNotForCollective";
    public static final String BAD_YEAR = PREFIX + "badYear";
    public static final String BAD_DATE = PREFIX + "badDate";
    public static final String DATE_OUT_OF_RANGE = PREFIX + "dateOutOfRange";
    public static final String DECISION_BEFORE_YEAR = PREFIX + "decisionBeforeYear";
    public static final String UNKNOWN_RATING = PREFIX + "unknownRating";
    public static final String UNKNOWN_LEVEL = PREFIX + "unknownLevel";
    public static final String UNKNOWN_MEASURE = PREFIX + "unknownMeasure";
    public static final String DUPLICATE = PREFIX + "duplicate";
    public static final String TOO_LONG = PREFIX + "tooLong";

    /** A problem, as a key of the messages bundle and its arguments. */
    public record Problem(String key, List<Object> args) {
        public static Problem of(String key, Object... args) {
            return new Problem(key, List.of(args));
        }
    }

    /** A title or form of commendation as the database knows it; a cell may name it by any of the three texts. */
    public record Title(String code, String name, String shortName, TitleSubject subject) {
        public Title {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(subject, "subject");
        }
    }

    /**
     * What the file is checked against, filled by the caller from the database. Codes are matched ignoring case
     * and surrounding spaces; the rows carry them as spelt here.
     *
     * @param unitCodes  the codes of the units the user may load history for
     * @param staffUnits staff code → the code of the staff member's unit
     * @param titles     the titles and commendations
     */
    public record Directory(Set<String> unitCodes, Map<String, String> staffUnits, Collection<Title> titles) {
        public Directory {
            unitCodes = Set.copyOf(unitCodes);
            staffUnits = Map.copyOf(staffUnits);
            titles = List.copyOf(titles);
        }
    }

    /** A row of any of the four sheets. */
    public sealed interface HistoryRow permits AwardRow, RatingRow, InitiativeRow, DisciplineRow {
        String sheetName();

        /** 1-based, as Excel shows it. */
        int rowNumber();

        /** Null for a record of the unit itself. */
        String staffCode();

        /** The unit's code; for a staff member, the unit the directory gives. */
        String unitCode();

        List<Problem> problems();

        String identityKey();

        default boolean valid() {
            return problems().isEmpty();
        }

        default boolean collective() {
            return staffCode() == null;
        }
    }

    /** A title or commendation received. */
    public record AwardRow(String sheetName, int rowNumber, String staffCode, String unitCode, Integer year,
            String titleCode, String decisionNumber, LocalDate decisionDate, String decisionBody,
            List<Problem> problems) implements HistoryRow {

        /** For example "award|staff:NV001|CSTDCS|2023" or "award|unit:BVDK|TTLDXS|2023". */
        public static String key(String staffCode, String unitCode, String titleCode, Integer year) {
            return "award|" + subjectKey(staffCode, unitCode) + "|" + upper(titleCode) + "|" + year;
        }

        @Override
        public String identityKey() {
            return key(staffCode, unitCode, titleCode, year);
        }
    }

    /** An annual performance rating; one per person or unit and year. */
    public record RatingRow(String sheetName, int rowNumber, String staffCode, String unitCode, Integer year,
            PerformanceRating rating, List<Problem> problems) implements HistoryRow {

        /** For example "rating|unit:BVDK|2024". */
        public static String key(String staffCode, String unitCode, Integer year) {
            return "rating|" + subjectKey(staffCode, unitCode) + "|" + year;
        }

        @Override
        public String identityKey() {
            return key(staffCode, unitCode, year);
        }
    }

    /** A recognised initiative (sáng kiến). */
    public record InitiativeRow(String sheetName, int rowNumber, String staffCode, String unitCode, Integer year,
            String name, RecognitionLevel level, String decisionNumber, LocalDate decisionDate,
            List<Problem> problems) implements HistoryRow {

        /** For example "initiative|staff:NV001|2023|quy trinh cham soc..." (the name folded). */
        public static String key(String staffCode, String unitCode, Integer year, String name) {
            return "initiative|" + subjectKey(staffCode, unitCode) + "|" + year + "|" + fold(name);
        }

        @Override
        public String identityKey() {
            return key(staffCode, unitCode, year, name);
        }
    }

    /** A disciplinary measure; its year is the year of the decision. */
    public record DisciplineRow(String sheetName, int rowNumber, String staffCode, String unitCode,
            DisciplineMeasure measure, LocalDate decisionDate, String decisionNumber, String reason,
            List<Problem> problems) implements HistoryRow {

        /** For example "discipline|staff:NV001|WARNING|2023-05-10". */
        public static String key(String staffCode, String unitCode, DisciplineMeasure measure, LocalDate decisionDate) {
            return "discipline|" + subjectKey(staffCode, unitCode) + "|" + (measure == null ? null : measure.name())
                    + "|" + decisionDate;
        }

        public Integer year() {
            return decisionDate == null ? null : decisionDate.getYear();
        }

        @Override
        public String identityKey() {
            return key(staffCode, unitCode, measure, decisionDate);
        }
    }

    public record Preview(List<AwardRow> awards, List<RatingRow> ratings, List<InitiativeRow> initiatives,
            List<DisciplineRow> disciplines, Problem fileProblem) {

        static Preview of(Problem fileProblem) {
            return new Preview(List.of(), List.of(), List.of(), List.of(), fileProblem);
        }

        /** All rows, sheet by sheet in the order awards, ratings, initiatives, disciplines. */
        public List<HistoryRow> rows() {
            return Stream.of(awards, ratings, initiatives, disciplines).flatMap(List::stream)
                    .map(HistoryRow.class::cast).toList();
        }

        public long validCount() {
            return rows().stream().filter(HistoryRow::valid).count();
        }

        public long invalidCount() {
            return rows().size() - validCount();
        }

        public boolean isEmpty() {
            return awards.isEmpty() && ratings.isEmpty() && initiatives.isEmpty() && disciplines.isEmpty();
        }
    }

    /** The columns of all sheets, with their header as the template writes it. */
    enum Column {
        STAFF("Mã cán bộ"), UNIT("Mã đơn vị"), YEAR("Năm"), TITLE("Danh hiệu"), RATING("Mức đánh giá"),
        INITIATIVE_NAME("Tên sáng kiến"), LEVEL("Cấp công nhận"), MEASURE("Hình thức"),
        DECISION_NUMBER("Số quyết định"), DECISION_DATE("Ngày quyết định"), DECISION_BODY("Cơ quan quyết định"),
        REASON("Lý do");

        final String label;
        final String folded;

        Column(String label) {
            this.label = label;
            this.folded = fold(label);
        }
    }

    /** The four sheets, with their columns in the template's order and those the header must have. */
    enum Kind {
        AWARD("Danh hiệu", List.of(Column.STAFF, Column.UNIT, Column.YEAR, Column.TITLE, Column.DECISION_NUMBER,
                Column.DECISION_DATE, Column.DECISION_BODY), List.of(Column.YEAR, Column.TITLE)),
        RATING("Đánh giá", List.of(Column.STAFF, Column.UNIT, Column.YEAR, Column.RATING),
                List.of(Column.YEAR, Column.RATING)),
        INITIATIVE("Sáng kiến", List.of(Column.STAFF, Column.UNIT, Column.YEAR, Column.INITIATIVE_NAME, Column.LEVEL,
                Column.DECISION_NUMBER, Column.DECISION_DATE), List.of(Column.YEAR, Column.INITIATIVE_NAME, Column.LEVEL)),
        DISCIPLINE("Kỷ luật", List.of(Column.STAFF, Column.UNIT, Column.MEASURE, Column.DECISION_DATE,
                Column.DECISION_NUMBER, Column.REASON), List.of(Column.MEASURE, Column.DECISION_DATE));

        final String sheetName;
        final List<Column> columns;
        final List<Column> required;

        Kind(String sheetName, List<Column> columns, List<Column> required) {
            this.sheetName = sheetName;
            this.columns = columns;
            this.required = required;
        }
    }

    /** A sheet of a known kind, its header row and where each column is. */
    private record Located(Kind kind, Sheet sheet, int headerRow, Map<Column, Integer> columns) {
    }

    /** Who a row is about, as far as it could be resolved. */
    private record Who(String staffCode, String unitCode, TitleSubject subject) {
    }

    private final Directory directory;
    private final LocalDate today;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final Map<String, String> units = new HashMap<>();
    private final Map<String, String> staff = new HashMap<>();
    private final Map<String, List<Title>> titlesByCode = new HashMap<>();
    private final Map<String, List<Title>> titlesByName = new HashMap<>();
    private final Map<String, List<Title>> titlesByShortName = new HashMap<>();
    private final Map<String, Integer> firstSeen = new HashMap<>();

    private AwardHistoryParser(Directory directory, LocalDate today) {
        this.directory = directory;
        this.today = today;
        directory.unitCodes().forEach(code -> units.put(normalCode(code), code));
        directory.staffUnits().keySet().forEach(code -> staff.put(normalCode(code), code));
        for (Title title : directory.titles()) {
            titlesByCode.computeIfAbsent(fold(title.code()), k -> new ArrayList<>()).add(title);
            if (title.name() != null && !title.name().isBlank()) {
                titlesByName.computeIfAbsent(fold(title.name()), k -> new ArrayList<>()).add(title);
            }
            if (title.shortName() != null && !title.shortName().isBlank()) {
                titlesByShortName.computeIfAbsent(fold(title.shortName()), k -> new ArrayList<>()).add(title);
            }
        }
    }

    /** Reads the workbook; the years allowed end with the current year of the province. */
    public static Preview parse(InputStream xlsx, Directory directory) {
        return parse(xlsx, directory, LocalDate.now(VietnameseDates.PROVINCE_ZONE));
    }

    static Preview parse(InputStream xlsx, Directory directory, LocalDate today) {
        Objects.requireNonNull(directory, "directory");
        ZipSecureFile.setMinInflateRatio(0.005);
        Workbook workbook;
        try {
            workbook = new XSSFWorkbook(xlsx);
        } catch (IOException | org.apache.poi.ooxml.POIXMLException | IllegalArgumentException notAnXlsx) {
            return Preview.of(Problem.of(NOT_EXCEL));
        }
        try (workbook) {
            return new AwardHistoryParser(directory, today).read(workbook);
        } catch (IOException onClose) {
            return Preview.of(Problem.of(NOT_EXCEL));
        }
    }

    private Preview read(Workbook workbook) {
        Map<Kind, Sheet> sheets = new EnumMap<>(Kind.class);
        for (Sheet sheet : workbook) {
            for (Kind kind : Kind.values()) {
                if (fold(sheet.getSheetName()).equals(fold(kind.sheetName))) {
                    sheets.putIfAbsent(kind, sheet);
                }
            }
        }
        if (sheets.isEmpty()) {
            return Preview.of(Problem.of(NO_SHEET, Stream.of(Kind.values()).map(k -> k.sheetName)
                    .collect(Collectors.joining(", "))));
        }
        List<Located> located = new ArrayList<>();
        long rowCount = 0;
        for (Map.Entry<Kind, Sheet> entry : sheets.entrySet()) {
            Kind kind = entry.getKey();
            Sheet sheet = entry.getValue();
            if (sheet.getPhysicalNumberOfRows() == 0) {
                continue;
            }
            Located found = locate(kind, sheet);
            if (found == null && blank(sheet)) {
                continue;
            }
            if (found == null) {
                return Preview.of(Problem.of(MISSING_COLUMN, sheet.getSheetName(), kind.required.get(0).label));
            }
            for (Column column : kind.required) {
                if (!found.columns().containsKey(column)) {
                    return Preview.of(Problem.of(MISSING_COLUMN, sheet.getSheetName(), column.label));
                }
            }
            if (!found.columns().containsKey(Column.STAFF) && !found.columns().containsKey(Column.UNIT)) {
                return Preview.of(Problem.of(MISSING_COLUMN, sheet.getSheetName(), Column.UNIT.label));
            }
            rowCount += sheet.getLastRowNum() - found.headerRow();
            located.add(found);
        }
        if (rowCount > MAX_ROWS) {
            return Preview.of(Problem.of(TOO_MANY_ROWS, MAX_ROWS));
        }
        List<AwardRow> awards = new ArrayList<>();
        List<RatingRow> ratings = new ArrayList<>();
        List<InitiativeRow> initiatives = new ArrayList<>();
        List<DisciplineRow> disciplines = new ArrayList<>();
        for (Located sheet : located) {
            for (int r = sheet.headerRow() + 1; r <= sheet.sheet().getLastRowNum(); r++) {
                Row row = sheet.sheet().getRow(r);
                if (row == null || isBlank(row, sheet.columns())) {
                    continue;
                }
                Cells cells = new Cells(sheet, row);
                switch (sheet.kind()) {
                    case AWARD -> awards.add(award(cells));
                    case RATING -> ratings.add(rating(cells));
                    case INITIATIVE -> initiatives.add(initiative(cells));
                    case DISCIPLINE -> disciplines.add(discipline(cells));
                }
            }
        }
        return new Preview(List.copyOf(awards), List.copyOf(ratings), List.copyOf(initiatives),
                List.copyOf(disciplines), null);
    }

    private Located locate(Kind kind, Sheet sheet) {
        int last = Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + HEADER_SEARCH_ROWS - 1);
        for (int r = sheet.getFirstRowNum(); r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<Column, Integer> columns = new LinkedHashMap<>();
            for (Cell cell : row) {
                String title = fold(formatter.formatCellValue(cell));
                for (Column column : kind.columns) {
                    if (title.equals(column.folded)) {
                        columns.putIfAbsent(column, cell.getColumnIndex());
                    }
                }
            }
            if (!columns.isEmpty()) {
                return new Located(kind, sheet, r, columns);
            }
        }
        return null;
    }

    // ---- the four kinds of row

    private AwardRow award(Cells cells) {
        Who who = who(cells);
        Integer year = year(cells);
        String titleCode = null;
        String titleText = cells.text(Column.TITLE);
        if (titleText == null) {
            cells.problem(MISSING_CELL, Column.TITLE.label);
        } else {
            Title title = title(titleText, cells);
            if (title != null) {
                titleCode = title.code();
                if (who.subject() != null && !title.subject().allows(who.subject())) {
                    cells.problem(who.subject() == TitleSubject.INDIVIDUAL ? TITLE_NOT_FOR_INDIVIDUAL
                            : TITLE_NOT_FOR_COLLECTIVE, titleText);
                }
            }
        }
        String decisionNumber = cells.limited(Column.DECISION_NUMBER, MAX_DECISION_NUMBER);
        LocalDate decisionDate = decisionDate(cells, year);
        String decisionBody = cells.limited(Column.DECISION_BODY, MAX_NAME);
        String key = AwardRow.key(who.staffCode(), who.unitCode(), titleCode, year);
        duplicate(cells, key, who.subject() != null && titleCode != null && year != null);
        return new AwardRow(cells.sheetName(), cells.rowNumber(), who.staffCode(), who.unitCode(), year, titleCode,
                decisionNumber, decisionDate, decisionBody, cells.problems());
    }

    private RatingRow rating(Cells cells) {
        Who who = who(cells);
        Integer year = year(cells);
        PerformanceRating rating = null;
        String text = cells.text(Column.RATING);
        if (text == null) {
            cells.problem(MISSING_CELL, Column.RATING.label);
        } else {
            rating = rating(text);
            if (rating == null) {
                cells.problem(UNKNOWN_RATING, text);
            }
        }
        duplicate(cells, RatingRow.key(who.staffCode(), who.unitCode(), year), who.subject() != null && year != null);
        return new RatingRow(cells.sheetName(), cells.rowNumber(), who.staffCode(), who.unitCode(), year, rating,
                cells.problems());
    }

    private InitiativeRow initiative(Cells cells) {
        Who who = who(cells);
        Integer year = year(cells);
        String name = cells.limited(Column.INITIATIVE_NAME, MAX_NAME);
        if (name == null) {
            cells.problem(MISSING_CELL, Column.INITIATIVE_NAME.label);
        }
        RecognitionLevel level = null;
        String text = cells.text(Column.LEVEL);
        if (text == null) {
            cells.problem(MISSING_CELL, Column.LEVEL.label);
        } else {
            level = level(text);
            if (level == null) {
                cells.problem(UNKNOWN_LEVEL, text);
            }
        }
        String decisionNumber = cells.limited(Column.DECISION_NUMBER, MAX_DECISION_NUMBER);
        LocalDate decisionDate = decisionDate(cells, year);
        duplicate(cells, InitiativeRow.key(who.staffCode(), who.unitCode(), year, name),
                who.subject() != null && year != null && name != null);
        return new InitiativeRow(cells.sheetName(), cells.rowNumber(), who.staffCode(), who.unitCode(), year, name,
                level, decisionNumber, decisionDate, cells.problems());
    }

    private DisciplineRow discipline(Cells cells) {
        Who who = who(cells);
        DisciplineMeasure measure = null;
        String text = cells.text(Column.MEASURE);
        if (text == null) {
            cells.problem(MISSING_CELL, Column.MEASURE.label);
        } else {
            measure = measure(text);
            if (measure == null) {
                cells.problem(UNKNOWN_MEASURE, text);
            }
        }
        LocalDate decisionDate = date(cells, Column.DECISION_DATE);
        if (decisionDate == null && cells.text(Column.DECISION_DATE) == null) {
            cells.problem(MISSING_CELL, Column.DECISION_DATE.label);
        }
        String decisionNumber = cells.limited(Column.DECISION_NUMBER, MAX_DECISION_NUMBER);
        String reason = cells.limited(Column.REASON, MAX_REASON);
        duplicate(cells, DisciplineRow.key(who.staffCode(), who.unitCode(), measure, decisionDate),
                who.subject() != null && measure != null && decisionDate != null);
        return new DisciplineRow(cells.sheetName(), cells.rowNumber(), who.staffCode(), who.unitCode(), measure,
                decisionDate, decisionNumber, reason, cells.problems());
    }

    // ---- the parts of a row

    /** The staff member or unit: a staff code makes it a person's record, else the unit's own. */
    private Who who(Cells cells) {
        String staffText = cells.text(Column.STAFF);
        String unitText = cells.text(Column.UNIT);
        String unitCode = null;
        if (unitText != null) {
            unitCode = units.get(normalCode(unitText));
            if (unitCode == null) {
                cells.problem(UNKNOWN_UNIT, unitText);
                unitCode = unitText;
            }
        }
        if (staffText == null) {
            if (unitText == null) {
                cells.problem(MISSING_CELL, Column.UNIT.label);
                return new Who(null, null, null);
            }
            return new Who(null, unitCode, TitleSubject.COLLECTIVE);
        }
        String staffCode = staff.get(normalCode(staffText));
        if (staffCode == null) {
            cells.problem(UNKNOWN_STAFF, staffText);
            return new Who(staffText, unitCode, TitleSubject.INDIVIDUAL);
        }
        String staffUnit = directory.staffUnits().get(staffCode);
        if (unitText != null && units.containsKey(normalCode(unitText)) && staffUnit != null
                && !normalCode(staffUnit).equals(normalCode(unitText))) {
            cells.problem(UNIT_MISMATCH, staffCode, unitText, staffUnit);
        }
        return new Who(staffCode, staffUnit != null ? staffUnit : unitCode, TitleSubject.INDIVIDUAL);
    }

    private Integer year(Cells cells) {
        Cell cell = cells.cell(Column.YEAR);
        String text = cells.text(Column.YEAR);
        if (text == null) {
            cells.problem(MISSING_CELL, Column.YEAR.label);
            return null;
        }
        BigDecimal value = null;
        if (cell != null && valueType(cell) == CellType.NUMERIC) {
            value = BigDecimal.valueOf(cell.getNumericCellValue());
        } else {
            String s = fold(text);
            if (s.startsWith("nam ")) {
                s = s.substring(4);
            }
            if (s.matches("\\d{4}")) {
                value = new BigDecimal(s);
            } else {
                try {
                    value = VietnameseNumbers.parse(s);
                } catch (NumberFormatException notANumber) {
                    value = null;
                }
            }
        }
        int last = today.getYear();
        if (value == null || value.stripTrailingZeros().scale() > 0
                || value.compareTo(BigDecimal.valueOf(FIRST_YEAR)) < 0 || value.compareTo(BigDecimal.valueOf(last)) > 0) {
            cells.problem(BAD_YEAR, text, FIRST_YEAR, last);
            return null;
        }
        return value.intValueExact();
    }

    /** The decision date, not before the year it rewards. */
    private LocalDate decisionDate(Cells cells, Integer year) {
        LocalDate date = date(cells, Column.DECISION_DATE);
        if (date != null && year != null && date.getYear() < year) {
            cells.problem(DECISION_BEFORE_YEAR, VietnameseDates.format(date), year);
        }
        return date;
    }

    /** A date typed as dd/MM/yyyy text or entered as an Excel date; null when empty or unreadable (a problem). */
    private LocalDate date(Cells cells, Column column) {
        Cell cell = cells.cell(column);
        String text = cells.text(column);
        if (text == null) {
            return null;
        }
        LocalDate date;
        try {
            if (valueType(cell) == CellType.NUMERIC) {
                double serial = cell.getNumericCellValue();
                if (!DateUtil.isValidExcelDate(serial)) {
                    throw new IllegalArgumentException("not a date: " + serial);
                }
                date = DateUtil.getLocalDateTime(serial).toLocalDate();
            } else {
                date = VietnameseDates.parse(text);
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            cells.problem(BAD_DATE, column.label, text);
            return null;
        }
        if (date.getYear() < FIRST_YEAR || date.isAfter(today)) {
            cells.problem(DATE_OUT_OF_RANGE, column.label, VietnameseDates.format(date), FIRST_YEAR);
            return null;
        }
        return date;
    }

    /** By code first, then full name, then short name; case and marks ignored. */
    private Title title(String text, Cells cells) {
        String folded = fold(text);
        for (Map<String, List<Title>> index : List.of(titlesByCode, titlesByName, titlesByShortName)) {
            List<Title> found = index.getOrDefault(folded, List.of());
            Set<String> codes = found.stream().map(Title::code).collect(Collectors.toCollection(LinkedHashSet::new));
            if (codes.size() == 1) {
                return found.get(0);
            }
            if (codes.size() > 1) {
                cells.problem(AMBIGUOUS_TITLE, text, String.join(", ", codes));
                return null;
            }
        }
        cells.problem(UNKNOWN_TITLE, text);
        return null;
    }

    static PerformanceRating rating(String text) {
        String s = fold(text).replaceAll("[.]+$", "").strip();
        switch (s) {
            case "htxsnv", "htxs":
                return PerformanceRating.EXCELLENT;
            case "httnv", "htt":
                return PerformanceRating.GOOD;
            case "htnv":
                return PerformanceRating.COMPLETED;
            case "khtnv", "kht":
                return PerformanceRating.NOT_COMPLETED;
            default:
                break;
        }
        for (PerformanceRating rating : PerformanceRating.values()) {
            String label = fold(rating.label());
            if (s.equals(label) || s.equals(label.replaceAll(" nhiem vu$", ""))) {
                return rating;
            }
        }
        return null;
    }

    static RecognitionLevel level(String text) {
        String s = fold(text).replaceAll("[.]+$", "").strip();
        if (s.startsWith("cap ")) {
            s = s.substring(4);
        }
        return switch (s) {
            case "co so" -> RecognitionLevel.UNIT;
            case "tinh", "bo" -> RecognitionLevel.PROVINCE;
            case "toan quoc", "quoc gia" -> RecognitionLevel.NATIONAL;
            default -> null;
        };
    }

    static DisciplineMeasure measure(String text) {
        String s = fold(text).replaceAll("[.]+$", "").strip();
        for (DisciplineMeasure measure : DisciplineMeasure.values()) {
            if (s.equals(fold(measure.label()))) {
                return measure;
            }
        }
        return null;
    }

    /** Marks the row when an earlier row of the file has the same key; a row with an incomplete key is not compared. */
    private void duplicate(Cells cells, String key, boolean complete) {
        if (!complete) {
            return;
        }
        Integer earlier = firstSeen.putIfAbsent(key, cells.rowNumber());
        if (earlier != null) {
            cells.problem(DUPLICATE, earlier);
        }
    }

    // ---- cells

    /** The cells of one row and the problems found in them so far. */
    private final class Cells {
        private final Located sheet;
        private final Row row;
        private final List<Problem> problems = new ArrayList<>();

        Cells(Located sheet, Row row) {
            this.sheet = sheet;
            this.row = row;
        }

        String sheetName() {
            return sheet.sheet().getSheetName();
        }

        int rowNumber() {
            return row.getRowNum() + 1;
        }

        Cell cell(Column column) {
            Integer index = sheet.columns().get(column);
            return index == null ? null : row.getCell(index);
        }

        String text(Column column) {
            return AwardHistoryParser.this.text(cell(column));
        }

        /** Text with its spaces tidied, marked too long beyond {@code max} characters. */
        String limited(Column column, int max) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            text = Normalizer.normalize(text.replaceAll("\\s+", " "), Normalizer.Form.NFC);
            if (text.length() > max) {
                problem(TOO_LONG, column.label, max);
            }
            return text;
        }

        void problem(String key, Object... args) {
            problems.add(Problem.of(key, args));
        }

        List<Problem> problems() {
            return List.copyOf(problems);
        }
    }

    /** True when no cell of the sheet holds anything (rows may exist for their formatting only). */
    private boolean blank(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (text(cell) != null) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean isBlank(Row row, Map<Column, Integer> columns) {
        return columns.values().stream().allMatch(c -> text(row.getCell(c)) == null);
    }

    /** The value of a formula cell is its cached result. */
    private static CellType valueType(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    private String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        String value = switch (valueType(cell)) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> cell.getCellType() == CellType.FORMULA
                    ? formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                            cell.getCellStyle().getDataFormatString())
                    : formatter.formatCellValue(cell);
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
        value = value.replace('\u00A0', ' ').strip();
        return value.isEmpty() ? null : value;
    }

    private static String normalCode(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    private static String upper(String code) {
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    private static String subjectKey(String staffCode, String unitCode) {
        return staffCode != null ? "staff:" + upper(staffCode) : "unit:" + upper(unitCode);
    }
}
