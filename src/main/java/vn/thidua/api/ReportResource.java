package vn.thidua.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.thidua.report.RecordDataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.common.Messages;
import vn.thidua.common.VietnameseDates;
import vn.thidua.org.StaffMember;
import vn.thidua.org.StaffQuery;
import vn.thidua.org.StaffService;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitService;
import vn.thidua.report.ReportFormat;
import vn.thidua.report.ReportRenderer;
import vn.thidua.report.StaffListRow;
import vn.thidua.security.CurrentUser;

/** Printed documents; the pages link here too, so the same role and unit checks apply. */
@Path("reports")
@Tag(name = "Reports")
public class ReportResource {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Inject
    private StaffService staffService;

    @Inject
    private UnitService unitService;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private vn.thidua.common.Messages messages;

    @GET
    @Path("staff")
    @Operation(summary = "The staff list of a unit and its sub-units (or of all the caller's units), as PDF or XLSX")
    public Response staff(@QueryParam("unit") Long unitId, @QueryParam("format") String formatText) {
        ReportFormat format = ReportFormats.of(formatText, java.util.EnumSet.of(ReportFormat.PDF, ReportFormat.XLSX), messages);
        // without a unit: the whole province for the office, the own unit for a unit's staff
        Unit unit = unitId != null ? unitService.find(unitId)
                : currentUser.scope().provinceWide() ? null : currentUser.homeUnit();
        List<StaffMember> staff = staffService.all(new StaffQuery(unit == null ? null : unit.getId(), true, null, null,
                null, "unit", true, 0, 0));
        List<StaffListRow> rows = staff.stream().map(StaffListRow::of).toList();
        String unitName = unit == null ? "Toàn ngành" : unit.getName();
        Map<String, Object> params = Map.of(
                "ISSUING_BODY", "SỞ Y TẾ HÀ TĨNH",
                "UNIT_NAME", unitName,
                "PLACE_AND_DATE", "Hà Tĩnh, " + VietnameseDates.longForm(LocalDate.now()),
                "TITLE", Messages.text(VI, "staff.report.title"));
        StreamingOutput body = out -> ReportRenderer.render("staff-list", params, new RecordDataSource(rows),
                format, "Danh sách cán bộ", out);
        return Response.ok(body, format.contentType())
                .header("Content-Disposition", "attachment; filename=\"danh-sach-can-bo." + format.extension() + "\"")
                .build();
    }
}
