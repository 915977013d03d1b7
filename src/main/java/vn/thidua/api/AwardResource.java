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
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.thidua.award.AwardDecision;
import vn.thidua.award.AwardHistoryService;
import vn.thidua.award.AwardRecord;
import vn.thidua.award.Ballot;
import vn.thidua.award.BoardSession;
import vn.thidua.award.ConditionResult;
import vn.thidua.award.DecisionService;
import vn.thidua.award.EligibilityService;
import vn.thidua.award.Nomination;
import vn.thidua.award.NominationAttachment;
import vn.thidua.award.NominationRound;
import vn.thidua.award.NominationService;
import vn.thidua.award.RoundKind;
import vn.thidua.award.RuleKind;
import vn.thidua.award.RuleSet;
import vn.thidua.award.SessionService;
import vn.thidua.award.TitleRule;
import vn.thidua.award.TitleService;
import vn.thidua.award.TitleType;

/**
 * Commendations over JSON: the title catalogue and rule sets, award history and registry, nomination rounds and
 * nominations with their eligibility, board sessions with secret ballots, and decisions. Every check of role and unit
 * is in the services, the same as for the pages.
 */
@Path("awards")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Commendations")
public class AwardResource {

    @Inject
    private TitleService titles;

    @Inject
    private AwardHistoryService history;

    @Inject
    private NominationService nominations;

    @Inject
    private SessionService sessions;

    @Inject
    private DecisionService decisions;

    @Inject
    private vn.thidua.common.Messages messages;

    public record TitleDto(Long id, String code, String name, String shortName, String subject, String category, String level,
                           String awardingBody, BigDecimal rewardMultiple, String legalReference) {
        static TitleDto of(TitleType t) {
            return new TitleDto(t.getId(), t.getCode(), t.getName(), t.getShortName(), t.getSubject().name(), t.getCategory().name(),
                    t.getLevel().name(), t.getAwardingBody(), t.getRewardMultiple(), t.getLegalReference());
        }
    }

    public record RuleDto(Long id, String title, RuleKind kind, String parameters, String anyGroup, int option, boolean enabled,
                          String legalReference, long version) {
        static RuleDto of(TitleRule r) {
            return new RuleDto(r.getId(), r.getTitle().getCode(), r.getKind(), r.getParameters(), r.getAnyGroup(), r.getOption(),
                    r.isEnabled(), r.getLegalReference(), r.getVersion());
        }
    }

    public record RuleSetDto(Long id, String name, LocalDate effectiveFrom, String status, long version, List<RuleDto> rules) {
        static RuleSetDto of(RuleSet s, boolean withRules) {
            return new RuleSetDto(s.getId(), s.getName(), s.getEffectiveFrom(), s.getStatus().name(), s.getVersion(),
                    withRules ? s.getRules().stream().map(RuleDto::of).toList() : null);
        }
    }

    public record NewVersionForm(String name, LocalDate effectiveFrom) {
    }

    public record RuleForm(Long version, Long titleId, RuleKind kind, String parameters, String anyGroup, Integer option,
                           Boolean enabled, String legalReference) {
        TitleService.RuleInput input() {
            return new TitleService.RuleInput(titleId, kind, parameters, anyGroup, option, enabled == null || enabled, legalReference);
        }
    }

    public record VersionForm(Long version, String reason) {
    }

    public record AwardDto(Long id, Long unitId, String unitName, Long staffId, String staffName, String title, int year,
                           String decision, String source, boolean revoked) {
        static AwardDto of(AwardRecord a) {
            return new AwardDto(a.getId(), a.getUnit().getId(), a.getUnit().getName(), a.getStaff() == null ? null : a.getStaff().getId(),
                    a.getStaff() == null ? null : a.getStaff().getFullName(), a.getTitle().getCode(), a.getYear(), a.decisionText(),
                    a.getSource().name(), a.isRevoked());
        }
    }

