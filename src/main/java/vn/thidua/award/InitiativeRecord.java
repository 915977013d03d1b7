package vn.thidua.award;

/** An initiative (sáng kiến) recognised in a year at a level; decision may be null. */
public record InitiativeRecord(int year, String name, RecognitionLevel level, String decision) {
}
