package vn.thidua.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.IntStream;
import vn.thidua.plan.ImportProblem;
import vn.thidua.plan.ImportResult;
import vn.thidua.plan.IndicatorService;
import vn.thidua.plan.IndicatorTable;
import vn.thidua.plan.ParsedIndicator;
import vn.thidua.plan.TargetText;

/** Paste or upload an indicator table, see how each cell was read, fix cells, confirm: /plan/indicator-import.xhtml?plan=… */
@Named
@ViewScoped
public class IndicatorImportBean extends TableImportBean<IndicatorTable> {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient IndicatorService indicatorService;

    @Override
    protected IndicatorTable read(long planId, List<List<String>> rows) {
        return indicatorService.preview(planId, rows);
    }

    @Override
    protected ImportResult save(long planId, List<List<String>> rows) {
        return indicatorService.importTable(planId, rows);
    }

    @Override
    protected int rowCount(IndicatorTable table) {
        return table.indicators().size();
    }

    @Override
    protected long count(IndicatorTable table, boolean errors) {
        return table.allProblems().stream().filter(p -> p.isError() == errors).count();
    }

    @Override
    protected PlanBean.Tab planTab() {
        return PlanBean.Tab.INDICATORS;
    }

    public List<Integer> getColumnIndexes() {
        return isPreviewing() ? IntStream.range(0, getTable().columns().size()).boxed().toList() : List.of();
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
        return previews().text(problem);
    }
}
