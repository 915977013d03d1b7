package vn.thidua.award;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.award.AwardHistoryParser.Column;
import vn.thidua.award.AwardHistoryParser.Kind;
import vn.thidua.common.VietnameseDates;

/**
 * The blank .xlsx for loading past award history: the four data sheets with their header row only (bold, frozen),
 * drop-down lists for ratings, recognition levels and disciplinary measures, and a "Hướng dẫn" sheet with the
 * instructions, the accepted values and one example row per sheet.
 */
public final class AwardHistoryTemplate {

    static final String HELP_SHEET = "Hướng dẫn";
    /** Used in the example row when the caller gives no title. */
    static final String DEFAULT_TITLE_EXAMPLE = "Chiến sĩ thi đua cơ sở";

    private AwardHistoryTemplate() {
    }

    /**
     * @param titleExamples titles the department uses, as they may be typed (a code, a name or a short name),
     *                      listed in the instructions and offered as suggestions in the "Danh hiệu" column
     */
    public static byte[] workbook(List<String> titleExamples) {
        List<String> titles = titleExamples == null ? List.of()
                : titleExamples.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            DataFormat formats = workbook.createDataFormat();
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(formats.getFormat("dd/mm/yyyy"));
            CellStyle textStyle = workbook.createCellStyle();
            textStyle.setDataFormat(formats.getFormat("@"));

            for (Kind kind : Kind.values()) {
                XSSFSheet sheet = workbook.createSheet(kind.sheetName);
                Row header = sheet.createRow(0);
                for (int i = 0; i < kind.columns.size(); i++) {
                    Column column = kind.columns.get(i);
                    header.createCell(i).setCellValue(column.label);
                    header.getCell(i).setCellStyle(bold);
                    sheet.setColumnWidth(i, width(column) * 256);
                    if (column == Column.DECISION_DATE) {
                        sheet.setDefaultColumnStyle(i, dateStyle);
                    } else if (column == Column.STAFF || column == Column.UNIT || column == Column.DECISION_NUMBER) {
                        sheet.setDefaultColumnStyle(i, textStyle);
                    }
                }
                sheet.createFreezePane(0, 1);
                DataValidationHelper helper = sheet.getDataValidationHelper();
                int yearColumn = kind.columns.indexOf(Column.YEAR);
                if (yearColumn >= 0) {
                    DataValidationConstraint years = helper.createIntegerConstraint(
                            DataValidationConstraint.OperatorType.BETWEEN,
                            String.valueOf(AwardHistoryParser.FIRST_YEAR),
                            String.valueOf(LocalDate.now(VietnameseDates.PROVINCE_ZONE).getYear()));
                    add(sheet, helper.createValidation(years, range(yearColumn)), true);
                }
                switch (kind) {
                    case RATING -> addList(sheet, helper, kind.columns.indexOf(Column.RATING),
                            Arrays.stream(PerformanceRating.values()).map(PerformanceRating::label).toArray(String[]::new));
                    case INITIATIVE -> addList(sheet, helper, kind.columns.indexOf(Column.LEVEL),
                            Arrays.stream(RecognitionLevel.values()).map(RecognitionLevel::label).toArray(String[]::new));
                    case DISCIPLINE -> addList(sheet, helper, kind.columns.indexOf(Column.MEASURE),
                            Arrays.stream(DisciplineMeasure.values()).map(DisciplineMeasure::label).toArray(String[]::new));
                    case AWARD -> {
                        // suggestions only, from the list in the instructions: a code or another spelling is fine too
                    }
                }
            }

            XSSFSheet help = workbook.createSheet(HELP_SHEET);
            int titleListStart = writeHelp(help, bold, titles);
            if (!titles.isEmpty()) {
                XSSFSheet awards = workbook.getSheet(Kind.AWARD.sheetName);
                DataValidationHelper helper = awards.getDataValidationHelper();
                String source = "'" + HELP_SHEET + "'!$B$" + (titleListStart + 1) + ":$B$" + (titleListStart + titles.size());
                add(awards, helper.createValidation(helper.createFormulaListConstraint(source),
                        range(Kind.AWARD.columns.indexOf(Column.TITLE))), false);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the instructions; answers the 0-based row where the list of titles starts (in column B), or -1. */
    private static int writeHelp(XSSFSheet help, CellStyle bold, List<String> titles) {
        String titleExample = titles.isEmpty() ? DEFAULT_TITLE_EXAMPLE : titles.get(0);
        // two years back, so that the example's decision in January of the next year is always in the past
        int year = LocalDate.now(VietnameseDates.PROVINCE_ZONE).getYear() - 2;
        int r = 0;
        r = put(help, r, bold, "Nhập lịch sử thi đua, khen thưởng của các năm trước");
        r = put(help, r, null, "Mỗi loại dữ liệu một trang: «Danh hiệu», «Đánh giá», «Sáng kiến», «Kỷ luật». "
                + "Điền từ dòng 2, dưới dòng tiêu đề; không cần dùng hết các trang, trang bỏ trống hoặc xoá đi thì không nhập gì.");
        r = put(help, r, null, "Mã cán bộ: để trống khi dòng là của chính đơn vị (tập thể); khi đó Mã đơn vị là bắt buộc.");
        r = put(help, r, null, "Có Mã cán bộ thì có thể để trống Mã đơn vị (lấy đơn vị của cán bộ); "
                + "nếu điền thì phải đúng đơn vị hiện nay của cán bộ.");
        r = put(help, r, null, "Năm: số nguyên từ " + AwardHistoryParser.FIRST_YEAR + " đến năm hiện tại. "
                + "Ngày theo dạng dd/MM/yyyy, ví dụ 15/01/2024; ngày quyết định không được trước năm được khen.");
        r = put(help, r, null, "Bắt buộc: trang «Danh hiệu» cần Năm và Danh hiệu; «Đánh giá» cần Năm và Mức đánh giá; "
                + "«Sáng kiến» cần Năm, Tên sáng kiến và Cấp công nhận; «Kỷ luật» cần Hình thức và Ngày quyết định.");
        r = put(help, r, null, "Số quyết định tối đa " + AwardHistoryParser.MAX_DECISION_NUMBER
                + " ký tự; tên sáng kiến và cơ quan quyết định tối đa " + AwardHistoryParser.MAX_NAME
                + " ký tự; lý do kỷ luật tối đa " + AwardHistoryParser.MAX_REASON + " ký tự.");
        r = put(help, r, null, "Một dòng trùng với dòng trước trong tệp (cùng người hoặc đơn vị, cùng năm và cùng danh hiệu; "
                + "đánh giá: một mức cho mỗi người mỗi năm) bị đánh dấu lỗi. Dòng đã có trong hệ thống sẽ không được nhập lại.");
        r = put(help, r, null, "Tệp có tối đa " + AwardHistoryParser.MAX_ROWS
                + " dòng dữ liệu. Hệ thống cho xem trước, chỉ lưu khi bạn xác nhận.");
        r++;
        r = put(help, r, bold, "Giá trị chấp nhận");
        r = put(help, r, null, "Mức đánh giá", "Hoàn thành xuất sắc nhiệm vụ (HTXSNV), Hoàn thành tốt nhiệm vụ (HTTNV), "
                + "Hoàn thành nhiệm vụ (HTNV), Không hoàn thành nhiệm vụ (KHTNV); có thể bỏ chữ «nhiệm vụ».");
        r = put(help, r, null, "Cấp công nhận", "cấp cơ sở (cơ sở); cấp tỉnh (tỉnh, bộ, cấp bộ); toàn quốc (quốc gia).");
        r = put(help, r, null, "Hình thức kỷ luật", String.join(", ",
                Arrays.stream(DisciplineMeasure.values()).map(DisciplineMeasure::label).toList()) + ".");
        r = put(help, r, null, "Danh hiệu", "mã (ví dụ CSTDCS), tên đầy đủ (Chiến sĩ thi đua cơ sở) hoặc tên viết tắt (CSTĐCS); "
                + "không phân biệt hoa thường, có dấu hay không dấu. Danh hiệu cá nhân không dùng cho tập thể và ngược lại.");
        r++;
        r = put(help, r, bold, "Dòng ví dụ của từng trang (có thể chép sang trang tương ứng)");
        for (Kind kind : Kind.values()) {
            Object[] header = new Object[kind.columns.size() + 1];
            header[0] = "Trang «" + kind.sheetName + "»";
            for (int i = 0; i < kind.columns.size(); i++) {
                header[i + 1] = kind.columns.get(i).label;
            }
            r = put(help, r, bold, header);
            Object[] example = switch (kind) {
                case AWARD -> new Object[] {"", "CB000123", "BVDK", year, titleExample, "125/QĐ-SYT", "15/01/" + (year + 1),
                        "Sở Y tế"};
                case RATING -> new Object[] {"", "", "BVDK", year, PerformanceRating.EXCELLENT.label()};
                case INITIATIVE -> new Object[] {"", "CB000123", "", year,
                        "Cải tiến quy trình tiếp đón người bệnh tại khoa Khám bệnh", RecognitionLevel.UNIT.label(),
                        "98/QĐ-BVDK", "20/12/" + year};
                case DISCIPLINE -> new Object[] {"", "CB000456", "BVDK", DisciplineMeasure.REPRIMAND.label(),
                        "10/05/" + year, "45/QĐ-BVDK", "Vi phạm quy định về giờ làm việc"};
            };
            r = put(help, r, null, example);
        }
        r = put(help, r, null, "Dòng để trống Mã cán bộ, như ví dụ trang «Đánh giá», là của chính đơn vị.");
        int titleListStart = -1;
        if (!titles.isEmpty()) {
            r++;
            r = put(help, r, bold, "Danh hiệu, hình thức khen thưởng đang dùng");
            titleListStart = r;
            for (String title : titles) {
                r = put(help, r, null, "", title);
            }
        }
        help.setColumnWidth(0, 22 * 256);
        help.setColumnWidth(1, 60 * 256);
        for (int c = 2; c <= 7; c++) {
            help.setColumnWidth(c, 18 * 256);
        }
        return titleListStart;
    }

    /** Writes one row of the instructions, in bold when a style is given; answers the next row. */
    private static int put(XSSFSheet sheet, int r, CellStyle style, Object... cells) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else {
                row.createCell(c).setCellValue(String.valueOf(cells[c]));
            }
            if (style != null) {
                row.getCell(c).setCellStyle(style);
            }
        }
        return r + 1;
    }

    private static int width(Column column) {
        return switch (column) {
            case STAFF, UNIT, YEAR -> 14;
            case TITLE, RATING -> 32;
            case INITIATIVE_NAME, DECISION_BODY, REASON -> 48;
            case LEVEL, MEASURE, DECISION_NUMBER, DECISION_DATE -> 18;
        };
    }

    private static CellRangeAddressList range(int column) {
        return new CellRangeAddressList(1, AwardHistoryParser.MAX_ROWS, column, column);
    }

    private static void addList(XSSFSheet sheet, DataValidationHelper helper, int column, String... values) {
        add(sheet, helper.createValidation(helper.createExplicitListConstraint(values), range(column)), true);
    }

    private static void add(XSSFSheet sheet, DataValidation validation, boolean strict) {
        validation.setShowErrorBox(strict);
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }
}
