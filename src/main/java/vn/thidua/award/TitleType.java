package vn.thidua.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import vn.thidua.common.AuditedEntity;

/** An emulation title or a form of commendation of the catalogue, and the body that awards it. */
@Entity
@Table(name = "title_type")
public class TitleType extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "short_name", nullable = false, length = 64)
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TitleSubject subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TitleCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TitleLevel level;

    @Column(name = "awarding_body", nullable = false)
    private String awardingBody;

    @Column(name = "reward_multiple", precision = 6, scale = 2)
    private BigDecimal rewardMultiple;

    @Column(name = "legal_reference")
    private String legalReference;

    private int position;

    @Version
    private long version;

    protected TitleType() {
    }

    public TitleType(String code, String name, String shortName, TitleSubject subject, TitleCategory category, TitleLevel level,
            String awardingBody, BigDecimal rewardMultiple, String legalReference, int position) {
        this.code = code;
        this.name = name;
        this.shortName = shortName;
        this.subject = subject;
        this.category = category;
        this.level = level;
        this.awardingBody = awardingBody;
        this.rewardMultiple = rewardMultiple;
        this.legalReference = legalReference;
        this.position = position;
    }

    @Override
    protected String auditState() {
        return "code=" + code + "; name=" + name + "; subject=" + subject + "; level=" + level + "; awardingBody=" + awardingBody;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public TitleSubject getSubject() {
        return subject;
    }

    public TitleCategory getCategory() {
        return category;
    }

    public TitleLevel getLevel() {
        return level;
    }

    public String getAwardingBody() {
        return awardingBody;
    }

    public BigDecimal getRewardMultiple() {
        return rewardMultiple;
    }

    public String getLegalReference() {
        return legalReference;
    }

    public int getPosition() {
        return position;
    }

    public long getVersion() {
        return version;
    }
}
