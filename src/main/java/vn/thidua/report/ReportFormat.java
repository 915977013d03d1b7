package vn.thidua.report;

/** The formats a report exports to. */
public enum ReportFormat {
    PDF("application/pdf", "pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private final String contentType;
    private final String extension;

    ReportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** "pdf", "xlsx", "docx" in any case; PDF when empty. */
    public static ReportFormat parse(String text) {
        if (text == null || text.isBlank()) {
            return PDF;
        }
        return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
