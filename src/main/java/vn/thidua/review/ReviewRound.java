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
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.thidua.common.AuditedEntity;

/** A scoring round of a board: its settings, and whether it is open, locked or published. */
@Entity
@Table(name = "review_round")
public class ReviewRound extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "board_id")
    private ReviewBoard board;

    @Column(nullable = false)
    private String name;

    @Column(name = "reviewers_per_submission", nullable = false)
    private int reviewersPerSubmission = AssignmentPlanner.DEFAULT_REVIEWERS_PER_TARGET;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AggregationMethod aggregation = AggregationMethod.DEFAULT;

    @Column(name = "outlier_share", nullable = false, precision = 5, scale = 4)
    private BigDecimal outlierShare = Aggregation.DEFAULT_OUTLIER_SHARE;

    /** How far (a share of the criterion's maximum) a score may stray from the self-score without a comment. */
    @Column(name = "deviation_share", nullable = false, precision = 5, scale = 4)
    private BigDecimal deviationShare = new BigDecimal("0.2");

    /** The tie-breaks in order, comma-separated names; null for {@link RoundService#TIE_BREAKS}. */
    @Column(name = "tie_breaks")
    private String tieBreaks;

    /** The classification bands as written ("Xuất sắc ≥ 90; Tốt ≥ 75"); null for the defaults. */
    private String bands;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoundStatus status = RoundStatus.OPEN;

    @Column(name = "locked_at")
    private LocalDateTime lockedAt;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Version
    private long version;

    protected ReviewRound() {
    }

    public ReviewRound(ReviewBoard board, String name) {
        this.board = board;
        this.name = name;
    }

    @Override
    protected String auditState() {
        return "board=" + board.getId() + "; name=" + name + "; reviewers=" + reviewersPerSubmission + "; aggregation="
                + aggregation + "; outlierShare=" + outlierShare + "; deviationShare=" + deviationShare + "; bands=" + bands + "; tieBreaks=" + tieBreaks + "; status=" + status;
    }

    /** Workflow steps; {@link RoundService} decides when they are allowed. */
    public void lock(LocalDateTime at) {
        status = RoundStatus.LOCKED;
        lockedAt = at;
    }

    void reopen() {
        status = RoundStatus.OPEN;
        lockedAt = null;
        publishedAt = null;
    }

    public void publish(LocalDateTime at) {
        status = RoundStatus.PUBLISHED;
        publishedAt = at;
    }

    @Override
    public Long getId() {
        return id;
    }

    public ReviewBoard getBoard() {
        return board;
    }

    public String getName() {
        return name;
    }

    public int getReviewersPerSubmission() {
        return reviewersPerSubmission;
    }

    public void setReviewersPerSubmission(int reviewersPerSubmission) {
        this.reviewersPerSubmission = reviewersPerSubmission;
    }

    public AggregationMethod getAggregation() {
        return aggregation;
    }

    public void setAggregation(AggregationMethod aggregation) {
        this.aggregation = AggregationMethod.orDefault(aggregation);
    }

    public BigDecimal getOutlierShare() {
        return outlierShare;
    }

    public void setOutlierShare(BigDecimal outlierShare) {
        this.outlierShare = outlierShare;
    }

    public BigDecimal getDeviationShare() {
        return deviationShare;
    }

    public void setDeviationShare(BigDecimal deviationShare) {
        this.deviationShare = deviationShare;
    }

    public List<Band> getBandList() {
        return Band.parseList(bands);
    }

    public void setBandList(List<Band> bandList) {
        bands = bandList == null || bandList.equals(Band.defaults()) ? null : Band.format(bandList);
    }

    public List<TieBreak> getTieBreakList() {
        return tieBreaks == null || tieBreaks.isBlank() ? RoundService.TIE_BREAKS
                : Arrays.stream(tieBreaks.split(",")).map(String::strip).map(TieBreak::valueOf).toList();
    }

    public void setTieBreakList(List<TieBreak> list) {
        tieBreaks = list == null || list.isEmpty() ? null : list.stream().distinct().map(Enum::name).collect(Collectors.joining(","));
    }

    public RoundStatus getStatus() {
        return status;
    }

    public LocalDateTime getLockedAt() {
        return lockedAt;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }
}
