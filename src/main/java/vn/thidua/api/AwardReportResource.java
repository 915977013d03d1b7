package vn.thidua.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import java.util.stream.Collectors;
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
        ReportFormat f = parse(format, "pdf | docx | xlsx");
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
            throw InvalidInputException.of("unit", "Chọn một đơn vị (unit) hoặc một cá nhân (staff).");
        }
        parse(format, "pdf | xlsx");
        AwardDocuments.Prepared doc = staffId != null ? documents.personRegistry(staffId) : documents.unitRegistry(unitId, year);
        return send(doc, format(format, doc));
    }

    private static ReportFormat format(String text, AwardDocuments.Prepared doc) {
        String allowed = doc.formats().stream().map(f -> f.extension()).collect(Collectors.joining(" | "));
        ReportFormat format = parse(text, allowed);
        if (!doc.formats().contains(format)) {
            throw InvalidInputException.of("format", "Định dạng không được hỗ trợ cho tài liệu này; chọn: " + allowed + ".");
        }
        return format;
    }

    private static ReportFormat parse(String text, String allowed) {
        try {
            return ReportFormat.parse(text);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("format", "Định dạng không được hỗ trợ: " + text.toLowerCase(Locale.ROOT) + "; chọn: " + allowed + ".");
        }
    }

    private static Response send(AwardDocuments.Prepared doc, ReportFormat format) {
        StreamingOutput body = out -> doc.write(format, out);
        return Response.ok(body, format.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + doc.fileName() + "." + format.extension() + "\"")
                .build();
    }
}
