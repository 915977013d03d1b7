package vn.thidua.api;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.common.InvalidInputException;
import vn.thidua.common.Messages;
import vn.thidua.report.ReportFormat;

/** The format a report is asked for (PDF when none), refused with a message in the user's language when it does not fit. */
final class ReportFormats {

    private ReportFormats() {
    }

    static ReportFormat of(String text, Set<ReportFormat> allowed, Messages messages) {
        String choices = allowed.stream().map(ReportFormat::extension).collect(Collectors.joining(" | "));
        try {
            ReportFormat format = ReportFormat.parse(text);
            if (allowed.contains(format)) {
                return format;
            }
        } catch (IllegalArgumentException unknown) {
            // refused below
        }
        throw InvalidInputException.of("format", messages.get("report.error.format", text == null ? "" : text.toLowerCase(Locale.ROOT), choices));
    }

    static int year(Integer year, Messages messages) {
        if (year == null || year < 1900 || year > 2200) {
            throw InvalidInputException.of("year", messages.get("report.error.year"));
        }
        return year;
    }
}