    public record HistoryDto(List<AwardDto> awards, List<Map<String, Object>> ratings, List<Map<String, Object>> initiatives,
                             List<Map<String, Object>> disciplines) {
        static HistoryDto of(AwardHistoryService.History h) {
            return new HistoryDto(h.awards().stream().map(AwardDto::of).toList(),
                    h.ratings().stream().map(r -> Map.<String, Object>of("year", r.getYear(), "rating", r.getRating().name())).toList(),
                    h.initiatives().stream().map(i -> Map.<String, Object>of("year", i.getYear(), "name", i.getName(),
                            "level", i.getLevel().name(), "decision", i.decisionText() == null ? "" : i.decisionText())).toList(),
                    h.disciplines().stream().map(d -> Map.<String, Object>of("decidedOn", d.getDecidedOn().toString(),
                            "measure", d.getMeasure().name())).toList());
        }
    }

    public record RoundForm(String name, RoundKind kind, Integer year, Long planId, LocalDate deadline) {
    }

    public record RoundDto(Long id, String name, RoundKind kind, int year, Long planId, LocalDate deadline, boolean open, long version) {
        static RoundDto of(NominationRound r) {
            return new RoundDto(r.getId(), r.getName(), r.getKind(), r.getYear(), r.getPlan() == null ? null : r.getPlan().getId(),
                    r.getDeadline(), r.isOpen(), r.getVersion());
        }
    }

    public record NominationForm(Long version, Long staffId, Long candidateUnitId, Long titleId, String summary) {
    }

    public record ConditionDto(String kind, String outcome, String summary, List<String> facts, String legalReference) {
        static ConditionDto of(ConditionResult c) {
            return new ConditionDto(c.rule().kind().name(), c.outcome().name(), c.summary(), c.facts(), c.rule().legalReference());
        }
    }

    public record NominationDto(Long id, Long roundId, Long unitId, String unitName, Long staffId, Long candidateUnitId,
                                String candidateName, String title, String status, String summary, String eligibility,
                                String eligibilityDetail, String overrideReason, String overrideBy, String returnReason,
                                long version, List<Map<String, Object>> attachments, String ruleSet, String liveOutcome,
                                List<ConditionDto> conditions) {
        static NominationDto of(Nomination n, EligibilityService.Check check) {
            return new NominationDto(n.getId(), n.getRound().getId(), n.getUnit().getId(), n.getUnit().getName(),
                    n.getStaff() == null ? null : n.getStaff().getId(), n.getCandidateUnit() == null ? null : n.getCandidateUnit().getId(),
                    n.candidateName(), n.getTitle().getCode(), n.getStatus().name(), n.getSummary(),
                    n.getEligibility() == null ? null : n.getEligibility().name(), n.getEligibilityDetail(), n.getOverrideReason(),
                    n.getOverrideBy(), n.getReturnReason(), n.getVersion(),
                    n.getAttachments().stream().map(a -> Map.<String, Object>of("id", a.getId(), "name", a.getOriginalName(),
                            "size", a.getSizeBytes(), "sha256", a.getSha256())).toList(),
                    check == null ? null : check.ruleSet().getName(), check == null ? null : check.result().overall().name(),
                    check == null ? null : check.result().conditions().stream().map(ConditionDto::of).toList());
        }
    }

    public record CapDto(Long unitId, String unitName, List<String> exceeded) {
    }

    public record SessionForm(Long boardId, LocalDate heldOn, String place) {
    }

    public record AttendanceForm(Long version, Map<Long, Boolean> present) {
    }

    public record BallotDto(Long id, Long nominationId, String candidateName, String title, int approving, int disapproving,
                            String entry, String result, String threshold, long version) {
        static BallotDto of(Ballot b, boolean showTally) {
            return new BallotDto(b.getId(), b.getNomination().getId(), b.getNomination().candidateName(),
                    b.getNomination().getTitle().getCode(), showTally ? b.getApproving() : -1, showTally ? b.getDisapproving() : -1,
                    b.getEntry().name(), b.getResult() == null ? null : b.getResult().name(), b.getThreshold(), b.getVersion());
        }
    }

    public record SessionDto(Long id, Long roundId, Long boardId, LocalDate heldOn, String place, String status, int membership,
                             long present, LocalDateTime closedAt, long version, List<Map<String, Object>> attendance,
                             List<BallotDto> ballots, Set<Long> votedByMe) {
    }

