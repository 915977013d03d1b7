package vn.thidua.plan;

import static vn.thidua.common.VietnameseText.fold;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thidua.common.VietnameseNumbers;

/**
 * Reads an indicator ("chỉ tiêu") table pasted from Word or Excel, given as rows of cells.
 *
 * <p>The header row is the first row with a "Chỉ tiêu" cell and at least one other cell; rows above it
 * (a title) are ignored. Header cells are recognised in any case, with or without diacritics: TT/STT is the
 * code column, "Đơn vị tính"/ĐVT the unit column, "Ghi chú" is ignored and every other labelled column is a
 * value column whose year is the four-digit number in its label. "Thực hiện 2024" (also "Ước thực hiện",
 * "Hiện trạng") is a baseline column, anything else ("Mục tiêu", "Kế hoạch") a target column.
 *
 * <p>Values may be written with LaTeX ({@code $\geq 11,5$}), unicode (≥ ≤), ASCII ({@code >=}), words
 * ("trên", "dưới", "tối thiểu", "tối đa", "không quá") or as a range ("90 - 100", "từ 90 đến 100"). A bare
 * number in a target column means "reach this": ≥ when higher is better, ≤ when lower is better; in a baseline
 * column it is an actual value (=).
 *
 * <p>The parser never guesses silently: doubtful values are read as written and flagged with a warning
 * (leading zeros, jumps of more than {@value #JUMP_FACTOR}× between adjacent columns, percentages over 100,
 * magnitudes that contradict the unit). A percentage over 100 is a warning rather than an error because a few
 * percentage indicators (bed occupancy, growth against last year) legitimately exceed 100.
 * The parser never throws; whatever goes wrong is returned as an {@link ImportProblem}.
 */
public final class IndicatorTableParser {

    static final String PREFIX = "import.indicator.";
    public static final String EMPTY_TABLE = PREFIX + "emptyTable";
    public static final String NO_HEADER = PREFIX + "noHeader";
    public static final String NO_VALUE_COLUMNS = PREFIX + "noValueColumns";
    public static final String COLUMN_WITHOUT_YEAR = PREFIX + "columnWithoutYear";
    public static final String DUPLICATE_COLUMN = PREFIX + "duplicateColumn";
    public static final String NO_INDICATORS = PREFIX + "noIndicators";
    public static final String UNKNOWN_GROUP = PREFIX + "unknownGroup";
    public static final String NAME_MISSING = PREFIX + "nameMissing";
    public static final String DUPLICATE_CODE = PREFIX + "duplicateCode";
    public static final String IGNORED_CELL = PREFIX + "ignoredCell";
    public static final String UNREADABLE_VALUE = PREFIX + "unreadableValue";
    public static final String INVALID_RANGE = PREFIX + "invalidRange";
    public static final String LEADING_ZERO = PREFIX + "leadingZero";
    public static final String JUMP = PREFIX + "jump";
    public static final String PERCENT_OVER_100 = PREFIX + "percentOver100";
    public static final String VALUE_OUT_OF_RANGE = PREFIX + "valueOutOfRange";
    public static final String IMPLAUSIBLE_MAGNITUDE = PREFIX + "implausibleMagnitude";
    public static final String UNIT_INCONSISTENT = PREFIX + "unitInconsistent";
    public static final String CONFLICTING_COMPARISONS = PREFIX + "conflictingComparisons";
    public static final String DIRECTION_CONFLICTS_WITH_NAME = PREFIX + "directionConflictsWithName";
    public static final String NO_TARGET = PREFIX + "noTarget";
    public static final String UNEXPECTED = PREFIX + "unexpected";

    /** Adjacent values of a row further apart than this factor are flagged. */
    static final int JUMP_FACTOR = 3;
    /** More people than this (about 1.5 × Viet Nam) cannot be meant. */
    static final BigDecimal MAX_PEOPLE = new BigDecimal("150000000");

    public IndicatorTable parse(List<List<String>> rows) {
        try {
            return new Run(clean(rows)).parse();
        } catch (RuntimeException e) {
            return new IndicatorTable(List.of(), List.of(),
                    List.of(ImportProblem.error(UNEXPECTED, String.valueOf(e.getMessage()))));
        }
    }

