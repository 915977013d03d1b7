package vn.thidua.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.thidua.common.AuditEvent;
import vn.thidua.common.Messages;
import vn.thidua.common.VietnameseNumbers;
import vn.thidua.criteria.Criterion;
import vn.thidua.review.AssignmentPlan;
import vn.thidua.review.Band;
import vn.thidua.review.BoardRole;
import vn.thidua.review.BoardService;
import vn.thidua.review.CriterionResult;
import vn.thidua.review.ReviewAssignment;
import vn.thidua.review.ReviewRound;
import vn.thidua.review.RoundService;
import vn.thidua.review.RoundStatus;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;
import vn.thidua.submission.Submission;
import vn.thidua.submission.SubmissionService;

/**
 * A scoring round: /review/round.xhtml?id=… — the assignments and their progress, assigning (the office), locking,
 * reopening and publishing (the chair), and the ranking per block with each unit's scores criterion by criterion.
 */
@Named
@ViewScoped
public class RoundBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One criterion of a unit's result: the aggregated points and what each reviewer gave. */
    public record Detail(long criterionId, String code, String name, BigDecimal points, boolean moderated, boolean outliers,
                         String reviewers) {
    }

    @Inject
    private transient RoundService rounds;
    @Inject
    private transient BoardService boards;
    @Inject
    private transient SubmissionService submissions;
    @Inject
    private transient CurrentUser currentUser;

    private Long id;
    private String reopenReason;
    private Long selectedSubmission;
    private Long manualSubmission;
    private Long manualMember;
    private BigDecimal moderationPoints;
    private String moderationReason;
    private transient ReviewRound round;
    private transient List<ReviewAssignment> assignments;
    private transient List<RoundService.BlockRanking> results;
    private transient List<Detail> details;

    public void load() {
        round = null;
        assignments = null;
        results = null;
        details = null;
    }

    public ReviewRound getRound() {
        if (round == null) {
            round = rounds.find(id);
        }
        return round;
    }

    public List<ReviewAssignment> getAssignments() {
        if (assignments == null) {
            assignments = isOfficeOrBoard() ? rounds.assignments(id) : List.of();
        }
        return assignments;
    }

    public List<RoundService.BlockRanking> getResults() {
        if (results == null) {
            results = getRound().getStatus() == RoundStatus.PUBLISHED || isOfficeOrBoard() ? rounds.results(id) : List.of();
        }
        return results;
    }

    public long getDoneCount() {
        return getAssignments().stream().filter(ReviewAssignment::isDone).count();
    }

    public void assign() {
        FormErrors.attemptValue("roundForm", () -> rounds.assign(id)).ifPresent(plan -> {
            FormErrors.info("round.assigned", plan.assignments().size(), plan.shortfalls().stream().mapToInt(AssignmentPlan.Shortfall::missing).sum());
            load();
        });
    }

    public void lock() {
        if (FormErrors.attempt("roundForm", () -> rounds.lock(id, getRound().getVersion()))) {
            FormErrors.info("round.lockedMessage");
            load();
        }
    }

    public void reopen() {
        if (FormErrors.attempt("roundForm", () -> rounds.reopen(id, getRound().getVersion(), reopenReason))) {
            FormErrors.info("round.reopenedMessage");
            reopenReason = null;
            load();
        }
    }

    public void publish() {
        if (FormErrors.attempt("roundForm", () -> rounds.publish(id, getRound().getVersion()))) {
            FormErrors.info("round.publishedMessage");
            load();
        }
    }

    public void addAssignment() {
        if (FormErrors.attempt("roundForm", () -> rounds.addAssignment(id, manualSubmission, manualMember))) {
            FormErrors.info("common.saved");
            load();
        }
    }

    public void removeAssignment(ReviewAssignment assignment) {
        if (FormErrors.attempt("roundForm", () -> rounds.removeAssignment(assignment.getId()))) {
            FormErrors.info("common.saved");
            load();
        }
    }

    public List<SelectItem> getReportItems() {
        return rounds.acceptedReports(getRound()).stream().map(s -> new SelectItem(s.getId(), s.getUnit().getName())).toList();
    }

    public List<SelectItem> getMemberItems() {
        return getRound().getBoard().getMembers().stream().filter(m -> m.getRole().scores())
                .map(m -> new SelectItem(m.getId(), m.getAccount().getFullName() + " (" + m.getAccount().getUsername() + ")")).toList();
    }

    /** The office adjusts one criterion of the selected unit, with a reason the audit log keeps. */
    public void moderate(Detail detail) {
        if (FormErrors.attempt("roundForm", () -> rounds.moderate(id, selectedSubmission, detail.criterionId(), moderationPoints,
                moderationReason))) {
            FormErrors.info("round.moderatedMessage");
            moderationPoints = null;
            moderationReason = null;
            load();
        }
    }

    /** The selected unit's criteria: aggregated points and each reviewer's, for tracing a rank back to the scores. */
    public List<Detail> getDetails() {
        if (details == null) {
            details = readDetails();
        }
        return details;
    }

    private List<Detail> readDetails() {
        if (selectedSubmission == null) {
            return List.of();
        }
        Submission submission = getAssignments().stream().map(ReviewAssignment::getSubmission)
                .filter(s -> s.getId().equals(selectedSubmission)).findFirst().orElse(null);
        if (submission == null) {
            return List.of();
        }
        Map<Long, CriterionResult> aggregated = rounds.criterionResults(getRound()).entrySet().stream()
                .filter(e -> e.getKey().getId().equals(selectedSubmission)).map(Map.Entry::getValue).findFirst().orElse(Map.of());
        List<ReviewAssignment> reviews = getAssignments().stream().filter(a -> a.getSubmission().getId().equals(selectedSubmission)).toList();
        List<Detail> rows = new ArrayList<>();
        for (Criterion c : submissions.criteriaOf(submission)) {
            if (c.isGroup()) {
                continue;
            }
            CriterionResult result = aggregated.get(c.getId());
            String byReviewer = reviews.stream().map(a -> a.getMember().getAccount().getUsername() + " "
                    + a.scoreOf(c).map(s -> VietnameseNumbers.format(s.getPoints())).orElse("–") + (a.isDone() ? "" : "*"))
                    .collect(Collectors.joining(" · "));
            rows.add(new Detail(c.getId(), c.getCode(), c.getName(), result == null ? null : result.aggregated(),
                    result != null && result.moderated(), result != null && result.hasOutliers(), byReviewer));
        }
        return rows;
    }

    /** The selected report's history in this round, from the audit log. */
    public List<AuditEvent> getHistory() {
        return selectedSubmission == null || !isOfficeOrBoard() || getDetails().isEmpty() ? List.of() : rounds.historyOf(id, selectedSubmission);
    }

    public String getBandsText() {
        return Band.format(getRound().getBandList());
    }

    public String getTieBreaksText() {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return getRound().getTieBreakList().stream().map(t -> Messages.text(locale, "TieBreak." + t.name()))
                .collect(Collectors.joining(", "));
    }

    public boolean isOffice() {
        return currentUser.hasRole(Role.SECRETARIAT);
    }

    public boolean isChair() {
        var me = boards.membershipOf(getRound().getBoard());
        return me != null && me.getRole() == BoardRole.CHAIR;
    }

    private boolean isOfficeOrBoard() {
        return currentUser.hasAnyRole(Role.SECRETARIAT, Role.ADMIN) || boards.membershipOf(getRound().getBoard()) != null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }

    public Long getManualSubmission() {
        return manualSubmission;
    }

    public void setManualSubmission(Long manualSubmission) {
        this.manualSubmission = manualSubmission;
    }

    public Long getManualMember() {
        return manualMember;
    }

    public void setManualMember(Long manualMember) {
        this.manualMember = manualMember;
    }

    public BigDecimal getModerationPoints() {
        return moderationPoints;
    }

    public void setModerationPoints(BigDecimal moderationPoints) {
        this.moderationPoints = moderationPoints;
    }

    public String getModerationReason() {
        return moderationReason;
    }

    public void setModerationReason(String moderationReason) {
        this.moderationReason = moderationReason;
    }

    public Long getSelectedSubmission() {
        return selectedSubmission;
    }

    public void setSelectedSubmission(Long selectedSubmission) {
        this.selectedSubmission = selectedSubmission;
        details = null;
    }
}