    public record VoteForm(Boolean approve) {
    }

    public record PaperForm(Long version, Integer approving, Integer disapproving) {
    }

    public record DecisionForm(Long version, String number, String symbol, LocalDate signedOn, String place, String issuingBody,
                               String summary, String legalBases, String signerName, String signerTitle) {
    }

    public record DecisionDto(Long id, Long roundId, String number, String symbol, LocalDate signedOn, String place,
                              String issuingBody, String summary, String legalBases, String signerName, String signerTitle,
                              String status, long version, List<Map<String, Object>> items) {
        static DecisionDto of(AwardDecision d) {
            return new DecisionDto(d.getId(), d.getRound().getId(), d.getNumber(), d.getSymbol(), d.getSignedOn(), d.getPlace(),
                    d.getIssuingBody(), d.getSummary(), d.getLegalBases(), d.getSignerName(), d.getSignerTitle(), d.getStatus().name(),
                    d.getVersion(), d.getItems().stream().map(i -> Map.<String, Object>of("id", i.getId(),
                            "nominationId", i.getNomination().getId(), "candidateName", i.getNomination().candidateName(),
                            "title", i.getNomination().getTitle().getCode(), "unitName", i.getNomination().getUnit().getName())).toList());
        }
    }

    // ---- catalogue and rule sets

    @GET
    @Path("titles")
    @Operation(summary = "The title catalogue: emulation titles and forms of commendation, with their awarding body")
    public List<TitleDto> titles() {
        return titles.titles().stream().map(TitleDto::of).toList();
    }

    @GET
    @Path("rule-sets")
    @Operation(summary = "Versions of the statutory conditions, newest first")
    public List<RuleSetDto> ruleSets() {
        return titles.ruleSets().stream().map(s -> RuleSetDto.of(s, false)).toList();
    }

    @GET
    @Path("rule-sets/{id}")
    @Operation(summary = "A rule set with every rule")
    public RuleSetDto ruleSet(@PathParam("id") long id) {
        return RuleSetDto.of(titles.ruleSet(id), true);
    }

    @POST
    @Path("rule-sets/{id}/versions")
    @Operation(summary = "ADMIN: a new draft version copied from this set, with its effective date")
    public Response newVersion(@PathParam("id") long id, NewVersionForm form) {
        RuleSet set = titles.newVersion(id, form == null ? null : form.name(), form == null ? null : form.effectiveFrom());
        return Response.status(201).entity(RuleSetDto.of(set, true)).build();
    }

    @POST
    @Path("rule-sets/{id}/rules")
    @Operation(summary = "ADMIN: add a rule to a draft set")
    public Response addRule(@PathParam("id") long id, RuleForm form) {
        return Response.status(201).entity(RuleDto.of(titles.saveRule(id, null, null, form(form).input()))).build();
    }

    @PUT
    @Path("rule-sets/{id}/rules/{ruleId}")
    @Operation(summary = "ADMIN: change a rule of a draft set (kind, parameters such as 'title=CSTDCS; years=3', group, option)")
    public RuleDto saveRule(@PathParam("id") long id, @PathParam("ruleId") long ruleId, RuleForm form) {
        return RuleDto.of(titles.saveRule(id, ruleId, form(form).version(), form(form).input()));
    }

    @DELETE
    @Path("rule-sets/{id}/rules/{ruleId}")
    @Operation(summary = "ADMIN: remove a rule from a draft set (?version= of the rule as read)")
    public void removeRule(@PathParam("id") long id, @PathParam("ruleId") long ruleId, @QueryParam("version") Long version) {
        titles.removeRule(id, ruleId, version);
    }

    @POST
    @Path("rule-sets/{id}/activate")
    @Operation(summary = "ADMIN: put a draft set in force from its effective date; it can no longer be edited")
    public RuleSetDto activate(@PathParam("id") long id, VersionForm form) {
        return RuleSetDto.of(titles.activate(id, form == null ? null : form.version()), false);
    }

    // ---- history and registry

