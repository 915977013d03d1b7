package vn.thidua.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.thidua.org.EmploymentStatus;
import vn.thidua.org.Gender;
import vn.thidua.org.StaffImportParser.Preview;
import vn.thidua.org.StaffImportService;
import vn.thidua.org.StaffImportTemplate;

/** Upload an .xlsx, see the preview with each bad row's reasons, confirm to import the valid rows. */
@Named
@ViewScoped
public class StaffImportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    public record PreviewRow(int rowNumber, String code, String fullName, Gender gender, LocalDate birthDate,
            String position, String unitCode, EmploymentStatus status, String problems) implements Serializable {

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    @Inject
    private transient StaffImportService importService;

    private byte[] upload;
    private String fileName;
    private List<PreviewRow> rows = List.of();
    private long validCount;

    public void upload(FileUploadEvent event) {
        upload = event.getFile().getContent();
        fileName = event.getFile().getFileName();
        Preview preview = importService.preview(upload);
        if (preview.fileProblem() != null) {
            error(importService.text(preview.fileProblem()));
            upload = null;
            rows = List.of();
            validCount = 0;
            return;
        }
        rows = preview.rows().stream().map(r -> new PreviewRow(r.rowNumber(), r.code(), r.fullName(), r.gender(),
                r.birthDate(), r.position(), r.unitCode(), r.status(),
                r.problems().stream().map(importService::text).collect(Collectors.joining("; ")))).toList();
        validCount = preview.validCount();
    }

    public void confirm() {
        if (upload == null || validCount == 0) {
            error(vn.thidua.common.Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "import.nothing"));
            return;
        }
        if (FormErrors.attempt("importForm", () -> {
            StaffImportService.Result result = importService.importValidRows(upload);
            FormErrors.info("import.done", result.created(), result.updated());
        })) {
            upload = null;
            rows = List.of();
            validCount = 0;
        }
    }

    public StreamedContent getTemplate() {
        return DefaultStreamedContent.builder()
                .name("mau-nhap-can-bo.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    try {
                        StaffImportTemplate.write(out);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return new java.io.ByteArrayInputStream(out.toByteArray());
                }).build();
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public List<PreviewRow> getRows() {
        return rows;
    }

    public long getValidCount() {
        return validCount;
    }

    public long getInvalidCount() {
        return rows.size() - validCount;
    }

    public String getFileName() {
        return fileName;
    }

    public boolean isPreviewing() {
        return upload != null;
    }
}
