package vn.thidua.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.thidua.plan.TaskDue.Kind;

class TaskDueTest {

    @ParameterizedTest(name = "{0} -> {1} {2}..{3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            30/6/2024                  | DATE      | -          | 2024-06-30
            30/06/2024                 | DATE      | -          | 2024-06-30
            1-7-2025                   | DATE      | -          | 2025-07-01
            Ngày 31 tháng 5 năm 2025   | DATE      | -          | 2025-05-31
            Chậm nhất ngày 15/11/2024  | DATE      | -          | 2024-11-15
            Trước ngày 15/11/2024      | BEFORE    | -          | 2024-11-14
            Quý II năm 2024            | QUARTER   | 2024-04-01 | 2024-06-30
            Quý I năm 2025             | QUARTER   | 2025-01-01 | 2025-03-31
            Quý III/2024               | QUARTER   | 2024-07-01 | 2024-09-30
            Quý IV năm 2024.           | QUARTER   | 2024-10-01 | 2024-12-31
            quý 2/2024                 | QUARTER   | 2024-04-01 | 2024-06-30
            Quý 4 - 2025               | QUARTER   | 2025-10-01 | 2025-12-31
            quy II nam 2024            | QUARTER   | 2024-04-01 | 2024-06-30
            QUÝ II NĂM 2024            | QUARTER   | 2024-04-01 | 2024-06-30
            Trước tháng 7/2025         | BEFORE    | -          | 2025-06-30
            trước tháng 1 năm 2025     | BEFORE    | -          | 2024-12-31
            Trước quý III/2025         | BEFORE    | -          | 2025-06-30
            Trước năm 2026             | BEFORE    | -          | 2025-12-31
            Trong tháng 9/2024         | MONTH     | 2024-09-01 | 2024-09-30
            Tháng 9/2024               | MONTH     | 2024-09-01 | 2024-09-30
            Tháng 2 năm 2024           | MONTH     | 2024-02-01 | 2024-02-29
            Năm 2025                   | YEAR      | 2025-01-01 | 2025-12-31
            Trong năm 2025             | YEAR      | 2025-01-01 | 2025-12-31
            Từ năm 2026                | FROM_YEAR | 2026-01-01 | -
            Từ năm 2026 trở đi         | FROM_YEAR | 2026-01-01 | -
            tu nam 2026                | FROM_YEAR | 2026-01-01 | -
            Nhiệm vụ thường xuyên      | ONGOING   | -          | -
            Thường xuyên               | ONGOING   | -          | -
            Hằng năm                   | ONGOING   | -          | -
            Hàng năm                   | ONGOING   | -          | -
            nhiem vu thuong xuyen      | ONGOING   | -          | -
            Thường xuyên, hằng năm     | ONGOING   | -          | -
            Theo lộ trình của Chính phủ/Luật BHYT | TEXT | - | -
            Quý V năm 2024             | TEXT      | -          | -
            31/02/2024                 | TEXT      | -          | -
            Năm 3024                   | TEXT      | -          | -
            """)
    void readsDueTexts(String text, Kind kind, LocalDate start, LocalDate due) {
        TaskDue parsed = TaskDue.parse(text);
        assertThat(parsed.kind()).isEqualTo(kind);
        assertThat(parsed.startDate()).isEqualTo(start);
        assertThat(parsed.dueDate()).isEqualTo(due);
        assertThat(parsed.text()).isEqualTo(text);
    }

    @Test
    void keepsTheTextAsWritten() {
        assertThat(TaskDue.parse("  Quý II năm 2024 ").text()).isEqualTo("  Quý II năm 2024 ");
        assertThat(TaskDue.parse("Quý\u00A0II\nnăm 2024").kind()).isEqualTo(Kind.QUARTER);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "\u00A0", "."})
    void emptyIsUnspecified(String text) {
        TaskDue due = TaskDue.parse(text);
        assertThat(due.kind()).isEqualTo(Kind.UNSPECIFIED);
        assertThat(due.dueDate()).isNull();
        assertThat(due.text()).isNotNull();
        assertThat(due.warningKey()).isNull();
    }

    @Test
    void onlyTextHasAWarning() {
        assertThat(TaskDue.parse("Theo lộ trình của Chính phủ/Luật BHYT").warningKey()).isEqualTo("task.import.due.noDate");
        assertThat(TaskDue.parse("Sau khi có hướng dẫn").warningKey()).isEqualTo(TaskDue.WARNING_NO_DATE);
        assertThat(TaskDue.parse("Quý V năm 2024").warningKey()).isEqualTo("task.import.due.unrecognised");
        assertThat(TaskDue.parse("31/02/2024").warningKey()).isEqualTo(TaskDue.WARNING_UNRECOGNISED);
        assertThat(TaskDue.parse("Quý II năm 2024").warningKey()).isNull();
        assertThat(TaskDue.parse("Nhiệm vụ thường xuyên").warningKey()).isNull();
        assertThat(TaskDue.parse("Từ năm 2026").warningKey()).isNull();
    }

    @Test
    void overdueFromTheDayAfterTheDueDate() {
        TaskDue quarter = TaskDue.parse("Quý II năm 2024");
        assertThat(quarter.isOverdueOn(LocalDate.of(2024, 6, 30))).isFalse();
        assertThat(quarter.isOverdueOn(LocalDate.of(2024, 7, 1))).isTrue();
        TaskDue before = TaskDue.parse("Trước tháng 7/2025");
        assertThat(before.isOverdueOn(LocalDate.of(2025, 6, 30))).isFalse();
        assertThat(before.isOverdueOn(LocalDate.of(2025, 7, 1))).isTrue();
        assertThat(TaskDue.parse("30/6/2024").isOverdueOn(LocalDate.of(2024, 7, 1))).isTrue();
        assertThat(TaskDue.parse("Tháng 9/2024").isOverdueOn(LocalDate.of(2024, 10, 1))).isTrue();
        assertThat(TaskDue.parse("Năm 2025").isOverdueOn(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(TaskDue.parse("Năm 2025").isOverdueOn(LocalDate.of(2026, 1, 1))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nhiệm vụ thường xuyên", "Từ năm 2020", "Theo lộ trình của Chính phủ/Luật BHYT", ""})
    void tasksWithoutADueDateAreNeverOverdue(String text) {
        assertThat(TaskDue.parse(text).isOverdueOn(LocalDate.of(2099, 1, 1))).isFalse();
    }
}
