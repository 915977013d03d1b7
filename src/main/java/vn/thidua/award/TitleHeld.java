package vn.thidua.award;

/** A title or commendation a candidate received for a year; decision is the text of the decision, may be null. */
public record TitleHeld(int year, String titleCode, String decision) {
}
