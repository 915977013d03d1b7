package vn.thidua.common;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Turns what a user pastes (tab-separated text copied from Excel or Word) or uploads (.xlsx) into rows of cells,
 * for a preview before anything is saved.
 *
 * <p>The same shape comes out of both sources:
 * <ul>
 * <li>Row positions are kept: the row at index {@code i} is row {@code i + 1} of the source, blank rows included
 * (as empty lists), so a preview can say "row 7" and the user finds it at the same place in the sheet. For pasted
 * text a row is a record: a quoted cell spanning several lines belongs to one row, as it was one row in Excel.</li>
 * <li>Each row lists its cells up to its last non-empty one; a row with no text at all is an empty list.</li>
 * <li>Blank rows at the end are dropped.</li>
 * <li>Cells are trimmed of white space, non-breaking spaces included, and put in Unicode NFC form (text copied from
 * some sources has Vietnamese marks as separate combining characters). Line breaks inside a cell are kept as
 * {@code "\n"}.</li>
 * <li>At most {@value #MAX_ROWS} rows and {@value #MAX_COLUMNS} columns: beyond that an
 * {@link IllegalArgumentException} whose message is the key {@value #TOO_LARGE} (arguments: the two limits).</li>
 * </ul>
 */
public final class TableText {

    public static final int MAX_ROWS = 2_000;
    public static final int MAX_COLUMNS = 50;
    /** Message key, arguments {0} = {@link #MAX_ROWS}, {1} = {@link #MAX_COLUMNS}. */
    public static final String TOO_LARGE = "import.table.tooLarge";
    /** Message key of the {@link IOException} thrown when an upload is not an .xlsx file. */
    public static final String NOT_XLSX = "import.table.notExcel";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private TableText() {
    }

    /**
     * Tab-separated text as Excel and Word put it on the clipboard: rows end with CRLF, LF or CR, cells are separated
     * by tabs. A cell that starts with a double quote is quoted (Excel does so when the cell holds a tab, a line break
     * or a quote) and may span lines; a doubled quote inside it stands for one quote. A quote that does not start a
     * cell is an ordinary character. A quoted cell left open at the end of the text keeps what was read.
     */
    public static List<List<String>> fromPastedText(String text) {
        List<List<String>> rows = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return rows;
        }
        String s = text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean cellStarted = false;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (!cellStarted && c == '"') {
                // quoted cell: read to the closing quote
                i++;
                while (i < n) {
                    char q = s.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && s.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    cell.append(q == '\r' ? '\n' : q);
                    if (q == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                    i++;
                }
                cellStarted = true;
                continue;
            }
            if (c == '\t') {
                row.add(clean(cell));
                cell.setLength(0);
                cellStarted = false;
                i++;
            } else if (c == '\r' || c == '\n') {
                row.add(clean(cell));
                cell.setLength(0);
                cellStarted = false;
                addRow(rows, row);
                row = new ArrayList<>();
                i += c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
            } else {
                cell.append(c);
                cellStarted = true;
                i++;
            }
        }
        if (cellStarted || !row.isEmpty()) {
            row.add(clean(cell));
            addRow(rows, row);
        }
        dropTrailingBlankRows(rows);
        return rows;
    }

    /**
     * The first sheet of an .xlsx file, each cell as Excel displays it, through POI's {@link DataFormatter} with
     * locale vi-VN: a number in General format such as 8.25 comes out as "8,25" (Vietnamese decimal comma), a number
     * with a format keeps that format's rendering. Cells formatted as dates come out as dd/MM/yyyy whatever their
     * format, so they read like typed dates. Formula cells give their last computed (cached) value; formulas are not
     * evaluated. A merged region has its value in its first (top-left) cell only; its other cells are empty.
     *
     * @throws IOException when the stream cannot be read, or is not an .xlsx file (message {@value #NOT_XLSX})
     */
    public static List<List<String>> fromXlsx(InputStream in) throws IOException {
        ZipSecureFile.setMinInflateRatio(0.005);
        Workbook workbook;
        try {
            workbook = new XSSFWorkbook(in);
        } catch (POIXMLException | IllegalArgumentException | IllegalStateException notXlsx) {
            throw new IOException(NOT_XLSX, notXlsx);
        }
        try (workbook) {
            List<List<String>> rows = new ArrayList<>();
            if (workbook.getNumberOfSheets() == 0) {
                return rows;
            }
            DataFormatter formatter = new DataFormatter(VIETNAMESE);
            formatter.setUseCachedValuesForFormulaCells(true);
            Sheet sheet = workbook.getSheetAt(0);
            for (Row source : sheet) {
                List<String> row = new ArrayList<>();
                for (Cell cell : source) {
                    int column = cell.getColumnIndex();
                    String value = text(cell, formatter);
                    if (value.isEmpty()) {
                        continue;
                    }
                    checkColumns(column + 1);
                    while (row.size() < column) {
                        row.add("");
                    }
                    row.add(value);
                }
                if (!row.isEmpty()) {
                    if (source.getRowNum() >= MAX_ROWS) {
                        throw tooLarge();
                    }
                    while (rows.size() < source.getRowNum()) {
                        rows.add(List.of());
                    }
                    rows.add(List.copyOf(row));
                }
            }
            return rows;
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return VietnameseDates.format(cell.getLocalDateTimeCellValue().toLocalDate());
        }
        if (type == CellType.ERROR) {
            return "";
        }
        return clean(formatter.formatCellValue(cell));
    }

    private static void addRow(List<List<String>> rows, List<String> row) {
        int last = row.size() - 1;
        while (last >= 0 && row.get(last).isEmpty()) {
            last--;
        }
        if (last < 0) {
            rows.add(List.of());
            return;
        }
        if (rows.size() >= MAX_ROWS) {
            throw tooLarge();
        }
        checkColumns(last + 1);
        rows.add(List.copyOf(row.subList(0, last + 1)));
    }

    private static void dropTrailingBlankRows(List<List<String>> rows) {
        while (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) {
            rows.remove(rows.size() - 1);
        }
    }

    /** Rows may be padded with empty cells far to the right; only text beyond the limit counts. */
    private static void checkColumns(int count) {
        if (count > MAX_COLUMNS) {
            throw tooLarge();
        }
    }

    private static IllegalArgumentException tooLarge() {
        return new IllegalArgumentException(TOO_LARGE);
    }

    private static String clean(CharSequence raw) {
        String s = raw.toString().replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(strip(s), Normalizer.Form.NFC);
    }

    /** Strips white space including no-break spaces (U+00A0, U+2007, U+202F) and the zero-width space. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
