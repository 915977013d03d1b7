package vn.thidua.org;

import java.time.LocalDate;

/** What a user sends to create or change a staff member; {@code version} is the one the user last saw. */
public record StaffForm(String code, String fullName, Gender gender, LocalDate birthDate, String position,
        Long unitId, EmploymentStatus status, Long version) {
}
