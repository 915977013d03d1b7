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
import vn.thidua.common.InvalidInputException;
import vn.thidua.report.AwardDocuments;
import vn.thidua.report.ReportFormat;

/**
 * The printed documents of the commendation work. Who may print what is decided by the award services behind
 * {@link AwardDocuments}: the same role and unit checks as the pages and the JSON API.
 */
@Path("reports/awards")
@Tag(name = "Reports")
public class AwardReportResource {

    @Inject
    private vn.thidua.common.Messages messages;

    @Inject
    private AwardDocuments documents;

    @GET
    @Path("rounds/{id}/nominations")
    @Operation(summary = "Danh sách đề nghị khen thưởng of a round, grouped by title, as PDF or XLSX; unit users get their own unit's")
    public Response nominations(@PathParam("id") long roundId, @QueryParam("format") String format) {
        AwardDocuments.Prepared doc = documents.nominationList(roundId);
        return send(doc, format(format, doc));
    }

    @GET
    @Path("sessions/{id}/minutes")
    @Operation(summary = "Biên bản họp Hội đồng Thi đua – Khen thưởng of a closed session, as PDF")
    public Response minutes(@PathParam("id") long sessionId, @QueryParam("format") String format) {
        AwardDocuments.Prepared doc = documents.minutes(sessionId);
        return send(doc, format(format, doc));
    }

    @GET
    @Path("decisions/{id}")
    @Operation(summary = "An issued commendation decision with its list as PDF or DOCX, or its list as XLSX")
    public Response decision(@PathParam("id") long decisionId, @QueryParam("format") String format) {
        ReportFormat f = ReportFormats.of(format, java.util.EnumSet.allOf(ReportFormat.class), messages);
        AwardDocuments.Prepared doc = documents.decision(decisionId, f);
        return send(doc, format(format, doc));
    }

    @GET
    @Path("decisions/{id}/certificates")
    @Operation(summary = "The certificates of an issued decision, one A4 landscape page per awardee, as PDF")
    public Response certificates(@PathParam("id") long decisionId, @QueryParam("format") String format) {
        AwardDocuments.Prepared doc = documents.certificates(decisionId);
        return send(doc, format(format, doc));
    }

    @GET
    @Path("registry")
    @Operation(summary = "Trích sổ khen thưởng of a unit (unit, optional year) or of a person (staff), as PDF or XLSX")
    public Response registry(@QueryParam("unit") Long unitId, @QueryParam("year") Integer year, @QueryParam("staff") Long staffId,
            @QueryParam("format") String format) {
        if ((unitId == null) == (staffId == null)) {
            throw InvalidInputException.of("unit", messages.get("report.error.unitOrStaff"));
        }
        ReportFormats.of(format, java.util.EnumSet.of(ReportFormat.PDF, ReportFormat.XLSX), messages);
        AwardDocuments.Prepared doc = staffId != null ? documents.personRegistry(staffId) : documents.unitRegistry(unitId, year);
        return send(doc, format(format, doc));
    }

    private ReportFormat format(String text, AwardDocuments.Prepared doc) {
        return ReportFormats.of(text, doc.formats(), messages);
    }

    private static Response send(AwardDocuments.Prepared doc, ReportFormat format) {
        StreamingOutput body = out -> doc.write(format, out);
        return Response.ok(body, format.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + doc.fileName() + "." + format.extension() + "\"")
                .build();
    }
}
