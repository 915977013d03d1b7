package vn.thidua.plan;

import vn.thidua.common.VietnameseText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the task table of a plan ("Phụ lục: chi tiết kế hoạch triển khai các nhiệm vụ") from rows of cells as
 * {@link vn.thidua.common.TableText} gives them, for a preview before import.
 *
 * <ul>
 * <li>The header row is the first row naming the content column and at least one other known column; its cells
 * may be in any order and are matched ignoring case, Vietnamese marks, spacing and parenthesised notes. Rows above
 * it (titles) are ignored; a row just below it numbering the columns – "(1) (2) (3)..." – is skipped.</li>
 * <li>Blank rows are skipped; row numbers still count them.</li>
 * <li>A row with no TT but text in the content column only continues the previous task: its text is appended to
 * that task's content on a new line. Without a TT column every row with text is a task.</li>
 * <li>Problems: missing content is an ERROR; a missing lead body is a WARNING (plans leave it empty at times); a due
 * text that is not understood is a WARNING only ({@link TaskDue#warningKey()}); a TT repeated is a WARNING.</li>
 * </ul>
 */
public final class TaskTableParser {

    public static final String NO_HEADER = "task.import.noHeader";
    public static final String EMPTY = "task.import.empty";
    public static final String NO_TASKS = "task.import.noTasks";
    public static final String COLUMN_MISSING = "task.import.columnMissing";
    public static final String CONTENT_MISSING = "task.import.contentMissing";
    public static final String LEAD_MISSING = "task.import.leadMissing";
    public static final String DUPLICATE_CODE = "task.import.duplicateCode";

    /** The columns of a task table, with the header texts recognised (folded) and the label shown for each. */
    public enum Column {
        CODE("code", "TT", "tt", "stt", "so tt", "so thu tu", "thu tu"),
        CONTENT("content", "Nội dung nhiệm vụ", "noi dung nhiem vu", "nhiem vu", "noi dung", "noi dung cong viec",
                "ten nhiem vu", "nhiem vu, giai phap", "nhiem vu giai phap"),
        LEAD("lead", "Cơ quan chủ trì", "co quan chu tri", "don vi chu tri", "chu tri", "co quan, don vi chu tri",
                "co quan chu tri thuc hien", "don vi chu tri thuc hien"),
        COORDINATING("coordinating", "Cơ quan phối hợp", "co quan phoi hop", "don vi phoi hop", "phoi hop",
                "co quan, don vi phoi hop", "co quan phoi hop thuc hien", "don vi phoi hop thuc hien"),
        DUE("due", "Thời gian hoàn thành", "thoi gian hoan thanh", "thoi han", "thoi han hoan thanh",
                "thoi gian thuc hien", "thoi gian");

        private final String key;
        private final String label;
        private final Set<String> headers;

        Column(String key, String label, String... headers) {
            this.key = key;
            this.label = label;
            this.headers = Set.of(headers);
        }

        /** The stable name used in {@link TaskImportProblem#column()}. */
        public String key() {
            return key;
        }

        /** The usual Vietnamese header text, as an argument of {@value TaskTableParser#COLUMN_MISSING}. */
        public String label() {
            return label;
        }
    }

    private static final Pattern PARENTHESISED = Pattern.compile("\\([^)]*\\)");
    private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(?\\d{1,2}\\)?");
    private static final Pattern BULLET = Pattern.compile("^[-+•*–]\\s*");

    public TaskTable parse(List<List<String>> rows) {
        List<TaskImportProblem> tableProblems = new ArrayList<>();
        if (rows == null || rows.stream().allMatch(TaskTableParser::isBlank)) {
            tableProblems.add(TaskImportProblem.error(null, EMPTY));
            return new TaskTable(List.of(), tableProblems);
        }
        int headerIndex = -1;
        Map<Column, Integer> columns = Map.of();
        for (int r = 0; r < rows.size(); r++) {
            Map<Column, Integer> found = columnsOf(rows.get(r));
            if (found.containsKey(Column.CONTENT) && found.size() >= 2) {
                headerIndex = r;
                columns = found;
                break;
            }
        }
        if (headerIndex < 0) {
            tableProblems.add(TaskImportProblem.error(null, NO_HEADER));
            return new TaskTable(List.of(), tableProblems);
        }
        for (Column column : new Column[] {Column.LEAD, Column.COORDINATING, Column.DUE}) {
            if (!columns.containsKey(column)) {
                tableProblems.add(TaskImportProblem.warning(column.key(), COLUMN_MISSING, column.label()));
            }
        }

        List<Draft> drafts = new ArrayList<>();
        int first = headerIndex + 1;
        if (first < rows.size() && isColumnNumbering(rows.get(first))) {
            first++;
        }
        for (int r = first; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String code = code(cell(row, columns.get(Column.CODE)));
            String content = cell(row, columns.get(Column.CONTENT));
            String lead = cell(row, columns.get(Column.LEAD));
            String coordinating = cell(row, columns.get(Column.COORDINATING));
            String due = cell(row, columns.get(Column.DUE));
            if (code.isEmpty() && content.isEmpty() && lead.isEmpty() && coordinating.isEmpty() && due.isEmpty()) {
                continue;
            }
            boolean continuation = columns.containsKey(Column.CODE) && code.isEmpty() && !content.isEmpty()
                    && lead.isEmpty() && coordinating.isEmpty() && due.isEmpty() && !drafts.isEmpty();
            if (continuation) {
                drafts.get(drafts.size() - 1).content.addAll(lines(content));
                continue;
            }
            Draft draft = new Draft(r + 1, code.isEmpty() ? null : code);
            draft.content.addAll(lines(content));
            draft.lead = lead.isEmpty() ? null : leadBody(lead);
            draft.coordinating = bodies(coordinating);
            draft.due = TaskDue.parse(due);
            drafts.add(draft);
        }
        if (drafts.isEmpty()) {
            tableProblems.add(TaskImportProblem.error(null, NO_TASKS));
        }

        List<ParsedTask> tasks = new ArrayList<>();
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        for (Draft draft : drafts) {
            List<TaskImportProblem> problems = new ArrayList<>();
            String code = draft.code == null ? String.valueOf(tasks.size() + 1) : draft.code;
            if (draft.code != null) {
                Integer earlier = firstRowOfCode.putIfAbsent(VietnameseText.fold(draft.code), draft.rowNumber);
                if (earlier != null) {
                    problems.add(TaskImportProblem.warning(Column.CODE.key(), DUPLICATE_CODE, draft.code,
                            String.valueOf(earlier)));
                }
            }
            String content = draft.content.isEmpty() ? null : String.join("\n", draft.content);
            if (content == null) {
                problems.add(TaskImportProblem.error(Column.CONTENT.key(), CONTENT_MISSING));
            }
            if (draft.lead == null && columns.containsKey(Column.LEAD)) {
                problems.add(TaskImportProblem.warning(Column.LEAD.key(), LEAD_MISSING));
            }
            String dueWarning = draft.due.warningKey();
            if (dueWarning != null) {
                problems.add(TaskImportProblem.warning(Column.DUE.key(), dueWarning, draft.due.text()));
            }
            tasks.add(new ParsedTask(draft.rowNumber, code, content, draft.lead, draft.coordinating, draft.due, problems));
        }
        return new TaskTable(tasks, tableProblems);
    }

    private static final class Draft {
        final int rowNumber;
        final String code;
        final List<String> content = new ArrayList<>();
        String lead;
        List<String> coordinating = List.of();
        TaskDue due;

        Draft(int rowNumber, String code) {
            this.rowNumber = rowNumber;
            this.code = code;
        }
    }

    private static Map<Column, Integer> columnsOf(List<String> row) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        for (int c = 0; c < row.size(); c++) {
            String header = VietnameseText.fold(PARENTHESISED.matcher(row.get(c) == null ? "" : row.get(c)).replaceAll(" "))
                    .replaceAll("[\\s:.*]+$", "");
            for (Column column : Column.values()) {
                if (column.headers.contains(header)) {
                    found.putIfAbsent(column, c);
                }
            }
        }
        return found;
    }

    private static boolean isColumnNumbering(List<String> row) {
        List<String> filled = row.stream().filter(c -> c != null && !c.isBlank()).toList();
        return filled.size() >= 3 && filled.stream().allMatch(c -> COLUMN_NUMBER.matcher(c.strip()).matches());
    }

    private static boolean isBlank(List<String> row) {
        return row == null || row.stream().allMatch(c -> c == null || c.isBlank());
    }

    private static String cell(List<String> row, Integer column) {
        if (column == null || column >= row.size() || row.get(column) == null) {
            return "";
        }
        return row.get(column).strip();
    }

    private static String code(String cell) {
        return cell.replaceAll("[.\\s]+$", "");
    }

    /** Trimmed lines with runs of spaces collapsed, blank lines left out. */
    private static List<String> lines(String cell) {
        return Arrays.stream(cell.split("\\R"))
                .map(line -> line.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip())
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** One text: several lines become one, joined with "; " when each line is a bulleted body, else with a space. */
    private static String leadBody(String cell) {
        List<String> lines = lines(cell);
        if (lines.size() > 1 && lines.stream().allMatch(line -> BULLET.matcher(line).find())) {
            return lines.stream().map(TaskTableParser::withoutBullet).collect(Collectors.joining("; "));
        }
        return String.join(" ", lines);
    }

    private static List<String> bodies(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(cell.split("[;\\r\\n]"))
                .map(TaskTableParser::withoutBullet)
                .map(body -> body.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").replaceAll("[\\s.,]+$", "").strip())
                .filter(body -> !body.isEmpty())
                .toList();
    }

    private static String withoutBullet(String text) {
        return BULLET.matcher(text.strip()).replaceFirst("");
    }
}
