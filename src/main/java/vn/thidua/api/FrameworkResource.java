package vn.thidua.api;

import jakarta.inject.Inject;
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
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.criteria.Band;
import vn.thidua.criteria.ChecklistItem;
import vn.thidua.criteria.Criterion;
import vn.thidua.criteria.CriterionForm;
import vn.thidua.criteria.CriterionKind;
import vn.thidua.criteria.CriterionTemplate;
import vn.thidua.criteria.FrameworkForm;
import vn.thidua.criteria.FrameworkService;
import vn.thidua.criteria.ScoringFramework;
import vn.thidua.criteria.ScoringMethod;
import vn.thidua.org.UnitType;
import vn.thidua.plan.Comparison;

@Path("frameworks")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Scoring frameworks")
public class FrameworkResource {

    public record CriterionDto(Long id, Long parentId, int position, String code, String name, CriterionKind kind,
                               BigDecimal maxPoints, ScoringMethod method, BigDecimal capPercent, Long indicatorId,
                               Comparison targetComparison, BigDecimal targetValue, BigDecimal targetUpper,
                               BigDecimal pointsPerViolation, boolean evidenceRequired, String template,
                               List<CriterionForm.Item> items, List<CriterionForm.Step> bands, long version) {
        static CriterionDto of(Criterion c) {
            return new CriterionDto(c.getId(), c.getParent() == null ? null : c.getParent().getId(), c.getPosition(), c.getCode(),
                    c.getName(), c.getKind(), c.getMaxPoints(), c.getMethod(), c.getCapPercent(),
                    c.getIndicator() == null ? null : c.getIndicator().getId(), c.getTargetComparison(), c.getTargetValue(),
                    c.getTargetUpper(), c.getPointsPerViolation(), c.isEvidenceRequired(), c.getTemplate(),
                    c.getItems().stream().map(FrameworkResource::item).toList(),
                    c.getBands().stream().map(FrameworkResource::step).toList(), c.getVersion());
        }
    }

    public record FrameworkDto(Long id, Long planId, String name, UnitType unitType, int versionNo, BigDecimal declaredTotal,
                               boolean frozen, long version, List<CriterionDto> criteria, List<String> problems) {
        static FrameworkDto of(ScoringFramework f, List<String> problems) {
            return new FrameworkDto(f.getId(), f.getPlan().getId(), f.getName(), f.getUnitType(), f.getVersionNo(),
                    f.getDeclaredTotal(), f.isFrozen(), f.getVersion(), f.depthFirst().stream().map(CriterionDto::of).toList(), problems);
        }
    }

    @Inject
    private FrameworkService frameworkService;

    @GET
    @Path("{id}")
    @Operation(summary = "A framework with its criteria (each followed by its children) and what keeps it from being frozen")
    public FrameworkDto get(@PathParam("id") long id) {
        return dto(frameworkService.find(id));
    }

    @PUT
    @Path("{id}")
    public FrameworkDto update(@PathParam("id") long id, FrameworkForm form) {
        return dto(frameworkService.update(id, form));
    }

    @POST
    @Path("{id}/criteria")
    @Operation(summary = "Add a criterion (kind null: a group heading)")
    public CriterionDto addCriterion(@PathParam("id") long id, CriterionForm form) {
        return CriterionDto.of(frameworkService.saveCriterion(id, null, form));
    }

    @PUT
    @Path("{id}/criteria/{criterionId}")
    public CriterionDto updateCriterion(@PathParam("id") long id, @PathParam("criterionId") long criterionId, CriterionForm form) {
        return CriterionDto.of(frameworkService.saveCriterion(id, criterionId, form));
    }

    @DELETE
    @Path("{id}/criteria/{criterionId}")
    public void deleteCriterion(@PathParam("id") long id, @PathParam("criterionId") long criterionId) {
        frameworkService.deleteCriterion(id, criterionId);
    }

    @POST
    @Path("{id}/templates/{template}")
    @Operation(summary = "Add a built-in criterion: SMOKE_FREE, GREEN_CLEAN_SAFE, PATIENT_SATISFACTION, NO_VIOLATIONS, TASK_COMPLETION")
    public CriterionDto addTemplate(@PathParam("id") long id, @PathParam("template") CriterionTemplate template,
                                    @QueryParam("parent") Long parentId) {
        return CriterionDto.of(frameworkService.addTemplate(id, template, parentId));
    }

    @POST
    @Path("{id}/freeze")
    @Operation(summary = "Freeze the framework for a scoring round; refused while its points do not add up")
    public FrameworkDto freeze(@PathParam("id") long id, @QueryParam("version") Long version) {
        return dto(frameworkService.freeze(id, version));
    }

    @POST
    @Path("{id}/new-version")
    @Operation(summary = "Start the next, editable version of a frozen framework")
    public Response newVersion(@PathParam("id") long id) {
        ScoringFramework next = frameworkService.newVersion(id);
        return Response.created(URI.create(next.getId().toString())).entity(dto(next)).build();
    }

    private FrameworkDto dto(ScoringFramework f) {
        return FrameworkDto.of(f, frameworkService.problems(f));
    }

    private static CriterionForm.Item item(ChecklistItem i) {
        return new CriterionForm.Item(i.getText(), i.getPoints());
    }

    private static CriterionForm.Step step(Band b) {
        return new CriterionForm.Step(b.getMinAchievement(), b.getPoints());
    }
}