    @GET
    @Path("history/people/{staffId}")
    @Operation(summary = "A person's titles, ratings, initiatives and discipline")
    public HistoryDto personHistory(@PathParam("staffId") long staffId) {
        return HistoryDto.of(history.ofPerson(staffId));
    }

    @GET
    @Path("history/units/{unitId}")
    @Operation(summary = "A collective's own titles, ratings, initiatives and discipline")
    public HistoryDto unitHistory(@PathParam("unitId") long unitId) {
        return HistoryDto.of(history.ofCollective(unitId));
    }

    @GET
    @Path("registry/units/{unitId}")
    @Operation(summary = "The award registry of a unit (its people and itself), optionally for one year")
    public List<AwardDto> registry(@PathParam("unitId") long unitId, @QueryParam("year") Integer year) {
        return history.registryOf(unitId, year).stream().map(AwardDto::of).toList();
    }

    // ---- rounds and nominations

    @GET
    @Path("rounds")
    @Operation(summary = "Nomination rounds, newest first")
    public List<RoundDto> rounds() {
        return nominations.rounds().stream().map(RoundDto::of).toList();
    }

    @POST
    @Path("rounds")
    @Operation(summary = "SECRETARIAT: open a nomination round (ANNUAL, MID_TERM, FINAL, THEMATIC, AD_HOC)")
    public Response createRound(RoundForm f) {
        RoundForm form = f == null ? new RoundForm(null, null, null, null, null) : f;
        NominationRound r = nominations.createRound(form.name(), form.kind(), form.year(), form.planId(), form.deadline());
        return Response.status(201).entity(RoundDto.of(r)).build();
    }

    @POST
    @Path("rounds/{id}/close")
    @Operation(summary = "SECRETARIAT: close a round to new nominations")
    public RoundDto closeRound(@PathParam("id") long id, VersionForm form) {
        return RoundDto.of(nominations.setOpen(id, form == null ? null : form.version(), false));
    }

    @GET
    @Path("rounds/{id}/nominations")
    @Operation(summary = "The round's nominations the caller may see, with the result of their last check")
    public List<NominationDto> nominations(@PathParam("id") long id) {
        return nominations.nominations(id).stream().map(n -> NominationDto.of(n, null)).toList();
    }

    @POST
    @Path("rounds/{id}/nominations")
    @Operation(summary = "UNIT_OFFICER/UNIT_HEAD: nominate a staff member (staffId) or a collective (candidateUnitId) for a title")
    public Response nominate(@PathParam("id") long id, NominationForm form) {
        NominationForm f = form(form);
        Nomination n = nominations.create(id, new NominationService.Draft(f.staffId(), f.candidateUnitId(), f.titleId(), f.summary()));
        return Response.status(201).entity(NominationDto.of(n, null)).build();
    }

    @GET
    @Path("rounds/{id}/caps")
    @Operation(summary = "Units whose nominations exceed a ratio cap, with the caps exceeded")
    public List<CapDto> caps(@PathParam("id") long id) {
        return nominations.capsExceeded(id).stream().map(c -> new CapDto(c.unit().getId(), c.unit().getName(),
                c.caps().stream().map(x -> x.message()).toList())).toList();
    }

    @GET
    @Path("nominations/{id}")
    @Operation(summary = "A nomination with its live eligibility check: each condition's result and the facts behind it")
    public NominationDto nomination(@PathParam("id") long id) {
        return NominationDto.of(nominations.find(id), nominations.check(id));
    }

    @PUT
    @Path("nominations/{id}")
    @Operation(summary = "Change the title or the achievement summary of a draft or returned nomination")
    public NominationDto update(@PathParam("id") long id, NominationForm form) {
        NominationForm f = form(form);
        return NominationDto.of(nominations.update(id, f.version(), f.titleId(), f.summary()), null);
    }

    @POST
    @Path("nominations/{id}/submit")
    @Operation(summary = "UNIT_HEAD of the nominating unit: submit; the eligibility check runs and is kept")
    public NominationDto submit(@PathParam("id") long id, VersionForm form) {
        return NominationDto.of(nominations.submit(id, version(form)), null);
    }

