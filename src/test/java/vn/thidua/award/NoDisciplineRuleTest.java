package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoDisciplineRuleTest {

    private static final EligibilityRule NO_REPRIMAND = EligibilityRule.mandatory("LDTT", RuleKind.NO_DISCIPLINE, "severity=REPRIMAND",
            null);
    private static final EligibilityRule NO_WARNING = EligibilityRule.mandatory("TTLDXS", RuleKind.NO_DISCIPLINE, "severity=WARNING",
            null);

    private static ConditionResult evaluate(EligibilityRule rule, DisciplineRecord... records) {
        return EligibilityEngine.evaluate(rule, CandidateFacts.individual(2025, "A").withDisciplines(List.of(records)), null);
    }

    @Test
    void noMeasureInTheYearPasses() {
        ConditionResult result = evaluate(NO_REPRIMAND,
                new DisciplineRecord(LocalDate.of(2024, 12, 31), DisciplineMeasure.DISMISSAL, null),
                new DisciplineRecord(LocalDate.of(2026, 1, 1), DisciplineMeasure.WARNING, null));

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.summary()).isEqualTo("Không bị kỷ luật từ mức khiển trách trở lên năm 2025: ✔");
        assertThat(result.facts()).containsExactly("Không có quyết định kỷ luật nào trong năm 2025");
    }

    @Test
    void aReprimandOnTheFirstDayOfTheYearFails() {
        ConditionResult result = evaluate(NO_REPRIMAND,
                new DisciplineRecord(LocalDate.of(2025, 1, 1), DisciplineMeasure.REPRIMAND, "QĐ 3/QĐ-BV"));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.summary()).isEqualTo("Không bị kỷ luật từ mức khiển trách trở lên năm 2025: 1 quyết định ✘");
        assertThat(result.facts()).containsExactly("Khiển trách ngày 01/01/2025 ✘ (QĐ 3/QĐ-BV)");
    }

    @Test
    void aMeasureOneStepBelowTheSeverityIsListedButPasses() {
        ConditionResult below = evaluate(NO_WARNING, new DisciplineRecord(LocalDate.of(2025, 6, 5), DisciplineMeasure.REPRIMAND, null));
        assertThat(below.outcome()).isEqualTo(Outcome.PASS);
        assertThat(below.summary()).isEqualTo("Không bị kỷ luật từ mức cảnh cáo trở lên năm 2025: ✔");
        assertThat(below.facts()).containsExactly("Khiển trách ngày 05/06/2025 ✔");

        ConditionResult at = evaluate(NO_WARNING, new DisciplineRecord(LocalDate.of(2025, 6, 5), DisciplineMeasure.WARNING, null));
        assertThat(at.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(at.facts()).containsExactly("Cảnh cáo ngày 05/06/2025 ✘");
    }
}
