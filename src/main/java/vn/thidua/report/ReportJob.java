package vn.thidua.report;

import jakarta.persistence.Cacheable;
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
import java.time.LocalDateTime;
import vn.thidua.org.Unit;

/** A long report someone asked for, made in the background; its file is kept until they download it. */
@Entity
@Table(name = "report_job")
@Cacheable(false) // its progress is written by the background job with bulk updates
public class ReportJob {

    public enum Status {
        QUEUED, RUNNING, DONE, FAILED, EXPIRED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BackgroundReport report;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(name = "report_year")
    private Integer year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportFormat format;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.QUEUED;

    @Column(name = "rows_total")
    private int rowsTotal;

    @Column(name = "rows_done")
    private int rowsDone;

    @Column(name = "stored_name")
    private String storedName;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(length = 1000)
    private String error;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    protected ReportJob() {
    }

    public ReportJob(String username, BackgroundReport report, Unit unit, Integer year, ReportFormat format, String title,
            int rowsTotal, LocalDateTime createdAt) {
        this.username = username;
        this.report = report;
        this.unit = unit;
        this.year = year;
        this.format = format;
        this.title = title;
        this.rowsTotal = rowsTotal;
        this.createdAt = createdAt;
    }

    /** Done rows as a whole percentage, 100 once the file is ready. */
    public int getPercent() {
        if (status == Status.DONE) {
            return 100;
        }
        return rowsTotal == 0 ? 0 : (int) Math.min(99, rowsDone * 100L / rowsTotal);
    }

    public boolean isFinished() {
        return status != Status.QUEUED && status != Status.RUNNING;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public BackgroundReport getReport() {
        return report;
    }

    public Unit getUnit() {
        return unit;
    }

    public Integer getYear() {
        return year;
    }

    public ReportFormat getFormat() {
        return format;
    }

    public String getTitle() {
        return title;
    }

    public Status getStatus() {
        return status;
    }

    public int getRowsTotal() {
        return rowsTotal;
    }

    public int getRowsDone() {
        return rowsDone;
    }

    public String getStoredName() {
        return storedName;
    }

    public String getFileName() {
        return fileName;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public String getError() {
        return error;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }
}
