package vn.thidua.report;

/** One ballot of a closed board session: agree and disagree votes and the share of the whole membership. */
public record MinutesRow(int position, String candidate, String unit, String title, int agree, int disagree, String share,
        String threshold, String result) {
}
