package vn.thidua.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.common.TableText;
import vn.thidua.plan.TaskDue.Kind;
import vn.thidua.plan.TaskImportProblem.Severity;

class TaskTableParserTest {

    private static final String HEADER = "TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n";
    private static final String LOCALITIES = "UBND các huyện, thị xã, thành phố";

    private static TaskTable seed;

    @BeforeAll
    static void readSeed() throws IOException {
        try (InputStream in = TaskTableParserTest.class.getResourceAsStream("/seeds/tasks-002.tsv")) {
            seed = new TaskTableParser().parse(TableText.fromPastedText(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }

    private static TaskTable parse(String pasted) {
        return new TaskTableParser().parse(TableText.fromPastedText(pasted));
    }

    private static ParsedTask task(int number) {
        return seed.tasks().get(number - 1);
    }

    @Test
    void readsAll17SeedTasksInOrder() {
        assertThat(seed.tableProblems()).isEmpty();
        assertThat(seed.hasErrors()).isFalse();
        assertThat(seed.tasks()).extracting(ParsedTask::code)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17");
        assertThat(seed.tasks()).extracting(ParsedTask::rowNumber)
                .containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18);
        assertThat(task(1).content()).isEqualTo("Tổ chức quán triệt, tuyên truyền nội dung Quyết định số 281/QĐ-TTg. Chỉ thị số 25-CT/TW");
        assertThat(task(17).content()).startsWith("Phát triển mô hình bác sĩ gia đình").endsWith("Luật Khám bệnh, chữa bệnh.");
    }

    @Test
    void seedLeadBodiesAreKeptWhole() {
        assertThat(seed.tasks()).extracting(ParsedTask::leadBody).containsExactly(
                null,
                "Người đứng đầu các cấp ủy, tổ chức đảng, chính quyền, ngành Y tế",
                null,
                LOCALITIES,
                "Sở Y tế",
                "Sở Y tế/ " + LOCALITIES,
                "Sở Y tế",
                "Sở Y tế; " + LOCALITIES,
                "Sở Tài chính",
                "Sở Y tế, Sở Tài chính",
                "Sở Y tế; Sở Kế hoạch và Đầu tư; " + LOCALITIES,
                "Sở Y tế; " + LOCALITIES,
                "Sở Y tế; " + LOCALITIES,
                "Sở Y tế/" + LOCALITIES,
                "Sở Y tế; " + LOCALITIES,
                "Sở Y tế; " + LOCALITIES,
                "Sở Y tế, " + LOCALITIES);
    }

    @Test
    void seedCoordinatingBodiesAreSplitOnSemicolonsOnly() {
        assertThat(task(1).coordinatingBodies()).containsExactly("Các sở, ban, ngành, " + LOCALITIES);
        assertThat(task(2).coordinatingBodies()).containsExactly("Các sở, ngành, cơ quan, đơn vị liên quan, " + LOCALITIES);
        assertThat(task(4).coordinatingBodies()).containsExactly("Sở Y tế", "các sở, ngành, cơ quan, đơn vị liên quan");
        assertThat(task(7).coordinatingBodies()).containsExactly("Sở Nội vụ, Sở Tài chính và các sở, ngành, " + LOCALITIES);
        assertThat(task(9).coordinatingBodies()).containsExactly("Sở Y tế, các sở, ngành, cơ quan, đơn vị liên quan, " + LOCALITIES);
        assertThat(task(14).coordinatingBodies()).containsExactly("Sở Nội vụ, các sở, ngành,cơ quan, đơn vị liên quan");
        assertThat(task(16).coordinatingBodies()).containsExactly("Các sở. ngành có liên quan");
        assertThat(seed.tasks()).allSatisfy(t -> assertThat(t.coordinatingBodies()).hasSize(t.code().equals("4") ? 2 : 1));
    }

    @Test
    void seedDueDates() {
        assertThat(seed.tasks()).extracting(t -> t.due().kind()).containsExactly(
                Kind.QUARTER, Kind.ONGOING, Kind.ONGOING, Kind.ONGOING, Kind.ONGOING, Kind.UNSPECIFIED, Kind.BEFORE,
                Kind.FROM_YEAR, Kind.UNSPECIFIED, Kind.TEXT, Kind.ONGOING, Kind.ONGOING, Kind.ONGOING, Kind.ONGOING,
                Kind.ONGOING, Kind.ONGOING, Kind.ONGOING);
        assertThat(task(1).due().dueDate()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(task(1).due().startDate()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(task(7).due().dueDate()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(task(8).due().startDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(task(8).due().dueDate()).isNull();
        assertThat(task(10).due().text()).isEqualTo("Theo lộ trình của Chính phủ/Luật BHYT");
        assertThat(task(10).due().dueDate()).isNull();
    }

    @Test
    void seedProblemsAreWarningsOnly() {
        assertThat(task(10).problems()).extracting(TaskImportProblem::severity, TaskImportProblem::column,
                TaskImportProblem::messageKey, TaskImportProblem::args)
                .containsExactly(tuple(Severity.WARNING, "due", "task.import.due.noDate", List.of("Theo lộ trình của Chính phủ/Luật BHYT")));
        assertThat(task(1).problems()).extracting(TaskImportProblem::severity, TaskImportProblem::column, TaskImportProblem::messageKey)
                .containsExactly(tuple(Severity.WARNING, "lead", "task.import.leadMissing"));
        assertThat(task(3).problems()).extracting(TaskImportProblem::messageKey).containsExactly("task.import.leadMissing");
        assertThat(seed.tasks()).filteredOn(t -> !t.problems().isEmpty()).extracting(ParsedTask::code)
                .containsExactly("1", "3", "10");
        assertThat(seed.tasks()).noneMatch(ParsedTask::hasErrors);
    }

    @Test
    void seedTask11KeepsItsTwoDashLines() {
        assertThat(task(11).content()).isEqualTo("- Đầu tư cơ sở hạ tầng và trang thiết bị cho các cơ sở y tế tuyến huyện và "
                + "tuyến xã, phường, thị trấn phù hợp với khả năng, nhu cầu và điều kiện thực tế của địa phương.\n"
                + "- Nghiên cứu xây dựng các cơ chế, chính sách đặc thù nhằm thu hút các tổ chức, cá nhân trong và ngoài nước "
                + "hỗ trợ kỹ thuật, tài chính để đầu tư, nâng cấp cơ sở vật chất, trang thiết bị cho y tế cơ sở.");
        assertThat(task(11).coordinatingBodies()).containsExactly("Sở Tài chính và các sở, ngành, cơ quan, đơn vị liên quan");
    }

    @Test
    void demoDataIsTheSameTable() throws IOException {
        try (InputStream test = getClass().getResourceAsStream("/seeds/tasks-002.tsv");
                InputStream demo = getClass().getResourceAsStream("/demo/tasks-002.tsv")) {
            assertThat(demo.readAllBytes()).isEqualTo(test.readAllBytes());
        }
    }

    @Test
    void missingContentIsAnError() {
        TaskTable table = parse(HEADER + "1\t\tSở Y tế\t\tQuý II năm 2024\n2\tTuyên truyền\tSở Y tế\t\tNăm 2025");
        ParsedTask first = table.tasks().get(0);
        assertThat(first.hasErrors()).isTrue();
        assertThat(first.content()).isNull();
        assertThat(first.problems()).extracting(TaskImportProblem::severity, TaskImportProblem::column, TaskImportProblem::messageKey)
                .containsExactly(tuple(Severity.ERROR, "content", "task.import.contentMissing"));
        assertThat(table.tasks().get(1).hasErrors()).isFalse();
        assertThat(table.hasErrors()).isTrue();
    }

    @Test
    void headerInAnotherOrderAfterTitleRowsAndWithoutMarks() {
        TaskTable table = parse("""
                PHỤ LỤC
                (Kèm theo Kế hoạch số 162/KH-UBND)

                THOI HAN\tDon vi chu tri\tSTT\tNoi dung nhiem vu\tĐơn vị phối hợp (nếu có)
                (1)\t(2)\t(3)\t(4)\t(5)
                Tháng 9/2024\tSở Y tế\t1.\tKiểm tra trạm y tế\tSở Nội vụ; Sở Tài chính; UBND các huyện, thị xã, thành phố
                """);
        assertThat(table.tableProblems()).isEmpty();
        assertThat(table.tasks()).singleElement().satisfies(t -> {
            assertThat(t.rowNumber()).isEqualTo(6);
            assertThat(t.code()).isEqualTo("1");
            assertThat(t.content()).isEqualTo("Kiểm tra trạm y tế");
            assertThat(t.leadBody()).isEqualTo("Sở Y tế");
            assertThat(t.coordinatingBodies()).containsExactly("Sở Nội vụ", "Sở Tài chính", LOCALITIES);
            assertThat(t.due().kind()).isEqualTo(Kind.MONTH);
            assertThat(t.due().dueDate()).isEqualTo(LocalDate.of(2024, 9, 30));
            assertThat(t.problems()).isEmpty();
        });
    }

    @Test
    void continuationRowIsAppendedToThePreviousTask() {
        TaskTable table = parse(HEADER
                + "1\t- Đầu tư cơ sở hạ tầng.\tSở Y tế\tSở Tài chính\tNhiệm vụ thường xuyên\n"
                + "\t- Nghiên cứu cơ chế đặc thù.\n"
                + "\n"
                + "2\tTuyển dụng nhân lực\tSở Nội vụ\t\tNăm 2025\n");
        assertThat(table.tasks()).extracting(ParsedTask::code, ParsedTask::rowNumber, ParsedTask::content).containsExactly(
                tuple("1", 2, "- Đầu tư cơ sở hạ tầng.\n- Nghiên cứu cơ chế đặc thù."),
                tuple("2", 5, "Tuyển dụng nhân lực"));
        assertThat(table.tasks()).allSatisfy(t -> assertThat(t.problems()).isEmpty());
    }

    @Test
    void continuationFillsTheContentOfATaskThatHadNone() {
        TaskTable table = parse(HEADER + "1\t\tSở Y tế\t\tNăm 2025\n\tNội dung ở dòng sau\n");
        assertThat(table.tasks()).singleElement().satisfies(t -> {
            assertThat(t.content()).isEqualTo("Nội dung ở dòng sau");
            assertThat(t.hasErrors()).isFalse();
        });
    }

    @Test
    void rowsWithoutTtGetGeneratedCodes() {
        TaskTable table = parse("Nhiệm vụ\tChủ trì\tThời hạn\nTuyên truyền\tSở Y tế\tQuý 3/2024\nKiểm tra\tSở Y tế\tNăm 2024\n");
        assertThat(table.tasks()).extracting(ParsedTask::code, ParsedTask::content).containsExactly(
                tuple("1", "Tuyên truyền"), tuple("2", "Kiểm tra"));
        assertThat(table.tableProblems()).extracting(TaskImportProblem::severity, TaskImportProblem::column,
                TaskImportProblem::messageKey, TaskImportProblem::args)
                .containsExactly(tuple(Severity.WARNING, "coordinating", "task.import.columnMissing", List.of("Cơ quan phối hợp")));
    }

    @Test
    void multiLineCellsInBodyColumns() {
        TaskTable table = parse(HEADER + "1\tKiểm tra\t\"- Sở Y tế\n- Sở Nội vụ\"\t\"- Sở Tài chính,\n- UBND các huyện, thị xã, thành phố.\"\tNăm 2025");
        ParsedTask task = table.tasks().get(0);
        assertThat(task.leadBody()).isEqualTo("Sở Y tế; Sở Nội vụ");
        assertThat(task.coordinatingBodies()).containsExactly("Sở Tài chính", LOCALITIES);
    }

    @Test
    void duplicateCodeIsAWarning() {
        TaskTable table = parse(HEADER + "1\tA\tSở Y tế\t\tNăm 2025\n1\tB\tSở Y tế\t\tNăm 2025");
        assertThat(table.tasks().get(1).problems()).extracting(TaskImportProblem::severity, TaskImportProblem::messageKey,
                TaskImportProblem::args).containsExactly(tuple(Severity.WARNING, "task.import.duplicateCode", List.of("1", "2")));
    }

    @Test
    void tableWithoutHeaderOrTasks() {
        assertThat(parse("1\tTuyên truyền\tSở Y tế").tableProblems()).extracting(TaskImportProblem::severity, TaskImportProblem::messageKey)
                .containsExactly(tuple(Severity.ERROR, "task.import.noHeader"));
        assertThat(parse("\n\t\n").tableProblems()).extracting(TaskImportProblem::messageKey).containsExactly("task.import.empty");
        assertThat(parse(HEADER).tableProblems()).extracting(TaskImportProblem::severity, TaskImportProblem::messageKey)
                .containsExactly(tuple(Severity.ERROR, "task.import.noTasks"));
        assertThat(parse(HEADER).hasErrors()).isTrue();
    }
}
