package vn.thidua.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.common.InvalidInputException;
import vn.thidua.common.Messages;
import vn.thidua.criteria.Criterion;
import vn.thidua.criteria.CriterionKind;
import vn.thidua.criteria.CriterionScore;
import vn.thidua.submission.Answer;
import vn.thidua.submission.Completeness;
import vn.thidua.submission.CompletenessRow;
import vn.thidua.submission.CompletenessService;
import vn.thidua.submission.ReportingState;
import vn.thidua.submission.SubmissionSheetService;
import vn.thidua.submission.AnswerJson;
import vn.thidua.submission.Evidence;
import vn.thidua.submission.EvidenceService;
import vn.thidua.submission.SelfScore;
import vn.thidua.submission.Submission;
import vn.thidua.submission.SubmissionAction;
import vn.thidua.submission.SubmissionEvent;
import vn.thidua.submission.SubmissionService;
import vn.thidua.submission.SubmissionStatus;
import vn.thidua.submission.SubmissionVersion;
import vn.thidua.submission.TaskProgress;
import vn.thidua.submission.TaskReport;
import vn.thidua.plan.PlanTask;

/**
 * Units' submissions over JSON, with the same rules as the pages: who may do what is checked in the services,
 * by role and by unit, and bad input is refused with a message per field.
 */
@Path("submissions")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions")
public class SubmissionResource {

    public record SummaryDto(Long id, Long planId, String planNumber, Long unitId, String unitName, int year,
                             SubmissionStatus status, BigDecimal selfScore, LocalDateTime submittedAt, Integer daysLate,
                             int versionsSubmitted, long version) {
        static SummaryDto of(Submission s) {
            return new SummaryDto(s.getId(), s.getPlan().getId(), s.getPlan().getNumberSymbol(), s.getUnit().getId(),
                    s.getUnit().getName(), s.getYear(), s.getStatus(), s.getSelfScore(), s.getSubmittedAt(), s.getDaysLate(),
                    s.getVersionsSubmitted(), s.getVersion());
        }
    }

    public record OpenForm(Long planId, Long unitId, Integer year) {
    }

    public record ReasonForm(String reason, Long version) {
    }

    public record VersionForm(Long version) {
    }

    public record ReopenForm(Long planId, Long unitId, Integer year, LocalDate until) {
    }

    public record EventDto(LocalDateTime occurredAt, String actor, SubmissionAction action, SubmissionStatus fromStatus,
                           SubmissionStatus toStatus, String note) {
        static EventDto of(SubmissionEvent e) {
            return new EventDto(e.getOccurredAt(), e.getActor(), e.getAction(), e.getFromStatus(), e.getToStatus(), e.getNote());
        }
    }

    public record EvidenceDto(Long id, Long criterionId, String name, String type, long sizeBytes, String sha256,
                              LocalDateTime uploadedAt, String uploadedBy) {
        static EvidenceDto of(Evidence e) {
            return new EvidenceDto(e.getId(), e.getCriterion() == null ? null : e.getCriterion().getId(), e.getOriginalName(),
                    e.getType().name(), e.getSizeBytes(), e.getSha256(), e.getUploadedAt(), e.getUploadedBy());
        }
    }

    @Inject
    private SubmissionService submissions;

    @Inject
    private EvidenceService evidence;

    @Inject
    private SubmissionSheetService sheets;

    @Inject
    private CompletenessService completeness;

    @Inject
    private Messages messages;

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public record ChangeDto(String key, String section, String label, Object before, Object after) {
    }

    public record SheetPreviewDto(List<ChangeDto> changes, List<String> problems, boolean saved, Long version) {
    }

    public record GroupDto(String name, int expected, Map<ReportingState, Integer> counts, BigDecimal reportedPercent) {
        static GroupDto of(Completeness.Group g) {
            return new GroupDto(g.name(), g.expected(), g.counts(), g.reportedPercent());
        }
    }

    public record CompletenessDto(GroupDto total, List<GroupDto> byBlock, List<GroupDto> byUnitType, List<CompletenessRow> units) {
    }

    public record ReminderForm(Long planId, Integer year, List<Long> unitIds) {
    }

    @GET
    @Operation(summary = "The submissions the caller may see (own unit and below; everything for the office)")
    public List<SummaryDto> list(@QueryParam("plan") Long planId, @QueryParam("year") Integer year) {
        return submissions.visible(planId, year).stream().map(SummaryDto::of).toList();
    }

