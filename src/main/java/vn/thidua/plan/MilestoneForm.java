package vn.thidua.plan;

import java.time.LocalDate;

/** One milestone of a plan, as typed. */
public record MilestoneForm(MilestoneKind kind, String title, LocalDate dueOn, Long version) {
}
