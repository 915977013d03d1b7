package vn.thidua.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.common.Page;
import vn.thidua.org.EmploymentStatus;
import vn.thidua.org.Gender;
import vn.thidua.org.StaffForm;
import vn.thidua.org.StaffMember;
import vn.thidua.org.StaffQuery;
import vn.thidua.org.StaffService;

@Path("staff")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Staff")
public class StaffResource {

    public record StaffDto(Long id, String code, String fullName, Gender gender, LocalDate birthDate, String position,
            Long unitId, String unitName, EmploymentStatus status, long version) {

        static StaffDto of(StaffMember s) {
            return new StaffDto(s.getId(), s.getCode(), s.getFullName(), s.getGender(), s.getBirthDate(), s.getPosition(),
                    s.getUnit().getId(), s.getUnit().getName(), s.getStatus(), s.getVersion());
        }
    }

    public record StaffPage(List<StaffDto> items, long total) {
    }

    @Inject
    private StaffService staffService;

    @Inject
    private vn.thidua.org.StaffImportService importService;

    public record ImportRowDto(int row, String code, String fullName, Gender gender, LocalDate birthDate, String position,
            String unitCode, EmploymentStatus status, List<String> errors) {
    }

    public record ImportPreviewDto(int rows, long valid, long invalid, List<ImportRowDto> items, Integer created,
            Integer updated) {
    }

    @GET
    @Operation(summary = "A page of staff within the caller's units, filtered and sorted")
    public StaffPage page(@QueryParam("unit") Long unit, @QueryParam("subunits") @DefaultValue("true") boolean subunits,
            @QueryParam("q") String text, @QueryParam("status") EmploymentStatus status, @QueryParam("gender") Gender gender,
            @QueryParam("sort") @DefaultValue("fullName") String sort, @QueryParam("asc") @DefaultValue("true") boolean asc,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        Page<StaffMember> page = staffService.page(new StaffQuery(unit, subunits, text, status, gender, sort, asc, first, size));
        return new StaffPage(page.items().stream().map(StaffDto::of).toList(), page.total());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One staff member")
    public StaffDto get(@PathParam("id") long id) {
        return StaffDto.of(staffService.find(id));
    }

    @POST
    @Operation(summary = "Add a staff member to a unit of the caller")
    public Response create(StaffForm form) {
        StaffMember member = staffService.create(form);
        return Response.created(URI.create("staff/" + member.getId())).entity(StaffDto.of(member)).build();
    }

    @GET
    @Path("import-template")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The .xlsx template for the staff import")
    public Response importTemplate() {
        jakarta.ws.rs.core.StreamingOutput body = vn.thidua.org.StaffImportTemplate::write;
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"mau-nhap-can-bo.xlsx\"").build();
    }

    @POST
    @Path("import")
    @Consumes({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Preview an .xlsx of staff (nothing saved); with confirm=true import its valid rows")
    public ImportPreviewDto importStaff(byte[] xlsx, @QueryParam("confirm") @DefaultValue("false") boolean confirm) {
        var preview = importService.preview(xlsx);
        if (preview.fileProblem() != null) {
            throw vn.thidua.common.InvalidInputException.of("file", importService.text(preview.fileProblem()));
        }
        List<ImportRowDto> items = preview.rows().stream().map(r -> new ImportRowDto(r.rowNumber(), r.code(), r.fullName(),
                r.gender(), r.birthDate(), r.position(), r.unitCode(), r.status(),
                r.problems().stream().map(importService::text).toList())).toList();
        Integer created = null;
        Integer updated = null;
        if (confirm) {
            var result = importService.importValidRows(xlsx);
            created = result.created();
            updated = result.updated();
        }
        return new ImportPreviewDto(items.size(), preview.validCount(), preview.invalidCount(), items, created, updated);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a staff member; send the version you read, a stale one answers 409")
    public StaffDto update(@PathParam("id") long id, StaffForm form) {
        return StaffDto.of(staffService.update(id, form));
    }
}
