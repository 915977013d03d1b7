package vn.thidua.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.thidua.plan.ImportResult;
import vn.thidua.plan.TaskImportProblem;
import vn.thidua.plan.TaskService;
import vn.thidua.plan.TaskTable;

/** Paste or upload a plan's task appendix, see each task as read, fix cells, confirm: /plan/task-import.xhtml?plan=… */
@Named
@ViewScoped
public class TaskImportBean extends TableImportBean<TaskTable> {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient TaskService taskService;

    @Override
    protected TaskTable read(long planId, List<List<String>> rows) {
        return taskService.preview(planId, rows);
    }

    @Override
    protected ImportResult save(long planId, List<List<String>> rows) {
        return taskService.importTable(planId, rows);
    }

    @Override
    protected int rowCount(TaskTable table) {
        return table.tasks().size();
    }

    @Override
    protected long count(TaskTable table, boolean errors) {
        return table.allProblems().stream().filter(p -> p.isError() == errors).count();
    }

    @Override
    protected PlanBean.Tab planTab() {
        return PlanBean.Tab.TASKS;
    }

    public String text(TaskImportProblem problem) {
        return previews().text(problem);
    }
}
