package vn.thidua.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.criteria.FrameworkForm;
import vn.thidua.criteria.FrameworkService;
import vn.thidua.criteria.ScoringFramework;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitType;
import vn.thidua.plan.Comparison;
import vn.thidua.plan.ContentForm;
import vn.thidua.plan.Direction;
import vn.thidua.plan.EmulationPlan;
import vn.thidua.plan.ImportPreviews;
import vn.thidua.plan.Indicator;
import vn.thidua.plan.IndicatorForm;
import vn.thidua.plan.IndicatorGroup;
import vn.thidua.plan.IndicatorService;
import vn.thidua.plan.IndicatorTable;
import vn.thidua.plan.Milestone;
import vn.thidua.plan.MilestoneForm;
import vn.thidua.plan.MilestoneKind;
import vn.thidua.plan.MonitoringFrequency;
import vn.thidua.plan.PlanBlock;
import vn.thidua.plan.PlanBlockService;
import vn.thidua.plan.PlanContent;
import vn.thidua.plan.PlanForm;
import vn.thidua.plan.PlanKind;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.PlanStatus;
import vn.thidua.plan.PlanTask;
import vn.thidua.plan.TargetText;
import vn.thidua.plan.TaskDue;
import vn.thidua.plan.TaskForm;
import vn.thidua.plan.TaskService;
import vn.thidua.plan.TaskTable;
import vn.thidua.plan.YearTarget;