    // ------------------------------------------------------------------ table structure

    private record Header(int codeCol, int nameCol, int unitCol, List<Integer> valueCols, List<TableColumn> columns,
            Set<Integer> known, List<String> labels) {
    }

    private static final class Run {
        private final List<List<String>> rows;
        private final List<ImportProblem> tableProblems = new ArrayList<>();
        private final List<ParsedIndicator> indicators = new ArrayList<>();

        Run(List<List<String>> rows) {
            this.rows = rows;
        }

        IndicatorTable parse() {
            if (rows.stream().allMatch(IndicatorTableParser::isBlank)) {
                return new IndicatorTable(List.of(), List.of(), List.of(ImportProblem.error(EMPTY_TABLE)));
            }
            // prefer a row with a year in another cell, so that a two-cell title ("II.", "Các chỉ tiêu") is skipped
            int headerIndex = -1;
            for (int pass = 0; pass < 2 && headerIndex < 0; pass++) {
                for (int i = 0; i < rows.size() && headerIndex < 0; i++) {
                    List<String> row = rows.get(i);
                    int nameCol = nameColumn(row);
                    if (nameCol >= 0 && nonBlankCount(row) >= 2 && (pass == 1 || hasYearCell(row))) {
                        headerIndex = i;
                    }
                }
            }
            if (headerIndex < 0) {
                return new IndicatorTable(List.of(), List.of(), List.of(ImportProblem.error(NO_HEADER)));
            }
            Header header = readHeader(rows.get(headerIndex));
            if (header.valueCols().isEmpty()) {
                tableProblems.add(ImportProblem.error(NO_VALUE_COLUMNS));
                return new IndicatorTable(List.of(), List.of(), tableProblems);
            }
            boolean grouped = false;
            for (int i = headerIndex + 1; i < rows.size(); i++) {
                String only = onlyText(rows.get(i));
                grouped |= only != null && groupOf(only) != null;
            }
            IndicatorGroup group = null;
            Set<String> codes = new HashSet<>();
            for (int i = headerIndex + 1; i < rows.size(); i++) {
                List<String> row = rows.get(i);
                if (isBlank(row)) {
                    continue;
                }
                String only = onlyText(row);
                int onlyCol = firstNonBlank(row);
                boolean headingLike = only != null && !header.valueCols().contains(onlyCol)
                        && !only.matches("[\\d.,\\s]+");
                if (headingLike && groupOf(only) != null) {
                    group = groupOf(only);
                    continue;
                }
                if (headingLike && grouped) {
                    group = null;
                    tableProblems.add(ImportProblem.warning(UNKNOWN_GROUP, String.valueOf(i + 1), only));
                    continue;
                }
                ParsedIndicator indicator = new RowReader(header, row, i + 1, indicators.size() + 1, group).read();
                if (!codes.add(indicator.code())) {
                    List<ImportProblem> problems = new ArrayList<>(indicator.problems());
                    problems.add(ImportProblem.warning(DUPLICATE_CODE, indicator.code()));
                    indicator = new ParsedIndicator(indicator.rowNumber(), indicator.code(), indicator.name(),
                            indicator.group(), indicator.unitOfMeasure(), indicator.direction(), indicator.cells(),
                            problems);
                }
                indicators.add(indicator);
            }
            if (indicators.isEmpty()) {
                tableProblems.add(ImportProblem.error(NO_INDICATORS));
            }
            return new IndicatorTable(header.columns(), indicators, tableProblems);
        }

