package vn.thidua.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import vn.thidua.common.AuditedEntity;
import vn.thidua.org.Unit;

/** A conflict of interest a member declares with a unit, beyond the automatic ones, with the reason. */
@Entity
@Table(name = "conflict_declaration")
public class ConflictDeclaration extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id")
    private BoardMember member;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(nullable = false)
    private String reason;

    /** In UTC. */
    @Column(name = "declared_at", nullable = false)
    private LocalDateTime declaredAt;

    protected ConflictDeclaration() {
    }

    public ConflictDeclaration(BoardMember member, Unit unit, String reason, LocalDateTime declaredAt) {
        this.member = member;
        this.unit = unit;
        this.reason = reason;
        this.declaredAt = declaredAt;
    }

    @Override
    protected String auditState() {
        return "member=" + member.getId() + "; unit=" + unit.getCode() + "; reason=" + reason;
    }

    @Override
    public Long getId() {
        return id;
    }

    public BoardMember getMember() {
        return member;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getReason() {
        return reason;
    }

    public LocalDateTime getDeclaredAt() {
        return declaredAt;
    }
}
