package vn.thidua.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.common.InvalidInputException;
import vn.thidua.report.BackgroundReport;
import vn.thidua.report.ReportFormat;
import vn.thidua.report.ReportJob;
import vn.thidua.report.ReportJobService;

/** Long reports made in the background: ask for one, follow its progress, download it when ready. */
@Path("reports/jobs")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportJobResource {

    @Inject
    private ReportJobService jobs;

    @Inject
    private vn.thidua.common.Messages messages;

    public record JobForm(String report, Long unitId, Integer year, String format) {
    }

    public record JobDto(Long id, String report, Long unitId, Integer year, String format, String title, String status, int rowsTotal,
                         int rowsDone, int percent, String fileName, Long sizeBytes, String error, LocalDateTime createdAt,
                         LocalDateTime finishedAt) {
        static JobDto of(ReportJob j) {
            return new JobDto(j.getId(), j.getReport().name(), j.getUnit().getId(), j.getYear(), j.getFormat().name(), j.getTitle(),
                    j.getStatus().name(), j.getRowsTotal(), j.getRowsDone(), j.getPercent(), j.getFileName(), j.getSizeBytes(), j.getError(),
                    j.getCreatedAt(), j.getFinishedAt());
        }
    }

    @POST
    @Operation(summary = "Ask for a long report in the background: {report: REGISTRY|STAFF, unitId, year, format: pdf|xlsx}; 202 with the job")
    public Response submit(JobForm form) {
        JobForm f = form == null ? new JobForm(null, null, null, null) : form;
        BackgroundReport report;
        try {
            report = f.report() == null ? null : BackgroundReport.valueOf(f.report().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("report", messages.get("reportJob.error.report"));
        }
        ReportFormat format = ReportFormats.of(f.format(), java.util.EnumSet.of(ReportFormat.PDF, ReportFormat.XLSX), messages);
        return Response.status(202).entity(JobDto.of(jobs.submit(report, f.unitId(), f.year(), format))).build();
    }

    @GET
    @Operation(summary = "The caller's background reports, newest first")
    public List<JobDto> mine() {
        return jobs.mine().stream().map(JobDto::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the caller's background reports, with its progress")
    public JobDto job(@PathParam("id") long id) {
        return JobDto.of(jobs.find(id));
    }

    @GET
    @Path("{id}/file")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The finished file of one of the caller's background reports")
    public Response file(@PathParam("id") long id) {
        ReportJob job = jobs.find(id);
        return Response.ok(jobs.open(job), job.getFormat().contentType())
                .header("Content-Disposition", "attachment; filename=\"" + job.getFileName() + "\"").build();
    }
}
