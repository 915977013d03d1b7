package vn.thidua.plan;

import java.time.LocalDate;

/** What the plan form or the API sends to create or change a plan's general data. */
public record PlanForm(String numberSymbol, Long issuingUnitId, String issuingBody, String place, LocalDate issuedOn,
                       String title, String summary, PlanKind kind, Integer startYear, Integer endYear,
                       Integer reportDay, Integer reportMonth, MonitoringFrequency monitoringFrequency, Long version) {
}
