package vn.thidua.plan;

/** What an import of a table did: rows that made new records, rows that updated existing ones. */
public record ImportResult(int created, int updated) {
}
