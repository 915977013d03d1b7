package vn.thidua.report;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every 10 minutes: background reports unfinished after an hour failed with their instance and are marked so; files
 * of reports finished more than a week ago are deleted. Each instance of a cluster may run it: the updates are
 * conditional, and deleting a file twice is harmless.
 */
@Singleton
public class ReportJobHousekeeping {

    private static final Logger LOG = Logger.getLogger(ReportJobHousekeeping.class.getName());

    @Inject
    private ReportJobSteps steps;

    @Inject
    @ConfigProperty(name = "thidua.storageDir")
    private String storageDir;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void tidy() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        int stuck = steps.failStuck(now.minusHours(1), "Bị gián đoạn: máy chủ dừng khi đang làm báo cáo; hãy yêu cầu lại.");
        for (String storedName : steps.expire(now.minusDays(7))) {
            try {
                if (storedName != null) {
                    Files.deleteIfExists(Path.of(storageDir, "reports", storedName));
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete report file " + storedName, e);
            }
        }
        if (stuck > 0) {
            LOG.info(() -> stuck + " background report(s) marked failed after their instance stopped");
        }
    }
}
