package vn.thidua.submission;

/**
 * The kind of one input of a submission form, which decides the Java type of its value and how a cell of the
 * Excel form is read.
 */
public enum FieldType {
    /** A number that may have decimals; value {@link java.math.BigDecimal}. */
    DECIMAL,
    /** A whole number, zero or more; value {@link Long}. */
    COUNT,
    /** Yes or no; value {@link Boolean}. */
    YES_NO,
    /** Free text; value {@link String}. */
    TEXT
}
