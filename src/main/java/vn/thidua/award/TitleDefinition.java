package vn.thidua.award;

import java.math.BigDecimal;

/** A title or commendation of the catalogue; rewardMultiple (times the base salary) may be null. */
public record TitleDefinition(String code, String name, String shortName, TitleSubject subject, TitleCategory category,
        TitleLevel level, String awardingBody, BigDecimal rewardMultiple, String legalReference) {
}
