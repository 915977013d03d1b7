package vn.thidua.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.thidua.award.AwardHistoryImportService;
import vn.thidua.award.AwardHistoryImportService.Counts;
import vn.thidua.award.AwardHistoryImportService.HistoryPreview;
import vn.thidua.award.AwardHistoryMatch.Checked;
import vn.thidua.award.AwardHistoryMatch.Kind;
import vn.thidua.award.AwardHistoryMatch.Status;
import vn.thidua.award.AwardHistoryParser.DisciplineRow;
import vn.thidua.award.AwardHistoryParser.HistoryRow;
import vn.thidua.award.AwardHistoryParser.InitiativeRow;
import vn.thidua.award.AwardHistoryParser.AwardRow;
import vn.thidua.award.AwardHistoryParser.RatingRow;
import vn.thidua.award.AwardHistoryService;
import vn.thidua.award.AwardHistoryService.History;
import vn.thidua.common.Messages;
import vn.thidua.org.StaffQuery;
import vn.thidua.org.StaffService;

/**
 * /award/history.xhtml — load the award history of earlier years from an .xlsx (preview, then confirm: the bytes stay
 * here, the browser's preview is never sent back), and look up what one person or one collective has on record.
 */
@Named
@ViewScoped
public class HistoryImportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A row of the preview, ready to show. */
    public record PreviewRow(Kind kind, String sheet, int rowNumber, String who, Integer year, String what, Status status,
            String problems) implements Serializable {

        public boolean isValid() {
            return status != Status.INVALID;
        }
    }

    @Inject
    private transient AwardHistoryImportService importService;
    @Inject
    private transient AwardHistoryService historyService;
    @Inject
    private transient StaffService staffService;

    private byte[] upload;
    private String fileName;
    private List<PreviewRow> rows = List.of();
    private long newCount;
    private long storedCount;
    private long invalidCount;

    private Long unitId;
    private Long staffId;
    /** What the history tables show: a person's (staff id), a collective's (unit id), or nothing. */
    private Long shownStaffId;
    private Long shownUnitId;
    private transient History history;
    private transient List<SelectItem> staffItems;

    // ---- import

    public void upload(FileUploadEvent event) {
        upload = event.getFile().getContent();
        fileName = event.getFile().getFileName();
        HistoryPreview preview = importService.preview(new ByteArrayInputStream(upload), fileName);
        if (preview.fileProblem() != null) {
            error(importService.text(preview.fileProblem()));
            reset();
            return;
        }
        rows = preview.rows().stream().map(this::previewRow).toList();
        newCount = preview.newCount();
        storedCount = preview.storedCount();
        invalidCount = preview.invalidCount();
    }

    public void confirm() {
        if (upload == null || newCount == 0) {
            error(Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "historyImport.nothingNew"));
            return;
        }
        byte[] bytes = upload;
        if (FormErrors.attempt("importForm", () -> {
            Counts c = importService.confirm(new ByteArrayInputStream(bytes), fileName);
            FormErrors.info("historyImport.done", c.added(), c.awards(), c.ratings(), c.initiatives(), c.disciplines(),
                    c.alreadyStored(), c.invalid());
        })) {
            reset();
            history = null;
        }
    }

    public void cancel() {
        reset();
    }

    public StreamedContent getTemplate() {
        return DefaultStreamedContent.builder()
                .name(AwardHistoryImportService.TEMPLATE_NAME)
                .contentType(AwardHistoryImportService.CONTENT_TYPE)
                .stream(() -> new ByteArrayInputStream(importService.template()))
                .build();
    }

    public List<PreviewRow> rowsOf(String kind) {
        Kind k = Kind.valueOf(kind);
        return rows.stream().filter(r -> r.kind() == k).toList();
    }

    private PreviewRow previewRow(Checked c) {
        HistoryRow row = c.row();
        Integer year = row instanceof AwardRow a ? a.year()
                : row instanceof RatingRow r ? r.year()
                : row instanceof InitiativeRow i ? i.year()
                : ((DisciplineRow) row).year();
        return new PreviewRow(c.kind(), row.sheetName(), row.rowNumber(), c.who(), year, c.what(), c.status(),
                row.problems().stream().map(importService::text).collect(Collectors.joining("; ")));
    }

    private void reset() {
        upload = null;
        rows = List.of();
        newCount = 0;
        storedCount = 0;
        invalidCount = 0;
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    // ---- lookup of one person's or one collective's history

    public List<SelectItem> getUnitItems() {
        return historyService.registryUnits().stream().map(u -> new SelectItem(u.getId(), u.getName() + " (" + u.getCode() + ")"))
                .toList();
    }

    public List<SelectItem> getStaffItems() {
        if (staffItems == null) {
            staffItems = unitId == null || !isCanImport() ? List.of()
                    : staffService.all(new StaffQuery(unitId, false, null, null, null, "fullName", true, 0, 0)).stream()
                            .map(s -> new SelectItem(s.getId(), s.getFullName() + (s.getCode() == null ? "" : " (" + s.getCode() + ")")))
                            .toList();
        }
        return staffItems;
    }

    public void unitChanged() {
        staffId = null;
        staffItems = null;
    }

    public void showPerson() {
        if (staffId == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage("lookupForm:staff", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(faces.getViewRoot().getLocale(), "history.chooseStaffFirst"), null));
            faces.validationFailed();
            return;
        }
        shownStaffId = staffId;
        shownUnitId = null;
        history = null;
    }

    public void showCollective() {
        if (unitId == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage("lookupForm:unit", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(faces.getViewRoot().getLocale(), "history.chooseUnitFirst"), null));
            faces.validationFailed();
            return;
        }
        shownUnitId = unitId;
        shownStaffId = null;
        history = null;
    }

    public History getHistory() {
        if (history == null && (shownStaffId != null || shownUnitId != null)) {
            history = shownStaffId != null ? historyService.ofPerson(shownStaffId) : historyService.ofCollective(shownUnitId);
        }
        return history;
    }

    public boolean isShowing() {
        return shownStaffId != null || shownUnitId != null;
    }

    public boolean isShowingCollective() {
        return shownUnitId != null;
    }

    // ---- properties

    public boolean isCanImport() {
        return importService.canImport();
    }

    public boolean isCanConfirm() {
        return importService.canConfirm();
    }

    public List<PreviewRow> getRows() {
        return rows;
    }

    public long getNewCount() {
        return newCount;
    }

    public long getStoredCount() {
        return storedCount;
    }

    public long getInvalidCount() {
        return invalidCount;
    }

    public String getFileName() {
        return fileName;
    }

    public boolean isPreviewing() {
        return upload != null;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Long getStaffId() {
        return staffId;
    }

    public void setStaffId(Long staffId) {
        this.staffId = staffId;
    }
}
