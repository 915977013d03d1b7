package vn.thidua.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.award.AwardDecision;
import vn.thidua.award.BoardSession;
import vn.thidua.award.DecisionService;
import vn.thidua.award.Nomination;
import vn.thidua.award.NominationRound;
import vn.thidua.award.NominationService;
import vn.thidua.award.SessionService;
import vn.thidua.award.TitleService;
import vn.thidua.award.TitleSubject;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;

/**
 * A nomination round: /award/nominations.xhtml?round=… — a unit drafts its nominations; the office sees every unit's
 * with the result of its check and the ratio caps exceeded, prepares board sessions and drafts decisions.
 */
@Named
@ViewScoped
public class NominationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient NominationService nominations;
    @Inject
    private transient SessionService sessions;
    @Inject
    private transient DecisionService decisions;
    @Inject
    private transient TitleService titles;
    @Inject
    private transient CurrentUser currentUser;

    private Long round;
    private TitleSubject subject = TitleSubject.INDIVIDUAL;
    private Long staffId;
    private Long candidateUnitId;
    private Long titleId;
    private String summary;
    private Long boardId;
    private LocalDate heldOn = LocalDate.now();
    private String place;
    private transient NominationRound selectedRound;
    private transient List<Nomination> list;
    private transient List<NominationService.UnitCaps> caps;
    private transient List<BoardSession> sessionList;
    private transient List<AwardDecision> decisionList;
    private transient List<SelectItem> staffItems;
    private transient List<SelectItem> collectiveItems;
    private transient List<SelectItem> boardItems;

    public void load() {
        selectedRound = null;
        list = null;
        caps = null;
        sessionList = null;
        decisionList = null;
    }

    public NominationRound getSelectedRound() {
        if (selectedRound == null) {
            selectedRound = nominations.round(round);
        }
        return selectedRound;
    }

    public List<Nomination> getNominations() {
        if (list == null) {
            list = nominations.nominations(round);
        }
        return list;
    }

    public List<NominationService.UnitCaps> getCaps() {
        if (caps == null) {
            caps = isOffice() || isBoard() ? nominations.capsExceeded(round) : List.of();
        }
        return caps;
    }

    public List<BoardSession> getSessions() {
        if (sessionList == null) {
            sessionList = isOffice() || isBoard() ? sessions.sessions(round) : List.of();
        }
        return sessionList;
    }

    public List<AwardDecision> getDecisions() {
        if (decisionList == null) {
            decisionList = isOffice() || isBoard() || currentUser.hasRole(Role.VIEWER) ? decisions.decisions(round) : List.of();
        }
        return decisionList;
    }

    public String create() {
        NominationService.Draft draft = subject == TitleSubject.INDIVIDUAL
                ? new NominationService.Draft(staffId, null, titleId, summary)
                : new NominationService.Draft(null, candidateUnitId, titleId, summary);
        return FormErrors.attemptValue("nominationsForm", () -> nominations.create(round, draft))
                .map(n -> "/award/nomination?faces-redirect=true&id=" + n.getId()).orElse(null);
    }

    public void putOnAgenda(Nomination n) {
        if (FormErrors.attempt("nominationsForm", () -> nominations.putOnAgenda(n.getId(), n.getVersion()))) {
            FormErrors.info("common.saved");
            load();
        }
    }

    public String createSession() {
        return FormErrors.attemptValue("nominationsForm", () -> sessions.create(round, boardId, heldOn, place))
                .map(s -> "/award/session?faces-redirect=true&id=" + s.getId()).orElse(null);
    }

    public String draftDecision() {
        return FormErrors.attemptValue("nominationsForm", () -> decisions.draft(round))
                .map(d -> "/award/decision?faces-redirect=true&id=" + d.getId()).orElse(null);
    }

    public boolean isUnitUser() {
        return currentUser.hasAnyRole(Role.UNIT_OFFICER, Role.UNIT_HEAD) && currentUser.homeUnit() != null;
    }

    public boolean isOffice() {
        return currentUser.hasRole(Role.SECRETARIAT);
    }

    public boolean isBoard() {
        return currentUser.hasAnyRole(Role.BOARD_MEMBER, Role.BOARD_CHAIR);
    }

    public List<SelectItem> getStaffItems() {
        if (staffItems == null) {
            staffItems = isUnitUser() ? nominations.nominableStaff().stream()
                    .map(s -> new SelectItem(s.getId(), s.getFullName() + " – " + (s.getPosition() == null ? "" : s.getPosition() + ", ")
                            + s.getUnit().getName())).toList() : List.of();
        }
        return staffItems;
    }

    public List<SelectItem> getCollectiveItems() {
        if (collectiveItems == null) {
            collectiveItems = isUnitUser() ? nominations.nominableCollectives().stream()
                    .map(u -> new SelectItem(u.getId(), u.getName())).toList() : List.of();
        }
        return collectiveItems;
    }

    public List<SelectItem> getTitleItems() {
        return titles.titles().stream().filter(t -> t.getSubject().allows(subject))
                .map(t -> new SelectItem(t.getId(), t.getName())).toList();
    }

    public List<SelectItem> getBoardItems() {
        if (boardItems == null) {
            boardItems = isOffice() ? sessions.boardsFor(getSelectedRound()).stream()
                    .map(b -> new SelectItem(b.getId(), b.getName() + " – " + b.getYear() + " (" + b.getMembers().size() + ")")).toList()
                    : List.of();
        }
        return boardItems;
    }

    public TitleSubject[] getSubjects() {
        return new TitleSubject[] {TitleSubject.INDIVIDUAL, TitleSubject.COLLECTIVE};
    }

    public Long getRound() {
        return round;
    }

    public void setRound(Long round) {
        this.round = round;
    }

    public TitleSubject getSubject() {
        return subject;
    }

    public void setSubject(TitleSubject subject) {
        this.subject = subject;
    }

    public Long getStaffId() {
        return staffId;
    }

    public void setStaffId(Long staffId) {
        this.staffId = staffId;
    }

    public Long getCandidateUnitId() {
        return candidateUnitId;
    }

    public void setCandidateUnitId(Long candidateUnitId) {
        this.candidateUnitId = candidateUnitId;
    }

    public Long getTitleId() {
        return titleId;
    }

    public void setTitleId(Long titleId) {
        this.titleId = titleId;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Long getBoardId() {
        return boardId;
    }

    public void setBoardId(Long boardId) {
        this.boardId = boardId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }
}
