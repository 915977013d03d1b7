package vn.thidua.review;

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
import vn.thidua.common.AuditedEntity;
import vn.thidua.security.Account;

/** An account on a board, with its role there; its home unit is the account's. */
@Entity
@Table(name = "board_member")
public class BoardMember extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "board_id")
    private ReviewBoard board;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(name = "board_role", nullable = false)
    private BoardRole role;

    @Version
    private long version;

    protected BoardMember() {
    }

    public BoardMember(ReviewBoard board, Account account, BoardRole role) {
        this.board = board;
        this.account = account;
        this.role = role;
    }

    @Override
    protected String auditState() {
        return "board=" + board.getId() + "; account=" + account.getUsername() + "; role=" + role;
    }

    /** The member's home unit path, or null when the account has no unit. */
    public String homeUnitPath() {
        return account.getUnit() == null ? null : account.getUnit().getPath();
    }

    @Override
    public Long getId() {
        return id;
    }

    public ReviewBoard getBoard() {
        return board;
    }

    public Account getAccount() {
        return account;
    }

    public BoardRole getRole() {
        return role;
    }

    public void setRole(BoardRole role) {
        this.role = role;
    }

    public long getVersion() {
        return version;
    }
}
