package vn.thidua.award;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.thidua.common.AuditedEntity;
import vn.thidua.review.BoardMember;

/** Whether a board member attends a session. */
@Entity
@Table(name = "session_attendance")
public class SessionAttendance extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    private BoardSession session;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id")
    private BoardMember member;

    private boolean present;

    protected SessionAttendance() {
    }

    public SessionAttendance(BoardSession session, BoardMember member, boolean present) {
        this.session = session;
        this.member = member;
        this.present = present;
    }

    @Override
    protected String auditState() {
        return "session=" + session.getId() + "; member=" + member.getId() + "; present=" + present;
    }

    @Override
    public Long getId() {
        return id;
    }

    public BoardSession getSession() {
        return session;
    }

    public BoardMember getMember() {
        return member;
    }

    public boolean isPresent() {
        return present;
    }

    public void setPresent(boolean present) {
        this.present = present;
    }
}
