package vn.thidua.award;

import java.time.LocalDate;

/** A disciplinary measure decided on a date; decision may be null. */
public record DisciplineRecord(LocalDate decidedOn, DisciplineMeasure measure, String decision) {
}
