package vn.thidua.report;

/** The rows of the review and plan reports, already in the words and Vietnamese number formats they print. */
public final class ReviewRows {

    private ReviewRows() {
    }

    /** One criterion (or criterion group, printed bold) of a unit's scorecard. */
    public record ScorecardRow(String code, String name, Boolean group, String maxPoints, String target, String reported,
                               String rate, String selfScore, String reviewScore, String mark) {
    }

    /** One unit in its block's ranking. */
    public record RankingRow(String block, String rank, String unitName, String total, String criteriaMet, String penalty,
                             String band, String tie) {
    }

    /**
     * One reporting unit's value of one indicator; an indicator nobody reported on has one row without unit.
     *
     * @param indicator the heading of the indicator's group: "1. Số bác sĩ trên 10.000 dân (bác sĩ)"
     * @param summary   the group's footer: "Số đơn vị đạt: 8/10"
     */
    public record IndicatorRow(String indicatorKey, String indicator, String target, String unitName, String value,
                               String mark, String summary) {
    }

    /** One period of an indicator over the plan's years: the baseline, then each year with its target and mean result. */
    public record IndicatorTrendRow(String indicatorKey, String indicator, String period, String target, String value, String mark,
                                    String summary) {
    }

    /** One unit expected to report, with its block's counts for the block footer. */
    public record CompletenessLine(String block, String unitName, String onTime, String late, String returned, String draft,
                                   String notStarted, String submittedOn, String blockLabel, String blockOnTime,
                                   String blockLate, String blockReturned, String blockDraft, String blockNotStarted,
                                   String blockRate) {
    }

    /** One plan task under its lead body, with the progress the lead unit reported. */
    public record TaskRow(String leadBody, String code, String content, String due, String coordinating, String progress,
                          String note) {
    }
}
