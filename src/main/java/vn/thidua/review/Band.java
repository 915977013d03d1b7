package vn.thidua.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.thidua.common.VietnameseNumbers;

/**
 * A classification band of the ranking (xếp loại): a unit whose total is at least {@code minTotal} (inclusive)
 * and below the next band's minimum falls into it; see {@link Ranking#bandFor}.
 *
 * @param name     the name shown, not blank
 * @param minTotal the lowest total of the band, ≥ 0
 */
public record Band(String name, BigDecimal minTotal) {

    /** Xuất sắc (excellent): 90 and above. */
    public static final Band XUAT_SAC = new Band("Xuất sắc", new BigDecimal("90"));
    /** Tốt (good): 75 to below 90. */
    public static final Band TOT = new Band("Tốt", new BigDecimal("75"));
    /** Khá (fair): 60 to below 75. */
    public static final Band KHA = new Band("Khá", new BigDecimal("60"));

    private static final Pattern WRITTEN_BAND = Pattern.compile("^\\s*(.+?)\\s*(?:≥|>=|:)\\s*([0-9.,]+)\\s*$");

    public Band {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a band needs a name");
        }
        Objects.requireNonNull(minTotal, "minTotal");
        if (minTotal.signum() < 0) {
            throw new IllegalArgumentException("a band's minimum must not be negative: " + minTotal);
        }
    }

    /**
     * Reads bands as people write them, separated by ";" or new lines: "Xuất sắc ≥ 90; Tốt ≥ 75; Khá ≥ 60" (also
     * "Xuất sắc >= 90" or "Xuất sắc: 90"; numbers the Vietnamese way). Blank text gives {@link #defaults()}.
     *
     * @throws IllegalArgumentException naming the part that cannot be read, or two bands with one minimum
     */
    public static List<Band> parseList(String text) {
        if (text == null || text.isBlank()) {
            return defaults();
        }
        List<Band> bands = new ArrayList<>();
        for (String part : text.split("[;\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = WRITTEN_BAND.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException(part.strip());
            }
            BigDecimal min;
            try {
                min = VietnameseNumbers.parse(m.group(2));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(part.strip());
            }
            if (bands.stream().anyMatch(b -> b.minTotal().compareTo(min) == 0)) {
                throw new IllegalArgumentException(part.strip());
            }
            bands.add(new Band(m.group(1), min));
        }
        if (bands.isEmpty()) {
            return defaults();
        }
        bands.sort(Comparator.comparing(Band::minTotal).reversed());
        return List.copyOf(bands);
    }

    /** The bands written back the way {@link #parseList} reads them: "Xuất sắc ≥ 90; Tốt ≥ 75". */
    public static String format(List<Band> bands) {
        return bands.stream().map(b -> b.name() + " ≥ " + VietnameseNumbers.format(b.minTotal())).collect(Collectors.joining("; "));
    }

    /** The default bands: Xuất sắc ≥ 90, Tốt ≥ 75, Khá ≥ 60; a total below 60 has no band. */
    public static List<Band> defaults() {
        return List.of(XUAT_SAC, TOT, KHA);
    }
}
