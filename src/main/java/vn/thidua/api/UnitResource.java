package vn.thidua.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitForm;
import vn.thidua.org.UnitService;
import vn.thidua.org.UnitType;

@Path("units")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Units")
public class UnitResource {

    /** A unit as the API shows it; children only in the tree. */
    public record UnitDto(Long id, String code, String name, UnitType type, Long parentId, Long population,
            String address, String headName, boolean active, long version, List<UnitDto> children) {

        static UnitDto of(Unit u, List<UnitDto> children) {
            return new UnitDto(u.getId(), u.getCode(), u.getName(), u.getType(),
                    u.getParent() == null ? null : u.getParent().getId(), u.getPopulation(), u.getAddress(),
                    u.getHeadName(), u.isActive(), u.getVersion(), children);
        }
    }

    @Inject
    private UnitService unitService;

    @GET
    @Operation(summary = "The unit tree the caller may see")
    public List<UnitDto> tree() {
        List<Unit> units = unitService.visibleUnits();
        Map<Long, List<UnitDto>> children = new HashMap<>();
        List<UnitDto> roots = new ArrayList<>();
        // deepest first, so that each unit's children are complete before it is built
        for (int i = units.size() - 1; i >= 0; i--) {
            Unit u = units.get(i);
            UnitDto dto = UnitDto.of(u, reverse(children.getOrDefault(u.getId(), List.of())));
            Long parentId = u.getParent() == null ? null : u.getParent().getId();
            boolean parentVisible = parentId != null && units.stream().anyMatch(x -> x.getId().equals(parentId));
            if (parentVisible) {
                children.computeIfAbsent(parentId, k -> new ArrayList<>()).add(dto);
            } else {
                roots.add(dto);
            }
        }
        return reverse(roots);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One unit")
    public UnitDto get(@PathParam("id") long id) {
        return UnitDto.of(unitService.find(id), List.of());
    }

    @POST
    @Operation(summary = "Create a unit (emulation office, admin)")
    public Response create(UnitForm form) {
        Unit unit = unitService.create(form);
        return Response.created(URI.create("units/" + unit.getId())).entity(UnitDto.of(unit, List.of())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a unit; send the version you read, a stale one answers 409")
    public UnitDto update(@PathParam("id") long id, UnitForm form) {
        return UnitDto.of(unitService.update(id, form), List.of());
    }

    private static List<UnitDto> reverse(List<UnitDto> list) {
        List<UnitDto> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
