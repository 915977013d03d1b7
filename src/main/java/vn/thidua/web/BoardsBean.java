package vn.thidua.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import vn.thidua.plan.EmulationPlan;
import vn.thidua.plan.PlanService;
import vn.thidua.review.AggregationMethod;
import vn.thidua.review.Band;
import vn.thidua.review.BoardMember;
import vn.thidua.review.BoardRole;
import vn.thidua.review.BoardService;
import vn.thidua.review.ConflictDeclaration;
import vn.thidua.review.ReviewBoard;
import vn.thidua.review.ReviewRound;
import vn.thidua.review.RoundService;
import vn.thidua.review.TieBreak;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;

/**
 * The review boards of a plan: /review/boards.xhtml?plan=… — the office sets up boards, members and rounds and sees
 * every declared conflict; a member declares conflicts of their own.
 */
@Named
@ViewScoped
public class BoardsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient BoardService boardService;
    @Inject
    private transient RoundService roundService;
    @Inject
    private transient PlanService planService;
    @Inject
    private transient CurrentUser currentUser;

    private Long plan;
    private String boardName;
    private Integer boardYear;
    private Long accountId;
    private BoardRole role = BoardRole.MEMBER;
    private String roundName;
    private Integer reviewers = 3;
    private AggregationMethod aggregation = AggregationMethod.MEAN;
    private String bands = Band.format(Band.defaults());
    private TieBreak[] tieBreaks = RoundService.TIE_BREAKS.toArray(TieBreak[]::new);
    private Long conflictUnit;
    private String conflictReason;
    private transient EmulationPlan selectedPlan;
    private transient List<ReviewBoard> boards;

    public void load() {
        selectedPlan = null;
        boards = null;
        if (boardYear == null) {
            boardYear = getSelectedPlan().getEndYear();
        }
    }

    public EmulationPlan getSelectedPlan() {
        if (selectedPlan == null) {
            selectedPlan = planService.find(plan);
        }
        return selectedPlan;
    }

    public List<ReviewBoard> getBoards() {
        if (boards == null) {
            boards = boardService.list(plan);
        }
        return boards;
    }

    public List<ReviewRound> roundsOf(ReviewBoard board) {
        return roundService.list(board.getId());
    }

    public List<ConflictDeclaration> conflictsOf(ReviewBoard board) {
        return isOffice() ? boardService.conflicts(board.getId()) : List.of();
    }

    /** The caller's own membership of a board, for declaring conflicts. */
    public BoardMember mine(ReviewBoard board) {
        return boardService.membershipOf(board);
    }

    public void createBoard() {
        if (FormErrors.attempt("boardsForm", () -> boardService.create(plan, boardYear, null, boardName))) {
            FormErrors.info("common.saved");
            boardName = null;
            load();
        }
    }

    public void addMember(ReviewBoard board) {
        if (FormErrors.attempt("boardsForm", () -> boardService.addMember(board.getId(), accountId, role))) {
            FormErrors.info("common.saved");
            load();
        }
    }

    public void createRound(ReviewBoard board) {
        if (FormErrors.attempt("boardsForm", () -> roundService.create(board.getId(), roundName, reviewers, aggregation, bands,
                Arrays.asList(tieBreaks)))) {
            FormErrors.info("common.saved");
            roundName = null;
            load();
        }
    }

    public void declareConflict(ReviewBoard board) {
        BoardMember me = mine(board);
        if (me != null && FormErrors.attempt("boardsForm", () -> boardService.declareConflict(board.getId(), me.getId(), conflictUnit, conflictReason))) {
            FormErrors.info("common.saved");
            conflictReason = null;
            load();
        }
    }

    public boolean isOffice() {
        return currentUser.hasRole(Role.SECRETARIAT);
    }

    public List<SelectItem> getAccountItems() {
        return isOffice() ? boardService.boardAccounts().stream()
                .map(a -> new SelectItem(a.getId(), a.getFullName() + " (" + a.getUsername() + ")")).toList() : List.of();
    }

    public List<SelectItem> getUnitItems() {
        return boardService.declarableUnits().stream().map(u -> new SelectItem(u.getId(), u.getName())).toList();
    }

    public BoardRole[] getRoles() {
        return BoardRole.values();
    }

    public AggregationMethod[] getAggregations() {
        return AggregationMethod.values();
    }

    public Long getPlan() {
        return plan;
    }

    public void setPlan(Long plan) {
        this.plan = plan;
    }

    public String getBoardName() {
        return boardName;
    }

    public void setBoardName(String boardName) {
        this.boardName = boardName;
    }

    public Integer getBoardYear() {
        return boardYear;
    }

    public void setBoardYear(Integer boardYear) {
        this.boardYear = boardYear;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public BoardRole getRole() {
        return role;
    }

    public void setRole(BoardRole role) {
        this.role = role;
    }

    public String getRoundName() {
        return roundName;
    }

    public void setRoundName(String roundName) {
        this.roundName = roundName;
    }

    public Integer getReviewers() {
        return reviewers;
    }

    public void setReviewers(Integer reviewers) {
        this.reviewers = reviewers;
    }

    public AggregationMethod getAggregation() {
        return aggregation;
    }

    public void setAggregation(AggregationMethod aggregation) {
        this.aggregation = aggregation;
    }

    /** An array, so that JSF converts the selected values to the enum; ties are broken in the order shown. */
    public TieBreak[] getTieBreaks() {
        return tieBreaks;
    }

    public void setTieBreaks(TieBreak[] tieBreaks) {
        this.tieBreaks = tieBreaks == null ? new TieBreak[0] : tieBreaks;
    }

    public TieBreak[] getAllTieBreaks() {
        return TieBreak.values();
    }

    public String getBands() {
        return bands;
    }

    public void setBands(String bands) {
        this.bands = bands;
    }

    public Long getConflictUnit() {
        return conflictUnit;
    }

    public void setConflictUnit(Long conflictUnit) {
        this.conflictUnit = conflictUnit;
    }

    public String getConflictReason() {
        return conflictReason;
    }

    public void setConflictReason(String conflictReason) {
        this.conflictReason = conflictReason;
    }
}
