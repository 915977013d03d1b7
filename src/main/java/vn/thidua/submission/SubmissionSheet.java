package vn.thidua.submission;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.common.TableText;
import vn.thidua.common.VietnameseDates;
import vn.thidua.common.VietnameseNumbers;
import vn.thidua.common.VietnameseText;

/**
 * The Excel round trip of a unit's submission form: {@link #write} makes an .xlsx the unit fills in offline,
 * {@link #read} takes the uploaded file back and says which values changed and which cells cannot be taken.
 *
 * <p>Layout of the first sheet: row 1 the title, row 2 the headers, then one row per field from row
 * {@value #FIRST_FIELD_ROW_NUMBER} on. Columns: A the field's key, B the criterion, C the input's label, D the value,
 * E a hint on what to type. The sheet is protected without a password and only column D is unlocked.
 * DECIMAL values are numeric cells in General format (Excel shows them with the decimal separator of its own
 * locale, so "8,25" in Vietnamese Excel: "#,##0.##" would show a whole number as "8,"), COUNT values numeric cells
 * in format "#,##0", YES_NO "Có" or "Không" with a drop-down list, TEXT text cells.
 */
public final class SubmissionSheet {

    /** Excel row number (1-based) of the first field; the rows above are the title and the headers. */
    public static final int FIRST_FIELD_ROW_NUMBER = 3;
    /** The longest text a TEXT field takes. */
    public static final int MAX_TEXT_LENGTH = 4_000;
    /** The most fields a sheet holds, so that it stays within {@link TableText#MAX_ROWS} rows. */
    public static final int MAX_FIELDS = TableText.MAX_ROWS - (FIRST_FIELD_ROW_NUMBER - 1);

    /** Message key: the value of a DECIMAL field is not a number. Argument {0} = the cell's text. */
    public static final String ERROR_NUMBER = "sheet.error.number";
    /** Message key: the value of a COUNT field is not a whole number ≥ 0. Argument {0} = the cell's text. */
    public static final String ERROR_COUNT = "sheet.error.count";
    /** Message key: the value of a YES_NO field is neither yes nor no. Argument {0} = the cell's text. */
    public static final String ERROR_YES_NO = "sheet.error.yesNo";
    /** Message key: the text of a TEXT field is too long. Arguments {0} = its length, {1} = {@link #MAX_TEXT_LENGTH}. */
    public static final String ERROR_TEXT_TOO_LONG = "sheet.error.textTooLong";
    /** Message key: the key in column A is not one of the form's. Argument {0} = the key. */
    public static final String ERROR_UNKNOWN_ROW = "sheet.error.unknownRow";
    /** Message key: a key appears again. Arguments {0} = the key, {1} = the row number where it first appears. */
    public static final String ERROR_DUPLICATE_ROW = "sheet.error.duplicateRow";

    /** The words written for YES_NO values, also those of the drop-down list. */
    public static final String YES = "Có";
    public static final String NO = "Không";

    private static final Set<String> YES_WORDS = Set.of("co", "x", "yes", "y", "1", "true", "dat");
    private static final Set<String> NO_WORDS = Set.of("khong", "no", "n", "0", "false");

    private static final int KEY_COLUMN = 0;
    private static final int SECTION_COLUMN = 1;
    private static final int LABEL_COLUMN = 2;
    private static final int VALUE_COLUMN = 3;
    private static final int NOTE_COLUMN = 4;
    private static final int TITLE_ROW_INDEX = 0;
    private static final int HEADER_ROW_INDEX = 1;
    private static final int FIRST_FIELD_ROW_INDEX = FIRST_FIELD_ROW_NUMBER - 1;
    /** Whole numbers up to 2^53 are exact as a double; bigger ones are written as text. */
    private static final long EXACT_DOUBLE_LIMIT = 1L << 53;

    private SubmissionSheet() {
    }

