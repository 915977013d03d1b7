package vn.thidua.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import vn.thidua.award.Ballot;
import vn.thidua.award.BoardSession;
import vn.thidua.award.Quorum;
import vn.thidua.award.SessionAttendance;
import vn.thidua.award.SessionService;
import vn.thidua.award.SessionStatus;
import vn.thidua.common.VietnameseNumbers;
import vn.thidua.review.BoardRole;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;

/**
 * A board session: /award/session.xhtml?id=… — the office records attendance and opens the vote; each present member
 * votes once per nomination; the office may enter paper counts instead; the chair closes; results are shown once closed.
 */
@Named
@ViewScoped
public class SessionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient SessionService sessions;
    @Inject
    private transient CurrentUser currentUser;

    private Long id;
    private Long version;
    private final Map<Long, Boolean> present = new HashMap<>();
    private final Map<Long, Integer> approving = new HashMap<>();
    private final Map<Long, Integer> disapproving = new HashMap<>();
    private transient BoardSession session;
    private transient Set<Long> voted;
    private transient Map<Long, Long> voters;

    public void load() {
        session = sessions.find(id);
        voted = null;
        voters = null;
        version = session.getVersion();
        present.clear();
        for (SessionAttendance a : session.getAttendance()) {
            present.put(a.getMember().getId(), a.isPresent());
        }
    }

    public BoardSession getSession() {
        if (session == null) {
            session = sessions.find(id);
        }
        return session;
    }

    public void saveAttendance() {
        change(() -> sessions.setAttendance(id, version, present));
    }

    public void openVoting() {
        change(() -> sessions.openVoting(id, version));
    }

    public void vote(Ballot ballot, boolean approve) {
        change(() -> sessions.vote(ballot.getId(), approve));
    }

    public void enterPaper(Ballot ballot) {
        change(() -> sessions.enterPaperCount(ballot.getId(), ballot.getVersion(), approving.get(ballot.getId()),
                disapproving.get(ballot.getId())));
    }

    public void close() {
        change(() -> sessions.close(id, version));
    }

    private void change(Runnable action) {
        if (FormErrors.attempt("sessionForm", action)) {
            FormErrors.info("common.saved");
            load();
        }
    }

    public boolean hasVoted(Ballot ballot) {
        if (voted == null) {
            voted = sessions.votedBallots(getSession());
        }
        return voted.contains(ballot.getId());
    }

    public long voterCount(Ballot ballot) {
        if (voters == null) {
            voters = sessions.voterCounts(getSession());
        }
        return voters.getOrDefault(ballot.getId(), 0L);
    }

    /** Approving votes as a share of the whole membership, e.g. "75,0 %". */
    public String share(Ballot ballot) {
        int membership = getSession().getMembership();
        if (membership == 0) {
            return "";
        }
        return VietnameseNumbers.format(BigDecimal.valueOf(ballot.getApproving() * 100L)
                .divide(BigDecimal.valueOf(membership), 1, RoundingMode.HALF_UP), 1) + " %";
    }

    /** Whether the caller is a board member present at the session. */
    public boolean isPresentMember() {
        Long me = currentUser.accountId();
        return getSession().getAttendance().stream().anyMatch(a -> a.isPresent() && a.getMember().getAccount().getId().equals(me));
    }

    public boolean isChair() {
        Long me = currentUser.accountId();
        return getSession().getAttendance().stream().anyMatch(a -> a.isPresent() && a.getMember().getRole() == BoardRole.CHAIR
                && a.getMember().getAccount().getId().equals(me));
    }

    public boolean isOffice() {
        return currentUser.hasRole(Role.SECRETARIAT);
    }

    public boolean isVoting() {
        return getSession().getStatus() == SessionStatus.VOTING;
    }

    public boolean isClosed() {
        return getSession().getStatus() == SessionStatus.CLOSED;
    }

    public long getQuorumNeeded() {
        return Quorum.needed(getSession().getBoard().getMembers().size());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Map<Long, Boolean> getPresent() {
        return present;
    }

    public Map<Long, Integer> getApproving() {
        return approving;
    }

    public Map<Long, Integer> getDisapproving() {
        return disapproving;
    }
}
