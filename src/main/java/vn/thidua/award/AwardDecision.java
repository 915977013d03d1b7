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
import vn.thidua.common.VietnameseDates;

/** A commendation decision (quyết định khen thưởng) with its list; once issued the database refuses any change. */
@Entity
@Table(name = "award_decision")
public class AwardDecision extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    private NominationRound round;

    @ManyToOne
    @JoinColumn(name = "session_id")
    private BoardSession session;

    @Column(length = 16)
    private String number;

    @Column(nullable = false, length = 32)
    private String symbol;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(nullable = false, length = 64)
    private String place;

    @Column(name = "issuing_body", nullable = false)
    private String issuingBody;

    @Column(nullable = false, length = 500)
    private String summary;

    @Column(name = "legal_bases", nullable = false)
    private String legalBases;

    @Column(name = "signer_name")
    private String signerName;

    @Column(name = "signer_title")
    private String signerTitle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DecisionStatus status = DecisionStatus.DRAFT;

    @Column(name = "issued_at")
    private LocalDateTime issuedAt;

    @Column(name = "issued_by", length = 64)
    private String issuedBy;

    @OneToMany(mappedBy = "decision", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<DecisionItem> items = new ArrayList<>();

    @Version
    private long version;

    protected AwardDecision() {
    }

    public AwardDecision(NominationRound round, BoardSession session, String symbol, String place, String issuingBody,
            String summary, String legalBases) {
        this.round = round;
        this.session = session;
        this.symbol = symbol;
        this.place = place;
        this.issuingBody = issuingBody;
        this.summary = summary;
        this.legalBases = legalBases;
    }

    public boolean isIssued() {
        return status == DecisionStatus.ISSUED;
    }

    public void issue(String by, LocalDateTime when) {
        status = DecisionStatus.ISSUED;
        issuedBy = by;
        issuedAt = when;
    }

    /** "123/QĐ-SYT", or the symbol alone while the number is not given. */
    public String numberAndSymbol() {
        return (number == null ? "    " : number) + "/" + symbol;
    }

    public String citation() {
        return "QĐ " + numberAndSymbol() + (signedOn == null ? "" : " ngày " + VietnameseDates.format(signedOn));
    }

    @Override
    protected String auditState() {
        return "number=" + numberAndSymbol() + "; signedOn=" + signedOn + "; signer=" + signerName + "; status=" + status
                + "; items=" + items.size() + "; summary=" + summary;
    }

    @Override
    public Long getId() {
        return id;
    }

    public NominationRound getRound() {
        return round;
    }

    public BoardSession getSession() {
        return session;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getSymbol() {
        return symbol;
    }

    public void setSymbol(String symbol) {
        this.symbol = symbol;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getIssuingBody() {
        return issuingBody;
    }

    public void setIssuingBody(String issuingBody) {
        this.issuingBody = issuingBody;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getLegalBases() {
        return legalBases;
    }

    public void setLegalBases(String legalBases) {
        this.legalBases = legalBases;
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String signerName) {
        this.signerName = signerName;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public void setSignerTitle(String signerTitle) {
        this.signerTitle = signerTitle;
    }

    public DecisionStatus getStatus() {
        return status;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public List<DecisionItem> getItems() {
        return items;
    }

    public long getVersion() {
        return version;
    }
}
