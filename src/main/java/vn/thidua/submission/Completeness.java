package vn.thidua.submission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reporting completeness of a plan year, like the reporting-rate views of health information systems: how many
 * units reported on time, late, were returned, are still drafting, or have not started — in total, per emulation
 * block and per unit type, with percentages of the units expected.
 */
public final class Completeness {

    /** The counts of one group of units. */
    public record Group(String name, Map<ReportingState, Integer> counts, int expected) {

        public int count(ReportingState state) {
            return counts.getOrDefault(state, 0);
        }

        /** The share of the expected units in a state, in percent with one decimal; 0 when none are expected. */
        public BigDecimal percent(ReportingState state) {
            return share(count(state));
        }

        public int reported() {
            return count(ReportingState.ON_TIME) + count(ReportingState.LATE);
        }

        /** The reporting rate: on time and late over expected. */
        public BigDecimal reportedPercent() {
            return share(reported());
        }

        private BigDecimal share(int part) {
            return expected == 0 ? BigDecimal.ZERO.setScale(1)
                    : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_UP);
        }
    }

    private final List<CompletenessRow> rows;
    private final Group total;
    private final List<Group> byBlock;
    private final List<Group> byUnitType;

    private Completeness(List<CompletenessRow> rows, Function<CompletenessRow, String> typeName) {
        this.rows = List.copyOf(rows);
        this.total = group("", rows);
        this.byBlock = groups(rows, CompletenessRow::block);
        this.byUnitType = groups(rows, typeName);
    }

    /**
     * @param typeName how a unit type is named in the groups (the caller's language)
     */
    public static Completeness of(List<CompletenessRow> rows, Function<CompletenessRow, String> typeName) {
        return new Completeness(rows, typeName);
    }

    public List<CompletenessRow> rows() {
        return rows;
    }

    public Group total() {
        return total;
    }

    public List<Group> byBlock() {
        return byBlock;
    }

    public List<Group> byUnitType() {
        return byUnitType;
    }

    private static List<Group> groups(List<CompletenessRow> rows, Function<CompletenessRow, String> key) {
        Map<String, List<CompletenessRow>> grouped = new LinkedHashMap<>();
        rows.forEach(r -> grouped.computeIfAbsent(key.apply(r) == null ? "" : key.apply(r), k -> new ArrayList<>()).add(r));
        return grouped.entrySet().stream().map(e -> group(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Group::name, Collator.getInstance(Locale.forLanguageTag("vi")))).toList();
    }

    private static Group group(String name, List<CompletenessRow> rows) {
        Map<ReportingState, Integer> counts = new EnumMap<>(ReportingState.class);
        rows.forEach(r -> counts.merge(r.state(), 1, Integer::sum));
        return new Group(name, counts, rows.size());
    }
}
