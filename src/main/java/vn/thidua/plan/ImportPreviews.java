package vn.thidua.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import vn.thidua.common.InvalidInputException;
import vn.thidua.common.Messages;
import vn.thidua.common.TableText;

/** Turns what a user pastes or uploads into rows of cells, and import problems into sentences. */
@ApplicationScoped
public class ImportPreviews {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    @Inject
    private Messages messages;

    public List<List<String>> rowsOfText(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("text", messages.get("import.table.emptyText"));
        }
        if (text.length() > MAX_BYTES) {
            throw InvalidInputException.of("text", messages.get("import.error.tooLarge", MAX_BYTES / 1024 / 1024));
        }
        return guard(() -> TableText.fromPastedText(text));
    }

    public List<List<String>> rowsOfXlsx(byte[] xlsx) {
        if (xlsx == null || xlsx.length == 0) {
            throw InvalidInputException.of("file", messages.get("import.error.notExcel"));
        }
        if (xlsx.length > MAX_BYTES) {
            throw InvalidInputException.of("file", messages.get("import.error.tooLarge", MAX_BYTES / 1024 / 1024));
        }
        return guard(() -> {
            try {
                return TableText.fromXlsx(new ByteArrayInputStream(xlsx));
            } catch (IOException e) {
                throw new IllegalArgumentException(TableText.NOT_XLSX, e);
            }
        });
    }

    public String text(ImportProblem problem) {
        return problem == null ? null : messages.get(problem.messageKey(), problem.args().toArray());
    }

    public String text(TaskImportProblem problem) {
        return problem == null ? null : messages.get(problem.messageKey(), problem.args().toArray());
    }

    private List<List<String>> guard(Supplier<List<List<String>>> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            String key = TableText.TOO_LARGE.equals(e.getMessage()) ? TableText.TOO_LARGE : "import.error.notExcel";
            throw InvalidInputException.of("file", messages.get(key, TableText.MAX_ROWS, TableText.MAX_COLUMNS));
        }
    }
}
