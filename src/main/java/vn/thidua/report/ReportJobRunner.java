package vn.thidua.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.thidua.common.Messages;
import vn.thidua.common.VietnameseDates;

/**
 * Makes one background report: claims the job (so that one instance of a cluster runs it), fills the template from
 * rows read a page at a time, with filled pages swapped to disk by a JasperReports virtualizer, and keeps the file.
 */
@ApplicationScoped
public class ReportJobRunner {

    private static final Logger LOG = Logger.getLogger(ReportJobRunner.class.getName());
    static final int PAGE_SIZE = 500;

    @Inject
    private ReportJobSteps steps;

    @Inject
    @ConfigProperty(name = "thidua.report.department", defaultValue = "Sở Y tế Hà Tĩnh")
    private String department;

    @Inject
    @ConfigProperty(name = "thidua.decision.place", defaultValue = "Hà Tĩnh")
    private String place;

    public int count(BackgroundReport report, String unitPath, Integer year) {
        return steps.count(report, unitPath, year);
    }

    public void run(long jobId, Path folder) {
        ReportJob job = steps.claim(jobId);
        if (job == null) {
            return; // another instance has it
        }
        String unitPath = job.getUnit().getPath();
        String storedName = UUID.randomUUID() + "." + job.getFormat().extension();
        JRSwapFileVirtualizer virtualizer = null;
        Path swap = null;
        Path file = folder.resolve(storedName);
        try {
            Files.createDirectories(folder);
            swap = Files.createTempDirectory("thidua-report-swap");
            virtualizer = new JRSwapFileVirtualizer(50, new JRSwapFile(swap.toString(), 4096, 1024), true);
            Map<String, Object> params = new HashMap<>(parameters(job, department, place));
            params.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
            PagedRecords rows = new PagedRecords((offset, limit) -> steps.page(job.getReport(), unitPath, job.getYear(), offset, limit),
                    PAGE_SIZE, done -> steps.progress(jobId, done));
            try (OutputStream out = Files.newOutputStream(file)) {
                ReportRenderer.render(template(job.getReport()), params, rows, job.getFormat(), job.getTitle(), out);
            }
            steps.finish(jobId, storedName, fileName(job), Files.size(file));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Background report " + jobId + " failed", e);
            steps.fail(jobId, Messages.vietnamese("reportJob.error.failed")); // the details are in the log above
            deleteQuietly(file);
        } finally {
            if (virtualizer != null) {
                virtualizer.cleanup();
            }
            if (swap != null) {
                deleteQuietly(swap);
            }
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not delete " + path, e);
        }
    }

    private static String template(BackgroundReport report) {
        return report == BackgroundReport.STAFF ? "staff-list" : "award-registry";
    }

    private static Map<String, Object> parameters(ReportJob job, String department, String place) {
        Map<String, Object> p = new HashMap<>();
        p.put("ISSUING_BODY", AwardDocuments.upper(department));
        p.put("PLACE_AND_DATE", place + ", " + VietnameseDates.longForm(LocalDate.now(VietnameseDates.PROVINCE_ZONE)));
        if (job.getReport() == BackgroundReport.STAFF) {
            p.put("UNIT_NAME", job.getUnit().getName());
            p.put("TITLE", "DANH SÁCH CÁN BỘ");
        } else {
            p.put("UNIT_NAME", job.getUnit().getName().toUpperCase(java.util.Locale.forLanguageTag("vi")));
            p.put("SUBJECT", "Đơn vị và các đơn vị trực thuộc" + (job.getYear() == null ? ", các năm" : ", năm " + job.getYear()));
        }
        return p;
    }

    private static String fileName(ReportJob job) {
        String base = job.getReport() == BackgroundReport.STAFF ? "danh-sach-can-bo" : "trich-so-khen-thuong";
        return base + "-" + job.getUnit().getCode().toLowerCase(java.util.Locale.ROOT) + (job.getYear() == null ? "" : "-" + job.getYear())
                + "." + job.getFormat().extension();
    }
}
