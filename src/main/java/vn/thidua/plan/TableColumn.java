package vn.thidua.plan;

/**
 * A value column of an indicator table.
 *
 * @param label the header as written, e.g. "Kế hoạch đến năm 2030"
 * @param year the year the column refers to, 0 when the header names none (the table then has an error)
 * @param baseline true for an actual or estimated value ("Thực hiện 2024"), false for a target
 */
public record TableColumn(String label, int year, boolean baseline) {
}
