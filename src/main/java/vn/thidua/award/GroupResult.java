package vn.thidua.award;

import java.util.List;

/** The outcome of an alternative group: the best of its options, each the worst of its rules. */
public record GroupResult(String anyGroup, Outcome outcome, List<Option> options) {

    public GroupResult {
        options = List.copyOf(options);
    }

    public record Option(int option, Outcome outcome, List<ConditionResult> conditions) {

        public Option {
            conditions = List.copyOf(conditions);
        }
    }
}
