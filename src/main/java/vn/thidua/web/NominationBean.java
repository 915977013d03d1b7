package vn.thidua.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.thidua.award.EligibilityService;
import vn.thidua.award.Nomination;
import vn.thidua.award.NominationAttachment;
import vn.thidua.award.NominationService;
import vn.thidua.award.TitleService;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;
import vn.thidua.submission.EvidenceService;

/**
 * One nomination: /award/nomination.xhtml?id=… — the unit edits, attaches and submits it; everyone who may see it
 * sees each condition's live result with its facts and legal reference; the office returns, re-checks, overrides and
 * puts it on the board's agenda.
 */
@Named
@ViewScoped
public class NominationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient NominationService nominations;
    @Inject
    private transient TitleService titles;
    @Inject
    private transient EvidenceService evidence;
    @Inject
    private transient CurrentUser currentUser;

    private Long id;
    private Long version;
    private Long titleId;
    private String summary;
    private String reason;
    private transient Nomination nomination;
    private transient EligibilityService.Check check;

    public void load() {
        nomination = nominations.find(id);
        check = null;
        version = nomination.getVersion();
        titleId = nomination.getTitle().getId();
        summary = nomination.getSummary();
    }

    public Nomination getNomination() {
        if (nomination == null) {
            nomination = nominations.find(id);
        }
        return nomination;
    }

    public EligibilityService.Check getCheck() {
        if (check == null) {
            check = nominations.check(id);
        }
        return check;
    }

    public void save() {
        if (FormErrors.attempt("nominationForm", () -> nominations.update(id, version, titleId, summary))) {
            FormErrors.info("common.saved");
            load();
        }
    }

    public void submit() {
        if (FormErrors.attempt("nominationForm", () -> nominations.submit(id, version, titleId, summary))) {
            FormErrors.info("nomination.submitted");
            load();
        }
    }

    public void withdraw() {
        change(() -> nominations.withdraw(id, version));
    }

    public void returnToUnit() {
        change(() -> nominations.returnToUnit(id, version, reason));
    }

    public void recheck() {
        change(() -> nominations.recheck(id));
    }

    public void override() {
        change(() -> nominations.override(id, version, reason));
    }

    public void putOnAgenda() {
        change(() -> nominations.putOnAgenda(id, version));
    }

    private void change(Runnable action) {
        if (FormErrors.attempt("nominationForm", action)) {
            FormErrors.info("common.saved");
            reason = null;
            load();
        }
    }

    public void upload(FileUploadEvent event) {
        try (InputStream in = event.getFile().getInputStream()) {
            if (FormErrors.attempt("nominationForm", () -> nominations.attach(id, in, event.getFile().getFileName()))) {
                FormErrors.info("evidence.uploaded", event.getFile().getFileName());
                load();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public StreamedContent download(NominationAttachment a) {
        NominationAttachment attachment = nominations.attachment(id, a.getId());
        return DefaultStreamedContent.builder().name(attachment.getOriginalName()).contentType(attachment.getType().mimeType())
                .stream(() -> nominations.open(attachment)).build();
    }

    /** The kept result of the last check, line by line; the first line names the rule set. */
    public List<String> getStoredCheck() {
        String detail = getNomination().getEligibilityDetail();
        return detail == null ? List.of() : List.of(detail.split("\n"));
    }

    public boolean isUnitEditor() {
        Nomination n = getNomination();
        return currentUser.hasAnyRole(Role.UNIT_OFFICER, Role.UNIT_HEAD) && currentUser.homeUnit() != null
                && currentUser.homeUnit().getId().equals(n.getUnit().getId()) && n.isEditableByUnit();
    }

    public boolean isHead() {
        return isUnitEditor() && currentUser.hasRole(Role.UNIT_HEAD);
    }

    public boolean isOffice() {
        return currentUser.hasRole(Role.SECRETARIAT);
    }

    public List<SelectItem> getTitleItems() {
        return titles.titles().stream().filter(t -> t.getSubject().allows(getNomination().subject()))
                .map(t -> new SelectItem(t.getId(), t.getName())).toList();
    }

    public int getMaxMb() {
        return evidence.getMaxMb();
    }

    public long getMaxBytes() {
        return evidence.maxBytes();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Long getTitleId() {
        return titleId;
    }

    public void setTitleId(Long titleId) {
        this.titleId = titleId;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
