package vn.thidua.org;

public enum EmploymentStatus {
    ACTIVE, ON_LEAVE, RETIRED, TRANSFERRED
}
