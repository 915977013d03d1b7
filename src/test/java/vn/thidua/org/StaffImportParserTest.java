package vn.thidua.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.org.StaffImportParser.ImportRow;
import vn.thidua.org.StaffImportParser.Preview;
import vn.thidua.org.StaffImportParser.Problem;

class StaffImportParserTest {

    private static final Set<String> UNITS = Set.of("BVDK", "TTYT-THA");

    private static Preview parse(byte[] xlsx) {
        return new StaffImportParser().parse(new ByteArrayInputStream(xlsx),
                code -> UNITS.contains(code) ? null : Problem.of("import.error.unitUnknown", code));
    }

    /** Builds an .xlsx: the first row is the header; a LocalDate value becomes a real date cell. */
    static byte[] xlsx(Object[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Cán bộ");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(dateStyle);
                    } else if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static final Object[] HEADER = {"Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh", "Chức vụ", "Mã đơn vị", "Trạng thái"};

    @Test
    void readsGoodRowsWithTextAndRealDates() throws IOException {
        Preview preview = parse(xlsx(HEADER,
                new Object[] {"CB900001", "Nguyễn Thị Hương", "Nữ", "31/05/1985", "Điều dưỡng", "BVDK", "Đang công tác"},
                new Object[] {null, "Trần  Văn   Đức", "nam", LocalDate.of(1979, 2, 3), "Bác sĩ", "TTYT-THA", null},
                new Object[] {"", "Lê Thị Thu Hà", "NỮ", "1/7/1990", null, "BVDK", "nghỉ hưu"}));
        assertThat(preview.fileProblem()).isNull();
        assertThat(preview.rows()).hasSize(3).allMatch(ImportRow::valid);
        ImportRow first = preview.rows().get(0);
        assertThat(first.rowNumber()).isEqualTo(2);
        assertThat(first.gender()).isEqualTo(Gender.FEMALE);
        assertThat(first.birthDate()).isEqualTo(LocalDate.of(1985, 5, 31));
        ImportRow second = preview.rows().get(1);
        assertThat(second.fullName()).isEqualTo("Trần Văn Đức");
        assertThat(second.birthDate()).isEqualTo(LocalDate.of(1979, 2, 3));
        assertThat(second.status()).isEqualTo(EmploymentStatus.ACTIVE);
        assertThat(preview.rows().get(2).status()).isEqualTo(EmploymentStatus.RETIRED);
        assertThat(preview.rows().get(2).code()).isNull();
    }

    @Test
    void marksEachBadRowWithItsReasonsAndKeepsTheGoodOnes() throws IOException {
        Preview preview = parse(xlsx(HEADER,
                new Object[] {null, null, "Nữ", "01/01/1980", null, "BVDK", null},
                new Object[] {null, "Phạm Quốc Bảo", "x", "31/02/1980", null, "XYZ", "đi chơi"},
                new Object[] {null, "Hoàng Thị Ngọc Ánh", "Nữ", "01/01/2999", null, "BVDK", null},
                new Object[] {null, "Đặng Hữu Nghĩa", "Nam", "12/12/1970", null, "TTYT-THA", null}));
        assertThat(preview.validCount()).isEqualTo(1);
        assertThat(preview.invalidCount()).isEqualTo(3);
        assertThat(keys(preview.rows().get(0))).containsExactly("import.error.nameMissing");
        assertThat(keys(preview.rows().get(1))).containsExactly("import.error.gender", "import.error.birthDate",
                "import.error.unitUnknown", "import.error.status");
        assertThat(preview.rows().get(1).problems().get(2).args()).containsExactly("XYZ");
        assertThat(preview.rows().get(1).problems().get(1).args()).containsExactly("31/02/1980");
        assertThat(keys(preview.rows().get(2))).containsExactly("import.error.birthDateRange");
        assertThat(preview.rows().get(3).valid()).isTrue();
    }

    @Test
    void findsColumnsInAnyOrderAndCaseWithoutDiacritics() throws IOException {
        Preview preview = parse(xlsx(new Object[] {"MA DON VI", "ho va ten", "NGÀY SINH"},
                new Object[] {"BVDK", "Võ Thị Yến", "05/06/1992"}));
        assertThat(preview.rows()).singleElement().satisfies(r -> {
            assertThat(r.valid()).isTrue();
            assertThat(r.unitCode()).isEqualTo("BVDK");
            assertThat(r.birthDate()).isEqualTo(LocalDate.of(1992, 6, 5));
        });
    }

    @Test
    void aMissingRequiredColumnIsAFileProblem() throws IOException {
        Preview preview = parse(xlsx(new Object[] {"Họ và tên", "Ngày sinh"}, new Object[] {"Võ Thị Yến", "05/06/1992"}));
        assertThat(preview.fileProblem().key()).isEqualTo("import.error.missingColumn");
        assertThat(preview.fileProblem().args()).containsExactly("Mã đơn vị");
        assertThat(preview.rows()).isEmpty();
    }

    @Test
    void theSamePersonTwiceInOneFileIsFlagged() throws IOException {
        Preview preview = parse(xlsx(HEADER,
                new Object[] {null, "Bùi Xuân Trường", "Nam", "02/02/1982", null, "BVDK", null},
                new Object[] {null, "bùi  xuân trường", "Nam", "02/02/1982", null, "bvdk", null}));
        assertThat(preview.rows().get(0).identityKey()).isEqualTo(preview.rows().get(1).identityKey());
        assertThat(preview.rows().get(0).valid()).isTrue();
        assertThat(preview.rows().get(1).problems()).extracting(Problem::key).contains("import.error.duplicate");
        assertThat(preview.rows().get(1).problems().stream().filter(p -> p.key().equals("import.error.duplicate"))
                .findFirst().orElseThrow().args()).containsExactly(2);
    }

    @Test
    void aFileThatIsNotExcelIsRefused() {
        Preview preview = parse("Họ và tên;Mã đơn vị\nNguyễn Văn A;BVDK".getBytes(StandardCharsets.UTF_8));
        assertThat(preview.fileProblem().key()).isEqualTo("import.error.notExcel");
    }

    @Test
    void theTemplateIsReadByTheParser() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StaffImportTemplate.write(out);
        Preview preview = parse(out.toByteArray());
        assertThat(preview.fileProblem()).isNull();
        assertThat(preview.rows()).isEmpty();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(wb.getSheetName(1)).isEqualTo("Hướng dẫn");
        }
    }

    private static List<String> keys(ImportRow row) {
        return row.problems().stream().map(Problem::key).toList();
    }
}
