package vn.thidua.award;

/** Level of the body that awards a title: the unit itself, the Sở, the province, the nation. */
public enum TitleLevel {
    UNIT, DEPARTMENT, PROVINCE, NATIONAL
}