    @POST
    @Path("nominations/{id}/withdraw")
    @Operation(summary = "The unit withdraws a draft or returned nomination")
    public NominationDto withdraw(@PathParam("id") long id, VersionForm form) {
        return NominationDto.of(nominations.withdraw(id, version(form)), null);
    }

    @POST
    @Path("nominations/{id}/return")
    @Operation(summary = "SECRETARIAT: return to the unit with a reason")
    public NominationDto returnToUnit(@PathParam("id") long id, VersionForm form) {
        return NominationDto.of(nominations.returnToUnit(id, version(form), form == null ? null : form.reason()), null);
    }

    @POST
    @Path("nominations/{id}/recheck")
    @Operation(summary = "SECRETARIAT: run the check again on today's facts and keep the result")
    public NominationDto recheck(@PathParam("id") long id) {
        return NominationDto.of(nominations.recheck(id), null);
    }

    @POST
    @Path("nominations/{id}/override")
    @Operation(summary = "SECRETARIAT: let a nomination that does not pass go to the board, with a logged reason")
    public NominationDto override(@PathParam("id") long id, VersionForm form) {
        return NominationDto.of(nominations.override(id, version(form), form == null ? null : form.reason()), null);
    }

    @POST
    @Path("nominations/{id}/agenda")
    @Operation(summary = "SECRETARIAT: put an eligible (or overridden) nomination on the board's agenda")
    public NominationDto agenda(@PathParam("id") long id, VersionForm form) {
        return NominationDto.of(nominations.putOnAgenda(id, version(form)), null);
    }

    @POST
    @Path("nominations/{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a file (the request body) with its name; PDF, images, Word, Excel; size limited")
    public Response attach(@PathParam("id") long id, @QueryParam("fileName") String fileName, InputStream body) {
        NominationAttachment a = nominations.attach(id, body, fileName);
        return Response.status(201).entity(Map.of("id", a.getId(), "name", a.getOriginalName(), "sha256", a.getSha256())).build();
    }

