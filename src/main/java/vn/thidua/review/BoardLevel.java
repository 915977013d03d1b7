package vn.thidua.review;

/** Whose council it is: the Sở's (province level) or a unit's own. */
public enum BoardLevel {
    DEPARTMENT, UNIT
}
