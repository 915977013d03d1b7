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
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.common.InvalidInputException;
import vn.thidua.common.Messages;
import vn.thidua.review.AggregationMethod;
import vn.thidua.review.AssignmentPlan;
import vn.thidua.review.BoardLevel;
import vn.thidua.review.BoardMember;
import vn.thidua.review.BoardRole;
import vn.thidua.review.BoardService;
import vn.thidua.review.ConflictDeclaration;
import vn.thidua.review.ReviewAssignment;
import vn.thidua.review.ReviewBoard;
import vn.thidua.review.ReviewRound;
import vn.thidua.review.RoundService;
import vn.thidua.review.RoundStatus;
import vn.thidua.review.TieBreak;

/**
 * Review boards over JSON: boards, members, declared conflicts, rounds, assignments, scores, moderation, lock,
 * publication and the ranking per block. Who may do what is checked in the services.
 */
@Path("review")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Review boards")
public class ReviewResource {

    public record BoardForm(Long planId, Integer year, BoardLevel level, String name) {
    }

    public record MemberForm(Long accountId, BoardRole role) {
    }

    public record ConflictForm(Long unitId, String reason) {
    }

    public record RoundForm(String name, Integer reviewersPerSubmission, AggregationMethod aggregation, String bands,
                            List<TieBreak> tieBreaks, BigDecimal deviationShare, BigDecimal outlierShare) {
    }

    public record VersionForm(Long version, String reason) {
    }

    public record ScoreForm(Long criterionId, BigDecimal points, String comment) {
    }

    public record ScoringForm(Long version, boolean done, List<ScoreForm> scores) {
    }

    public record ModerationForm(Long submissionId, Long criterionId, BigDecimal points, String reason) {
    }

    public record MemberDto(Long id, Long accountId, String username, String fullName, String homeUnit, BoardRole role) {
        static MemberDto of(BoardMember m) {
            return new MemberDto(m.getId(), m.getAccount().getId(), m.getAccount().getUsername(), m.getAccount().getFullName(),
                    m.getAccount().getUnit() == null ? null : m.getAccount().getUnit().getName(), m.getRole());
        }
    }

    public record BoardDto(Long id, Long planId, int year, BoardLevel level, String name, List<MemberDto> members) {
        static BoardDto of(ReviewBoard b) {
            return new BoardDto(b.getId(), b.getPlan().getId(), b.getYear(), b.getLevel(), b.getName(),
                    b.getMembers().stream().map(MemberDto::of).toList());
        }
    }

    public record ConflictDto(Long id, Long memberId, String username, Long unitId, String unitName, String reason,
                              LocalDateTime declaredAt) {
        static ConflictDto of(ConflictDeclaration c) {
            return new ConflictDto(c.getId(), c.getMember().getId(), c.getMember().getAccount().getUsername(), c.getUnit().getId(),
                    c.getUnit().getName(), c.getReason(), c.getDeclaredAt());
        }
    }

    public record RoundDto(Long id, Long boardId, String name, int reviewersPerSubmission, AggregationMethod aggregation,
                           String bands, List<TieBreak> tieBreaks, RoundStatus status, LocalDateTime lockedAt,
                           LocalDateTime publishedAt, long version) {
        static RoundDto of(ReviewRound r) {
            return new RoundDto(r.getId(), r.getBoard().getId(), r.getName(), r.getReviewersPerSubmission(), r.getAggregation(),
                    vn.thidua.review.Band.format(r.getBandList()), r.getTieBreakList(), r.getStatus(), r.getLockedAt(), r.getPublishedAt(), r.getVersion());
        }
    }

    public record ScoreDto(Long criterionId, String code, BigDecimal points, String comment) {
    }

    public record AssignmentDto(Long id, Long roundId, Long submissionId, Long unitId, String unitName, Long memberId,
                                String username, boolean done, long version, List<ScoreDto> scores) {
        static AssignmentDto of(ReviewAssignment a) {
            return new AssignmentDto(a.getId(), a.getRound().getId(), a.getSubmission().getId(), a.getSubmission().getUnit().getId(),
                    a.getSubmission().getUnit().getName(), a.getMember().getId(), a.getMember().getAccount().getUsername(), a.isDone(),
                    a.getVersion(), a.getScores().stream().map(s -> new ScoreDto(s.getCriterion().getId(), s.getCriterion().getCode(),
                            s.getPoints(), s.getComment())).toList());
        }
    }