        private Header readHeader(List<String> cells) {
            int nameCol = nameColumn(cells);
            int codeCol = -1;
            int unitCol = -1;
            List<Integer> valueCols = new ArrayList<>();
            List<TableColumn> columns = new ArrayList<>();
            Set<Integer> known = new HashSet<>();
            Set<Integer> years = new HashSet<>();
            known.add(nameCol);
            for (int i = 0; i < cells.size(); i++) {
                if (i == nameCol) {
                    continue;
                }
                String label = cells.get(i);
                String f = fold(label).replaceAll("[.:]", "").strip();
                if (f.isEmpty()) {
                    if (i < nameCol && codeCol < 0) {
                        codeCol = i;
                        known.add(i);
                    }
                } else if (codeCol < 0 && f.matches("s?tt|so tt|so thu tu|ma( so)?|#|no|ma chi tieu")) {
                    codeCol = i;
                    known.add(i);
                } else if (unitCol < 0 && f.matches("don vi tinh|dvt|don vi|unit|don vi do")) {
                    unitCol = i;
                    known.add(i);
                } else if (f.startsWith("ghi chu")) {
                    known.add(i);
                } else {
                    int year = yearOf(label);
                    if (year == 0) {
                        tableProblems.add(ImportProblem.error(COLUMN_WITHOUT_YEAR, label));
                    }
                    boolean baseline = isBaseline(f);
                    if (year != 0 && !years.add(year * 2 + (baseline ? 1 : 0))) {
                        tableProblems.add(ImportProblem.warning(DUPLICATE_COLUMN, String.valueOf(year), label));
                    }
                    valueCols.add(i);
                    columns.add(new TableColumn(label, year, baseline));
                    known.add(i);
                }
            }
            return new Header(codeCol, nameCol, unitCol, valueCols, columns, known, cells);
        }
    }

