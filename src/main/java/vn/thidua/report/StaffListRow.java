package vn.thidua.report;

import java.util.Locale;
import vn.thidua.common.Messages;
import vn.thidua.common.VietnameseDates;
import vn.thidua.org.StaffMember;

/** One line of the staff list report, already in the words and formats it prints. */
public record StaffListRow(String fullName, String gender, String birthDate, String position, String unitName, String status) {

    private static final Locale VI = Locale.forLanguageTag("vi");

    public static StaffListRow of(StaffMember s) {
        return new StaffListRow(s.getFullName(), s.getGender() == null ? "" : Messages.text(VI, "Gender." + s.getGender()),
                VietnameseDates.format(s.getBirthDate()), s.getPosition(), s.getUnit().getName(),
                Messages.text(VI, "EmploymentStatus." + s.getStatus()));
    }
}