    public record ShortfallDto(Long submissionId, int missing) {
    }

    public record AssignResultDto(int assigned, List<ShortfallDto> shortfalls) {
    }

    public record RankedDto(int rank, boolean tied, Long unitId, String unitName, Long submissionId, BigDecimal total,
                            int criteriaMet, BigDecimal penaltyPoints, String band) {
    }

    public record BlockDto(String block, List<RankedDto> units) {
    }

    @Inject
    private BoardService boards;

    @Inject
    private RoundService rounds;

    @Inject
    private Messages messages;

    @GET
    @Path("boards")
    @Operation(summary = "The boards of a plan")
    public List<BoardDto> boards(@QueryParam("plan") long planId) {
        return boards.list(planId).stream().map(BoardDto::of).toList();
    }

    @POST
    @Path("boards")
    @Operation(summary = "Set up a board for a plan year (the office)")
    public Response createBoard(BoardForm form) {
        required(form, form == null ? null : form.planId());
        return Response.status(201).entity(BoardDto.of(boards.create(form.planId(), form.year(), form.level(), form.name()))).build();
    }

    @GET
    @Path("boards/{id}")
    public BoardDto board(@PathParam("id") long id) {
        return BoardDto.of(boards.find(id));
    }

    @POST
    @Path("boards/{id}/members")
    @Operation(summary = "Put an account with a board role on the board (the office)")
    public MemberDto addMember(@PathParam("id") long id, MemberForm form) {
        required(form, form == null ? null : form.accountId());
        return MemberDto.of(boards.addMember(id, form.accountId(), form.role()));
    }

    @POST
    @Path("boards/{id}/members/{memberId}/conflicts")
    @Operation(summary = "Declare a conflict of interest with a unit, with the reason (the member, or the office)")
    public ConflictDto declareConflict(@PathParam("id") long id, @PathParam("memberId") long memberId, ConflictForm form) {
        required(form, form == null ? null : form.unitId());
        return ConflictDto.of(boards.declareConflict(id, memberId, form.unitId(), form.reason()));
    }

    @GET
    @Path("boards/{id}/conflicts")
    @Operation(summary = "Every declared conflict on the board (the office)")
    public List<ConflictDto> conflicts(@PathParam("id") long id) {
        return boards.conflicts(id).stream().map(ConflictDto::of).toList();
    }

    @POST
    @Path("boards/{id}/rounds")
    @Operation(summary = "Open a scoring round: reviewers per report (default 3), aggregation MEAN, MEDIAN or TRIMMED_MEAN")
    public Response createRound(@PathParam("id") long id, RoundForm form) {
        required(form, form == null ? null : form.name());
        return Response.status(201).entity(RoundDto.of(rounds.create(id, form.name(), form.reviewersPerSubmission(), form.aggregation(), form.bands(), form.tieBreaks(),
                form.deviationShare(), form.outlierShare())))
                .build();
    }

    @GET
    @Path("rounds/{id}")
    public RoundDto round(@PathParam("id") long id) {
        return RoundDto.of(rounds.find(id));
    }

    @POST
    @Path("rounds/{id}/assign")
    @Operation(summary = "Assign every accepted report to members, balanced and never in conflict; lists reports short of reviewers")
    public AssignResultDto assign(@PathParam("id") long id) {
        AssignmentPlan plan = rounds.assign(id);
        return new AssignResultDto(plan.assignments().size(),
                plan.shortfalls().stream().map(s -> new ShortfallDto(s.targetId(), s.missing())).toList());
    }

    @GET
    @Path("rounds/{id}/assignments")
    public List<AssignmentDto> assignments(@PathParam("id") long id) {
        return rounds.assignments(id).stream().map(AssignmentDto::of).toList();
    }

    public record AssignmentForm(Long submissionId, Long memberId) {
    }

    @POST
    @Path("rounds/{id}/assignments")
    @Operation(summary = "Assign one more member to an accepted report by hand (the office); refused for a member in conflict")
    public Response addAssignment(@PathParam("id") long id, AssignmentForm form) {
        required(form, form == null ? null : form.submissionId());
        return Response.status(201).entity(AssignmentDto.of(rounds.addAssignment(id, form.submissionId(), form.memberId()))).build();
    }