    private static int nameColumn(List<String> cells) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < cells.size(); i++) {
                String f = fold(cells.get(i));
                boolean match = pass == 0 ? f.contains("chi tieu") : f.matches("(ten|noi dung)( chi tieu)?");
                if (match && yearOf(cells.get(i)) == 0 && !isGroupText(f)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean hasYearCell(List<String> row) {
        return row.stream().anyMatch(c -> yearOf(c) != 0);
    }

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    static int yearOf(String label) {
        Matcher m = YEAR.matcher(label == null ? "" : label);
        int year = 0;
        while (m.find()) {
            year = Integer.parseInt(m.group(1));
        }
        return year;
    }

    static boolean isBaseline(String foldedLabel) {
        if (foldedLabel.matches(".*\\b(ke hoach|muc tieu|chi tieu|phan dau|du kien|target|plan)\\b.*")) {
            return false;
        }
        return foldedLabel.matches(".*\\b(thuc hien|uoc|hien trang|co so|nam goc|dat duoc|ket qua|actual|baseline)\\b.*");
    }

    private static final Pattern GROUP = Pattern.compile(
            "^(?:(?:[ivxlc]+|[a-z]|\\d+)[.)/-]\\s*)?(?:cac\\s+)?(?:nhom\\s+)?(?:(?:cac\\s+)?chi tieu\\s+(?:ve\\s+)?)?"
                    + "(dau vao|hoat dong|dau ra)\\b.*");

    static IndicatorGroup groupOf(String text) {
        Matcher m = GROUP.matcher(fold(text));
        if (!m.matches()) {
            return null;
        }
        return switch (m.group(1)) {
            case "dau vao" -> IndicatorGroup.INPUT;
            case "hoat dong" -> IndicatorGroup.ACTIVITY;
            default -> IndicatorGroup.OUTPUT;
        };
    }

    private static boolean isGroupText(String folded) {
        return GROUP.matcher(folded).matches();
    }

    // ------------------------------------------------------------------ one indicator row

    private static final class RowReader {
        private final Header header;
        private final List<String> row;
        private final int rowNumber;
        private final int position;
        private final IndicatorGroup group;
        private final List<ImportProblem> problems = new ArrayList<>();

        RowReader(Header header, List<String> row, int rowNumber, int position, IndicatorGroup group) {
            this.header = header;
            this.row = row;
            this.rowNumber = rowNumber;
            this.position = position;
            this.group = group;
        }

        ParsedIndicator read() {
            String code = cell(row, header.codeCol()).replaceAll("[.):]+$", "").strip();
            if (code.isEmpty()) {
                code = String.valueOf(position);
            }
            String name = cell(row, header.nameCol()).replaceAll("\\s+", " ").strip();
            if (name.isEmpty()) {
                problems.add(ImportProblem.error(NAME_MISSING, String.valueOf(rowNumber)));
            }
            for (int i = 0; i < row.size(); i++) {
                if (!header.known().contains(i) && !row.get(i).isBlank()) {
                    problems.add(ImportProblem.warning(IGNORED_CELL, row.get(i), String.valueOf(i + 1)));
                }
            }
            Unit unit = Units.resolve(name, cell(row, header.unitCol()), problems);

            List<TableColumn> columns = header.columns();
            List<Reading> readings = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                readings.add(Reading.of(cell(row, header.valueCols().get(c))));
            }
            Direction direction = direction(name, columns, readings);
            if (unit == null) {
                unit = readings.stream().filter(r -> r.suffix() != null).findFirst()
                        .map(r -> Units.normalise(r.suffix())).orElse(null);
            }

            List<ParsedCell> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                cells.add(toCell(columns.get(c), readings.get(c), direction, unit));
            }
            checkJumps(columns, cells);
            boolean anyTarget = false;
            boolean anyTargetColumn = false;
            boolean anyError = false;
            for (int c = 0; c < columns.size(); c++) {
                anyTargetColumn |= !columns.get(c).baseline();
                anyTarget |= !columns.get(c).baseline() && cells.get(c).target() != null;
                anyError |= cells.get(c).problem() != null && cells.get(c).problem().isError();
            }
            if (anyTargetColumn && !anyTarget && !anyError) {
                problems.add(ImportProblem.warning(NO_TARGET, name));
            }
            return new ParsedIndicator(rowNumber, code, name, group, unit == null ? null : unit.text(), direction,
                    cells, problems);
        }

        private Direction direction(String name, List<TableColumn> columns, List<Reading> readings) {
            Direction byName = directionFromName(name);
            Set<Direction> written = EnumSet.noneOf(Direction.class);
            Comparison first = null;
            for (int c = 0; c < columns.size(); c++) {
                Comparison cmp = readings.get(c).comparison();
                Direction d = directionOf(cmp);
                if (!columns.get(c).baseline() && d != null) {
                    written.add(d);
                    first = first == null ? cmp : first;
                }
            }
            if (written.size() > 1) {
                problems.add(ImportProblem.warning(CONFLICTING_COMPARISONS, name));
                return byName != null ? byName : directionOf(first);
            }
            if (written.size() == 1) {
                Direction d = written.iterator().next();
                if (byName != null && byName != d) {
                    problems.add(ImportProblem.warning(DIRECTION_CONFLICTS_WITH_NAME, first.symbol(), name));
                }
                return d;
            }
            return byName != null ? byName : Direction.HIGHER_IS_BETTER;
        }

        private ParsedCell toCell(TableColumn column, Reading r, Direction direction, Unit unit) {
            if (r.empty()) {
                return new ParsedCell(r.raw(), null, null);
            }
            if (r.errorKey() != null) {
                ImportProblem p = ImportProblem.error(r.errorKey(), r.raw(), column.label());
                problems.add(p);
                return new ParsedCell(r.raw(), null, p);
            }
            Comparison cmp = r.comparison();
            if (cmp == null) {
                cmp = column.baseline() ? Comparison.EQ
                        : direction == Direction.LOWER_IS_BETTER ? Comparison.LE : Comparison.GE;
            }
            TargetValue target = new TargetValue(cmp, r.value(), r.upper());
            List<ImportProblem> cellProblems = new ArrayList<>();
            if (r.leadingZero()) {
                cellProblems.add(ImportProblem.warning(LEADING_ZERO, r.raw(), VietnameseNumbers.format(r.value())));
            }
            if (r.suffix() != null && unit != null && Units.normalise(r.suffix()).kind() != unit.kind()) {
                cellProblems.add(ImportProblem.warning(UNIT_INCONSISTENT, r.raw(), unit.text(), unit.text()));
            }
            BigDecimal largest = r.upper() != null ? r.upper() : r.value();
            ImportProblem magnitude = unit == null ? null : Units.checkMagnitude(r.raw(), largest, unit);
            if (magnitude != null) {
                cellProblems.add(magnitude);
            }
            problems.addAll(cellProblems);
            return new ParsedCell(r.raw(), target, cellProblems.isEmpty() ? null : cellProblems.get(0));
        }

        private void checkJumps(List<TableColumn> columns, List<ParsedCell> cells) {
            int previous = -1;
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c).target() == null) {
                    continue;
                }
                if (previous >= 0) {
                    BigDecimal a = cells.get(previous).target().value().abs();
                    BigDecimal b = cells.get(c).target().value().abs();
                    BigDecimal min = a.min(b);
                    BigDecimal max = a.max(b);
                    boolean jump = min.signum() == 0 ? max.signum() != 0
                            : max.compareTo(min.multiply(BigDecimal.valueOf(JUMP_FACTOR))) > 0;
                    if (jump) {
                        problems.add(ImportProblem.warning(JUMP, columns.get(previous).label(),
                                cells.get(previous).raw(), columns.get(c).label(), cells.get(c).raw()));
                    }
                }
                previous = c;
            }
        }
    }

    static Direction directionOf(Comparison c) {
        if (c == null) {
            return null;
        }
        return switch (c) {
            case GE, GT -> Direction.HIGHER_IS_BETTER;
            case LE, LT -> Direction.LOWER_IS_BETTER;
            default -> null;
        };
    }

    private static final Pattern LOWER_IS_BETTER_NAME = Pattern.compile(".*\\b(tu vong|chet|suy dinh duong|sdd"
            + "|nhiem hiv|hiv|gioi tinh khi sinh|tai nan|ngo doc|thua can|beo phi|con thu (3|ba)|ty le mac|so ca mac"
            + "|so nguoi mac)\\b.*");

    /** "mắc" (falls ill) as a word; folded it would also match "mặc" and "mác". */
    private static final Pattern FALL_ILL = Pattern.compile("(^|\\P{L})mắc(\\P{L}|$)");

    /** Lower is better for mortality, malnutrition, HIV, sex ratio at birth, morbidity and accidents. */
    static Direction directionFromName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        boolean lower = LOWER_IS_BETTER_NAME.matcher(fold(name)).matches()
                || FALL_ILL.matcher(name.toLowerCase(Locale.ROOT)).find();
        return lower ? Direction.LOWER_IS_BETTER : null;
    }

    // ------------------------------------------------------------------ values

    /** A value cell as written, before the direction of its row is known. */
    record Reading(String raw, boolean empty, Comparison comparison, BigDecimal value, BigDecimal upper,
            String suffix, boolean leadingZero, String errorKey) {

        private static final String NUM = "(-?\\d+(?:[.,]\\d+)*)";
        private static final Pattern RANGE = Pattern.compile(
                "^(?:tu\\s*)?" + "(\\d+(?:[.,]\\d+)*)" + "\\s*([%‰])?\\s*(?:-|–|—|den|~|÷)\\s*" + "(\\d+(?:[.,]\\d+)*)"
                        + "\\s*([%‰])?$");
        private static final Pattern SINGLE = Pattern.compile("^([≥≤><=])?\\s*" + NUM + "\\s*([%‰])?$");
        private static final Set<String> PLACEHOLDERS = Set.of("-", "–", "—", "x", "/", "...", "…", "n/a", "k/h");
        private static final String[][] WORDS = {
            {"khong vuot qua", "≤"}, {"khong qua", "≤"}, {"khong cao hon", "≤"}, {"khong tren", "≤"},
            {"khong duoi", "≥"}, {"khong thap hon", "≥"}, {"toi thieu", "≥"}, {"it nhat", "≥"}, {"toi da", "≤"},
            {"lon hon", ">"}, {"cao hon", ">"}, {"tren", ">"}, {"nho hon", "<"}, {"thap hon", "<"}, {"duoi", "<"},
        };

        static Reading of(String raw) {
            String text = raw == null ? "" : raw.strip();
            if (text.isEmpty() || PLACEHOLDERS.contains(text.toLowerCase(Locale.ROOT))) {
                return new Reading(text, true, null, null, null, null, false, null);
            }
            String s = symbols(text);
            for (String[] word : WORDS) {
                if (s.startsWith(word[0] + " ") || s.matches(Pattern.quote(word[0]) + "\\d.*")) {
                    s = word[1] + s.substring(word[0].length());
                    break;
                }
            }
            try {
                Matcher range = RANGE.matcher(s);
                if (range.matches()) {
                    BigDecimal low = VietnameseNumbers.parse(range.group(1));
                    BigDecimal high = VietnameseNumbers.parse(range.group(3));
                    if (high.compareTo(low) < 0) {
                        return failed(text, INVALID_RANGE);
                    }
                    String suffix = range.group(4) != null ? range.group(4) : range.group(2);
                    return new Reading(text, false, Comparison.BETWEEN, low, high, suffix,
                            leadingZero(range.group(1)) || leadingZero(range.group(3)), null);
                }
                Matcher single = SINGLE.matcher(s);
                if (single.matches()) {
                    Comparison cmp = single.group(1) == null ? null : switch (single.group(1)) {
                        case "≥" -> Comparison.GE;
                        case "≤" -> Comparison.LE;
                        case ">" -> Comparison.GT;
                        case "<" -> Comparison.LT;
                        default -> Comparison.EQ;
                    };
                    return new Reading(text, false, cmp, VietnameseNumbers.parse(single.group(2)), null,
                            single.group(3), leadingZero(single.group(2)), null);
                }
            } catch (NumberFormatException e) {
                return failed(text, UNREADABLE_VALUE);
            }
            return failed(text, UNREADABLE_VALUE);
        }

        private static Reading failed(String raw, String key) {
            return new Reading(raw, false, null, null, null, null, false, key);
        }

        private static boolean leadingZero(String number) {
            return number.matches("-?0\\d.*");
        }

        /** LaTeX, HTML and ASCII comparison forms to ≥ ≤ &gt; &lt;, folded to lower case without diacritics. */
        static String symbols(String text) {
            String s = text.replace("$", " ")
                    .replaceAll("\\\\(?:geqslant|geq|ge)(?![a-zA-Z])", "≥")
                    .replaceAll("\\\\(?:leqslant|leq|le)(?![a-zA-Z])", "≤")
                    .replaceAll("\\\\(?:gt)(?![a-zA-Z])", ">")
                    .replaceAll("\\\\(?:lt)(?![a-zA-Z])", "<")
                    .replaceAll("\\\\(?:textperthousand|permil)(?![a-zA-Z])", "‰")
                    .replace("\\%", "%")
                    .replaceAll("\\\\[,;:! ]", " ")
                    .replaceAll("[{}~]", " ")
                    .replace("&gt;", ">").replace("&lt;", "<").replace("&ge;", "≥").replace("&le;", "≤")
                    .replace(">=", "≥").replace("=>", "≥").replace("<=", "≤").replace("=<", "≤")
                    .replace('⩾', '≥').replace('≧', '≥').replace('⩽', '≤').replace('≦', '≤');
            return fold(s);
        }
    }

    // ------------------------------------------------------------------ units

    enum UnitKind { PERCENT, PERMILLE, PER_10000, PER_100000, OTHER }

    record Unit(String text, UnitKind kind) {
        boolean isRate() {
            return kind != UnitKind.OTHER;
        }
    }

    static final class Units {
        private static final Pattern PER_10000 = Pattern.compile(
                "/\\s*(?:10[.,]?000|v[ạa]n)\\s*d[âa]n", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        private static final Pattern PER_100000 = Pattern.compile(
                "(?:/|\\bp)\\s*100[.,]?000(?!\\d)([^()/]*)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        private static final Pattern PER_1000 = Pattern.compile(
                "/\\s*1[.,]?000(?!\\d)\\s*([^()/]*)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        private static final Pattern PARENS = Pattern.compile("\\(([^()]*)\\)");
        private static final Pattern UNIT_WORDS = Pattern.compile(
                "tuoi|nam|nguoi|lan|ngay|dong|trieu dong|ty dong|usd|kg|cm|luot|ca|giuong|xa|thon|bac si|bac sy");

        private Units() {
        }

        /** The unit from the unit column, else from the name; inconsistencies between the two are warned of. */
        static Unit resolve(String name, String unitColumn, List<ImportProblem> problems) {
            NameUnit fromName = fromName(name);
            if (fromName.phrase() != null && fromName.bracket() != null && fromName.bracket().isRate()
                    && fromName.bracket().kind() != fromName.phrase().kind()) {
                problems.add(ImportProblem.warning(UNIT_INCONSISTENT, fromName.phraseText(),
                        fromName.bracket().text(), fromName.phrase().text()));
            }
            Unit named = fromName.phrase() != null ? fromName.phrase() : fromName.bracket();
            if (unitColumn == null || unitColumn.isBlank()) {
                return named;
            }
            Unit column = normalise(unitColumn);
            if (named == null) {
                return column;
            }
            if (named.kind() == UnitKind.PER_10000 && column.kind() == UnitKind.OTHER && !column.text().contains("/")) {
                return new Unit(column.text() + "/10.000 dân", UnitKind.PER_10000);
            }
            if (named.isRate() && column.isRate() && named.kind() != column.kind()) {
                problems.add(ImportProblem.warning(UNIT_INCONSISTENT,
                        fromName.phraseText() != null ? fromName.phraseText() : named.text(), column.text(),
                        column.text()));
            }
            return column;
        }

        record NameUnit(Unit phrase, String phraseText, Unit bracket) {
        }

        static NameUnit fromName(String name) {
            if (name == null || name.isBlank()) {
                return new NameUnit(null, null, null);
            }
            Unit phrase = null;
            String phraseText = null;
            Matcher m;
            if ((m = PER_10000.matcher(name)).find()) {
                String noun = name.substring(0, m.start()).replaceAll("\\([^()]*\\)", "").strip()
                        .replaceFirst("(?iu)^(tổng số|tong so|số|so)\\s+", "");
                phrase = new Unit(lowerFirst(noun) + "/10.000 dân", UnitKind.PER_10000);
                phraseText = m.group().strip();
            } else if ((m = PER_100000.matcher(name)).find()) {
                String rest = m.group(1).strip();
                phrase = new Unit("/100.000" + (rest.isEmpty() ? "" : " " + rest), UnitKind.PER_100000);
                phraseText = m.group().strip();
            } else if ((m = PER_1000.matcher(name)).find()) {
                phrase = new Unit("‰", UnitKind.PERMILLE);
                phraseText = m.group().strip();
            }
            Unit bracket = null;
            Matcher p = PARENS.matcher(name);
            String last = null;
            while (p.find()) {
                last = p.group(1).strip();
            }
            if (last != null && name.strip().endsWith(")") && looksLikeUnit(last)) {
                bracket = normalise(last);
            }
            if (phrase == null && bracket == null && name.contains("‰")) {
                bracket = new Unit("‰", UnitKind.PERMILLE);
            }
            return new NameUnit(phrase, phraseText, bracket);
        }

        private static boolean looksLikeUnit(String text) {
            String f = fold(text);
            return f.contains("%") || f.contains("‰") || f.matches("(p|/)?\\s*\\d.*") || f.contains("/")
                    || UNIT_WORDS.matcher(f).matches() || f.matches("(nghin|ngan|trieu) .*");
        }

        /** "%", "phần trăm" → %; "‰", "phần nghìn" → ‰; other text with lower-case first letter, 1000 → 1.000. */
        static Unit normalise(String text) {
            String t = text.replaceAll("\\s+", " ").strip();
            String f = fold(t);
            if (f.endsWith("%") || f.equals("phan tram")) {
                return new Unit("%", UnitKind.PERCENT);
            }
            if (f.contains("‰") || f.matches("phan (nghin|ngan)|0/00")) {
                return new Unit("‰", UnitKind.PERMILLE);
            }
            Matcher m = PER_10000.matcher(t);
            if (m.find()) {
                String noun = lowerFirst(t.substring(0, m.start()).strip());
                return new Unit(noun + "/10.000 dân", UnitKind.PER_10000);
            }
            m = PER_100000.matcher(t);
            if (m.find() && m.start() == 0) {
                String rest = m.group(1).strip();
                return new Unit("/100.000" + (rest.isEmpty() ? "" : " " + rest), UnitKind.PER_100000);
            }
            String grouped = Pattern.compile("(?<![\\d.,])\\d{4,}(?![\\d.,])").matcher(t)
                    .replaceAll(r -> VietnameseNumbers.format(new BigDecimal(r.group())));
            return new Unit(lowerFirst(grouped), UnitKind.OTHER);
        }

        /** A warning when the value cannot be meant in this unit, else null. */
        static ImportProblem checkMagnitude(String raw, BigDecimal value, Unit unit) {
            BigDecimal v = value.abs();
            switch (unit.kind()) {
                case PERCENT:
                    return v.compareTo(BigDecimal.valueOf(100)) > 0 ? ImportProblem.warning(PERCENT_OVER_100, raw) : null;
                case PERMILLE:
                    return outOfRange(raw, v, unit, 1000);
                case PER_10000:
                    return outOfRange(raw, v, unit, 10_000);
                case PER_100000:
                    return outOfRange(raw, v, unit, 100_000);
                default:
                    break;
            }
            String f = fold(unit.text());
            if (f.matches("tuoi|nam tuoi")) {
                return outOfRange(raw, v, unit, 150);
            }
            if (f.matches(".*\\b(nguoi|dan)\\b.*")) {
                BigDecimal multiplier = multiplier(f);
                BigDecimal people = v.multiply(multiplier);
                if (people.compareTo(MAX_PEOPLE) > 0) {
                    return ImportProblem.warning(IMPLAUSIBLE_MAGNITUDE, raw, unit.text(),
                            VietnameseNumbers.format(people) + " người");
                }
            }
            return null;
        }

        private static ImportProblem outOfRange(String raw, BigDecimal v, Unit unit, int max) {
            return v.compareTo(BigDecimal.valueOf(max)) > 0
                    ? ImportProblem.warning(VALUE_OUT_OF_RANGE, raw, unit.text(),
                            VietnameseNumbers.format(BigDecimal.valueOf(max)))
                    : null;
        }

        private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+(?:[.,]\\d{3})*)\\s");

        private static BigDecimal multiplier(String foldedUnit) {
            Matcher m = LEADING_NUMBER.matcher(foldedUnit);
            BigDecimal factor = BigDecimal.ONE;
            if (m.find()) {
                try {
                    factor = VietnameseNumbers.parse(m.group(1));
                } catch (NumberFormatException e) {
                    factor = BigDecimal.ONE;
                }
            }
            if (foldedUnit.matches(".*\\b(nghin|ngan)\\b.*")) {
                factor = factor.multiply(BigDecimal.valueOf(1000));
            } else if (foldedUnit.matches(".*\\btrieu\\b.*")) {
                factor = factor.multiply(BigDecimal.valueOf(1_000_000));
            }
            return factor;
        }

        private static String lowerFirst(String s) {
            if (s.length() >= 2 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
                return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
            }
            return s;
        }
    }

    // ------------------------------------------------------------------ helpers

    private static List<List<String>> clean(List<List<String>> rows) {
        List<List<String>> out = new ArrayList<>();
        if (rows == null) {
            return out;
        }
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>();
            if (row != null) {
                for (String c : row) {
                    cells.add(c == null ? "" : c.replace('\u00a0', ' ').replace('\u2009', ' ').replace('\u202f', ' ')
                            .replace("\u200b", "").replace("\ufeff", "").strip());
                }
            }
            out.add(cells);
        }
        return out;
    }

    private static String cell(List<String> row, int index) {
        return index >= 0 && index < row.size() ? row.get(index) : "";
    }

    private static boolean isBlank(List<String> row) {
        return row.stream().allMatch(String::isBlank);
    }

    private static int nonBlankCount(List<String> row) {
        return (int) row.stream().filter(c -> !c.isBlank()).count();
    }

    private static int firstNonBlank(List<String> row) {
        for (int i = 0; i < row.size(); i++) {
            if (!row.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** The text of the only filled cell of the row, else null. */
    private static String onlyText(List<String> row) {
        return nonBlankCount(row) == 1 ? row.get(firstNonBlank(row)) : null;
    }
}
