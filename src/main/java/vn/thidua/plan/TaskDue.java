package vn.thidua.plan;

import vn.thidua.common.VietnameseText;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a plan task is due, read from the "Thời gian hoàn thành" text as plans write it. Matching ignores case,
 * Vietnamese marks and extra spaces ("quy II nam 2024" reads like "Quý II năm 2024"); a final "." is ignored.
 *
 * <table>
 * <caption>Forms understood</caption>
 * <tr><th>Text</th><th>Kind</th><th>startDate</th><th>dueDate</th></tr>
 * <tr><td>30/6/2024, 30/06/2024, 30-6-2024, ngày 30 tháng 6 năm 2024, "Đến ngày 30/6/2024",
 * "Chậm nhất ngày 30/6/2024"</td><td>DATE</td><td>–</td><td>that day</td></tr>
 * <tr><td>"Trước ngày 15/11/2024"</td><td>BEFORE</td><td>–</td><td>the day before: 14/11/2024</td></tr>
 * <tr><td>Quý II năm 2024, Quý II/2024, quý 2/2024, Quý 2 - 2024</td><td>QUARTER</td><td>1/4/2024</td>
 * <td>30/6/2024</td></tr>
 * <tr><td>Trước tháng 7/2025, Trước tháng 7 năm 2025</td><td>BEFORE</td><td>–</td><td>30/6/2025</td></tr>
 * <tr><td>Trước quý III/2025; Trước năm 2026</td><td>BEFORE</td><td>–</td><td>30/6/2025; 31/12/2025</td></tr>
 * <tr><td>Trong tháng 9/2024, Tháng 9/2024, Tháng 9 năm 2024</td><td>MONTH</td><td>1/9/2024</td>
 * <td>30/9/2024</td></tr>
 * <tr><td>Năm 2025, Trong năm 2025</td><td>YEAR</td><td>1/1/2025</td><td>31/12/2025</td></tr>
 * <tr><td>Từ năm 2026, Từ năm 2026 trở đi</td><td>FROM_YEAR</td><td>1/1/2026</td><td>–</td></tr>
 * <tr><td>Nhiệm vụ thường xuyên, Thường xuyên, Hằng năm / Hàng năm, Thường xuyên, hằng năm, Liên tục</td>
 * <td>ONGOING</td><td>–</td><td>–</td></tr>
 * <tr><td>empty</td><td>UNSPECIFIED</td><td>–</td><td>–</td></tr>
 * <tr><td>anything else, e.g. "Theo lộ trình của Chính phủ/Luật BHYT"</td><td>TEXT</td><td>–</td><td>–</td></tr>
 * </table>
 *
 * <p>"Trước" (before) a day, month, quarter or year means due on the last day before it, as "Trước tháng 7/2025" is
 * read as "by 30/6/2025". Years outside 1900–2100 and impossible dates (31/02/2024) make the text TEXT.
 *
 * @param text as written (never null: empty when nothing was written)
 */
public record TaskDue(Kind kind, LocalDate dueDate, LocalDate startDate, String text) {

    public enum Kind { DATE, QUARTER, BEFORE, MONTH, YEAR, FROM_YEAR, ONGOING, TEXT, UNSPECIFIED }

    /** Warning key for a TEXT due with no date in it at all; argument {0} = the text. */
    public static final String WARNING_NO_DATE = "task.import.due.noDate";
    /** Warning key for a TEXT due that mentions a date or year in a form not understood; argument {0} = the text. */
    public static final String WARNING_UNRECOGNISED = "task.import.due.unrecognised";

    private static final String YEAR = "(\\d{4})";
    /** Between month or quarter and year: "/", "-", ".", "năm", ", năm". */
    private static final String SEP = "\\s*(?:[/.-]|,?\\s*nam)\\s*";
    private static final String QUARTER_NO = "qu[yi]\\s+(iv|i{1,3}|[1-4])";

