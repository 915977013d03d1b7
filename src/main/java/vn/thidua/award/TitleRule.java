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
import vn.thidua.common.AuditedEntity;

/** One condition of a title within a rule set: a rule kind with its parameters and legal reference. */
@Entity
@Table(name = "title_rule")
public class TitleRule extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "rule_set_id")
    private RuleSet ruleSet;

    @ManyToOne(optional = false)
    @JoinColumn(name = "title_id")
    private TitleType title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RuleKind kind;

    @Column(nullable = false, length = 500)
    private String parameters;

    @Column(name = "any_group", length = 8)
    private String anyGroup;

    @Column(name = "option_no", nullable = false)
    private int option = 1;

    private boolean enabled = true;

    @Column(name = "legal_reference")
    private String legalReference;

    private int position;

    @Version
    private long version;

    protected TitleRule() {
    }

    public TitleRule(RuleSet ruleSet, TitleType title, RuleKind kind, String parameters, String anyGroup, int option,
            boolean enabled, String legalReference, int position) {
        this.ruleSet = ruleSet;
        this.title = title;
        this.kind = kind;
        this.parameters = parameters;
        this.anyGroup = anyGroup;
        this.option = option;
        this.enabled = enabled;
        this.legalReference = legalReference;
        this.position = position;
    }

    public EligibilityRule toRule() {
        return new EligibilityRule(title.getCode(), kind, RuleParameters.parse(parameters), anyGroup, option, enabled, legalReference);
    }

    @Override
    protected String auditState() {
        return "ruleSet=" + ruleSet.getId() + "; title=" + title.getCode() + "; kind=" + kind + "; parameters=" + parameters
                + "; anyGroup=" + (anyGroup == null ? "" : anyGroup) + "; option=" + option + "; enabled=" + enabled;
    }

    @Override
    public Long getId() {
        return id;
    }

    public RuleSet getRuleSet() {
        return ruleSet;
    }

    public TitleType getTitle() {
        return title;
    }

    public void setTitle(TitleType title) {
        this.title = title;
    }

    public RuleKind getKind() {
        return kind;
    }

    public void setKind(RuleKind kind) {
        this.kind = kind;
    }

    public String getParameters() {
        return parameters;
    }

    public void setParameters(String parameters) {
        this.parameters = parameters;
    }

    public String getAnyGroup() {
        return anyGroup;
    }

    public void setAnyGroup(String anyGroup) {
        this.anyGroup = anyGroup;
    }

    public int getOption() {
        return option;
    }

    public void setOption(int option) {
        this.option = option;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getLegalReference() {
        return legalReference;
    }

    public void setLegalReference(String legalReference) {
        this.legalReference = legalReference;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public long getVersion() {
        return version;
    }
}
