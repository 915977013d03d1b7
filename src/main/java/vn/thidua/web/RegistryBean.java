package vn.thidua.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import vn.thidua.award.AwardHistoryService;
import vn.thidua.award.AwardRecord;
import vn.thidua.common.Messages;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;

/**
 * The award registry of a unit: /award/registry.xhtml?unit=…&amp;year=… (both optional) — what the unit's people and
 * the unit itself received; the office revokes an entry with a reason, and the entry stays, marked revoked.
 */
@Named
@ViewScoped
public class RegistryBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A registry entry as the table shows, sorts and filters it. */
    public record Entry(long id, long version, int year, String person, String titleName, String titleShortName,
            String decision, String awardedBy, String source, boolean revoked, String revokedReason) implements Serializable {
    }

    @Inject
    private transient AwardHistoryService historyService;
    @Inject
    private transient CurrentUser currentUser;

    private Long unitId;
    private Integer year;
    private List<Entry> entries;
    private List<Entry> filteredEntries;
    private Entry selected;
    private String reason;

    /** The view action: shows the registry of the unit in the address, if any. */
    public void load() {
        entries = null;
        filteredEntries = null;
    }

    public void search() {
        load();
    }

    public List<Entry> getEntries() {
        if (entries == null) {
            entries = unitId == null ? List.of()
                    : historyService.registryOf(unitId, year).stream().map(RegistryBean::entry).toList();
        }
        return entries;
    }

    public void startRevoke(Entry entry) {
        selected = entry;
        reason = null;
    }

    public void revoke() {
        Entry entry = selected;
        if (entry != null && FormErrors.attempt("revokeForm", () -> historyService.revoke(entry.id(), entry.version(), reason))) {
            FormErrors.info("registry.revokedDone");
            selected = null;
            reason = null;
            load();
        }
    }

    private static Entry entry(AwardRecord a) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String awardedBy = a.getAwardedBy() != null ? a.getAwardedBy()
                : a.getDecision() != null ? a.getDecision().getIssuingBody() : a.getTitle().getAwardingBody();
        return new Entry(a.getId(), a.getVersion(), a.getYear(),
                a.getStaff() == null ? Messages.text(locale, "registry.collective") : a.getStaff().getFullName(),
                a.getTitle().getName(), a.getTitle().getShortName(), a.decisionText(), awardedBy,
                Messages.text(locale, "AwardSource." + a.getSource().name()), a.isRevoked(), a.getRevokedReason());
    }

    public List<SelectItem> getUnitItems() {
        return historyService.registryUnits().stream()
                .map(u -> new SelectItem(u.getId(), "\u00a0\u00a0".repeat(depth(u.getPath())) + u.getName())).toList();
    }

    private static int depth(String path) {
        return Math.max(0, (int) path.chars().filter(c -> c == '/').count() - 2);
    }

    public boolean isOffice() {
        return currentUser.hasRole(Role.SECRETARIAT);
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<Entry> getFilteredEntries() {
        return filteredEntries;
    }

    public void setFilteredEntries(List<Entry> filteredEntries) {
        this.filteredEntries = filteredEntries;
    }

    public Entry getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public int getMaxReason() {
        return AwardHistoryService.MAX_REVOKE_REASON;
    }
}