    private static final Pattern DAY = Pattern.compile(
            "(?:(den|cham nhat(?: la)?|han|truoc)\\s+)?(?:ngay\\s+)?(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\3\\s*" + YEAR);
    private static final Pattern DAY_LONG = Pattern.compile(
            "(?:(den|cham nhat(?: la)?|han|truoc)\\s+)?ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s+nam\\s+" + YEAR);
    private static final Pattern QUARTER = Pattern.compile("(?:(truoc|trong)\\s+)?" + QUARTER_NO + SEP + YEAR);
    private static final Pattern MONTH = Pattern.compile("(?:(truoc|trong)\\s+)?thang\\s+(\\d{1,2})" + SEP + YEAR);
    private static final Pattern YEAR_ONLY = Pattern.compile("(?:(truoc|trong)\\s+)?nam\\s+" + YEAR);
    private static final Pattern FROM_YEAR = Pattern.compile("tu\\s+(?:nam\\s+)?" + YEAR + "(?:\\s+tro di)?");
    private static final Pattern ONGOING = Pattern.compile(
            "(?:nhiem vu\\s+)?(?:thuong xuyen|hang nam|lien tuc|thuong xuyen,?\\s*(?:va\\s+)?hang nam)");
    private static final Pattern MENTIONS_DATE = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)|\\d{1,2}\\s*/\\s*\\d{1,2}");

    public TaskDue {
        Objects.requireNonNull(kind, "kind");
        text = text == null ? "" : text;
    }

    public static TaskDue parse(String text) {
        String written = text == null ? "" : text;
        String s = VietnameseText.fold(written).replaceAll("[\\s.;,]+$", "");
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.isEmpty()) {
            return new TaskDue(Kind.UNSPECIFIED, null, null, written);
        }
        try {
            TaskDue due = parseFolded(s, written);
            if (due != null) {
                return due;
            }
        } catch (DateTimeException impossible) {
            // 31/02/2024, month 13, ...: kept as text
        }
        return new TaskDue(Kind.TEXT, null, null, written);
    }

    private static TaskDue parseFolded(String s, String written) {
        if (ONGOING.matcher(s).matches()) {
            return new TaskDue(Kind.ONGOING, null, null, written);
        }
        Matcher m = DAY.matcher(s);
        if (m.matches()) {
            return day(m.group(1), m.group(2), m.group(4), m.group(5), written);
        }
        m = DAY_LONG.matcher(s);
        if (m.matches()) {
            return day(m.group(1), m.group(2), m.group(3), m.group(4), written);
        }
        m = QUARTER.matcher(s);
        if (m.matches()) {
            int quarter = switch (m.group(2)) {
                case "i", "1" -> 1;
                case "ii", "2" -> 2;
                case "iii", "3" -> 3;
                default -> 4;
            };
            LocalDate start = LocalDate.of(year(m.group(3)), quarter * 3 - 2, 1);
            LocalDate end = start.plusMonths(3).minusDays(1);
            return "truoc".equals(m.group(1))
                    ? new TaskDue(Kind.BEFORE, start.minusDays(1), null, written)
                    : new TaskDue(Kind.QUARTER, end, start, written);
        }
        m = MONTH.matcher(s);
        if (m.matches()) {
            YearMonth month = YearMonth.of(year(m.group(3)), Integer.parseInt(m.group(2)));
            return "truoc".equals(m.group(1))
                    ? new TaskDue(Kind.BEFORE, month.atDay(1).minusDays(1), null, written)
                    : new TaskDue(Kind.MONTH, month.atEndOfMonth(), month.atDay(1), written);
        }
        m = YEAR_ONLY.matcher(s);
        if (m.matches()) {
            int year = year(m.group(2));
            return "truoc".equals(m.group(1))
                    ? new TaskDue(Kind.BEFORE, LocalDate.of(year - 1, 12, 31), null, written)
                    : new TaskDue(Kind.YEAR, LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1), written);
        }
        m = FROM_YEAR.matcher(s);
        if (m.matches()) {
            return new TaskDue(Kind.FROM_YEAR, null, LocalDate.of(year(m.group(1)), 1, 1), written);
        }
        return null;
    }

    private static TaskDue day(String prefix, String day, String month, String year, String written) {
        LocalDate date = LocalDate.of(year(year), Integer.parseInt(month), Integer.parseInt(day));
        return "truoc".equals(prefix)
                ? new TaskDue(Kind.BEFORE, date.minusDays(1), null, written)
                : new TaskDue(Kind.DATE, date, null, written);
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (year < 1900 || year > 2100) {
            throw new DateTimeException("year out of range: " + year);
        }
        return year;
    }

    /**
     * Past its due date on that day (the day after the due date onwards). Tasks without a due date – ONGOING,
     * FROM_YEAR, TEXT, UNSPECIFIED – are never overdue.
     */
    public boolean isOverdueOn(LocalDate day) {
        return switch (kind) {
            case DATE, QUARTER, BEFORE, MONTH, YEAR -> dueDate != null && day.isAfter(dueDate);
            default -> false;
        };
    }

    /**
     * The warning to show in an import preview, or null: only a TEXT due has one – {@link #WARNING_NO_DATE} when it
     * has no date at all, {@link #WARNING_UNRECOGNISED} when it mentions a year or day in a form not understood.
     */
    public String warningKey() {
        if (kind != Kind.TEXT) {
            return null;
        }
        return MENTIONS_DATE.matcher(text).find() ? WARNING_UNRECOGNISED : WARNING_NO_DATE;
    }
}
