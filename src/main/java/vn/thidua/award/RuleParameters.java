package vn.thidua.award;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.common.VietnameseNumbers;

/**
 * The parameters of an eligibility rule as an administrator writes them: {@code title=CSTDCS; years=3; includeYear=true}.
 * Keys are case-sensitive; spaces around keys, values and separators are ignored. Parsing never fails: what cannot be
 * read is kept and reported by {@link #problems}.
 */
public final class RuleParameters {

    /** How a share is compared with its threshold. */
    public enum Comparison {
        AT_LEAST("≥"), MORE_THAN(">");

        private final String sign;

        Comparison(String sign) {
            this.sign = sign;
        }

        public String sign() {
            return sign;
        }
    }

    public static final RuleParameters EMPTY = new RuleParameters(Map.of(), List.of(), List.of());

    private static final Set<String> TITLE_KEYS = Set.of("title", "over");
    private static final Set<String> WHOLE_KEYS = Set.of("years", "count", "window", "rank", "minCount");

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("title", "mã danh hiệu"),
            Map.entry("over", "mã danh hiệu làm mẫu số"),
            Map.entry("years", "số năm liên tục"),
            Map.entry("count", "số lần tối thiểu"),
            Map.entry("window", "số năm xét"),
            Map.entry("includeYear", "tính cả năm xét"),
            Map.entry("rating", "mức xếp loại"),
            Map.entry("level", "cấp công nhận sáng kiến"),
            Map.entry("severity", "mức kỷ luật"),
            Map.entry("percent", "tỷ lệ %"),
            Map.entry("minCount", "số thành viên tối thiểu"),
            Map.entry("comparison", "cách so sánh"),
            Map.entry("rank", "thứ hạng"),
            Map.entry("subject", "chỉ áp dụng cho INDIVIDUAL (cá nhân) hoặc COLLECTIVE (tập thể)"));

    private final Map<String, String> values;
    private final List<String> unreadable;
    private final List<String> repeated;

    private RuleParameters(Map<String, String> values, List<String> unreadable, List<String> repeated) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.unreadable = List.copyOf(unreadable);
        this.repeated = List.copyOf(repeated);
    }

    public static RuleParameters parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        if (text != null) {
            for (String part : text.split(";")) {
                String p = part.strip();
                if (p.isEmpty()) {
                    continue;
                }
                int eq = p.indexOf('=');
                String key = eq < 0 ? "" : p.substring(0, eq).strip();
                if (key.isEmpty()) {
                    unreadable.add(p);
                    continue;
                }
                String value = p.substring(eq + 1).strip();
                if (values.containsKey(key)) {
                    repeated.add(key);
                }
                values.put(key, value);
            }
        }
        return new RuleParameters(values, unreadable, repeated);
    }

    /** Parameters from alternating keys and values: {@code of("title", "CSTDCS", "years", "3")}. */
    public static RuleParameters of(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must alternate");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new RuleParameters(values, List.of(), List.of());
    }

    /** A copy with one value set (or removed when value is null). */
    public RuleParameters with(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return new RuleParameters(copy, unreadable, repeated);
    }

    /** The text form, in the order the keys were written: {@code title=CSTDCS; years=3}. Unreadable parts are kept. */
    public String format() {
        List<String> parts = new ArrayList<>();
        values.forEach((k, v) -> parts.add(k + "=" + v));
        parts.addAll(unreadable);
        return String.join("; ", parts);
    }

    public Map<String, String> values() {
        return values;
    }

    public boolean has(String key) {
        String v = values.get(key);
        return v != null && !v.isBlank();
    }

    /** The value as written, or null when absent or blank. */
    public String text(String key) {
        return has(key) ? values.get(key) : null;
    }

    /** @throws IllegalArgumentException when absent or not a whole number */
    public int integer(String key) {
        String v = text(key);
        if (v == null) {
            throw new IllegalArgumentException(missing(key));
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(notWhole(key, v));
        }
    }

    public int integer(String key, int defaultValue) {
        return has(key) ? integer(key) : defaultValue;
    }

    /** true/false, any case. @throws IllegalArgumentException when written otherwise */
    public boolean bool(String key, boolean defaultValue) {
        String v = text(key);
        if (v == null) {
            return defaultValue;
        }
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException(notBoolean(key, v));
    }

    /** A number written as "15", "15,5" or "15.5"; null when absent. @throws IllegalArgumentException when not a number */
    public BigDecimal decimal(String key) {
        String v = text(key);
        if (v == null) {
            return null;
        }
        try {
            return VietnameseNumbers.parse(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(notNumber(key, v));
        }
    }

    /** An enum constant by its name, any case; null when absent. @throws IllegalArgumentException when no constant has that name */
    public <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        String v = text(key);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(unknownName(key, v, type));
        }
    }

    public <E extends Enum<E>> E enumValue(String key, Class<E> type, E defaultValue) {
        E value = enumValue(key, type);
        return value == null ? defaultValue : value;
    }

    /**
     * What an administrator must fix before a rule of the given kind can be evaluated, in Vietnamese; empty when nothing.
     * Title codes are checked only when knownTitleCodes is not null.
     */
    public List<String> problems(RuleKind kind, Set<String> knownTitleCodes) {
        List<String> problems = new ArrayList<>();
        if (kind == null) {
            problems.add("Chưa chọn loại điều kiện.");
            return problems;
        }
        for (String part : unreadable) {
            problems.add("Không đọc được «" + part + "»: mỗi tham số ghi dạng tên=giá trị, các tham số cách nhau bằng dấu chấm phẩy.");
        }
        for (String key : repeated) {
            problems.add("Tham số «" + key + "» được ghi nhiều lần.");
        }
        for (String key : kind.requiredParameters()) {
            if (!has(key)) {
                problems.add(missing(key));
            }
        }
        for (String key : values.keySet()) {
            if (!kind.accepts(key)) {
                problems.add("Tham số «" + key + "» không dùng cho loại điều kiện «" + kind.label() + "»; các tham số dùng được: "
                        + String.join(", ", kind.acceptedParameters()) + ".");
            } else if (has(key)) {
                String problem = valueProblem(key, values.get(key), knownTitleCodes);
                if (problem != null) {
                    problems.add(problem);
                }
            } else if (!kind.requiredParameters().contains(key)) {
                problems.add("Tham số «" + key + "» (" + DESCRIPTIONS.get(key) + ") chưa có giá trị.");
            }
        }
        if (kind == RuleKind.MEMBER_TITLE_SHARE && !has("percent") && !has("minCount")) {
            problems.add("Cần ít nhất một trong hai tham số «percent» (tỷ lệ %) hoặc «minCount» (số thành viên tối thiểu).");
        }
        if ((kind == RuleKind.TITLE_COUNT || kind == RuleKind.RATING_COUNT) && problems.isEmpty()
                && integer("count") > integer("window")) {
            problems.add("Số lần tối thiểu «count» (" + integer("count") + ") không được lớn hơn số năm xét «window» ("
                    + integer("window") + ").");
        }
        return problems;
    }

    private static String valueProblem(String key, String value, Set<String> knownTitleCodes) {
        if (TITLE_KEYS.contains(key)) {
            if (knownTitleCodes != null && !knownTitleCodes.contains(value)) {
                return "Mã danh hiệu «" + value + "» (tham số «" + key + "») không có trong danh mục danh hiệu.";
            }
            return null;
        }
        if (WHOLE_KEYS.contains(key)) {
            try {
                if (Integer.parseInt(value) < 1) {
                    return "Tham số «" + key + "» (" + DESCRIPTIONS.get(key) + ") phải từ 1 trở lên, không phải «" + value + "».";
                }
                return null;
            } catch (NumberFormatException e) {
                return notWhole(key, value);
            }
        }
        return switch (key) {
            case "includeYear" -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false") ? null : notBoolean(key, value);
            case "rating" -> nameProblem(key, value, PerformanceRating.class);
            case "level" -> nameProblem(key, value, RecognitionLevel.class);
            case "severity" -> nameProblem(key, value, DisciplineMeasure.class);
            case "comparison" -> nameProblem(key, value, Comparison.class);
            case "subject" -> nameProblem(key, value, TitleSubject.class);
            case "percent" -> percentProblem(key, value);
            default -> null;
        };
    }

    private static String percentProblem(String key, String value) {
        BigDecimal percent;
        try {
            percent = VietnameseNumbers.parse(value);
        } catch (NumberFormatException e) {
            return notNumber(key, value);
        }
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            return "Tham số «" + key + "» (" + DESCRIPTIONS.get(key) + ") phải từ 0 đến 100, không phải «" + value + "».";
        }
        return null;
    }

    private static <E extends Enum<E>> String nameProblem(String key, String value, Class<E> type) {
        try {
            Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            return null;
        } catch (IllegalArgumentException e) {
            return unknownName(key, value, type);
        }
    }

    private static String missing(String key) {
        return "Thiếu tham số «" + key + "» (" + DESCRIPTIONS.getOrDefault(key, key) + ").";
    }

    private static String notWhole(String key, String value) {
        return "Tham số «" + key + "» (" + DESCRIPTIONS.getOrDefault(key, key) + ") phải là số nguyên, không phải «" + value + "».";
    }

    private static String notNumber(String key, String value) {
        return "Tham số «" + key + "» (" + DESCRIPTIONS.getOrDefault(key, key) + ") phải là một số, không phải «" + value + "».";
    }

    private static String notBoolean(String key, String value) {
        return "Tham số «" + key + "» (" + DESCRIPTIONS.getOrDefault(key, key) + ") phải là true hoặc false, không phải «" + value
                + "».";
    }

    private static <E extends Enum<E>> String unknownName(String key, String value, Class<E> type) {
        String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        String what = switch (key) {
            case "rating" -> "Mức xếp loại";
            case "level" -> "Cấp công nhận";
            case "severity" -> "Mức kỷ luật";
            case "comparison" -> "Cách so sánh";
            default -> "Giá trị";
        };
        return what + " «" + value + "» (tham số «" + key + "») không hợp lệ; dùng một trong: " + names + ".";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleParameters other && values.equals(other.values) && unreadable.equals(other.unreadable);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values, unreadable);
    }

    @Override
    public String toString() {
        return format();
    }
}
