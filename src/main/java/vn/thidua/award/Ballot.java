package vn.thidua.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The secret ballot on one nomination: only the tally. Who voted is kept apart (ballot_voter), and a vote is never
 * written to the audit log one by one, so nothing stored links a member to their vote. The result is audited when the
 * chair closes the session.
 */
@Entity
@Table(name = "ballot")
public class Ballot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    private BoardSession session;

    @ManyToOne(optional = false)
    @JoinColumn(name = "nomination_id")
    private Nomination nomination;

    private int position;

    private int approving;

    private int disapproving;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BallotEntry entry = BallotEntry.ELECTRONIC;

    @Enumerated(EnumType.STRING)
    private BallotResult result;

    private String threshold;

    @Version
    private long version;

    protected Ballot() {
    }

    public Ballot(BoardSession session, Nomination nomination, int position) {
        this.session = session;
        this.nomination = nomination;
        this.position = position;
    }

    public void enterPaperCount(int approving, int disapproving) {
        this.approving = approving;
        this.disapproving = disapproving;
        this.entry = BallotEntry.PAPER;
    }

    public void decide(BallotResult result, String threshold) {
        this.result = result;
        this.threshold = threshold;
    }

    public String auditState() {
        return "nomination=" + nomination.getId() + "; approving=" + approving + "; disapproving=" + disapproving
                + "; membership=" + session.getMembership() + "; entry=" + entry + "; result=" + (result == null ? "" : result)
                + "; threshold=" + (threshold == null ? "" : threshold);
    }

    public Long getId() {
        return id;
    }

    public BoardSession getSession() {
        return session;
    }

    public Nomination getNomination() {
        return nomination;
    }

    public int getPosition() {
        return position;
    }

    public int getApproving() {
        return approving;
    }

    public int getDisapproving() {
        return disapproving;
    }

    public int getVotes() {
        return approving + disapproving;
    }

    public BallotEntry getEntry() {
        return entry;
    }

    public BallotResult getResult() {
        return result;
    }

    public String getThreshold() {
        return threshold;
    }

    public long getVersion() {
        return version;
    }
}
