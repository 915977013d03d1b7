package vn.thidua.report;

/** One entry of the award registry as the extract prints it; {@code note} says when it was revoked. */
public record RegistryRow(int year, String holder, String title, String decision, String source, String note) {
}
