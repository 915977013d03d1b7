package vn.thidua.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import vn.thidua.plan.ImportPreviews;
import vn.thidua.plan.ParsedTask;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.TaskImportProblem;
import vn.thidua.plan.TaskService;
import vn.thidua.plan.TaskTable;

/** Paste or upload a plan's task appendix, see each task as read, fix cells, confirm: /plan/task-import.xhtml?plan=… */
@Named
@ViewScoped
public class TaskImportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PlanService planService;
    @Inject
    private transient TaskService taskService;
    @Inject
    private transient ImportPreviews previews;

    private Long plan;
    private String planNumber;
    private String text;
    private TableImportSource source;
    private transient TaskTable table;

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
        TaskService.ImportResult[] result = new TaskService.ImportResult[1];
        if (!FormErrors.attempt("importForm", () -> result[0] = taskService.importTable(plan, source.rows()))) {
            recheck();
            return null;
        }
        FormErrors.info("tableImport.done", result[0].created(), result[0].updated());
        return "/plan/plan?faces-redirect=true&tab=4&id=" + plan;
    }

    public void cancel() {
        source = null;
        table = null;
    }

    private void preview(TableImportSource rows) {
        source = rows;
        table = taskService.preview(plan, rows.rows());
    }

    public TaskTable getTable() {
        if (table == null && source != null) {
            table = taskService.preview(plan, source.rows());
        }
        return table;
    }

    public boolean isPreviewing() {
        return getTable() != null;
    }

    public List<TableImportSource.Cell> cellsOf(ParsedTask row) {
        return source.row(row.rowNumber());
    }

    public String text(TaskImportProblem problem) {
        return previews.text(problem);
    }

    public long getErrorCount() {
        TaskTable t = getTable();
        return t == null ? 0 : t.tableProblems().stream().filter(TaskImportProblem::isError).count()
                + t.tasks().stream().flatMap(r -> r.problems().stream()).filter(TaskImportProblem::isError).count();
    }

    public long getWarningCount() {
        TaskTable t = getTable();
        return t == null ? 0 : t.tableProblems().stream().filter(p -> !p.isError()).count()
                + t.tasks().stream().flatMap(r -> r.problems().stream()).filter(p -> !p.isError()).count();
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
