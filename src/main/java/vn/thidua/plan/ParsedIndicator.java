package vn.thidua.plan;

import java.util.List;

/**
 * One indicator row of a table.
 *
 * @param rowNumber 1-based number of the row in the input
 * @param code the number in the TT column ("1".."19"), or its position in the table when there is none
 * @param name the name as written (whitespace collapsed), including any unit in brackets
 * @param group the group row above it, null when the table has no groups
 * @param unitOfMeasure normalised unit ("%", "‰", "bác sỹ/10.000 dân", "tuổi"), null when none is given
 * @param direction whether a larger value is better
 * @param cells one per {@link TableColumn} of the table, in the same order
 * @param problems every problem of the row, including those also attached to its cells
 */
public record ParsedIndicator(int rowNumber, String code, String name, IndicatorGroup group, String unitOfMeasure,
        Direction direction, List<ParsedCell> cells, List<ImportProblem> problems) {

    public ParsedIndicator {
        cells = List.copyOf(cells);
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(ImportProblem::isError)
                || cells.stream().anyMatch(c -> c.problem() != null && c.problem().isError());
    }

    public boolean hasWarnings() {
        return problems.stream().anyMatch(p -> !p.isError());
    }
}
