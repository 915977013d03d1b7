package vn.thidua.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.thidua.review.ReviewAssignment;
import vn.thidua.review.RoundService;
import vn.thidua.submission.SubmissionService;

/** A board member's queue: /review/queue.xhtml — the reports assigned to them, scored or not. */
@Named
@ViewScoped
public class ReviewQueueBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One assignment as the queue shows it. */
    public record Row(long id, String round, String unit, String plan, int year, boolean done, long scored, long total)
            implements Serializable {
    }

    @Inject
    private transient RoundService rounds;
    @Inject
    private transient SubmissionService submissions;

    private List<Row> rows;

    public void load() {
        rows = rounds.queue().stream().map(this::row).toList();
    }

    private Row row(ReviewAssignment a) {
        long total = submissions.criteriaOf(a.getSubmission()).stream().filter(c -> !c.isGroup()).count();
        return new Row(a.getId(), a.getRound().getName(), a.getSubmission().getUnit().getName(),
                a.getSubmission().getPlan().getNumberSymbol(), a.getSubmission().getYear(), a.isDone(), a.getScores().size(), total);
    }

    public List<Row> getRows() {
        if (rows == null) {
            load();
        }
        return rows;
    }

    public long getDoneCount() {
        return getRows().stream().filter(Row::done).count();
    }

    public int getTotalCount() {
        return getRows().size();
    }
}
