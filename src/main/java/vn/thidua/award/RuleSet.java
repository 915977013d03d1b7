package vn.thidua.award;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.common.AuditedEntity;

/** One version of the statutory conditions of every title, in force from its effective date. */
@Entity
@Table(name = "rule_set")
public class RuleSet extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RuleSetStatus status = RuleSetStatus.DRAFT;

    private String note;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "activated_at")
    private LocalDateTime activatedAt;

    @OneToMany(mappedBy = "ruleSet", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<TitleRule> rules = new ArrayList<>();

    @Version
    private long version;

    protected RuleSet() {
    }

    public RuleSet(String name, LocalDate effectiveFrom, String note, LocalDateTime createdAt) {
        this.name = name;
        this.effectiveFrom = effectiveFrom;
        this.note = note;
        this.createdAt = createdAt;
    }

    @Override
    protected String auditState() {
        return "name=" + name + "; effectiveFrom=" + effectiveFrom + "; status=" + status + "; rules=" + rules.size();
    }

    public void activate(LocalDateTime when) {
        status = RuleSetStatus.ACTIVE;
        activatedAt = when;
    }

    public boolean isEditable() {
        return status == RuleSetStatus.DRAFT;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public RuleSetStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getActivatedAt() {
        return activatedAt;
    }

    public List<TitleRule> getRules() {
        return rules;
    }

    public long getVersion() {
        return version;
    }
}
