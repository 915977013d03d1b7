package vn.thidua.plan;

/** One emulation content of a plan, as typed. */
public record ContentForm(Integer position, String title, String description, Long version) {
}