@Path("plans")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class PlanResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public record ContentDto(Long id, int position, String title, String description, long version) {
        static ContentDto of(PlanContent c) {
            return new ContentDto(c.getId(), c.getPosition(), c.getTitle(), c.getDescription(), c.getVersion());
        }
    }

    public record MilestoneDto(Long id, MilestoneKind kind, String title, LocalDate dueOn, long version) {
        static MilestoneDto of(Milestone m) {
            return new MilestoneDto(m.getId(), m.getKind(), m.getTitle(), m.getDueOn(), m.getVersion());
        }
    }

    public record PlanDto(Long id, String numberSymbol, Long issuingUnitId, String issuingBody, String place, LocalDate issuedOn,
                          String title, String summary, PlanKind kind, int startYear, int endYear, Integer reportDay,
                          Integer reportMonth, MonitoringFrequency monitoringFrequency, PlanStatus status, long version,
                          List<ContentDto> contents, List<MilestoneDto> milestones) {
        static PlanDto of(EmulationPlan p) {
            return new PlanDto(p.getId(), p.getNumberSymbol(), p.getIssuingUnit() == null ? null : p.getIssuingUnit().getId(),
                    p.getIssuingBody(), p.getPlace(), p.getIssuedOn(), p.getTitle(), p.getSummary(), p.getKind(),
                    p.getStartYear(), p.getEndYear(), p.getReportDay(), p.getReportMonth(), p.getMonitoringFrequency(),
                    p.getStatus(), p.getVersion(), p.getContents().stream().map(ContentDto::of).toList(),
                    p.getMilestones().stream().map(MilestoneDto::of).toList());
        }
    }

    public record TargetDto(int year, boolean baseline, Comparison comparison, BigDecimal value, BigDecimal upper, String text,
                            String label) {
        static TargetDto of(YearTarget t) {
            return new TargetDto(t.getYear(), t.isBaseline(), t.getComparison(), t.getValue(), t.getUpper(), t.getText(), t.getLabel());
        }
    }

    public record IndicatorDto(Long id, String code, String name, IndicatorGroup group, String unitOfMeasure, Direction direction,
                               String numeratorLabel, String denominatorLabel, BigDecimal multiplier, Set<UnitType> unitTypes,
                               List<TargetDto> targets, long version) {
        static IndicatorDto of(Indicator i) {
            return new IndicatorDto(i.getId(), i.getCode(), i.getName(), i.getGroup(), i.getUnitOfMeasure(), i.getDirection(),
                    i.getNumeratorLabel(), i.getDenominatorLabel(), i.getMultiplier(), i.getUnitTypeSet(),
                    i.getTargets().stream().map(TargetDto::of).toList(), i.getVersion());
        }
    }

    public record TaskDto(Long id, String code, String content, Long leadUnitId, String leadName, List<String> coordinatingBodies,
                          TaskDue.Kind dueKind, LocalDate dueOn, String dueText, long version) {
        static TaskDto of(PlanTask t) {
            Unit lead = t.getLeadUnit();
            return new TaskDto(t.getId(), t.getCode(), t.getContent(), lead == null ? null : lead.getId(), t.getLeadName(),
                    t.getCoordinatingBodyList(), t.getDueKind(), t.getDueOn(), t.getDueText(), t.getVersion());
        }
    }

    public record BlockDto(Long id, int year, String name, List<Long> unitIds, long version) {
        static BlockDto of(PlanBlock b) {
            return new BlockDto(b.getId(), b.getYear(), b.getName(), b.getUnits().stream().map(Unit::getId).toList(), b.getVersion());
        }
    }

    public record BlockForm(Integer year, String name, List<Long> unitIds, Long version) {
    }

    public record StatusForm(PlanStatus status, Long version) {
    }

    public record ProblemDto(String severity, String message) {
    }

    public record CellDto(String raw, String target, ProblemDto problem) {
    }

    public record ColumnDto(String label, int year, boolean baseline) {
    }

    public record IndicatorRowDto(int rowNumber, String code, String name, IndicatorGroup group, String unitOfMeasure,
                                  Direction direction, List<CellDto> cells, List<ProblemDto> problems) {
    }

    public record IndicatorPreviewDto(List<ColumnDto> columns, List<IndicatorRowDto> rows, List<ProblemDto> tableProblems,
                                      boolean hasErrors, Integer created, Integer updated) {
    }

    public record TaskRowDto(int rowNumber, String code, String content, String leadBody, List<String> coordinatingBodies,
                             TaskDue.Kind dueKind, LocalDate dueOn, String dueText, List<ProblemDto> problems) {
    }

    public record TaskPreviewDto(List<TaskRowDto> rows, List<ProblemDto> tableProblems, boolean hasErrors, Integer created,
                                 Integer updated) {
    }

    @Inject
    private PlanService planService;

    @Inject
    private IndicatorService indicatorService;

    @Inject
    private TaskService taskService;

    @Inject
    private PlanBlockService blockService;

    @Inject
    private ImportPreviews previews;

    @Inject
    private FrameworkService frameworkService;

    @GET
    @Operation(summary = "Plans the caller may read; drafts only for the emulation office and admins")
    public List<PlanDto> search(@QueryParam("q") String text, @QueryParam("status") PlanStatus status, @QueryParam("year") Integer year) {
        return planService.search(text, status, year).stream().map(PlanDto::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One plan with its contents and milestones")
    public PlanDto get(@PathParam("id") long id) {
        return PlanDto.of(planService.find(id));
    }

    @POST
    @Operation(summary = "Create a plan (emulation office, admin)")
    public Response create(PlanForm form) {
        EmulationPlan plan = planService.create(form);
        return Response.created(URI.create("plans/" + plan.getId())).entity(PlanDto.of(plan)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a plan; send the version you read, a stale one answers 409")
    public PlanDto update(@PathParam("id") long id, PlanForm form) {
        return PlanDto.of(planService.update(id, form));
    }

    @PUT
    @Path("{id}/status")
    @Operation(summary = "Issue, close or reopen a plan")
    public PlanDto changeStatus(@PathParam("id") long id, StatusForm form) {
        return PlanDto.of(planService.changeStatus(id, form.status(), form.version()));
    }

    @POST
    @Path("{id}/contents")
    @Operation(summary = "Add an emulation content")
    public ContentDto addContent(@PathParam("id") long id, ContentForm form) {
        return ContentDto.of(planService.saveContent(id, null, form));
    }

    @PUT
    @Path("{id}/contents/{contentId}")
    public ContentDto updateContent(@PathParam("id") long id, @PathParam("contentId") long contentId, ContentForm form) {
        return ContentDto.of(planService.saveContent(id, contentId, form));
    }

    @DELETE
    @Path("{id}/contents/{contentId}")
    public void deleteContent(@PathParam("id") long id, @PathParam("contentId") long contentId) {
        planService.deleteContent(id, contentId);
    }

    @POST
    @Path("{id}/milestones")
    @Operation(summary = "Add a milestone (launch, mid-term review, final review, ...)")
    public MilestoneDto addMilestone(@PathParam("id") long id, MilestoneForm form) {
        return MilestoneDto.of(planService.saveMilestone(id, null, form));
    }

    @PUT
    @Path("{id}/milestones/{milestoneId}")
    public MilestoneDto updateMilestone(@PathParam("id") long id, @PathParam("milestoneId") long milestoneId, MilestoneForm form) {
        return MilestoneDto.of(planService.saveMilestone(id, milestoneId, form));
    }

    @DELETE
    @Path("{id}/milestones/{milestoneId}")
    public void deleteMilestone(@PathParam("id") long id, @PathParam("milestoneId") long milestoneId) {
        planService.deleteMilestone(id, milestoneId);
    }

    @GET
    @Path("{id}/indicators")
    @Operation(summary = "The plan's indicators with their targets per year")
    public List<IndicatorDto> indicators(@PathParam("id") long id) {
        return indicatorService.list(id).stream().map(IndicatorDto::of).toList();
    }

    @POST
    @Path("{id}/indicators")
    public IndicatorDto addIndicator(@PathParam("id") long id, IndicatorForm form) {
        return IndicatorDto.of(indicatorService.save(id, null, form));
    }

    @PUT
    @Path("{id}/indicators/{indicatorId}")
    public IndicatorDto updateIndicator(@PathParam("id") long id, @PathParam("indicatorId") long indicatorId, IndicatorForm form) {
        return IndicatorDto.of(indicatorService.save(id, indicatorId, form));
    }

    @DELETE
    @Path("{id}/indicators/{indicatorId}")
    public void deleteIndicator(@PathParam("id") long id, @PathParam("indicatorId") long indicatorId) {
        indicatorService.delete(id, indicatorId);
    }

    @POST
    @Path("{id}/indicators/import")
    @Consumes({MediaType.TEXT_PLAIN, XLSX})
    @Operation(summary = "Preview an indicator table (tab-separated text or .xlsx); with confirm=true save it")
    public IndicatorPreviewDto importIndicators(@PathParam("id") long id, byte[] body, @jakarta.ws.rs.HeaderParam("Content-Type") String type,
                                                @QueryParam("confirm") @DefaultValue("false") boolean confirm) {
        List<List<String>> rows = rows(body, type);
        IndicatorTable table = indicatorService.preview(id, rows);
        Integer created = null;
        Integer updated = null;
        if (confirm) {
            var result = indicatorService.importTable(id, rows);
            created = result.created();
            updated = result.updated();
        }
        return new IndicatorPreviewDto(table.columns().stream().map(c -> new ColumnDto(c.label(), c.year(), c.baseline())).toList(),
                table.indicators().stream().map(r -> new IndicatorRowDto(r.rowNumber(), r.code(), r.name(), r.group(),
                        r.unitOfMeasure(), r.direction(),
                        r.cells().stream().map(c -> new CellDto(c.raw(), TargetText.format(c.target()), problem(c.problem()))).toList(),
                        r.problems().stream().map(this::problem).toList())).toList(),
                table.tableProblems().stream().map(this::problem).toList(), table.hasErrors(), created, updated);
    }

    @GET
    @Path("{id}/tasks")
    @Operation(summary = "The plan's tasks")
    public List<TaskDto> tasks(@PathParam("id") long id) {
        return taskService.list(id).stream().map(TaskDto::of).toList();
    }

    @POST
    @Path("{id}/tasks")
    public TaskDto addTask(@PathParam("id") long id, TaskForm form) {
        return TaskDto.of(taskService.save(id, null, form));
    }

    @PUT
    @Path("{id}/tasks/{taskId}")
    public TaskDto updateTask(@PathParam("id") long id, @PathParam("taskId") long taskId, TaskForm form) {
        return TaskDto.of(taskService.save(id, taskId, form));
    }

    @DELETE
    @Path("{id}/tasks/{taskId}")
    public void deleteTask(@PathParam("id") long id, @PathParam("taskId") long taskId) {
        taskService.delete(id, taskId);
    }

    @POST
    @Path("{id}/tasks/import")
    @Consumes({MediaType.TEXT_PLAIN, XLSX})
    @Operation(summary = "Preview a task table (tab-separated text or .xlsx); with confirm=true save it")
    public TaskPreviewDto importTasks(@PathParam("id") long id, byte[] body, @jakarta.ws.rs.HeaderParam("Content-Type") String type,
                                      @QueryParam("confirm") @DefaultValue("false") boolean confirm) {
        List<List<String>> rows = rows(body, type);
        TaskTable table = taskService.preview(id, rows);
        Integer created = null;
        Integer updated = null;
        if (confirm) {
            var result = taskService.importTable(id, rows);
            created = result.created();
            updated = result.updated();
        }
        return new TaskPreviewDto(table.tasks().stream().map(t -> new TaskRowDto(t.rowNumber(), t.code(), t.content(), t.leadBody(),
                t.coordinatingBodies(), t.due().kind(), t.due().dueDate(), t.due().text(),
                t.problems().stream().map(p -> new ProblemDto(p.severity().name(), previews.text(p))).toList())).toList(),
                table.tableProblems().stream().map(p -> new ProblemDto(p.severity().name(), previews.text(p))).toList(),
                table.hasErrors(), created, updated);
    }

    @GET
    @Path("{id}/blocks")
    @Operation(summary = "The blocks that compete under the plan, of a year or of every year")
    public List<BlockDto> blocks(@PathParam("id") long id, @QueryParam("year") Integer year) {
        return blockService.list(id, year).stream().map(BlockDto::of).toList();
    }

    @POST
    @Path("{id}/blocks/copy")
    @Operation(summary = "Copy the organisation's blocks of a year into the plan")
    public List<BlockDto> copyBlocks(@PathParam("id") long id, @QueryParam("year") int year) {
        blockService.copyFromOrganisation(id, year);
        return blocks(id, year);
    }

    @POST
    @Path("{id}/blocks")
    public BlockDto addBlock(@PathParam("id") long id, BlockForm form) {
        return BlockDto.of(blockService.save(id, null, form.year(), form.name(), form.unitIds(), null));
    }

    @PUT
    @Path("{id}/blocks/{blockId}")
    public BlockDto updateBlock(@PathParam("id") long id, @PathParam("blockId") long blockId, BlockForm form) {
        return BlockDto.of(blockService.save(id, blockId, form.year(), form.name(), form.unitIds(), form.version()));
    }

    @DELETE
    @Path("{id}/blocks/{blockId}")
    public void deleteBlock(@PathParam("id") long id, @PathParam("blockId") long blockId) {
        blockService.delete(id, blockId);
    }

    @GET
    @Path("{id}/frameworks")
    @Operation(summary = "The scoring frameworks of a plan, every version")
    public List<FrameworkResource.FrameworkDto> frameworks(@PathParam("id") long id) {
        return frameworkService.list(id).stream().map(f -> FrameworkResource.FrameworkDto.of(f, frameworkService.problems(f))).toList();
    }

    @POST
    @Path("{id}/frameworks")
    @Operation(summary = "Create a scoring framework for the plan (emulation office, admin)")
    public Response createFramework(@PathParam("id") long id, FrameworkForm form) {
        ScoringFramework framework = frameworkService.create(id, form);
        return Response.created(URI.create("frameworks/" + framework.getId()))
                .entity(FrameworkResource.FrameworkDto.of(framework, frameworkService.problems(framework))).build();
    }

    private List<List<String>> rows(byte[] body, String type) {
        if (type != null && type.startsWith(XLSX)) {
            return previews.rowsOfXlsx(body);
        }
        return previews.rowsOfText(body == null ? null : new String(body, java.nio.charset.StandardCharsets.UTF_8));
    }

    private ProblemDto problem(vn.thidua.plan.ImportProblem p) {
        return p == null ? null : new ProblemDto(p.severity().name(), previews.text(p));
    }
}