    @DELETE
    @Path("assignments/{id}")
    @Operation(summary = "Take back an unfinished assignment (the office)")
    public void removeAssignment(@PathParam("id") long id) {
        rounds.removeAssignment(id);
    }

    @GET
    @Path("queue")
    @Operation(summary = "The caller's assignments, unfinished first")
    public List<AssignmentDto> queue() {
        return rounds.queue().stream().map(AssignmentDto::of).toList();
    }

    @GET
    @Path("assignments/{id}")
    public AssignmentDto assignment(@PathParam("id") long id) {
        return AssignmentDto.of(rounds.assignment(id));
    }

    @PUT
    @Path("assignments/{id}")
    @Operation(summary = "Score criteria of an assigned report: {version, done, scores: [{criterionId, points, comment}]}")
    public AssignmentDto score(@PathParam("id") long id, ScoringForm form) {
        required(form, form == null ? null : form.version());
        Map<Long, RoundService.ScoreInput> scores = new LinkedHashMap<>();
        for (ScoreForm s : form.scores() == null ? List.<ScoreForm>of() : form.scores()) {
            if (s == null || s.criterionId() == null) {
                throw InvalidInputException.of("scores", messages.get("error.invalid"));
            }
            scores.put(s.criterionId(), new RoundService.ScoreInput(s.points(), s.comment()));
        }
        return AssignmentDto.of(rounds.score(id, form.version(), scores, form.done()));
    }

    @POST
    @Path("rounds/{id}/moderations")
    @Operation(summary = "Adjust a report's aggregated criterion score with a reason (the office)")
    public Response moderate(@PathParam("id") long id, ModerationForm form) {
        required(form, form == null ? null : form.submissionId());
        rounds.moderate(id, form.submissionId(), form.criterionId() == null ? -1 : form.criterionId(), form.points(), form.reason());
        return Response.status(201).build();
    }

    @POST
    @Path("rounds/{id}/lock")
    @Operation(summary = "Lock the round (the chair)")
    public RoundDto lock(@PathParam("id") long id, VersionForm form) {
        return RoundDto.of(rounds.lock(id, form == null ? null : form.version()));
    }

    @POST
    @Path("rounds/{id}/reopen")
    @Operation(summary = "Open a locked round again, with the reason logged (the chair)")
    public RoundDto reopen(@PathParam("id") long id, VersionForm form) {
        return RoundDto.of(rounds.reopen(id, form == null ? null : form.version(), form == null ? null : form.reason()));
    }

    @POST
    @Path("rounds/{id}/publish")
    @Operation(summary = "Publish a locked round's results (the chair)")
    public RoundDto publish(@PathParam("id") long id, VersionForm form) {
        return RoundDto.of(rounds.publish(id, form == null ? null : form.version()));
    }

    @GET
    @Path("rounds/{id}/results")
    @Operation(summary = "The ranking per emulation block; before publication only for the office and the board")
    public List<BlockDto> results(@PathParam("id") long id) {
        return rounds.results(id).stream().map(b -> new BlockDto(b.block(), b.units().stream().map(u -> new RankedDto(u.rank(), u.tied(),
                u.entry().unitId(), u.entry().unitName(), b.submissionOfUnit().get(u.entry().unitId()), u.entry().total(),
                u.entry().criteriaMet(), u.entry().penaltyPoints(), u.band())).toList())).toList();
    }

    public record HistoryDto(LocalDateTime occurredAt, String username, String action, String entityType, String state) {
    }

    @GET
    @Path("rounds/{id}/history")
    @Operation(summary = "A report's history in the round from the audit log: assignments, scores, moderations, lock, reopenings, publication")
    public List<HistoryDto> history(@PathParam("id") long id, @QueryParam("submission") long submissionId) {
        return rounds.historyOf(id, submissionId).stream().map(e -> new HistoryDto(e.getOccurredAt(), e.getUsername(), e.getAction(),
                e.getEntityType(), e.getState())).toList();
    }

    private void required(Object form, Object key) {
        if (form == null || key == null) {
            throw InvalidInputException.of("", messages.get("error.invalid"));
        }
    }
}
