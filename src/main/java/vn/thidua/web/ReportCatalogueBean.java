package vn.thidua.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.thidua.award.AwardHistoryService;
import vn.thidua.award.DecisionService;
import vn.thidua.award.DecisionStatus;
import vn.thidua.award.NominationService;
import vn.thidua.award.SessionService;
import vn.thidua.award.SessionStatus;
import vn.thidua.plan.EmulationPlan;
import vn.thidua.plan.PlanService;
import vn.thidua.review.RoundService;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;
import vn.thidua.report.BackgroundReport;
import vn.thidua.report.ReportFormat;
import vn.thidua.report.ReportJobService;

/**
 * The report catalogue: /report/catalogue.xhtml — the caller picks a report's parameters among what they may see and
 * downloads it from the reports API, which checks role and unit again.
 */
@Named
@ViewScoped
public class ReportCatalogueBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PlanService plans;
    @Inject
    private transient RoundService reviewRounds;
    @Inject
    private transient NominationService nominations;
    @Inject
    private transient SessionService sessions;
    @Inject
    private transient DecisionService decisions;
    @Inject
    private transient AwardHistoryService history;
    @Inject
    private transient CurrentUser currentUser;
    @Inject
    private transient ReportJobService jobs;
    @Inject
    private transient vn.thidua.org.StaffService staffService;

    private Long planId;
    private Integer year;
    private Long reviewRoundId;
    private Long unitId;
    private Long nominationRoundId;
    private Long sessionId;
    private Long decisionId;
    private Long staffId;
    /** Option lists read once per view and per parameter they depend on (EL reads a getter several times a request). */
    private transient java.util.Map<String, List<?>> options;

    public List<Integer> getYears() {
        return cached("years:" + planId, () -> {
            if (planId == null) {
                return List.of();
            }
            EmulationPlan plan = plans.find(planId);
            return plan.getYears();
        });
    }

    public List<SelectItem> getReviewRoundItems() {
        return cached("rounds:" + planId, () -> {
            return planId == null ? List.of() : reviewRounds.visibleRounds(planId).stream()
                    .map(r -> new SelectItem(r.getId(), r.getBoard().getYear() + " – " + r.getName())).toList();
        });
    }

    public List<SelectItem> getUnitItems() {
        return cached("units", () -> {
            return history.registryUnits().stream().map(u -> new SelectItem(u.getId(), u.getName())).toList();
        });
    }

    /** The people of the chosen unit, for a person's registry extract (for those who may see staff). */
    public List<SelectItem> getStaffItems() {
        return cached("staff:" + unitId, () -> {
            if (unitId == null || !isStaffViewer()) {
                return List.of();
            }
            return staffService.all(new vn.thidua.org.StaffQuery(unitId, false, null, null, null, "fullName", true, 0, 0)).stream()
                    .map(s -> new SelectItem(s.getId(), s.getFullName() + (s.getPosition() == null ? "" : " – " + s.getPosition()))).toList();
        });
    }

    public List<SelectItem> getNominationRoundItems() {
        return cached("nominationRounds", () -> {
            return nominations.rounds().stream().map(r -> new SelectItem(r.getId(), r.getYear() + " – " + r.getName())).toList();
        });
    }

    public List<SelectItem> getSessionItems() {
        return cached("sessions:" + nominationRoundId, () -> {
            if (nominationRoundId == null || !isOfficeOrBoard()) {
                return List.of();
            }
            return sessions.sessions(nominationRoundId).stream().filter(s -> s.getStatus() == SessionStatus.CLOSED)
                    .map(s -> new SelectItem(s.getId(), s.getBoard().getName() + " – " + vn.thidua.common.VietnameseDates.format(s.getHeldOn())))
                    .toList();
        });
    }

    public List<SelectItem> getDecisionItems() {
        return cached("decisions:" + nominationRoundId, () -> {
            if (nominationRoundId == null || !isReader()) {
                return List.of();
            }
            return decisions.decisions(nominationRoundId).stream().filter(d -> d.getStatus() == DecisionStatus.ISSUED)
                    .map(d -> new SelectItem(d.getId(), d.citation())).toList();
        });
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> cached(String key, java.util.function.Supplier<List<T>> read) {
        if (options == null) {
            options = new java.util.HashMap<>();
        }
        return (List<T>) options.computeIfAbsent(key, k -> read.get());
    }

    /** The download address of a report, or null while a parameter it needs is missing. */
    public String link(String report, String format) {
        String path = switch (report) {
            case "ranking" -> reviewRoundId == null ? null : "/api/reports/review/rounds/" + reviewRoundId + "/ranking";
            case "scorecard" -> reviewRoundId == null || unitId == null ? null
                    : "/api/reports/review/rounds/" + reviewRoundId + "/scorecards/" + unitId;
            case "indicators" -> planId == null || year == null ? null : "/api/reports/review/plans/" + planId + "/indicators?year=" + year;
            case "trend" -> planId == null ? null : "/api/reports/review/plans/" + planId + "/indicators/trend";
            case "completeness" -> planId == null || year == null ? null : "/api/reports/review/plans/" + planId + "/completeness?year=" + year;
            case "tasks" -> planId == null ? null : "/api/reports/review/plans/" + planId + "/tasks";
            case "nominations" -> nominationRoundId == null ? null : "/api/reports/awards/rounds/" + nominationRoundId + "/nominations";
            case "minutes" -> sessionId == null ? null : "/api/reports/awards/sessions/" + sessionId + "/minutes";
            case "decision" -> decisionId == null ? null : "/api/reports/awards/decisions/" + decisionId;
            case "certificates" -> decisionId == null ? null : "/api/reports/awards/decisions/" + decisionId + "/certificates";
            case "registry" -> unitId == null ? null : "/api/reports/awards/registry?unit=" + unitId + (year == null ? "" : "&year=" + year);
            case "personRegistry" -> staffId == null ? null : "/api/reports/awards/registry?staff=" + staffId;
            case "staff" -> "/api/reports/staff" + (unitId == null ? "" : "?unit=" + unitId);
            default -> throw new IllegalArgumentException(report);
        };
        if (path == null) {
            return null;
        }
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return context + path + (format == null ? "" : (path.contains("?") ? "&" : "?") + "format=" + format);
    }

    /** Asks for a long report of the chosen unit (and every unit below it) in the background, then shows the jobs page. */
    public String queue(String report, String format) {
        return FormErrors.attemptValue("catalogueForm", () -> jobs.submit(BackgroundReport.valueOf(report), unitId, year,
                ReportFormat.parse(format))).map(j -> "/report/jobs?faces-redirect=true").orElse(null);
    }

    public boolean isOfficeOrBoard() {
        return currentUser.hasAnyRole(Role.SECRETARIAT, Role.ADMIN, Role.BOARD_MEMBER, Role.BOARD_CHAIR);
    }

    public boolean isReader() {
        return currentUser.seesEveryUnit();
    }

    public boolean isStaffViewer() {
        return currentUser.hasAnyRole(Role.SECRETARIAT, Role.ADMIN, Role.UNIT_OFFICER, Role.UNIT_HEAD);
    }

    public void unitChanged() {
        staffId = null;
    }

    public void planChanged() {
        year = null;
        reviewRoundId = null;
    }

    public void nominationRoundChanged() {
        sessionId = null;
        decisionId = null;
    }

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getReviewRoundId() {
        return reviewRoundId;
    }

    public void setReviewRoundId(Long reviewRoundId) {
        this.reviewRoundId = reviewRoundId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Long getNominationRoundId() {
        return nominationRoundId;
    }

    public void setNominationRoundId(Long nominationRoundId) {
        this.nominationRoundId = nominationRoundId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public Long getStaffId() {
        return staffId;
    }

    public void setStaffId(Long staffId) {
        this.staffId = staffId;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public void setDecisionId(Long decisionId) {
        this.decisionId = decisionId;
    }
}
