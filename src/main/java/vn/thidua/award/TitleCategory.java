package vn.thidua.award;

/** An emulation title (danh hiệu thi đua) or a form of commendation (hình thức khen thưởng). */
public enum TitleCategory {
    EMULATION_TITLE, COMMENDATION
}
