package vn.thidua.org;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The .xlsx template for the staff import, with its header row and a sheet of instructions. */
public final class StaffImportTemplate {

    private StaffImportTemplate() {
    }

    public static void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Cán bộ");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            StaffImportParser.Column[] columns = StaffImportParser.Column.values();
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(StaffImportParser.label(columns[i]));
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, (i == 1 ? 32 : 16) * 256);
            }
            sheet.createFreezePane(0, 1);
            DataValidationHelper helper = sheet.getDataValidationHelper();
            addList(sheet, helper, 2, "Nam", "Nữ");
            addList(sheet, helper, 6, "Đang công tác", "Tạm nghỉ", "Nghỉ hưu", "Chuyển công tác");

            XSSFSheet help = workbook.createSheet("Hướng dẫn");
            String[] lines = {
                    "Điền mỗi cán bộ trên một dòng của trang «Cán bộ», bắt đầu từ dòng 2.",
                    "Bắt buộc: Họ và tên, Mã đơn vị (xem mã ở trang Đơn vị).",
                    "Ngày sinh theo dạng dd/MM/yyyy, ví dụ 31/05/1985.",
                    "Giới tính: Nam hoặc Nữ. Trạng thái: Đang công tác, Tạm nghỉ, Nghỉ hưu, Chuyển công tác (để trống = Đang công tác).",
                    "Nhập lại cùng một người (cùng Mã cán bộ, hoặc cùng họ tên, ngày sinh và đơn vị) sẽ cập nhật, không tạo trùng.",
                    "Ví dụ: CB100001 | Nguyễn Thị Hương | Nữ | 31/05/1985 | Điều dưỡng | BVDK | Đang công tác"};
            for (int i = 0; i < lines.length; i++) {
                help.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            help.setColumnWidth(0, 120 * 256);
            workbook.write(out);
        }
    }

    private static void addList(XSSFSheet sheet, DataValidationHelper helper, int column, String... values) {
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values),
                new CellRangeAddressList(1, StaffImportParser.MAX_ROWS, column, column));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }
}