    @POST
    @Operation(summary = "Open the unit's submission for a plan year (started as a draft when there is none)")
    public Response open(OpenForm form) {
        if (form == null || form.planId() == null || form.unitId() == null || form.year() == null) {
            throw InvalidInputException.of("", messages.get("submission.error.openForm"));
        }
        Submission s = submissions.open(form.planId(), form.unitId(), form.year());
        return Response.ok(detail(s)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A submission with its criteria, answers, self-score per criterion, evidence and allowed actions")
    public JsonObject get(@PathParam("id") long id) {
        return detail(submissions.find(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Save a draft: {version, narrative, answers: [{criterionId, value, numerator, denominator, yes,"
            + " items, surveyed, satisfied, assigned, completed, violations, claimed, comment}]}")
    public JsonObject save(@PathParam("id") long id, JsonObject body) {
        Submission s = submissions.find(id);
        if (body == null) {
            throw InvalidInputException.of("", messages.get("error.invalid"));
        }
        Map<Long, Criterion> criteria = new LinkedHashMap<>();
        submissions.criteriaOf(s).forEach(c -> criteria.put(c.getId(), c));
        Map<Long, Answer> typed = new LinkedHashMap<>();
        JsonArray answers = body.containsKey("answers") && body.get("answers").getValueType() == JsonValue.ValueType.ARRAY
                ? body.getJsonArray("answers") : JsonValue.EMPTY_JSON_ARRAY;
        for (JsonValue value : answers) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw InvalidInputException.of("answers", messages.get("error.invalid"));
            }
            JsonObject a = value.asJsonObject();
            if (!(a.get("criterionId") instanceof JsonNumber number) || !number.isIntegral()) {
                throw InvalidInputException.of("answers", messages.get("answer.error.jsonNumber"));
            }
            long criterionId = number.longValue();
            Criterion criterion = criteria.get(criterionId);
            if (criterion == null || criterion.isGroup()) {
                throw InvalidInputException.of("answers", messages.get("submission.error.unknownCriterion", criterionId));
            }
            Answer answer = new Answer(null, criterion);
            try {
                AnswerJson.readFields(a, answer, "answers[" + criterionId + "].");
            } catch (InvalidInputException wrongType) {
                Map<String, String> translated = new LinkedHashMap<>();
                wrongType.fieldErrors().forEach((field, key) -> translated.put(field, messages.get(key)));
                throw new InvalidInputException(translated);
            }
            typed.put(criterionId, answer);
        }
        JsonValue narrativeValue = body.getOrDefault("narrative", JsonValue.NULL);
        if (narrativeValue.getValueType() != JsonValue.ValueType.NULL && !(narrativeValue instanceof JsonString)) {
            throw InvalidInputException.of("narrative", messages.get("error.invalid"));
        }
        String narrative = narrativeValue instanceof JsonString text ? text.getString() : s.getNarrative();
        JsonValue versionValue = body.getOrDefault("version", JsonValue.NULL);
        if (versionValue.getValueType() != JsonValue.ValueType.NULL && !(versionValue instanceof JsonNumber)) {
            throw InvalidInputException.of("version", messages.get("answer.error.jsonNumber"));
        }
        Long version = versionValue instanceof JsonNumber n ? n.longValue() : null;
        return detail(submissions.saveDraft(id, version, narrative, typed, taskUpdates(body)));
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Sign off and submit (the unit head); late when past the deadline")
    public JsonObject submit(@PathParam("id") long id, VersionForm form) {
        return detail(submissions.submit(id, form == null ? null : form.version()));
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "Return for revision with a reason (the office)")
    public JsonObject returnForRevision(@PathParam("id") long id, ReasonForm form) {
        return detail(submissions.returnForRevision(id, form == null ? null : form.version(), form == null ? null : form.reason()));
    }

    @POST
    @Path("{id}/accept")
    @Operation(summary = "Accept and lock for review (the office)")
    public JsonObject accept(@PathParam("id") long id, VersionForm form) {
        return detail(submissions.accept(id, form == null ? null : form.version()));
    }

    @POST
    @Path("reopen")
    @Operation(summary = "Let a unit work on its report after the hard cut-off, until a day (the office)")
    public SummaryDto reopen(ReopenForm form) {
        if (form == null || form.planId() == null || form.unitId() == null || form.year() == null) {
            throw InvalidInputException.of("", messages.get("submission.error.openForm"));
        }
        return SummaryDto.of(submissions.reopen(form.planId(), form.unitId(), form.year(), form.until()));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every workflow step: who, when, from which status to which, with the reason")
    public List<EventDto> history(@PathParam("id") long id) {
        return submissions.history(id).stream().map(EventDto::of).toList();
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "Every submitted version as it was submitted")
    public List<JsonObject> versions(@PathParam("id") long id) {
        return submissions.versions(id).stream().map(SubmissionResource::version).toList();
    }

    @GET
    @Path("{id}/evidence")
    @Operation(summary = "The evidence files attached")
    public List<EvidenceDto> evidenceList(@PathParam("id") long id) {
        return submissions.evidence(submissions.find(id)).stream().map(EvidenceDto::of).toList();
    }

    @POST
    @Path("{id}/evidence")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a file (the request body) with its name; PDF, images, Word, Excel; size limited")
    public Response upload(@PathParam("id") long id, @QueryParam("criterionId") Long criterionId,
                           @QueryParam("fileName") String fileName, InputStream body) {
        Evidence e = evidence.upload(id, criterionId, body, fileName);
        return Response.status(201).entity(EvidenceDto.of(e)).build();
    }

    @GET
    @Path("{id}/evidence/{evidenceId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an evidence file")
    public Response download(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
        Evidence e = evidence.find(id, evidenceId);
        InputStream content = evidence.open(e);
        return Response.ok(content, e.getType().mimeType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(e.getOriginalName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @DELETE
    @Path("{id}/evidence/{evidenceId}")
    @Operation(summary = "Detach a file from a draft")
    public void remove(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
        evidence.remove(id, evidenceId);
    }

    @GET
    @Path("{id}/sheet")
    @Produces(XLSX)
    @Operation(summary = "The unit's form as .xlsx, pre-filled, to fill offline")
    public Response sheet(@PathParam("id") long id) {
        return Response.ok(sheets.download(id), XLSX)
                .header("Content-Disposition", "attachment; filename=\"bao-cao-" + id + ".xlsx\"").build();
    }

    @POST
    @Path("{id}/sheet")
    @Consumes(XLSX)
    @Operation(summary = "Preview a filled .xlsx form: the changes and every bad cell; with confirm=true save it as the draft")
    public SheetPreviewDto uploadSheet(@PathParam("id") long id, byte[] body, @QueryParam("confirm") boolean confirm,
                                       @QueryParam("version") Long version) {
        SubmissionSheetService.Preview preview = sheets.preview(id, body);
        List<ChangeDto> changes = preview.changes().stream()
                .map(c -> new ChangeDto(c.key(), c.section(), c.label(), c.before(), c.after())).toList();
        if (!confirm || preview.hasProblems()) {
            return new SheetPreviewDto(changes, preview.problems(), false, null);
        }
        return new SheetPreviewDto(changes, List.of(), true, sheets.confirm(id, version, body).getVersion());
    }

    @GET
    @Path("completeness")
    @Operation(summary = "Reporting completeness of a plan year: on time, late, returned, draft, not started; per block and unit type")
    public CompletenessDto completeness(@QueryParam("plan") long planId, @QueryParam("year") int year) {
        Completeness c = completeness.dashboard(planId, year);
        return new CompletenessDto(GroupDto.of(c.total()), c.byBlock().stream().map(GroupDto::of).toList(),
                c.byUnitType().stream().map(GroupDto::of).toList(), c.rows());
    }

    @POST
    @Path("reminders")
    @Operation(summary = "Remind the units that have not reported (all, or those listed), in the app and by e-mail")
    public CompletenessService.ReminderResult remind(ReminderForm form) {
        if (form == null || form.planId() == null || form.year() == null) {
            throw InvalidInputException.of("", messages.get("submission.error.openForm"));
        }
        return completeness.remind(form.planId(), form.year(), form.unitIds());
    }

    /** "tasks": [{taskId, progress, note}] — the progress on the unit's own plan tasks. */
    private Map<Long, SubmissionService.TaskUpdate> taskUpdates(JsonObject body) {
        Map<Long, SubmissionService.TaskUpdate> updates = new LinkedHashMap<>();
        JsonValue tasks = body.getOrDefault("tasks", JsonValue.EMPTY_JSON_ARRAY);
        if (tasks.getValueType() != JsonValue.ValueType.ARRAY) {
            throw InvalidInputException.of("tasks", messages.get("error.invalid"));
        }
        for (JsonValue value : tasks.asJsonArray()) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT || !(value.asJsonObject().get("taskId") instanceof JsonNumber id)) {
                throw InvalidInputException.of("tasks", messages.get("error.invalid"));
            }
            JsonObject t = value.asJsonObject();
            TaskProgress progress;
            try {
                progress = TaskProgress.valueOf(t.getString("progress", ""));
            } catch (IllegalArgumentException | ClassCastException unknown) {
                throw InvalidInputException.of("tasks[" + id.longValue() + "].progress", messages.get("submission.error.task", id.longValue()));
            }
            String note = t.get("note") instanceof JsonString text ? text.getString() : null;
            updates.put(id.longValue(), new SubmissionService.TaskUpdate(progress, note));
        }
        return updates;
    }

    private JsonObject detail(Submission s) {
        Map<Long, Answer> answers = submissions.answerCopies(s);
        SelfScore score = submissions.selfScore(s, answers);
        var criteria = Json.createArrayBuilder();
        for (Criterion c : submissions.criteriaOf(s)) {
            JsonObjectBuilder json = Json.createObjectBuilder().add("criterionId", c.getId()).add("code", c.getCode())
                    .add("name", c.getName()).add("group", c.isGroup()).add("maxPoints", c.getMaxPoints());
            if (c.getParent() != null) {
                json.add("parentId", c.getParent().getId());
            }
            if (!c.isGroup()) {
                json.add("kind", c.getKind().name()).add("evidenceRequired", c.isEvidenceRequired());
                var target = c.targetFor(s.getYear());
                if (target != null) {
                    json.add("target", vn.thidua.plan.TargetText.format(target));
                }
                if (c.getKind() == CriterionKind.NUMERIC_TARGET && c.getIndicator() != null && c.getIndicator().isRate()) {
                    json.add("rate", true);
                }
                AnswerJson.addFields(json, answers.get(c.getId()));
                BigDecimal actual = c.getKind() == CriterionKind.NUMERIC_TARGET ? SelfScore.actualValue(c, answers.get(c.getId())) : null;
                if (actual != null) {
                    json.add("actual", actual);
                }
                CriterionScore cs = score.scoreOf(c);
                json.add("points", cs.points()).add("met", cs.met()).add("missing", cs.missing());
                if (cs.achievementPercent() != null) {
                    json.add("achievementPercent", cs.achievementPercent());
                }
            } else {
                json.add("points", score.pointsOf(c));
            }
            criteria.add(json);
        }
        var total = score.total();
        Set<SubmissionAction> allowed = submissions.allowedActions(s);
        var actions = Json.createArrayBuilder();
        allowed.forEach(a -> actions.add(a.name()));
        var tasks = Json.createArrayBuilder();
        Map<Long, TaskReport> reports = submissions.taskReports(s);
        for (PlanTask task : submissions.tasksOf(s)) {
            TaskReport report = reports.get(task.getId());
            JsonObjectBuilder t = Json.createObjectBuilder().add("taskId", task.getId()).add("code", task.getCode())
                    .add("content", task.getContent()).add("progress", (report == null ? TaskProgress.NOT_STARTED : report.getProgress()).name());
            addIfPresent(t, "dueOn", task.getDueOn());
            addIfPresent(t, "note", report == null ? null : report.getNote());
            tasks.add(t);
        }
        var files = Json.createArrayBuilder();
        submissions.evidence(s).forEach(e -> files.add(Json.createObjectBuilder().add("id", e.getId())
                .add("name", e.getOriginalName()).add("type", e.getType().name()).add("sizeBytes", e.getSizeBytes())
                .add("sha256", e.getSha256()).add("criterionId", e.getCriterion() == null ? JsonValue.NULL
                        : Json.createValue(e.getCriterion().getId()))));
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", s.getId()).add("planId", s.getPlan().getId())
                .add("planNumber", s.getPlan().getNumberSymbol()).add("unitId", s.getUnit().getId())
                .add("unitName", s.getUnit().getName()).add("year", s.getYear()).add("frameworkId", s.getFramework().getId())
                .add("status", s.getStatus().name()).add("version", s.getVersion()).add("versionsSubmitted", s.getVersionsSubmitted())
                .add("late", s.isLate()).add("criteria", criteria).add("tasks", tasks).add("evidence", files).add("allowedActions", actions)
                .add("selfScore", Json.createObjectBuilder().add("criteria", total.criteriaPoints()).add("bonus", total.bonusPoints())
                        .add("penalty", total.penaltyPoints()).add("total", total.total()));
        addIfPresent(json, "narrative", s.getNarrative());
        addIfPresent(json, "returnReason", s.getReturnReason());
        addIfPresent(json, "deadline", submissions.deadline(s));
        addIfPresent(json, "cutoff", submissions.cutoff(s));
        addIfPresent(json, "submittedAt", s.getSubmittedAt());
        addIfPresent(json, "reopenedUntil", s.getReopenedUntil());
        if (s.getDaysLate() != null) {
            json.add("daysLate", s.getDaysLate());
        }
        return json.build();
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, Object value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }

    private static JsonObject version(SubmissionVersion v) {
        return Json.createObjectBuilder().add("versionNo", v.getVersionNo()).add("submittedAt", v.getSubmittedAt().toString())
                .add("submittedBy", v.getSubmittedBy()).add("daysLate", v.getDaysLate()).add("selfScore", v.getSelfScore())
                .add("content", Json.createReader(new java.io.StringReader(v.getContent())).readObject()).build();
    }
}
