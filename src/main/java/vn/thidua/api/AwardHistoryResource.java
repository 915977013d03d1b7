package vn.thidua.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.award.AwardHistoryImportService;
import vn.thidua.award.AwardHistoryImportService.Counts;
import vn.thidua.award.AwardHistoryImportService.HistoryPreview;
import vn.thidua.award.AwardHistoryMatch.Checked;
import vn.thidua.common.InvalidInputException;

/**
 * Loading the award history of earlier years over HTTP: the .xlsx is the request body; a preview first, then the
 * same file again with confirm=true to store the new rows. The checks of role and unit are in the service.
 */
@Path("awards/history-import")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "Commendations")
public class AwardHistoryResource {

    @Inject
    private AwardHistoryImportService importService;

    /**
     * One row of the file.
     *
     * @param status   NEW, ALREADY_STORED or INVALID
     * @param problems what is wrong with the row, in the caller's language (Vietnamese unless Accept-Language asks
     *                 for English)
     */
    public record RowDto(String sheet, int rowNumber, String kind, String staffCode, String unitCode, String identityKey,
                         String status, String who, String what, List<String> problems) {
    }

    /** The preview of a file: its rows and how many are new, stored, invalid (fileProblem is null: a bad file is a 400). */
    public record PreviewDto(String fileProblem, int total, long newRows, long alreadyStored, long invalid, List<RowDto> rows) {
    }

    /** What an import added per kind and the rows it skipped. */
    public record CountsDto(int awards, int ratings, int initiatives, int disciplines, int added, long alreadyStored,
                            long invalid) {
        static CountsDto of(Counts c) {
            return new CountsDto(c.awards(), c.ratings(), c.initiatives(), c.disciplines(), c.added(), c.alreadyStored(),
                    c.invalid());
        }
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "SECRETARIAT, ADMIN, UNIT_OFFICER, UNIT_HEAD: the .xlsx of past titles, ratings, initiatives and "
            + "discipline as the body (at most 5 MB); confirm=false previews each row (NEW, ALREADY_STORED or INVALID with its "
            + "problems), confirm=true stores the new valid rows in one transaction and answers the counts; a file that cannot be read "
            + "is a 400 with fieldErrors.file")
    public Response upload(@QueryParam("confirm") boolean confirm, @QueryParam("fileName") String fileName, InputStream body) {
        if (confirm) {
            return Response.ok(CountsDto.of(importService.confirm(body, fileName))).build();
        }
        HistoryPreview preview = importService.preview(body, fileName);
        if (preview.fileProblem() != null) {
            // the whole file is refused (not an .xlsx, too large, no sheet, a column missing): 400 with fieldErrors.file
            throw InvalidInputException.of("file", importService.text(preview.fileProblem()));
        }
        PreviewDto dto = new PreviewDto(null, preview.rows().size(), preview.newCount(), preview.storedCount(), preview.invalidCount(),
                preview.rows().stream().map(this::row).toList());
        return Response.ok(dto).build();
    }

    @GET
    @Path("template")
    @Produces(AwardHistoryImportService.CONTENT_TYPE)
    @Operation(summary = "The blank .xlsx for the award history: one sheet per kind with its headers, and the instructions")
    public Response template() {
        return Response.ok(importService.template(), AwardHistoryImportService.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + AwardHistoryImportService.TEMPLATE_NAME + "\"")
                .build();
    }

    private RowDto row(Checked c) {
        return new RowDto(c.row().sheetName(), c.row().rowNumber(), c.kind().name(), c.row().staffCode(), c.row().unitCode(),
                c.row().identityKey(), c.status().name(), c.who(), c.what(),
                c.row().problems().stream().map(importService::text).toList());
    }
}
