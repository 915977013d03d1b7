package vn.thidua.org;

public enum Gender {
    MALE, FEMALE
}
