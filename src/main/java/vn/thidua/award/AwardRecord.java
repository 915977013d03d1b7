package vn.thidua.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.thidua.common.VietnameseDates;
import vn.thidua.org.StaffMember;
import vn.thidua.org.Unit;

/** An entry of the award registry: a title or commendation a person or a collective received in a year. */
@Entity
@Table(name = "award_record")
public class AwardRecord extends HistoryEntry {

    @ManyToOne(optional = false)
    @JoinColumn(name = "title_id")
    private TitleType title;

    @Column(name = "award_year", nullable = false)
    private int year;

    @Column(name = "decision_no", length = 64)
    private String decisionNo;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    @Column(name = "awarded_by")
    private String awardedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decision_id")
    private AwardDecision decision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AwardSource source;

    private boolean revoked;

    @Column(name = "revoked_reason", length = 1000)
    private String revokedReason;

    protected AwardRecord() {
    }

    public AwardRecord(Unit unit, StaffMember staff, TitleType title, int year, String decisionNo, LocalDate decisionDate,
            String awardedBy, AwardSource source) {
        super(unit, staff);
        this.title = title;
        this.year = year;
        this.decisionNo = decisionNo;
        this.decisionDate = decisionDate;
        this.awardedBy = awardedBy;
        this.source = source;
    }

    public void revoke(String reason) {
        revoked = true;
        revokedReason = reason;
    }

    /** The decision as people cite it, e.g. "QĐ 123/QĐ-SYT ngày 01/12/2024". */
    public String decisionText() {
        if (decisionNo == null) {
            return null;
        }
        return "QĐ " + decisionNo + (decisionDate == null ? "" : " ngày " + VietnameseDates.format(decisionDate));
    }

    @Override
    protected String auditState() {
        return ownerState() + "; title=" + title.getCode()
                + "; year=" + year + "; decision=" + (decisionNo == null ? "" : decisionNo) + "; source=" + source
                + "; revoked=" + revoked;
    }

    public TitleType getTitle() {
        return title;
    }

    public int getYear() {
        return year;
    }

    public String getDecisionNo() {
        return decisionNo;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public String getAwardedBy() {
        return awardedBy;
    }

    public AwardDecision getDecision() {
        return decision;
    }

    public void setDecision(AwardDecision decision) {
        this.decision = decision;
    }

    public AwardSource getSource() {
        return source;
    }

    public boolean isRevoked() {
        return revoked;
    }

    public String getRevokedReason() {
        return revokedReason;
    }
}
