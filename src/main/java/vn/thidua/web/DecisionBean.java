package vn.thidua.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import vn.thidua.award.AwardDecision;
import vn.thidua.award.DecisionItem;
import vn.thidua.award.DecisionService;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;

/** A commendation decision: /award/decision.xhtml?id=… — the office completes and issues a draft; issued, it is read-only. */
@Named
@ViewScoped
public class DecisionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient DecisionService decisions;
    @Inject
    private transient CurrentUser currentUser;

    private Long id;
    private Long version;
    private String number;
    private String symbol;
    private LocalDate signedOn;
    private String place;
    private String issuingBody;
    private String summary;
    private String legalBases;
    private String signerName;
    private String signerTitle;
    private transient AwardDecision decision;

    public void load() {
        decision = decisions.find(id);
        version = decision.getVersion();
        number = decision.getNumber();
        symbol = decision.getSymbol();
        signedOn = decision.getSignedOn();
        place = decision.getPlace();
        issuingBody = decision.getIssuingBody();
        summary = decision.getSummary();
        legalBases = decision.getLegalBases();
        signerName = decision.getSignerName();
        signerTitle = decision.getSignerTitle();
    }

    public AwardDecision getDecision() {
        if (decision == null) {
            decision = decisions.find(id);
        }
        return decision;
    }

    public void save() {
        if (FormErrors.attempt("decisionForm", () -> decisions.update(id, version, header()))) {
            FormErrors.info("common.saved");
            load();
        }
    }

    public void issue() {
        if (FormErrors.attempt("decisionForm", () -> decisions.issue(id, version, header()))) {
            FormErrors.info("decision.issuedMessage");
            load();
        }
    }

    public void remove(DecisionItem item) {
        if (FormErrors.attempt("decisionForm", () -> decisions.removeItem(id, version, item.getId()))) {
            load();
        }
    }

    private DecisionService.Header header() {
        return new DecisionService.Header(number, symbol, signedOn, place, issuingBody, summary, legalBases, signerName, signerTitle);
    }

    public boolean isEditable() {
        return currentUser.hasRole(Role.SECRETARIAT) && !getDecision().isIssued();
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
}
