package vn.thidua.plan;

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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import vn.thidua.common.AuditedEntity;
import vn.thidua.org.Unit;

/** An emulation plan (kế hoạch thi đua) such as 1750/KH-SYT of Hà Tĩnh for 2021–2025. */
@Entity
@Table(name = "emulation_plan")
public class EmulationPlan extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "number_symbol", nullable = false)
    private String numberSymbol;

    @ManyToOne
    @JoinColumn(name = "issuing_unit_id")
    private Unit issuingUnit;

    @Column(name = "issuing_body", nullable = false)
    private String issuingBody;

    private String place;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(nullable = false)
    private String title;

    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanKind kind;

    @Column(name = "start_year", nullable = false)
    private int startYear;

    @Column(name = "end_year", nullable = false)
    private int endYear;

    @Column(name = "report_day")
    private Integer reportDay;

    @Column(name = "report_month")
    private Integer reportMonth;

    @Enumerated(EnumType.STRING)
    @Column(name = "monitoring_frequency")
    private MonitoringFrequency monitoringFrequency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status = PlanStatus.DRAFT;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlanContent> contents = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueOn")
    private List<Milestone> milestones = new ArrayList<>();

    @Version
    private long version;

    protected EmulationPlan() {
    }

    public EmulationPlan(String numberSymbol, String issuingBody, String title, PlanKind kind, int startYear, int endYear) {
        this.numberSymbol = numberSymbol;
        this.issuingBody = issuingBody;
        this.title = title;
        this.kind = kind;
        this.startYear = startYear;
        this.endYear = endYear;
    }

    @Override
    protected String auditState() {
        return "number=" + numberSymbol + "; title=" + title + "; kind=" + kind + "; period=" + startYear + "-" + endYear
                + "; issuedOn=" + issuedOn + "; report=" + reportDay + "/" + reportMonth + "; status=" + status;
    }

    /** "2021–2025", or "2025" for a one-year plan. */
    public String getPeriod() {
        return startYear == endYear ? String.valueOf(startYear) : startYear + "–" + endYear;
    }

    /**
     * The yearly reporting deadline in a year of the plan, e.g. 15/11/2024; null when the plan sets none. A day the
     * month does not have that year (29/2 in 2025) falls on the month's last day.
     */
    public LocalDate reportingDeadline(int year) {
        if (reportDay == null || reportMonth == null) {
            return null;
        }
        YearMonth month = YearMonth.of(year, reportMonth);
        return month.atDay(Math.min(reportDay, month.lengthOfMonth()));
    }

    /** Every year of the plan's period, in order. */
    public List<Integer> getYears() {
        return IntStream.rangeClosed(startYear, endYear).boxed().toList();
    }

    public boolean coversYear(int year) {
        return year >= startYear && year <= endYear;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getNumberSymbol() {
        return numberSymbol;
    }

    public void setNumberSymbol(String numberSymbol) {
        this.numberSymbol = numberSymbol;
    }

    public Unit getIssuingUnit() {
        return issuingUnit;
    }

    public void setIssuingUnit(Unit issuingUnit) {
        this.issuingUnit = issuingUnit;
    }

    public String getIssuingBody() {
        return issuingBody;
    }

    public void setIssuingBody(String issuingBody) {
        this.issuingBody = issuingBody;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public PlanKind getKind() {
        return kind;
    }

    public void setKind(PlanKind kind) {
        this.kind = kind;
    }

    public int getStartYear() {
        return startYear;
    }

    public void setStartYear(int startYear) {
        this.startYear = startYear;
    }

    public int getEndYear() {
        return endYear;
    }

    public void setEndYear(int endYear) {
        this.endYear = endYear;
    }

    public Integer getReportDay() {
        return reportDay;
    }

    public void setReportDay(Integer reportDay) {
        this.reportDay = reportDay;
    }

    public Integer getReportMonth() {
        return reportMonth;
    }

    public void setReportMonth(Integer reportMonth) {
        this.reportMonth = reportMonth;
    }

    public MonitoringFrequency getMonitoringFrequency() {
        return monitoringFrequency;
    }

    public void setMonitoringFrequency(MonitoringFrequency monitoringFrequency) {
        this.monitoringFrequency = monitoringFrequency;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public void setStatus(PlanStatus status) {
        this.status = status;
    }

    public List<PlanContent> getContents() {
        return contents;
    }

    public List<Milestone> getMilestones() {
        return milestones;
    }

    public long getVersion() {
        return version;
    }
}
