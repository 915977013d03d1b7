package vn.thidua.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.common.Forms;
import vn.thidua.common.InvalidInputException;
import vn.thidua.common.Messages;
import vn.thidua.common.NotFoundException;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitService;

/** The tasks of a plan, typed one by one or imported from the plan's appendix table. */
@ApplicationScoped
public class TaskService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PlanService planService;

    @Inject
    private UnitService unitService;

    @Inject
    private Messages messages;

    public List<PlanTask> list(long planId) {
        EmulationPlan plan = planService.find(planId);
        return em.createQuery("SELECT t FROM PlanTask t WHERE t.plan = :p ORDER BY t.position, t.id", PlanTask.class)
                .setParameter("p", plan).getResultList();
    }

    public PlanTask find(long planId, long taskId) {
        EmulationPlan plan = planService.find(planId);
        PlanTask task = em.find(PlanTask.class, taskId);
        if (task == null || !task.getPlan().getId().equals(plan.getId())) {
            throw new NotFoundException(messages.get("error.notFound.record"));
        }
        return task;
    }

    @Transactional
    public PlanTask save(long planId, Long taskId, TaskForm form) {
        EmulationPlan plan = planService.findForChange(planId);
        PlanTask task = taskId == null ? null : find(planId, taskId);
        if (task != null) {
            Forms.checkVersion(task.getVersion(), form.version());
        }
        Unit lead = form.leadUnitId() == null ? null : unitService.find(form.leadUnitId());
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.content() == null || form.content().isBlank()) {
            errors.put("content", messages.get("task.error.contentRequired"));
        }
        if (lead == null && (form.leadBody() == null || form.leadBody().isBlank())) {
            errors.put("leadUnitId", messages.get("task.error.leadRequired"));
        }
        String code = form.code() == null || form.code().isBlank() ? null : form.code().strip();
        if (code != null && code.length() > 32) {
            errors.put("code", messages.get("task.error.code"));
        } else if (code != null && list(planId).stream().anyMatch(t -> t.getCode().equals(code) && t != task)) {
            errors.put("code", messages.get("task.error.codeTaken", code));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PlanTask saved = task;
        if (saved == null) {
            int position = nextPosition(plan);
            saved = new PlanTask(plan, position, code == null ? String.valueOf(position) : code, form.content().strip());
            em.persist(saved);
        } else if (code != null) {
            saved.setCode(code);
        }
        saved.setContent(form.content().strip());
        saved.setLeadUnit(lead);
        saved.setLeadBody(Forms.blankToNull(form.leadBody()));
        saved.setCoordinatingBodyList(form.coordinatingBodies() == null ? List.of()
                : form.coordinatingBodies().stream().map(Forms::blankToNull).filter(b -> b != null).toList());
        saved.setDue(TaskDue.parse(form.due()));
        em.flush();
        return saved;
    }

    @Transactional
    public void delete(long planId, long taskId) {
        planService.findForChange(planId);
        em.remove(find(planId, taskId));
    }

    /** Reads a pasted or uploaded appendix table without saving anything. */
    public TaskTable preview(long planId, List<List<String>> rows) {
        planService.findForChange(planId);
        return new TaskTableParser().parse(rows);
    }

    /**
     * Saves every task of the table; a code the plan already has updates that task. A lead body that is
     * exactly the name of one of our units is linked to that unit. Refuses the whole table while any row has an error.
     */
    @Transactional
    public ImportResult importTable(long planId, List<List<String>> rows) {
        EmulationPlan plan = planService.findForChange(planId);
        TaskTable table = new TaskTableParser().parse(rows);
        if (table.hasErrors() || table.tasks().isEmpty()) {
            throw InvalidInputException.of("", table.tasks().isEmpty() ? messages.get("task.import.empty")
                    : messages.get("tableImport.hasErrors", table.allProblems().stream().filter(TaskImportProblem::isError).count()));
        }
        Map<String, PlanTask> existing = new LinkedHashMap<>();
        list(planId).forEach(t -> existing.put(t.getCode(), t));
        int created = 0;
        int updated = 0;
        int position = nextPosition(plan);
        Map<String, Unit> unitsByName = unitsNamed(table.tasks().stream().map(ParsedTask::leadBody).filter(b -> b != null).toList());
        for (ParsedTask row : table.tasks()) {
            PlanTask task = existing.get(row.code());
            if (task == null) {
                task = new PlanTask(plan, position++, row.code(), row.content());
                em.persist(task);
                existing.put(row.code(), task);
                created++;
            } else {
                updated++;
            }
            task.takeOver(row, row.leadBody() == null ? null : unitsByName.get(row.leadBody().strip()));
        }
        em.flush();
        return new ImportResult(created, updated);
    }

    /** Our active units among the names, by name, in one query. */
    private Map<String, Unit> unitsNamed(List<String> names) {
        Map<String, Unit> units = new HashMap<>();
        if (!names.isEmpty()) {
            em.createQuery("SELECT u FROM Unit u WHERE u.name IN :n AND u.active = TRUE", Unit.class)
                    .setParameter("n", names.stream().map(String::strip).distinct().toList()).getResultList()
                    .forEach(u -> units.putIfAbsent(u.getName(), u));
        }
        return units;
    }

    private int nextPosition(EmulationPlan plan) {
        Integer max = em.createQuery("SELECT MAX(t.position) FROM PlanTask t WHERE t.plan = :p", Integer.class)
                .setParameter("p", plan).getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
