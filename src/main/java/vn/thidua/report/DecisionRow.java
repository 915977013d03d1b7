package vn.thidua.report;

/** One line of the list appended to a commendation decision. */
public record DecisionRow(int position, String name, String positionAndUnit, String title) {
}
