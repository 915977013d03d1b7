package vn.thidua.award;

/** Why the office collects nominations: the annual review, a plan's mid-term or final review, a theme, or ad hoc. */
public enum RoundKind {
    ANNUAL, MID_TERM, FINAL, THEMATIC, AD_HOC
}
