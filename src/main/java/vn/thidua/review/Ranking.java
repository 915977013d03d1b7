package vn.thidua.review;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Ranks the units of an emulation block. Stateless; every method is static.
 * <ul>
 * <li>Units are ordered by total (highest first), then by each tie-break in the order given.</li>
 * <li>Units equal on the total and on every tie-break share a rank and are flagged {@code tied}; the ranks
 * they take up are skipped (standard competition ranking: 1, 2, 2, 4).</li>
 * <li>The list comes ordered by rank, then by unit name in Vietnamese collation ({@link Collator} for
 * {@link #VIETNAMESE}: Đ after D, then tones), then by unit id. The name never changes a rank.</li>
 * <li>Each unit gets the band with the highest minimum not above its total (inclusive), or none.</li>
 * </ul>
 */
public final class Ranking {

    /** The locale of the name order. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Ranking() {
    }

    /**
     * @param entries   the units to rank (any order; unit ids distinct); empty gives an empty list
     * @param tieBreaks the rules for equal totals, applied in this order (empty: equal totals tie)
     * @param bands     the classification bands in any order, minimums distinct (empty: no band)
     * @return the ranked units, ordered by rank then name; unmodifiable
     * @throws NullPointerException     when a list is null
     * @throws IllegalArgumentException when a list holds a null, two entries share a unit id or two bands
     *                                  share a minimum
     */
    public static List<RankedUnit> rank(List<RankEntry> entries, List<TieBreak> tieBreaks, List<Band> bands) {
        List<RankEntry> sorted = new ArrayList<>(requireNoNulls(entries, "entries"));
        List<Band> checkedBands = requireDistinctMinimums(bands);
        Comparator<RankEntry> standing = standing(requireNoNulls(tieBreaks, "tieBreaks"));
        Set<Long> unitIds = new HashSet<>();
        for (RankEntry entry : sorted) {
            if (!unitIds.add(entry.unitId())) {
                throw new IllegalArgumentException("unit " + entry.unitId() + " is listed twice");
            }
        }
        Collator collator = Collator.getInstance(VIETNAMESE);
        sorted.sort(standing
                .thenComparing(RankEntry::unitName, collator)
                .thenComparingLong(RankEntry::unitId));

        List<RankedUnit> ranked = new ArrayList<>(sorted.size());
        int groupStart = 0;
        while (groupStart < sorted.size()) {
            int groupEnd = groupStart + 1;
            while (groupEnd < sorted.size() && standing.compare(sorted.get(groupStart), sorted.get(groupEnd)) == 0) {
                groupEnd++;
            }
            boolean tied = groupEnd - groupStart > 1;
            for (int i = groupStart; i < groupEnd; i++) {
                RankEntry entry = sorted.get(i);
                Band band = bandFor(entry.total(), checkedBands);
                ranked.add(new RankedUnit(entry, groupStart + 1, tied, band == null ? null : band.name()));
            }
            groupStart = groupEnd;
        }
        return Collections.unmodifiableList(ranked);
    }

    /**
     * The band of a total: the one with the highest minimum ≤ {@code total}; null when the total is below
     * every band.
     *
     * @param bands in any order
     */
    public static Band bandFor(BigDecimal total, List<Band> bands) {
        Objects.requireNonNull(total, "total");
        Band best = null;
        for (Band band : requireNoNulls(bands, "bands")) {
            if (band.minTotal().compareTo(total) <= 0
                    && (best == null || band.minTotal().compareTo(best.minTotal()) > 0)) {
                best = band;
            }
        }
        return best;
    }

    /** Total (highest first), then each tie-break in order; 0 means the same rank. */
    private static Comparator<RankEntry> standing(List<TieBreak> tieBreaks) {
        Comparator<RankEntry> standing = Comparator.comparing(RankEntry::total).reversed();
        for (TieBreak tieBreak : tieBreaks) {
            standing = standing.thenComparing(tieBreak.comparator());
        }
        return standing;
    }

    private static List<Band> requireDistinctMinimums(List<Band> bands) {
        List<Band> checked = requireNoNulls(bands, "bands");
        List<Band> byMinimum = new ArrayList<>(checked);
        byMinimum.sort(Comparator.comparing(Band::minTotal));
        for (int i = 1; i < byMinimum.size(); i++) {
            if (byMinimum.get(i - 1).minTotal().compareTo(byMinimum.get(i).minTotal()) == 0) {
                throw new IllegalArgumentException("bands " + byMinimum.get(i - 1).name() + " and "
                        + byMinimum.get(i).name() + " both start at " + byMinimum.get(i).minTotal().toPlainString());
            }
        }
        return checked;
    }

    private static <T> List<T> requireNoNulls(List<T> list, String name) {
        Objects.requireNonNull(list, name);
        for (T element : list) {
            if (element == null) {
                throw new IllegalArgumentException(name + " must not hold a null");
            }
        }
        return list;
    }
}
