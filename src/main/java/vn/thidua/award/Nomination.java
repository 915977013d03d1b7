package vn.thidua.award;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.common.AuditedEntity;
import vn.thidua.org.StaffMember;
import vn.thidua.org.Unit;

/** A unit's proposal of one of its staff, or of a collective, for a title in a nomination round. */
@Entity
@Table(name = "nomination")
public class Nomination extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    private NominationRound round;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    // lists of nominations (ballots, decision items, reports) read their people in one query, not one per row
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "staff_id")
    @BatchFetch(BatchFetchType.IN)
    private StaffMember staff;

    @ManyToOne
    @JoinColumn(name = "candidate_unit_id")
    private Unit candidateUnit;

    @ManyToOne(optional = false)
    @JoinColumn(name = "title_id")
    private TitleType title;

    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NominationStatus status = NominationStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    private Outcome eligibility;

    @Column(name = "eligibility_detail")
    private String eligibilityDetail;

    @Column(name = "checked_at")
    private LocalDateTime checkedAt;

    @Column(name = "override_reason", length = 1000)
    private String overrideReason;

    @Column(name = "override_by", length = 64)
    private String overrideBy;

    @Column(name = "override_at")
    private LocalDateTime overrideAt;

    @Column(name = "return_reason", length = 1000)
    private String returnReason;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @OneToMany(mappedBy = "nomination", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<NominationAttachment> attachments = new ArrayList<>();

    @Version
    private long version;

    protected Nomination() {
    }

    public static Nomination ofPerson(NominationRound round, Unit unit, StaffMember staff, TitleType title) {
        Nomination n = new Nomination();
        n.round = round;
        n.unit = unit;
        n.staff = staff;
        n.title = title;
        return n;
    }

    public static Nomination ofCollective(NominationRound round, Unit unit, Unit candidateUnit, TitleType title) {
        Nomination n = new Nomination();
        n.round = round;
        n.unit = unit;
        n.candidateUnit = candidateUnit;
        n.title = title;
        return n;
    }

    public boolean isIndividual() {
        return staff != null;
    }

    public TitleSubject subject() {
        return isIndividual() ? TitleSubject.INDIVIDUAL : TitleSubject.COLLECTIVE;
    }

    /** The person's name or the collective's name. */
    public String candidateName() {
        return isIndividual() ? staff.getFullName() : candidateUnit.getName();
    }

    /** The unit whose records hold the candidate's facts: the person's unit or the collective itself. */
    public Unit candidateHomeUnit() {
        return isIndividual() ? staff.getUnit() : candidateUnit;
    }

    public void recordCheck(Outcome outcome, String detail, LocalDateTime when) {
        eligibility = outcome;
        eligibilityDetail = detail;
        checkedAt = when;
    }

    public void override(String reason, String by, LocalDateTime when) {
        overrideReason = reason;
        overrideBy = by;
        overrideAt = when;
    }

    public boolean isOverridden() {
        return overrideAt != null;
    }

    /** Only nominations that pass, or that the office let through with a logged override, go to the board. */
    public boolean mayGoToBoard() {
        return eligibility == Outcome.PASS || isOverridden();
    }

    /** A (re)submitted nomination is judged afresh: an earlier override of the office does not carry over. */
    public void submit(String by, LocalDateTime when) {
        status = NominationStatus.SUBMITTED;
        submittedBy = by;
        submittedAt = when;
        returnReason = null;
        overrideReason = null;
        overrideBy = null;
        overrideAt = null;
    }

    public void returnToUnit(String reason) {
        status = NominationStatus.RETURNED;
        returnReason = reason;
    }

    public boolean isEditableByUnit() {
        return status == NominationStatus.DRAFT || status == NominationStatus.RETURNED;
    }

    @Override
    protected String auditState() {
        return "round=" + round.getId() + "; unit=" + unit.getCode() + "; staff=" + (staff == null ? "" : staff.getId())
                + "; candidateUnit=" + (candidateUnit == null ? "" : candidateUnit.getCode()) + "; title=" + title.getCode()
                + "; status=" + status + "; eligibility=" + (eligibility == null ? "" : eligibility)
                + "; override=" + (overrideReason == null ? "" : overrideReason) + "; summary=" + (summary == null ? 0 : summary.length()) + " chars";
    }

    @Override
    public Long getId() {
        return id;
    }

    public NominationRound getRound() {
        return round;
    }

    public Unit getUnit() {
        return unit;
    }

    public StaffMember getStaff() {
        return staff;
    }

    public Unit getCandidateUnit() {
        return candidateUnit;
    }

    public TitleType getTitle() {
        return title;
    }

    public void setTitle(TitleType title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public NominationStatus getStatus() {
        return status;
    }

    public void setStatus(NominationStatus status) {
        this.status = status;
    }

    public Outcome getEligibility() {
        return eligibility;
    }

    public String getEligibilityDetail() {
        return eligibilityDetail;
    }

    public LocalDateTime getCheckedAt() {
        return checkedAt;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public String getOverrideBy() {
        return overrideBy;
    }

    public LocalDateTime getOverrideAt() {
        return overrideAt;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public List<NominationAttachment> getAttachments() {
        return attachments;
    }

    public long getVersion() {
        return version;
    }
}
