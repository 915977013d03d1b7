package vn.thidua.org;

import static vn.thidua.common.VietnameseText.fold;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.common.VietnameseDates;

/**
 * Reads staff from the first sheet of an .xlsx file into a preview: one row per line with its problems,
 * as message keys for the user's language. Columns are found by their header text, in any order.
 */
public final class StaffImportParser {

    public static final int MAX_ROWS = 10_000;

    /** A problem, as a key of the messages bundle and its arguments. */
    public record Problem(String key, List<Object> args) {
        static Problem of(String key, Object... args) {
            return new Problem(key, List.of(args));
        }
    }

    public record ImportRow(int rowNumber, String code, String fullName, Gender gender, LocalDate birthDate,
            String position, String unitCode, EmploymentStatus status, List<Problem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }

        /**
         * The same person again: the staff code when there is one, else name (case and spacing ignored),
         * birth date and unit code.
         */
        public String identityKey() {
            if (code != null) {
                return "code:" + code.toUpperCase(Locale.ROOT);
            }
            return "person:" + fold(fullName) + "|" + birthDate + "|" + (unitCode == null ? "" : unitCode.toUpperCase(Locale.ROOT));
        }
    }

    public record Preview(List<ImportRow> rows, Problem fileProblem) {

        public long validCount() {
            return rows.stream().filter(ImportRow::valid).count();
        }

        public long invalidCount() {
            return rows.size() - validCount();
        }
    }

    enum Column {
        CODE("ma can bo"), NAME("ho va ten"), GENDER("gioi tinh"), BIRTH_DATE("ngay sinh"), POSITION("chuc vu"),
        UNIT_CODE("ma don vi"), STATUS("trang thai");

        final String header;

        Column(String header) {
            this.header = header;
        }
    }

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    /**
     * @param unitAllowed answers null when the unit code may be used, else the problem with it
     *                    (unknown, or outside the user's units)
     */
    public Preview parse(InputStream xlsx, java.util.function.Function<String, Problem> unitAllowed) {
        ZipSecureFile.setMinInflateRatio(0.005);
        try (Workbook workbook = new XSSFWorkbook(xlsx)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            Map<Column, Integer> columns = header == null ? Map.of() : findColumns(header);
            for (Column required : new Column[] {Column.NAME, Column.UNIT_CODE}) {
                if (!columns.containsKey(required)) {
                    return new Preview(List.of(), Problem.of("import.error.missingColumn", label(required)));
                }
            }
            if (sheet.getLastRowNum() - sheet.getFirstRowNum() > MAX_ROWS) {
                return new Preview(List.of(), Problem.of("import.error.tooManyRows", MAX_ROWS));
            }
            List<ImportRow> rows = new ArrayList<>();
            Map<String, Integer> firstSeen = new HashMap<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || isBlank(row, columns)) {
                    continue;
                }
                ImportRow parsed = parseRow(row, columns, unitAllowed);
                Integer earlier = firstSeen.putIfAbsent(parsed.identityKey(), parsed.rowNumber());
                if (earlier != null && parsed.fullName() != null) {
                    List<Problem> problems = new ArrayList<>(parsed.problems());
                    problems.add(Problem.of("import.error.duplicate", earlier));
                    parsed = new ImportRow(parsed.rowNumber(), parsed.code(), parsed.fullName(), parsed.gender(),
                            parsed.birthDate(), parsed.position(), parsed.unitCode(), parsed.status(), List.copyOf(problems));
                }
                rows.add(parsed);
            }
            return new Preview(rows, null);
        } catch (IOException
                | org.apache.poi.ooxml.POIXMLException | IllegalArgumentException notAnXlsx) {
            return new Preview(List.of(), Problem.of("import.error.notExcel"));
        }
    }

    private ImportRow parseRow(Row row, Map<Column, Integer> columns, java.util.function.Function<String, Problem> unitAllowed) {
        List<Problem> problems = new ArrayList<>();
        String code = text(row, columns.get(Column.CODE));
        String name = text(row, columns.get(Column.NAME));
        if (name == null) {
            problems.add(Problem.of("import.error.nameMissing"));
        } else {
            name = Normalizer.normalize(name.replaceAll("\\s+", " "), Normalizer.Form.NFC);
            if (name.length() > 255) {
                problems.add(Problem.of("error.tooLong", 255));
            }
        }
        Gender gender = null;
        String genderText = text(row, columns.get(Column.GENDER));
        if (genderText != null) {
            gender = switch (fold(genderText)) {
                case "nam", "m", "male" -> Gender.MALE;
                case "nu", "f", "female" -> Gender.FEMALE;
                default -> null;
            };
            if (gender == null) {
                problems.add(Problem.of("import.error.gender", genderText));
            }
        }
        LocalDate birthDate = null;
        Integer birthColumn = columns.get(Column.BIRTH_DATE);
        if (birthColumn != null && row.getCell(birthColumn) != null) {
            Cell cell = row.getCell(birthColumn);
            String raw = formatter.formatCellValue(cell).strip();
            try {
                if (cell.getCellType() == CellType.NUMERIC) {
                    birthDate = DateUtil.getLocalDateTime(cell.getNumericCellValue()).toLocalDate();
                } else if (!raw.isEmpty()) {
                    birthDate = VietnameseDates.parse(raw);
                }
            } catch (DateTimeParseException | IllegalArgumentException e) {
                problems.add(Problem.of("import.error.birthDate", raw));
            }
            if (birthDate != null && (birthDate.isAfter(LocalDate.now()) || birthDate.getYear() < 1900)) {
                problems.add(Problem.of("import.error.birthDateRange", VietnameseDates.format(birthDate)));
            }
        }
        String unitCode = text(row, columns.get(Column.UNIT_CODE));
        if (unitCode == null) {
            problems.add(Problem.of("import.error.unitMissing"));
        } else {
            Problem unitProblem = unitAllowed.apply(unitCode);
            if (unitProblem != null) {
                problems.add(unitProblem);
            }
        }
        EmploymentStatus status = EmploymentStatus.ACTIVE;
        String statusText = text(row, columns.get(Column.STATUS));
        if (statusText != null) {
            status = switch (fold(statusText)) {
                case "dang cong tac" -> EmploymentStatus.ACTIVE;
                case "tam nghi" -> EmploymentStatus.ON_LEAVE;
                case "nghi huu" -> EmploymentStatus.RETIRED;
                case "chuyen cong tac" -> EmploymentStatus.TRANSFERRED;
                default -> null;
            };
            if (status == null) {
                problems.add(Problem.of("import.error.status", statusText));
            }
        }
        return new ImportRow(row.getRowNum() + 1, code, name, gender, birthDate, text(row, columns.get(Column.POSITION)),
                unitCode, status, List.copyOf(problems));
    }

    private Map<Column, Integer> findColumns(Row header) {
        Map<Column, Integer> columns = new LinkedHashMap<>();
        for (Cell cell : header) {
            String title = fold(formatter.formatCellValue(cell));
            for (Column column : Column.values()) {
                if (title.equals(column.header)) {
                    columns.putIfAbsent(column, cell.getColumnIndex());
                }
            }
        }
        return columns;
    }

    private boolean isBlank(Row row, Map<Column, Integer> columns) {
        return columns.values().stream().allMatch(c -> text(row, c) == null);
    }

    private String text(Row row, Integer column) {
        if (column == null || row.getCell(column) == null) {
            return null;
        }
        String value = formatter.formatCellValue(row.getCell(column)).strip();
        return value.isEmpty() ? null : value;
    }

    static String label(Column column) {
        return switch (column) {
            case CODE -> "Mã cán bộ";
            case NAME -> "Họ và tên";
            case GENDER -> "Giới tính";
            case BIRTH_DATE -> "Ngày sinh";
            case POSITION -> "Chức vụ";
            case UNIT_CODE -> "Mã đơn vị";
            case STATUS -> "Trạng thái";
        };
    }
}
