package vn.thidua.submission;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import vn.thidua.org.UnitType;

/** One unit expected to report for a plan year, and where it stands. */
public record CompletenessRow(Long unitId, String unitCode, String unitName, UnitType unitType, String block,
                              ReportingState state, SubmissionStatus status, Long submissionId, LocalDateTime submittedAt,
                              Integer daysLate, BigDecimal selfScore) implements Serializable {
}