    @GET
    @Path("nominations/{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an attachment")
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        NominationAttachment a = nominations.attachment(id, attachmentId);
        return Response.ok(nominations.open(a), a.getType().mimeType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(a.getOriginalName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    // ---- sessions and ballots

    @GET
    @Path("rounds/{id}/sessions")
    @Operation(summary = "The board sessions of a round")
    public List<SessionDto> sessions(@PathParam("id") long id) {
        return sessions.sessions(id).stream().map(this::session).toList();
    }

    @POST
    @Path("rounds/{id}/sessions")
    @Operation(summary = "SECRETARIAT: prepare a board session for the round")
    public Response createSession(@PathParam("id") long id, SessionForm form) {
        SessionForm f = form == null ? new SessionForm(null, null, null) : form;
        return Response.status(201).entity(session(sessions.create(id, f.boardId(), f.heldOn(), f.place()))).build();
    }

    @GET
    @Path("sessions/{id}")
    @Operation(summary = "A session: attendance, ballots (tallies once it is closed, or for the office), the ballots I voted on")
    public SessionDto session(@PathParam("id") long id) {
        return session(sessions.find(id));
    }

    @PUT
    @Path("sessions/{id}/attendance")
    @Operation(summary = "SECRETARIAT: who is present, as {version, present: {memberId: true|false}}")
    public SessionDto attendance(@PathParam("id") long id, AttendanceForm form) {
        return session(sessions.setAttendance(id, form == null ? null : form.version(), form == null || form.present() == null
                ? Map.of() : form.present()));
    }

    @POST
    @Path("sessions/{id}/open")
    @Operation(summary = "SECRETARIAT: check the quorum and open the vote on the agenda")
    public SessionDto open(@PathParam("id") long id, VersionForm form) {
        return session(sessions.openVoting(id, version(form)));
    }

    @POST
    @Path("ballots/{id}/vote")
    @Operation(summary = "A present board member votes once: {approve: true|false}; the vote is secret")
    public Response vote(@PathParam("id") long id, VoteForm form) {
        if (form == null || form.approve() == null) {
            throw vn.thidua.common.InvalidInputException.of("approve", messages.get("session.error.approve"));
        }
        sessions.vote(id, form.approve());
        return Response.noContent().build();
    }

    @PUT
    @Path("ballots/{id}/paper")
    @Operation(summary = "SECRETARIAT: enter the counted paper ballots of a nomination")
    public BallotDto paper(@PathParam("id") long id, PaperForm form) {
        PaperForm f = form == null ? new PaperForm(null, null, null) : form;
        return BallotDto.of(sessions.enterPaperCount(id, f.version(), f.approving(), f.disapproving()), true);
    }

    @POST
    @Path("sessions/{id}/close")
    @Operation(summary = "The chair closes the vote; results against each title's threshold are final")
    public SessionDto close(@PathParam("id") long id, VersionForm form) {
        return session(sessions.close(id, version(form)));
    }

    // ---- decisions

    @GET
    @Path("rounds/{id}/decisions")
    @Operation(summary = "The decisions of a round")
    public List<DecisionDto> decisions(@PathParam("id") long id) {
        return decisions.decisions(id).stream().map(DecisionDto::of).toList();
    }

    @POST
    @Path("rounds/{id}/decisions")
    @Operation(summary = "SECRETARIAT: draft a decision listing the approved nominations not yet decided")
    public Response draft(@PathParam("id") long id) {
        return Response.status(201).entity(DecisionDto.of(decisions.draft(id))).build();
    }

    @GET
    @Path("decisions/{id}")
    @Operation(summary = "A decision with its list")
    public DecisionDto decision(@PathParam("id") long id) {
        return DecisionDto.of(decisions.find(id));
    }

    @PUT
    @Path("decisions/{id}")
    @Operation(summary = "SECRETARIAT: complete a draft: number, symbol, date, place, issuing body, summary, legal bases, signer")
    public DecisionDto updateDecision(@PathParam("id") long id, DecisionForm form) {
        DecisionForm f = form == null ? new DecisionForm(null, null, null, null, null, null, null, null, null, null) : form;
        return DecisionDto.of(decisions.update(id, f.version(), new DecisionService.Header(f.number(), f.symbol(), f.signedOn(), f.place(),
                f.issuingBody(), f.summary(), f.legalBases(), f.signerName(), f.signerTitle())));
    }

    @DELETE
    @Path("decisions/{id}/items/{itemId}")
    @Operation(summary = "SECRETARIAT: take a nomination off a draft decision")
    public DecisionDto removeItem(@PathParam("id") long id, @PathParam("itemId") long itemId, @QueryParam("version") Long version) {
        return DecisionDto.of(decisions.removeItem(id, version, itemId));
    }

    @POST
    @Path("decisions/{id}/issue")
    @Operation(summary = "SECRETARIAT: issue the decision; it becomes immutable and its awards enter the registry")
    public DecisionDto issue(@PathParam("id") long id, VersionForm form) {
        return DecisionDto.of(decisions.issue(id, version(form)));
    }

    private SessionDto session(BoardSession s) {
        // running tallies stay hidden until the chair closes: seen beside the list of who voted, they would tell votes
        boolean closed = s.getStatus() == vn.thidua.award.SessionStatus.CLOSED;
        return new SessionDto(s.getId(), s.getRound().getId(), s.getBoard().getId(), s.getHeldOn(), s.getPlace(), s.getStatus().name(),
                s.getMembership(), s.presentCount(), s.getClosedAt(), s.getVersion(),
                s.getAttendance().stream().map(a -> Map.<String, Object>of("memberId", a.getMember().getId(),
                        "username", a.getMember().getAccount().getUsername(), "role", a.getMember().getRole().name(),
                        "present", a.isPresent())).toList(),
                s.getBallots().stream().map(b -> BallotDto.of(b, closed || b.getEntry() == vn.thidua.award.BallotEntry.PAPER)).toList(), sessions.votedBallots(s));
    }

    private static Long version(VersionForm form) {
        return form == null ? null : form.version();
    }

    private static RuleForm form(RuleForm form) {
        return form == null ? new RuleForm(null, null, null, null, null, null, null, null) : form;
    }

    private static NominationForm form(NominationForm form) {
        return form == null ? new NominationForm(null, null, null, null, null) : form;
    }
}
