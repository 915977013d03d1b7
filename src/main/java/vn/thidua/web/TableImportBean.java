package vn.thidua.web;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import vn.thidua.plan.ImportPreviews;
import vn.thidua.plan.ImportResult;
import vn.thidua.plan.PlanService;

/**
 * The flow every table import of a plan shares: paste or upload, a preview of how each row was read,
 * fixing cells in the preview and reading again, then confirming; nothing is saved before the confirmation.
 *
 * @param <T> the table as its parser reads it
 */
public abstract class TableImportBean<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PlanService planService;
    @Inject
    private transient ImportPreviews previews;

    private Long plan;
    private String planNumber;
    private String text;
    private TableImportSource source;
    private transient T table;

    /** Reads the rows without saving. */
    protected abstract T read(long planId, List<List<String>> rows);

    /** Reads the rows again and saves them; refuses the whole table while it has errors. */
    protected abstract ImportResult save(long planId, List<List<String>> rows);

    /** How many records the table holds. */
    protected abstract int rowCount(T table);

    /** Errors (true) or warnings (false) of the table and its rows. */
    protected abstract long count(T table, boolean errors);

    /** The tab of the plan page that lists what was imported. */
    protected abstract PlanBean.Tab planTab();

    public void load() {
        planNumber = planService.findForChange(plan).getNumberSymbol();
    }

    public void readPasted() {
        FormErrors.attempt("importForm", () -> preview(new TableImportSource(previews.rowsOfText(text))));
    }

    public void upload(FileUploadEvent event) {
        FormErrors.attempt("importForm", () -> preview(new TableImportSource(previews.rowsOfXlsx(event.getFile().getContent()))));
    }

    public void recheck() {
        if (source != null) {
            preview(source);
        }
    }

    public String confirm() {
        if (source == null) {
            return null;
        }
        return FormErrors.attemptValue("importForm", () -> save(plan, source.rows()))
                .map(result -> {
                    FormErrors.info("tableImport.done", result.created(), result.updated());
                    return "/plan/plan?faces-redirect=true&tab=" + planTab() + "&id=" + plan;
                })
                .orElseGet(() -> {
                    recheck();
                    return null;
                });
    }

    public void cancel() {
        source = null;
        table = null;
    }

    private void preview(TableImportSource rows) {
        source = rows;
        table = read(plan, rows.rows());
    }

    public T getTable() {
        if (table == null && source != null) {
            table = read(plan, source.rows());
        }
        return table;
    }

    public boolean isPreviewing() {
        return getTable() != null;
    }

    /** The editable cells of a source row (1-based), as pasted or uploaded. */
    public List<TableImportSource.Cell> cellsOf(int rowNumber) {
        return source.row(rowNumber);
    }

    public int getRowCount() {
        return isPreviewing() ? rowCount(getTable()) : 0;
    }

    public long getErrorCount() {
        return isPreviewing() ? count(getTable(), true) : 0;
    }

    public long getWarningCount() {
        return isPreviewing() ? count(getTable(), false) : 0;
    }

    protected ImportPreviews previews() {
        return previews;
    }

    public Long getPlan() {
        return plan;
    }

    public void setPlan(Long plan) {
        this.plan = plan;
    }

    public String getPlanNumber() {
        return planNumber;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