    /**
     * The form as an .xlsx file.
     *
     * @param title  the text of row 1, e.g. "Báo cáo thành tích năm 2025 – Bệnh viện Đa khoa tỉnh"
     * @param labels the sheet name, column headers and hints, in the user's language
     * @param fields the inputs, one row each, in this order; keys must be unique
     * @throws IllegalArgumentException when two fields have the same key or there are more than {@link #MAX_FIELDS}
     */
    public static byte[] write(String title, SheetLabels labels, List<SheetField> fields) {
        if (fields.size() > MAX_FIELDS) {
            throw new IllegalArgumentException("At most " + MAX_FIELDS + " fields fit in a sheet");
        }
        byFieldKey(fields);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            String sheetName = labels.sheetName() == null || labels.sheetName().isBlank() ? "Sheet1" : labels.sheetName();
            XSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));

            Cell titleCell = sheet.createRow(TITLE_ROW_INDEX).createCell(KEY_COLUMN);
            titleCell.setCellValue(title == null ? "" : title);
            titleCell.setCellStyle(styles.title);
            sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW_INDEX, TITLE_ROW_INDEX, KEY_COLUMN, NOTE_COLUMN));

            Row header = sheet.createRow(HEADER_ROW_INDEX);
            String[] headers = {labels.key(), labels.section(), labels.label(), labels.value(), labels.note()};
            for (int c = 0; c < headers.length; c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers[c] == null ? "" : headers[c]);
                cell.setCellStyle(styles.header);
            }

            CellRangeAddressList yesNoCells = new CellRangeAddressList();
            for (int i = 0; i < fields.size(); i++) {
                SheetField field = fields.get(i);
                int rowIndex = FIRST_FIELD_ROW_INDEX + i;
                Row row = sheet.createRow(rowIndex);
                text(row, KEY_COLUMN, field.key(), styles.key);
                text(row, SECTION_COLUMN, field.section(), styles.locked);
                text(row, LABEL_COLUMN, field.label(), styles.locked);
                writeValue(row.createCell(VALUE_COLUMN), field, styles);
                text(row, NOTE_COLUMN, labels.hint(field.type()), styles.note);
                if (field.type() == FieldType.YES_NO) {
                    yesNoCells.addCellRangeAddress(rowIndex, VALUE_COLUMN, rowIndex, VALUE_COLUMN);
                }
            }
            if (yesNoCells.countRanges() > 0) {
                DataValidationHelper helper = sheet.getDataValidationHelper();
                DataValidation validation = helper.createValidation(
                        helper.createExplicitListConstraint(new String[] {YES, NO}), yesNoCells);
                validation.setShowErrorBox(true);
                validation.setEmptyCellAllowed(true);
                sheet.addValidationData(validation);
            }

            int[] widths = {14, 36, 44, 24, 36};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, FIRST_FIELD_ROW_INDEX);
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW_INDEX, HEADER_ROW_INDEX, -1, -1));
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            // protected without a password; users may still resize rows and columns to read long texts
            sheet.enableLocking();
            sheet.lockFormatColumns(false);
            sheet.lockFormatRows(false);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
    }

    /**
     * Reads an uploaded sheet back against the form's fields. Rows are matched by the key in column A, not by their
     * position; rows above row {@value #FIRST_FIELD_ROW_NUMBER} and rows with nothing in column A are ignored, and
     * fields whose key is not in the sheet are unchanged. Formula cells count with their last computed value.
     *
     * @param xlsx     the upload; read to its end, not closed
     * @param expected the form's fields with their current values; keys must be unique
     * @throws IllegalArgumentException with message {@value TableText#NOT_XLSX} when the upload is not a readable
     *                                  .xlsx file, with message {@value TableText#TOO_LARGE} (arguments
     *                                  {@link TableText#MAX_ROWS}, {@link TableText#MAX_COLUMNS}) when the sheet
     *                                  has something below row {@link TableText#MAX_ROWS}
     * @throws IOException              when the stream itself cannot be read
     */
    public static SheetReading read(InputStream xlsx, List<SheetField> expected) throws IOException {
        Map<String, SheetField> fields = byFieldKey(expected);
        byte[] bytes = xlsx.readAllBytes();
        ZipSecureFile.setMinInflateRatio(0.005);
        Workbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException notXlsx) {
            throw new IllegalArgumentException(TableText.NOT_XLSX, notXlsx);
        }
        try (workbook) {
            List<SheetProblem> problems = new ArrayList<>();
            Map<String, Object> newValues = new HashMap<>();
            Map<String, Integer> firstRowOfKey = new HashMap<>();
            Set<String> duplicated = new HashSet<>();
            if (workbook.getNumberOfSheets() > 0) {
                for (Row row : workbook.getSheetAt(0)) {
                    if (row.getRowNum() < FIRST_FIELD_ROW_INDEX) {
                        continue;
                    }
                    String key = cellText(row.getCell(KEY_COLUMN));
                    Cell valueCell = row.getCell(VALUE_COLUMN);
                    String valueText = cellText(valueCell);
                    if (key == null && valueText == null) {
                        continue;
                    }
                    if (row.getRowNum() >= TableText.MAX_ROWS) {
                        throw new IllegalArgumentException(TableText.TOO_LARGE);
                    }
                    if (key == null) {
                        continue;
                    }
                    int rowNumber = row.getRowNum() + 1;
                    SheetField field = fields.get(key);
                    if (field == null) {
                        problems.add(new SheetProblem(rowNumber, key, null, valueText, ERROR_UNKNOWN_ROW,
                                List.of(key)));
                        continue;
                    }
                    Integer firstRow = firstRowOfKey.putIfAbsent(key, rowNumber);
                    if (firstRow != null) {
                        problems.add(new SheetProblem(rowNumber, key, field.label(), valueText, ERROR_DUPLICATE_ROW,
                                List.of(key, firstRow)));
                        duplicated.add(key);
                        continue;
                    }
                    Parsed parsed = parse(field.type(), valueCell, valueText);
                    if (parsed.errorKey() != null) {
                        problems.add(new SheetProblem(rowNumber, key, field.label(), valueText, parsed.errorKey(),
                                parsed.args()));
                    } else {
                        newValues.put(key, parsed.value());
                    }
                }
            }
            List<SheetChange> changes = new ArrayList<>();
            for (SheetField field : expected) {
                String key = field.key();
                if (duplicated.contains(key) || !newValues.containsKey(key)) {
                    continue;
                }
                Object after = newValues.get(key);
                if (!same(field.type(), field.value(), after)) {
                    changes.add(new SheetChange(key, field.section(), field.label(), field.value(), after));
                }
            }
            problems.sort(Comparator.comparingInt(SheetProblem::rowNumber));
            return new SheetReading(changes, problems);
        }
    }

    private static Map<String, SheetField> byFieldKey(List<SheetField> fields) {
        Map<String, SheetField> byKey = new LinkedHashMap<>();
        for (SheetField field : fields) {
            if (byKey.putIfAbsent(field.key(), field) != null) {
                throw new IllegalArgumentException("Two fields have the key " + field.key());
            }
        }
        return byKey;
    }

    // ---- writing

    private static void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        if (text != null) {
            cell.setCellValue(text);
        }
        cell.setCellStyle(style);
    }

    private static void writeValue(Cell cell, SheetField field, Styles styles) {
        Object value = field.value();
        switch (field.type()) {
            case DECIMAL -> {
                cell.setCellStyle(styles.decimal);
                if (value != null) {
                    BigDecimal number = (BigDecimal) value;
                    if (number.stripTrailingZeros().precision() <= 15) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(VietnameseNumbers.format(number)); // a double would round it
                    }
                }
            }
            case COUNT -> {
                cell.setCellStyle(styles.count);
                if (value != null) {
                    long number = (Long) value;
                    if (Math.abs(number) <= EXACT_DOUBLE_LIMIT) {
                        cell.setCellValue(number);
                    } else {
                        cell.setCellValue(VietnameseNumbers.format(BigDecimal.valueOf(number)));
                    }
                }
            }
            case YES_NO -> {
                cell.setCellStyle(styles.yesNo);
                if (value != null) {
                    cell.setCellValue((Boolean) value ? YES : NO);
                }
            }
            case TEXT -> {
                cell.setCellStyle(styles.text);
                if (value != null) {
                    cell.setCellValue((String) value);
                }
            }
        }
    }

    /** The cell styles of the form; only the value styles are unlocked. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle key;
        final CellStyle locked;
        final CellStyle note;
        final CellStyle decimal;
        final CellStyle count;
        final CellStyle yesNo;
        final CellStyle text;

        Styles(Workbook workbook) {
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(titleFont);

            Font bold = workbook.createFont();
            bold.setBold(true);
            header = bordered(workbook);
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            Font grey = workbook.createFont();
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            key = bordered(workbook);
            key.setFont(grey);
            locked = bordered(workbook);
            locked.setWrapText(true);
            Font italic = workbook.createFont();
            italic.setItalic(true);
            italic.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            note = bordered(workbook);
            note.setFont(italic);
            note.setWrapText(true);

            short textFormat = workbook.createDataFormat().getFormat("@");
            decimal = value(workbook);
            count = value(workbook);
            count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            yesNo = value(workbook);
            yesNo.setDataFormat(textFormat);
            text = value(workbook);
            text.setDataFormat(textFormat);
            text.setWrapText(true);
        }

        private static CellStyle value(Workbook workbook) {
            CellStyle style = bordered(workbook);
            style.setLocked(false);
            style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        }

        private static CellStyle bordered(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setLocked(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }

    // ---- reading

    /** A value read from a cell, or the problem with it. */
    private record Parsed(Object value, String errorKey, List<Object> args) {
        static Parsed of(Object value) {
            return new Parsed(value, null, List.of());
        }

        static Parsed error(String key, Object... args) {
            return new Parsed(null, key, List.of(args));
        }
    }

    private static Parsed parse(FieldType type, Cell cell, String text) {
        if (text == null) {
            return Parsed.of(null);
        }
        return switch (type) {
            case DECIMAL -> {
                BigDecimal number = number(cell, text);
                yield number == null ? Parsed.error(ERROR_NUMBER, text) : Parsed.of(number);
            }
            case COUNT -> {
                BigDecimal number = number(cell, text);
                if (number == null || number.signum() < 0 || number.scale() > 0) {
                    yield Parsed.error(ERROR_COUNT, text);
                }
                try {
                    yield Parsed.of(number.longValueExact());
                } catch (ArithmeticException tooBig) {
                    yield Parsed.error(ERROR_COUNT, text);
                }
            }
            case YES_NO -> {
                if (type(cell) == CellType.BOOLEAN) {
                    yield Parsed.of(cell.getBooleanCellValue());
                }
                String word = VietnameseText.fold(text);
                if (YES_WORDS.contains(word)) {
                    yield Parsed.of(Boolean.TRUE);
                }
                yield NO_WORDS.contains(word) ? Parsed.of(Boolean.FALSE) : Parsed.error(ERROR_YES_NO, text);
            }
            case TEXT -> text.length() > MAX_TEXT_LENGTH
                    ? Parsed.error(ERROR_TEXT_TOO_LONG, text.length(), MAX_TEXT_LENGTH)
                    : Parsed.of(text);
        };
    }

    /** A numeric cell's number, or the number typed as text; null when it is neither (dates included). */
    private static BigDecimal number(Cell cell, String text) {
        CellType type = type(cell);
        if (type == CellType.NUMERIC) {
            return DateUtil.isCellDateFormatted(cell) ? null : decimal(cell.getNumericCellValue());
        }
        if (type != CellType.STRING) {
            return null;
        }
        try {
            return plain(VietnameseNumbers.parse(text));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** The number Excel shows for a double, without binary noise: 8.25 and not 8.2499999999999996447286321199499070644378662109375. */
    private static BigDecimal decimal(double value) {
        return plain(BigDecimal.valueOf(value));
    }

    /** Without trailing zeros and never in exponent form: 8.250 → 8.25, 1E+2 → 100. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static CellType type(Cell cell) {
        if (cell == null) {
            return CellType.BLANK;
        }
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    /**
     * A cell as text: trimmed (no-break spaces included), in Unicode NFC, numbers in Vietnamese notation, dates as
     * dd/MM/yyyy, errors as Excel shows them (#DIV/0!); null when blank.
     */
    private static String cellText(Cell cell) {
        String text = switch (type(cell)) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? VietnameseDates.format(cell.getLocalDateTimeCellValue().toLocalDate())
                    : VietnameseNumbers.format(decimal(cell.getNumericCellValue()));
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> null;
        };
        return clean(text);
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = text.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("^[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+|[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+$", "");
        return s.isEmpty() ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Same value: numbers compared by value (8.25 = 8.250), texts once trimmed and blank taken as empty. */
    private static boolean same(FieldType type, Object before, Object after) {
        Object b = type == FieldType.TEXT ? clean((String) before) : before;
        if (b == null || after == null) {
            return b == after;
        }
        if (b instanceof BigDecimal x && after instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return b.equals(after);
    }
}
