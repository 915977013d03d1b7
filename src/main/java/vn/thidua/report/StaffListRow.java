package vn.thidua.report;

/** One line of the staff list report, already in the words and formats it prints. */
public class StaffListRow {

    private final String fullName;
    private final String gender;
    private final String birthDate;
    private final String position;
    private final String unitName;
    private final String status;

    public StaffListRow(String fullName, String gender, String birthDate, String position, String unitName, String status) {
        this.fullName = fullName;
        this.gender = gender;
        this.birthDate = birthDate;
        this.position = position;
        this.unitName = unitName;
        this.status = status;
    }

    public String getFullName() {
        return fullName;
    }

    public String getGender() {
        return gender;
    }

    public String getBirthDate() {
        return birthDate;
    }

    public String getPosition() {
        return position;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getStatus() {
        return status;
    }
}
