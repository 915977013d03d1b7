package vn.thidua.submission;

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
import vn.thidua.common.AuditedEntity;
import vn.thidua.plan.PlanTask;

/** A unit's progress on one plan task it leads, reported with its yearly submission. */
@Entity
@Table(name = "submission_task")
public class TaskReport extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "submission_id")
    private Submission submission;

    @ManyToOne(optional = false)
    @JoinColumn(name = "task_id")
    private PlanTask task;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskProgress progress = TaskProgress.NOT_STARTED;

    private String note;

    protected TaskReport() {
    }

    public TaskReport(Submission submission, PlanTask task) {
        this.submission = submission;
        this.task = task;
    }

    @Override
    protected String auditState() {
        return "submission=" + submission.getId() + "; task=" + task.getCode() + "; progress=" + progress + "; note=" + note;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Submission getSubmission() {
        return submission;
    }

    public PlanTask getTask() {
        return task;
    }

    public TaskProgress getProgress() {
        return progress;
    }

    public void setProgress(TaskProgress progress) {
        this.progress = progress;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
