package vn.thidua.report;

/**
 * One certificate (giấy khen, bằng khen, danh hiệu) of a decision: one page each. {@code verb} is "TẶNG" or
 * "CÔNG NHẬN DANH HIỆU"; {@code salutation} "Ông", "Bà" or empty for a collective.
 */
public record CertificateRow(String verb, String titleName, String salutation, String name, String unitLine, String achievement) {
}
