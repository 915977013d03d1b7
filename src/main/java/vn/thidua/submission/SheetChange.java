package vn.thidua.submission;

/**
 * A field whose value in the uploaded sheet differs from its current value.
 *
 * @param before the current value ({@link SheetField#value()}), null when it was empty
 * @param after  the value read from the sheet, of the same Java type, null when the cell was left blank
 */
public record SheetChange(String key, String section, String label, Object before, Object after) {
}
