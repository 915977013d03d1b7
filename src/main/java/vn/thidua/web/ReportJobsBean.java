package vn.thidua.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.thidua.report.ReportJob;
import vn.thidua.report.ReportJobService;

/** The caller's background reports: /report/jobs.xhtml — progress while they run, the download once ready. */
@Named
@ViewScoped
public class ReportJobsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ReportJobService jobs;

    private transient List<ReportJob> list;

    public List<ReportJob> getJobs() {
        if (list == null) {
            list = jobs.mine();
        }
        return list;
    }

    /** Called by the poll: reads the jobs again. */
    public void refresh() {
        list = null;
    }

    public boolean isRunning() {
        return getJobs().stream().anyMatch(j -> !j.isFinished());
    }
}
