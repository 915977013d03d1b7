package vn.thidua.common;

import java.text.Normalizer;
import java.util.Locale;

/** Text as people type it, folded for comparison: lower case, no Vietnamese marks, đ as d, single spaces. */
public final class VietnameseText {

    private VietnameseText() {
    }

    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String noMarks = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd');
        return noMarks.replaceAll("[\\s\\u00A0\\u2007\\u202F\\u200B]+", " ").strip();
    }
}
