package vn.thidua.award;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.common.AuditedEntity;
import vn.thidua.review.ReviewBoard;

/** A meeting of the Hội đồng Thi đua – Khen thưởng that votes on a round's nominations by secret ballot. */
@Entity
@Table(name = "board_session")
public class BoardSession extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    private NominationRound round;

    @ManyToOne(optional = false)
    @JoinColumn(name = "board_id")
    private ReviewBoard board;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    private String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionStatus status = SessionStatus.PREPARING;

    /** The whole membership when voting opened: the base of every vote share. */
    private int membership;

    @Column(name = "opened_at")
    private LocalDateTime openedAt;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<SessionAttendance> attendance = new ArrayList<>();

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<Ballot> ballots = new ArrayList<>();

    @Version
    private long version;

    protected BoardSession() {
    }

    public BoardSession(NominationRound round, ReviewBoard board, LocalDate heldOn, String place) {
        this.round = round;
        this.board = board;
        this.heldOn = heldOn;
        this.place = place;
    }

    public long presentCount() {
        return attendance.stream().filter(SessionAttendance::isPresent).count();
    }

    public void openVoting(int membership, LocalDateTime when) {
        this.membership = membership;
        this.status = SessionStatus.VOTING;
        this.openedAt = when;
    }

    public void close(String by, LocalDateTime when) {
        status = SessionStatus.CLOSED;
        closedBy = by;
        closedAt = when;
    }

    @Override
    protected String auditState() {
        return "round=" + round.getId() + "; board=" + board.getId() + "; heldOn=" + heldOn + "; status=" + status
                + "; membership=" + membership + "; present=" + presentCount();
    }

    @Override
    public Long getId() {
        return id;
    }

    public NominationRound getRound() {
        return round;
    }

    public ReviewBoard getBoard() {
        return board;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getPlace() {
        return place;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public int getMembership() {
        return membership;
    }

    public LocalDateTime getOpenedAt() {
        return openedAt;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public List<SessionAttendance> getAttendance() {
        return attendance;
    }

    public List<Ballot> getBallots() {
        return ballots;
    }

    public long getVersion() {
        return version;
    }
}
