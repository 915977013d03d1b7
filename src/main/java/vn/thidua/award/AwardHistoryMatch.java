package vn.thidua.award;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.award.AwardHistoryParser.AwardRow;
import vn.thidua.award.AwardHistoryParser.DisciplineRow;
import vn.thidua.award.AwardHistoryParser.HistoryRow;
import vn.thidua.award.AwardHistoryParser.InitiativeRow;
import vn.thidua.award.AwardHistoryParser.Preview;
import vn.thidua.award.AwardHistoryParser.RatingRow;
import vn.thidua.common.VietnameseDates;

/**
 * Compares the rows of a parsed history file with what the database already holds, by the parser's identity keys,
 * and describes each row for a preview. Plain logic: the caller reads the stored records and the names.
 */
public final class AwardHistoryMatch {

    /** What an import would do with a row. */
    public enum Status {
        /** Valid and not yet stored: the import adds it. */
        NEW,
        /** Valid, but a record with the same identity is stored already: the import skips it. */
        ALREADY_STORED,
        /** Has problems: the import skips it. */
        INVALID
    }

    /** The four sheets, in the order of the preview. */
    public enum Kind {
        AWARD, RATING, INITIATIVE, DISCIPLINE
    }

    /**
     * A row of the file with its status and, for people to read, who it is about and what it records.
     *
     * @param who  the staff member's name and code, or the unit's name and code; the code as typed when unknown
     * @param what the title and its decision, the rating, the initiative and its level, the measure and its date
     */
    public record Checked(HistoryRow row, Kind kind, Status status, String who, String what) {
    }

    /** Names for the preview: staff code → full name, unit code → name, title code → short name; codes upper case. */
    public record Names(Map<String, String> staff, Map<String, String> units, Map<String, String> titles) {
        public Names {
            staff = Map.copyOf(staff);
            units = Map.copyOf(units);
            titles = Map.copyOf(titles);
        }

        public static final Names NONE = new Names(Map.of(), Map.of(), Map.of());
    }

    private AwardHistoryMatch() {
    }

    public static Kind kind(HistoryRow row) {
        if (row instanceof AwardRow) {
            return Kind.AWARD;
        }
        if (row instanceof RatingRow) {
            return Kind.RATING;
        }
        return row instanceof InitiativeRow ? Kind.INITIATIVE : Kind.DISCIPLINE;
    }

    public static Status status(HistoryRow row, Set<String> storedKeys) {
        if (!row.valid()) {
            return Status.INVALID;
        }
        return storedKeys.contains(row.identityKey()) ? Status.ALREADY_STORED : Status.NEW;
    }

    public static List<Checked> check(Preview preview, Set<String> storedKeys, Names names) {
        return preview.rows().stream().map(r -> new Checked(r, kind(r), status(r, storedKeys), who(r, names), what(r, names)))
                .toList();
    }

    public static long count(List<Checked> rows, Status status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    // ---- keys of stored records; null when the record cannot match a row of a file

    /**
     * The key of a stored title. A person's record whose staff member has no code cannot be named in a file, so it has
     * no key (without this check it would read as the unit's own record).
     */
    public static String awardKey(boolean personal, String staffCode, String unitCode, String titleCode, int year) {
        return personal && staffCode == null ? null : AwardRow.key(staffCode, personal ? null : unitCode, titleCode, year);
    }

    public static String ratingKey(boolean personal, String staffCode, String unitCode, int year) {
        return personal && staffCode == null ? null : RatingRow.key(staffCode, personal ? null : unitCode, year);
    }

    public static String initiativeKey(boolean personal, String staffCode, String unitCode, int year, String name) {
        return personal && staffCode == null ? null : InitiativeRow.key(staffCode, personal ? null : unitCode, year, name);
    }

    public static String disciplineKey(boolean personal, String staffCode, String unitCode, DisciplineMeasure measure,
            LocalDate decidedOn) {
        return personal && staffCode == null ? null
                : DisciplineRow.key(staffCode, personal ? null : unitCode, measure, decidedOn);
    }

    // ---- descriptions

    static String who(HistoryRow row, Names names) {
        if (row.staffCode() != null) {
            return named(names.staff(), row.staffCode());
        }
        return row.unitCode() == null ? "" : named(names.units(), row.unitCode());
    }

    static String what(HistoryRow row, Names names) {
        if (row instanceof AwardRow a) {
            return join(a.titleCode() == null ? null : names.titles().getOrDefault(upper(a.titleCode()), a.titleCode()),
                    decision(a.decisionNumber(), a.decisionDate()), a.decisionBody());
        }
        if (row instanceof RatingRow r) {
            return r.rating() == null ? "" : r.rating().label();
        }
        if (row instanceof InitiativeRow i) {
            return join(i.name(), i.level() == null ? null : i.level().label(), decision(i.decisionNumber(), i.decisionDate()));
        }
        DisciplineRow d = (DisciplineRow) row;
        return join(d.measure() == null ? null : d.measure().label(),
                d.decisionDate() == null ? null : VietnameseDates.format(d.decisionDate()),
                d.decisionNumber() == null ? null : "QĐ " + d.decisionNumber());
    }

    /** "QĐ 125/QĐ-SYT ngày 15/01/2024", as AwardRecord cites it. */
    static String decision(String number, LocalDate date) {
        if (number == null) {
            return date == null ? null : "ngày " + VietnameseDates.format(date);
        }
        return "QĐ " + number + (date == null ? "" : " ngày " + VietnameseDates.format(date));
    }

    private static String named(Map<String, String> names, String code) {
        String name = names.get(upper(code));
        return name == null ? code : name + " (" + code + ")";
    }

    private static String join(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (!text.isEmpty()) {
                    text.append(" – ");
                }
                text.append(part);
            }
        }
        return text.toString();
    }

    private static String upper(String code) {
        return code.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
