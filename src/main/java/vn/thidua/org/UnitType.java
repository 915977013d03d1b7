package vn.thidua.org;

/** Kinds of health units; labels come from the messages bundle (UnitType.HOSPITAL=...). */
public enum UnitType {
    DEPARTMENT, HOSPITAL, CDC, DISTRICT_CENTRE, COMMUNE_STATION, OTHER
}
