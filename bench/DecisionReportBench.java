import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import vn.thidua.report.AwardDocuments;
import vn.thidua.report.CertificateRow;
import vn.thidua.report.DecisionRow;
import vn.thidua.report.ReportFormat;

/**
 * The decision with its appended list and the certificates for N generated awardees (default 5,000), filled and
 * exported to PDF through AwardDocuments/ReportRenderer (record rows), and the same rows as maps through a bare
 * JasperFillManager + JRPdfExporter call. Prints the median time of 3 runs after warming every path twice, the peak heap used
 * (sampled every 5 ms) and the PDF size, side by side. Usage (from the project root, after mvn compile):
 *   mvn -q -o dependency:build-classpath -Dmdep.outputFile=cp.txt
 *   java -Xmx1g -cp target/classes:$(cat cp.txt) bench/DecisionReportBench.java [awardees]
 */
public class DecisionReportBench {

    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"};
    static final String[] MIDDLE = {"Thị", "Văn", "Hữu", "Thị Thu", "Quốc", "Thị Ngọc", "Xuân", "Đức"};
    static final String[] GIVEN = {"Hương", "Đức", "Hà", "Bảo", "Ánh", "Nghĩa", "Yến", "Trường", "Lan", "Hùng", "Phúc", "Thảo"};
    static final String[] UNITS = {"Bệnh viện Y học cổ truyền", "Bệnh viện Phổi", "Trung tâm Kiểm soát bệnh tật", "Trung tâm Y tế huyện Hương Sơn",
            "Bệnh viện Mắt", "Trung tâm Y tế huyện Thạch Hà"};

    record Result(long ms, long peakMb, long bytes) {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        List<DecisionRow> decisionRows = new ArrayList<>();
        List<CertificateRow> certificateRows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = FAMILY[i % FAMILY.length] + " " + MIDDLE[(i / 12) % MIDDLE.length] + " " + GIVEN[(i / 96) % GIVEN.length];
            String unit = UNITS[i % UNITS.length];
            String title = i % 10 == 9 ? "Tập thể lao động tiên tiến" : "Chiến sĩ thi đua cơ sở";
            decisionRows.add(new DecisionRow(i + 1, name, "Bác sĩ – " + unit, title));
            certificateRows.add(new CertificateRow("CÔNG NHẬN DANH HIỆU", title.toUpperCase(), i % 2 == 0 ? "Bà" : "Ông", name,
                    "Bác sĩ, " + unit, "Đã có thành tích xuất sắc trong phong trào thi đua năm 2024."));
        }
        AwardDocuments.DecisionHeader header = new AwardDocuments.DecisionHeader("UBND tỉnh Hà Tĩnh", "Sở Y tế Hà Tĩnh", "1890/QĐ-SYT",
                "Hà Tĩnh", LocalDate.of(2024, 12, 25), "Về việc tặng danh hiệu thi đua năm 2024",
                "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\nXét đề nghị của Hội đồng Thi đua – Khen thưởng.",
                "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Văn A", 2024, false, new BigDecimal("2340000"));
        List<AwardDocuments.TitleLine> titles = List.of(
                new AwardDocuments.TitleLine("Chiến sĩ thi đua cơ sở", true, n - n / 10, 0, new BigDecimal("1.0")),
                new AwardDocuments.TitleLine("Tập thể lao động tiên tiến", true, 0, n / 10, new BigDecimal("0.8")));

        AwardDocuments.Prepared decision = AwardDocuments.decisionOf(header, titles, decisionRows, ReportFormat.PDF);
        AwardDocuments.Prepared certificates = AwardDocuments.certificatesOf(header, null, certificateRows);

        // the bare path: templates compiled here, rows as maps, the exporter's defaults
        JasperReport bareDecision = JasperCompileManager.compileReport(DecisionReportBench.class.getResourceAsStream("/reports/award-decision.jrxml"));
        JasperReport bareList = JasperCompileManager.compileReport(DecisionReportBench.class.getResourceAsStream("/reports/award-decision-list.jrxml"));
        JasperReport bareCertificates = JasperCompileManager.compileReport(DecisionReportBench.class.getResourceAsStream("/reports/certificates.jrxml"));
        List<Map<String, ?>> listMaps = decisionRows.stream().<Map<String, ?>>map(r -> Map.of("position", r.position(), "name", r.name(),
                "positionAndUnit", r.positionAndUnit(), "title", r.title())).toList();
        List<Map<String, ?>> certificateMaps = certificateRows.stream().<Map<String, ?>>map(r -> Map.of("verb", r.verb(), "titleName", r.titleName(),
                "salutation", r.salutation(), "name", r.name(), "unitLine", r.unitLine(), "achievement", r.achievement())).toList();

        Supplier<Long> viaRendererDecision = () -> write(out -> decision.write(ReportFormat.PDF, out));
        Supplier<Long> bareDecisionRun = () -> write(out -> {
            Map<String, Object> p = new HashMap<>(decision.parameters());
            p.put("LIST_REPORT", bareList);
            p.put("LIST_ROWS", new JRMapCollectionDataSource(listMaps));
            bare(bareDecision, p, new JREmptyDataSource(1), out);
        });
        Supplier<Long> viaRendererCertificates = () -> write(out -> certificates.write(ReportFormat.PDF, out));
        Supplier<Long> bareCertificatesRun = () -> write(out -> bare(bareCertificates, new HashMap<>(certificates.parameters()),
                new JRMapCollectionDataSource(certificateMaps), out));

        // warm every path first (compile, JIT, fonts), so that no path profits from running after another
        for (int i = 0; i < 2; i++) {
            viaRendererDecision.get();
            bareDecisionRun.get();
            viaRendererCertificates.get();
            bareCertificatesRun.get();
        }
        System.out.printf("%,d awardees; java %s, max heap %d MB, %d cores%n", n, System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        System.out.printf("%-44s %10s %14s %10s%n", "", "median ms", "peak heap MB", "PDF KB");
        print("decision + list, AwardDocuments/ReportRenderer", measure(viaRendererDecision));
        print("decision + list, bare fill/export (maps)", measure(bareDecisionRun));
        print("certificates, AwardDocuments/ReportRenderer", measure(viaRendererCertificates));
        print("certificates, bare fill/export (maps)", measure(bareCertificatesRun));
    }

    interface Body {
        void write(OutputStream out) throws Exception;
    }

    static long write(Body body) {
        CountingStream out = new CountingStream();
        try {
            body.write(out);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out.count;
    }

    static void bare(JasperReport report, Map<String, Object> params, net.sf.jasperreports.engine.JRDataSource rows, OutputStream out) throws Exception {
        JasperPrint print = JasperFillManager.fillReport(report, params, rows);
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.exportReport();
    }

    static Result measure(Supplier<Long> run) throws InterruptedException {
        long[] times = new long[3];
        long peak = 0;
        long bytes = 0;
        for (int i = 0; i < times.length; i++) {
            System.gc();
            Thread.sleep(200);
            Runtime rt = Runtime.getRuntime();
            AtomicLong max = new AtomicLong(rt.totalMemory() - rt.freeMemory());
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    max.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long start = System.nanoTime();
            bytes = run.get();
            times[i] = (System.nanoTime() - start) / 1_000_000;
            sampler.interrupt();
            sampler.join();
            peak = Math.max(peak, max.get());
        }
        Arrays.sort(times);
        return new Result(times[1], peak >> 20, bytes >> 10);
    }

    static void print(String name, Result r) {
        System.out.printf("%-44s %10d %14d %10d%n", name, r.ms(), r.peakMb(), r.bytes());
    }

    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
