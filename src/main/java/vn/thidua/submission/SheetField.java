package vn.thidua.submission;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One input of a submission form.
 *
 * @param key     identifies the input, e.g. "1.3:numerator", "2:item:4", "narrative"; written to column A of the sheet
 *                and matched when the sheet comes back
 * @param section the criterion heading shown, e.g. "1.3 Số bác sĩ/10.000 dân"
 * @param label   the input's label, e.g. "Tử số: số bác sĩ"
 * @param type    the kind of input
 * @param value   the current value, or null: {@link BigDecimal} for DECIMAL (any other {@link Number} is converted),
 *                {@link Long} for COUNT ({@link Integer}, {@link Short} and {@link Byte} are converted), {@link Boolean}
 *                for YES_NO, {@link String} for TEXT
 */
public record SheetField(String key, String section, String label, FieldType type, Object value) {

    public SheetField {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A field needs a key");
        }
        Objects.requireNonNull(type, "type");
        value = checkedValue(key, type, value);
    }

    private static Object checkedValue(String key, FieldType type, Object value) {
        if (value == null) {
            return null;
        }
        switch (type) {
            case DECIMAL:
                if (value instanceof BigDecimal) {
                    return value;
                }
                if (value instanceof Number) {
                    return new BigDecimal(value.toString());
                }
                break;
            case COUNT:
                if (value instanceof Long) {
                    return value;
                }
                if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
                    return ((Number) value).longValue();
                }
                break;
            case YES_NO:
                if (value instanceof Boolean) {
                    return value;
                }
                break;
            case TEXT:
                if (value instanceof String) {
                    return value;
                }
                break;
            default:
                break;
        }
        throw new IllegalArgumentException("Field " + key + " of type " + type + " cannot hold a "
                + value.getClass().getSimpleName());
    }
}
