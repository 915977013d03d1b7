package vn.thidua.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * Fills the templates of reports/ (on the classpath as /reports/NAME.jrxml) and exports them. Each
 * template is compiled once, at first use, and kept.
 */
public final class ReportRenderer {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final Map<String, JasperReport> COMPILED = new ConcurrentHashMap<>();

    private ReportRenderer() {
    }

    public static JasperReport template(String name) {
        return COMPILED.computeIfAbsent(name, ReportRenderer::compile);
    }

    public static void render(String name, Map<String, Object> parameters, JRDataSource rows, ReportFormat format,
            String title, OutputStream out) {
        Map<String, Object> params = new HashMap<>(parameters);
        params.put(JRParameter.REPORT_LOCALE, VIETNAMESE);
        try {
            JasperPrint print = JasperFillManager.fillReport(template(name), params, rows);
            SimpleOutputStreamExporterOutput output = new SimpleOutputStreamExporterOutput(out);
            switch (format) {
                case PDF -> {
                    JRPdfExporter exporter = new JRPdfExporter();
                    exporter.setExporterInput(new SimpleExporterInput(print));
                    exporter.setExporterOutput(output);
                    SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
                    config.setMetadataTitle(title);
                    config.setMetadataAuthor("Thi đua");
                    config.setMetadataCreator("Thi đua");
                    config.setDisplayMetadataTitle(true);
                    exporter.setConfiguration(config);
                    exporter.exportReport();
                }
                case XLSX -> {
                    JRXlsxExporter exporter = new JRXlsxExporter();
                    exporter.setExporterInput(new SimpleExporterInput(print));
                    exporter.setExporterOutput(output);
                    SimpleXlsxReportConfiguration config = new SimpleXlsxReportConfiguration();
                    config.setOnePagePerSheet(false);
                    config.setDetectCellType(true);
                    config.setRemoveEmptySpaceBetweenRows(true);
                    config.setWhitePageBackground(false);
                    config.setSheetNames(new String[] {title.length() > 31 ? title.substring(0, 31) : title});
                    exporter.setConfiguration(config);
                    exporter.exportReport();
                }
                case DOCX -> {
                    JRDocxExporter exporter = new JRDocxExporter();
                    exporter.setExporterInput(new SimpleExporterInput(print));
                    exporter.setExporterOutput(output);
                    exporter.exportReport();
                }
            }
        } catch (JRException e) {
            throw new IllegalStateException("Report " + name + " failed", e);
        }
    }

    private static JasperReport compile(String name) {
        try (InputStream jrxml = ReportRenderer.class.getResourceAsStream("/reports/" + name + ".jrxml")) {
            if (jrxml == null) {
                throw new IllegalArgumentException("No report template " + name);
            }
            return JasperCompileManager.compileReport(jrxml);
        } catch (IOException | JRException e) {
            throw new IllegalStateException("Report template " + name + " does not compile", e);
        }
    }
}
