package vn.thidua.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.thidua.common.Messages;
import vn.thidua.common.VietnameseNumbers;
import vn.thidua.submission.Submission;
import vn.thidua.submission.SubmissionService;
import vn.thidua.submission.SubmissionVersion;

/** /submission/version.xhtml?id=…&amp;no=…: a submitted version read back as it was submitted. */
@Named
@RequestScoped
public class VersionBean {

    /** One criterion's answer in the version: what was reported, in words, and its points. */
    public record Line(String code, String name, String reported, BigDecimal points) {
    }

    /** An evidence file listed in the version. */
    public record File(long id, String name, long sizeBytes, String sha256) {
    }

    @Inject
    private SubmissionService submissions;

    private Long id;
    private Integer no;
    private Submission submission;
    private SubmissionVersion version;
    private JsonObject content;

    public void load() {
        submission = submissions.find(id);
        version = submissions.version(id, no);
        content = Json.createReader(new StringReader(version.getContent())).readObject();
    }

    public List<Line> getLines() {
        List<Line> lines = new ArrayList<>();
        for (JsonObject a : content.getOrDefault("answers", JsonValue.EMPTY_JSON_ARRAY).asJsonArray().getValuesAs(JsonObject.class)) {
            lines.add(new Line(a.getString("code"), a.getString("name"), reported(a),
                    a.get("points") instanceof JsonNumber n ? n.bigDecimalValue() : null));
        }
        return lines;
    }

    public List<File> getFiles() {
        return content.getOrDefault("evidence", JsonValue.EMPTY_JSON_ARRAY).asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(f -> new File(f.getJsonNumber("id").longValue(), f.getString("name"), f.getJsonNumber("sizeBytes").longValue(),
                        f.getString("sha256"))).toList();
    }

    public String getNarrative() {
        return content.getString("narrative", "");
    }

    /** "Tử số 25 · Mẫu số 22.514", "Có, Có, Không", … in the page's language. */
    private static String reported(JsonObject a) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<String> parts = new ArrayList<>();
        for (String field : List.of("value", "numerator", "denominator", "surveyed", "satisfied", "assigned", "completed",
                "violations", "claimed")) {
            if (a.get(field) instanceof JsonNumber n) {
                parts.add(Messages.text(locale, "version.field." + field) + " " + VietnameseNumbers.format(n.bigDecimalValue()));
            }
        }
        if (a.containsKey("yes") && a.get("yes").getValueType() != JsonValue.ValueType.NULL) {
            parts.add(Messages.text(locale, a.getBoolean("yes") ? "common.yes" : "common.no"));
        }
        if (a.containsKey("items")) {
            List<String> items = new ArrayList<>();
            a.getJsonArray("items").forEach(v -> items.add(v.getValueType() == JsonValue.ValueType.NULL ? "–"
                    : Messages.text(locale, v.getValueType() == JsonValue.ValueType.TRUE ? "common.yes" : "common.no")));
            parts.add(String.join(", ", items));
        }
        if (a.get("comment") instanceof JsonString comment) {
            parts.add("«" + comment.getString() + "»");
        }
        return String.join(" · ", parts);
    }

    public Submission getSubmission() {
        return submission;
    }

    public SubmissionVersion getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getNo() {
        return no;
    }

    public void setNo(Integer no) {
        this.no = no;
    }
}
