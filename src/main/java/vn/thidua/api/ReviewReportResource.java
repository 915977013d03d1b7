package vn.thidua.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.report.ReportFormat;
import vn.thidua.report.ReviewDocuments;
import vn.thidua.report.ReviewDocuments.Document;

/**
 * The printed documents of a review round and of a plan's monitoring, as PDF or XLSX. Each is built (and refused by
 * the services' role and unit checks) before anything is written.
 */
@Path("reports/review")
@Tag(name = "Reports")
public class ReviewReportResource {

    private static final java.util.Set<ReportFormat> TABLES = java.util.EnumSet.of(ReportFormat.PDF, ReportFormat.XLSX);

    @Inject
    private vn.thidua.common.Messages messages;

    @Inject
    private ReviewDocuments documents;

    @GET
    @Path("rounds/{id}/ranking")
    @Operation(summary = "The ranking of each emulation block of a round (bảng xếp hạng); before publication only for the office and the board")
    public Response ranking(@PathParam("id") long id, @QueryParam("format") String format) {
        ReportFormat f = ReportFormats.of(format, TABLES, messages);
        return attachment(documents.ranking(id), f);
    }

    @GET
    @Path("rounds/{id}/scorecards/{unitId}")
    @Operation(summary = "A unit's scorecard in a round (bảng chấm điểm); a unit's staff read only their own units'")
    public Response scorecard(@PathParam("id") long id, @PathParam("unitId") long unitId, @QueryParam("format") String format) {
        ReportFormat f = ReportFormats.of(format, TABLES, messages);
        return attachment(documents.scorecard(id, unitId), f);
    }

    @GET
    @Path("plans/{id}/indicators")
    @Operation(summary = "Each indicator's target for a year against the reporting units' values (kết quả thực hiện chỉ tiêu)")
    public Response indicators(@PathParam("id") long id, @QueryParam("year") Integer year, @QueryParam("format") String format) {
        ReportFormat f = ReportFormats.of(format, TABLES, messages);
        return attachment(documents.indicatorAchievement(id, ReportFormats.year(year, messages)), f);
    }

    @GET
    @Path("plans/{id}/indicators/trend")
    @Operation(summary = "The plan's indicators over its years for the mid-term and final reviews: baseline, each year's target and "
            + "mean result, the final target")
    public Response indicatorTrend(@PathParam("id") long id, @QueryParam("format") String format) {
        ReportFormat f = ReportFormats.of(format, TABLES, messages);
        return attachment(documents.indicatorTrend(id), f);
    }

    @GET
    @Path("plans/{id}/completeness")
    @Operation(summary = "Reporting completeness of a plan year per block and unit (tình hình nộp báo cáo)")
    public Response completeness(@PathParam("id") long id, @QueryParam("year") Integer year, @QueryParam("format") String format) {
        ReportFormat f = ReportFormats.of(format, TABLES, messages);
        return attachment(documents.completeness(id, ReportFormats.year(year, messages)), f);
    }

    @GET
    @Path("plans/{id}/tasks")
    @Operation(summary = "Progress of the plan's tasks per lead body (tiến độ thực hiện nhiệm vụ); the latest reported year unless one is given")
    public Response tasks(@PathParam("id") long id, @QueryParam("year") Integer year, @QueryParam("format") String format) {
        ReportFormat f = ReportFormats.of(format, TABLES, messages);
        return attachment(documents.taskProgress(id, year), f);
    }

    private static Response attachment(Document document, ReportFormat format) {
        StreamingOutput body = out -> document.write(format, out);
        return Response.ok(body, format.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + document.fileName(format) + "\"")
                .build();
    }
}
