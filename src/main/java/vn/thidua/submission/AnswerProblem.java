package vn.thidua.submission;

import java.util.List;

/**
 * Something wrong with what a unit entered for a criterion: the field (value, numerator, item3, evidence...),
 * a message key of the bundle and its arguments.
 */
public record AnswerProblem(Long criterionId, String criterionCode, String field, String key, List<Object> args) {

    public AnswerProblem {
        args = List.copyOf(args);
    }
}
