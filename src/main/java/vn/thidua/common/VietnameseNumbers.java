package vn.thidua.common;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.regex.Pattern;

/**
 * Numbers as Vietnamese write them: a comma before the decimals and dots between thousands
 * (8,25 and 1.248.643). Parsing also accepts the English forms people paste from spreadsheets
 * (8.25, 1,248,643) where they cannot be mistaken for the Vietnamese ones.
 */
public final class VietnameseNumbers {

    private static final Pattern DOT_THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3}){2,}");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+([.,]\\d+)?");

    private VietnameseNumbers() {
    }

    /**
     * Reads a number typed or pasted by a user.
     *
     * @throws NumberFormatException when the text is not a number in either notation
     */
    public static BigDecimal parse(String text) {
        if (text == null) {
            throw new NumberFormatException("empty");
        }
        String s = text.strip().replace("\u00a0", "").replace(" ", "").replace('\u2212', '-');
        if (s.startsWith("+")) {
            s = s.substring(1);
        }
        if (s.isEmpty()) {
            throw new NumberFormatException("empty");
        }
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        String normalized;
        if (lastDot >= 0 && lastComma >= 0) {
            // both separators: the last one is the decimal separator
            char decimal = lastComma > lastDot ? ',' : '.';
            char grouping = decimal == ',' ? '.' : ',';
            String integerPart = s.substring(0, Math.max(lastDot, lastComma));
            String fraction = s.substring(Math.max(lastDot, lastComma) + 1);
            if (integerPart.indexOf(decimal) >= 0
                    || !integerPart.matches("-?\\d{1,3}(\\" + grouping + "\\d{3})*") || !fraction.matches("\\d+")) {
                throw new NumberFormatException(text);
            }
            normalized = integerPart.replace(String.valueOf(grouping), "") + "." + fraction;
        } else if (DOT_THOUSANDS.matcher(s).matches()) {
            normalized = s.replace(".", "");
        } else if (COMMA_THOUSANDS.matcher(s).matches()) {
            normalized = s.replace(",", "");
        } else if (PLAIN.matcher(s).matches()) {
            normalized = s.replace(',', '.');
        } else {
            throw new NumberFormatException(text);
        }
        return new BigDecimal(normalized);
    }

    /** Like {@link #parse} but answers null for blank text. */
    public static BigDecimal parseOrNull(String text) {
        return text == null || text.isBlank() ? null : parse(text);
    }

    /** 1248643 → "1.248.643"; 8.25 → "8,25"; keeps at most the scale of the value, without trailing zeros. */
    public static String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        int scale = Math.max(0, stripped.scale());
        return formatter(scale).format(stripped);
    }

    /** Formats with exactly {@code fractionDigits} decimals: format(8.2, 2) → "8,20". */
    public static String format(BigDecimal value, int fractionDigits) {
        if (value == null) {
            return "";
        }
        DecimalFormat f = formatter(fractionDigits);
        f.setMinimumFractionDigits(fractionDigits);
        return f.format(value);
    }

    private static DecimalFormat formatter(int maxFractionDigits) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        symbols.setMinusSign('-');
        DecimalFormat f = new DecimalFormat("#,##0", symbols);
        f.setMaximumFractionDigits(maxFractionDigits);
        f.setParseBigDecimal(true);
        return f;
    }
}
