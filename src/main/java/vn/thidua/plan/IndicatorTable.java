package vn.thidua.plan;

import java.util.List;
import java.util.stream.Stream;

/**
 * An indicator table read by {@link IndicatorTableParser}.
 *
 * @param columns the value columns (years), in table order
 * @param indicators the indicator rows, in table order
 * @param tableProblems problems of the table as a whole (header, structure)
 */
public record IndicatorTable(List<TableColumn> columns, List<ParsedIndicator> indicators,
        List<ImportProblem> tableProblems) {

    public IndicatorTable {
        columns = List.copyOf(columns);
        indicators = List.copyOf(indicators);
        tableProblems = List.copyOf(tableProblems);
    }

    /** Whether the table or any of its rows has an error. */
    public boolean hasErrors() {
        return tableProblems.stream().anyMatch(ImportProblem::isError)
                || indicators.stream().anyMatch(ParsedIndicator::hasErrors);
    }

    /** Table problems followed by the problems of every row. */
    public List<ImportProblem> allProblems() {
        return Stream.concat(tableProblems.stream(), indicators.stream().flatMap(i -> i.problems().stream())).toList();
    }
}
