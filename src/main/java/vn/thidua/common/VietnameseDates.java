package vn.thidua.common;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Dates as Vietnamese write them: 31/05/2021, and "ngày 31 tháng 5 năm 2021" in official documents. */
public final class VietnameseDates {

    /** The province's calendar and clock: deadlines and the times people read. */
    public static final ZoneId PROVINCE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter LENIENT_INPUT = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private VietnameseDates() {
    }

    /** Accepts d/M/yyyy with "/", "-" or "." between the parts; ISO yyyy-MM-dd too. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DateTimeParseException("empty", String.valueOf(text), 0);
        }
        String s = text.strip();
        if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(s);
        }
        return LocalDate.parse(s.replace('-', '/').replace('.', '/'), LENIENT_INPUT);
    }

    public static LocalDate parseOrNull(String text) {
        return text == null || text.isBlank() ? null : parse(text);
    }

    public static String format(LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }

    /** A moment stored in UTC as the province's clock shows it: 25/11/2026 16:05. */
    public static String formatUtc(LocalDateTime utc) {
        return utc == null ? "" : TIME.format(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(PROVINCE_ZONE));
    }

    /** "ngày 31 tháng 5 năm 2021"; days and months below 10 get a leading zero only for days, as Nghị định 30/2020 asks for days 1–9 and months 1–2. */
    public static String longForm(LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }
}
