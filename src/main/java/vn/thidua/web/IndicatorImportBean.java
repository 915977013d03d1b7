package vn.thidua.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import vn.thidua.plan.ImportPreviews;
import vn.thidua.plan.ImportProblem;
import vn.thidua.plan.IndicatorService;
import vn.thidua.plan.IndicatorTable;
import vn.thidua.plan.ParsedIndicator;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.TargetText;

/** Paste or upload an indicator table, see how each row was read, fix cells, confirm: /plan/indicator-import.xhtml?plan=… */
@Named
@ViewScoped
public class IndicatorImportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PlanService planService;
    @Inject
    private transient IndicatorService indicatorService;
    @Inject
    private transient ImportPreviews previews;

    private Long plan;
    private String planNumber;
    private String text;
    private TableImportSource source;
    private transient IndicatorTable table;

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
        IndicatorService.ImportResult[] result = new IndicatorService.ImportResult[1];
        boolean saved = FormErrors.attempt("importForm", () -> result[0] = indicatorService.importTable(plan, source.rows()));
        if (!saved) {
            recheck();
            return null;
        }
        FormErrors.info("tableImport.done", result[0].created(), result[0].updated());
        return "/plan/plan?faces-redirect=true&tab=3&id=" + plan;
    }

    public void cancel() {
        source = null;
        table = null;
    }

    private void preview(TableImportSource rows) {
        source = rows;
        table = indicatorService.preview(plan, rows.rows());
    }

    public IndicatorTable getTable() {
        if (table == null && source != null) {
            table = indicatorService.preview(plan, source.rows());
        }
        return table;
    }

    public boolean isPreviewing() {
        return getTable() != null;
    }

    public List<TableImportSource.Cell> cellsOf(ParsedIndicator row) {
        return source.row(row.rowNumber());
    }

    public List<Integer> getColumnIndexes() {
        IndicatorTable t = getTable();
        return t == null ? List.of() : java.util.stream.IntStream.range(0, t.columns().size()).boxed().toList();
    }

    public String columnLabel(int index) {
        return getTable().columns().get(index).label();
    }

    /** How a value cell was read: "≥ 11,5". */
    public String cellText(ParsedIndicator row, int index) {
        return index < row.cells().size() ? TargetText.format(row.cells().get(index).target()) : "";
    }

    public ImportProblem cellProblem(ParsedIndicator row, int index) {
        return index < row.cells().size() ? row.cells().get(index).problem() : null;
    }

    public String text(ImportProblem problem) {
        return previews.text(problem);
    }

    public long getErrorCount() {
        IndicatorTable t = getTable();
        return t == null ? 0 : t.allProblems().stream().filter(ImportProblem::isError).count();
    }

    public long getWarningCount() {
        IndicatorTable t = getTable();
        return t == null ? 0 : t.allProblems().stream().filter(p -> !p.isError()).count();
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
