package vn.thidua.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.thidua.award.RuleKind;
import vn.thidua.award.RuleSet;
import vn.thidua.award.RuleSetStatus;
import vn.thidua.award.TitleRule;
import vn.thidua.award.TitleService;
import vn.thidua.award.TitleType;
import vn.thidua.common.Messages;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;

/**
 * The title catalogue and the versions of its rule sets: /award/titles.xhtml?set=… (optional). Everyone signed in
 * reads; ADMIN makes a new draft version from the selected set, edits the rules of a draft and puts it in force.
 */
@Named
@ViewScoped
public class TitlesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A rule as a row shows it. */
    public record RuleView(Long id, long version, Long titleId, String titleCode, String titleName, RuleKind kind,
            String kindLabel, String parameters, String anyGroup, int option, boolean enabled, String legalReference)
            implements Serializable {

        static RuleView of(TitleRule r) {
            return new RuleView(r.getId(), r.getVersion(), r.getTitle().getId(), r.getTitle().getCode(),
                    r.getTitle().getShortName() + " – " + r.getTitle().getName(), r.getKind(), r.getKind().label(),
                    r.getParameters(), r.getAnyGroup(), r.getOption(), r.isEnabled(), r.getLegalReference());
        }
    }

    /** The rules of one title, in the order of the set. */
    public record RuleGroup(String titleCode, String titleName, List<RuleView> rules) implements Serializable {
    }

    @Inject
    private transient TitleService titleService;
    @Inject
    private transient CurrentUser currentUser;

    private Long setId;
    /** The version of the selected set as the page showed it: activating a set changed since is refused. */
    private Long setVersion;
    private transient List<TitleType> titles;
    private transient List<RuleSet> ruleSets;
    private transient RuleSet selectedSet;

    private String newName;
    private LocalDate newEffectiveFrom;

    private Long ruleId;
    private Long ruleVersion;
    private Long titleId;
    private RuleKind kind;
    private String parameters;
    private String anyGroup;
    private Integer option = 1;
    private boolean enabled = true;
    private String legalReference;

    /** The view action: the set in the address, else the active set in force latest, else the newest. */
    public void load() {
        titles = null;
        ruleSets = null;
        selectedSet = null;
        if (setId == null || getRuleSets().stream().noneMatch(s -> s.getId().equals(setId))) {
            setId = getRuleSets().stream().filter(s -> s.getStatus() == RuleSetStatus.ACTIVE).findFirst()
                    .or(() -> getRuleSets().stream().findFirst()).map(RuleSet::getId).orElse(null);
        }
        setVersion = getSelectedSet() == null ? null : getSelectedSet().getVersion();
    }

    /** The selector changed. */
    public void select() {
        selectedSet = null;
        setVersion = getSelectedSet() == null ? null : getSelectedSet().getVersion();
    }

    public List<TitleType> getTitles() {
        if (titles == null) {
            titles = titleService.titles();
        }
        return titles;
    }

    public List<RuleSet> getRuleSets() {
        if (ruleSets == null) {
            ruleSets = titleService.ruleSets();
        }
        return ruleSets;
    }

    public RuleSet getSelectedSet() {
        if (selectedSet == null && setId != null) {
            selectedSet = titleService.ruleSet(setId);
        }
        return selectedSet;
    }

    public List<RuleGroup> getGroups() {
        RuleSet set = getSelectedSet();
        return set == null ? List.of() : group(set.getRules());
    }

    /** The rules grouped by title, the titles in the catalogue's order, the rules in the set's order. */
    static List<RuleGroup> group(List<TitleRule> rules) {
        Map<String, List<RuleView>> byTitle = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        rules.stream()
                .sorted(Comparator.comparingInt((TitleRule r) -> r.getTitle().getPosition())
                        .thenComparing(r -> r.getTitle().getCode())
                        .thenComparingInt(TitleRule::getPosition))
                .forEach(r -> {
                    byTitle.computeIfAbsent(r.getTitle().getCode(), k -> new ArrayList<>()).add(RuleView.of(r));
                    names.putIfAbsent(r.getTitle().getCode(), r.getTitle().getShortName() + " – " + r.getTitle().getName());
                });
        List<RuleGroup> groups = new ArrayList<>();
        byTitle.forEach((code, list) -> groups.add(new RuleGroup(code, names.get(code), List.copyOf(list))));
        return groups;
    }

    // ---- ADMIN

    public void createVersion() {
        if (setId == null) {
            return;
        }
        FormErrors.attemptValue("ruleSetsForm", () -> titleService.newVersion(setId, newName, newEffectiveFrom)).ifPresent(set -> {
            FormErrors.info("titles.versionCreated", set.getName());
            newName = null;
            newEffectiveFrom = null;
            setId = set.getId();
            load();
        });
    }

    public void activate() {
        if (setId != null && FormErrors.attempt("ruleSetsForm", () -> titleService.activate(setId, setVersion))) {
            FormErrors.info("titles.activated");
            load();
        }
    }

    public void newRule() {
        ruleId = null;
        ruleVersion = null;
        titleId = null;
        kind = null;
        parameters = null;
        anyGroup = null;
        option = 1;
        enabled = true;
        legalReference = null;
    }

    public void editRule(RuleView rule) {
        ruleId = rule.id();
        ruleVersion = rule.version();
        titleId = rule.titleId();
        kind = rule.kind();
        parameters = rule.parameters();
        anyGroup = rule.anyGroup();
        option = rule.option();
        enabled = rule.enabled();
        legalReference = rule.legalReference();
    }

    public void saveRule() {
        if (setId == null) {
            return;
        }
        TitleService.RuleInput input = new TitleService.RuleInput(titleId, kind, parameters, anyGroup, option, enabled,
                legalReference);
        if (FormErrors.attempt("ruleForm", () -> titleService.saveRule(setId, ruleId, ruleVersion, input))) {
            FormErrors.info("common.saved");
            refreshSet();
        }
    }

    public void removeRule(RuleView rule) {
        if (setId != null && FormErrors.attempt("ruleSetsForm", () -> titleService.removeRule(setId, rule.id(), rule.version()))) {
            FormErrors.info("titles.ruleRemoved");
            refreshSet();
        }
    }

    /** After a change of our own the set's version moved on: show and keep the new one. */
    private void refreshSet() {
        selectedSet = null;
        setVersion = getSelectedSet() == null ? null : getSelectedSet().getVersion();
    }

    public boolean isAdmin() {
        return currentUser.hasRole(Role.ADMIN);
    }

    /** ADMIN, on a draft: the edit controls show. */
    public boolean isEditable() {
        return isAdmin() && getSelectedSet() != null && getSelectedSet().isEditable();
    }

    public List<SelectItem> getSetItems() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return getRuleSets().stream().map(s -> new SelectItem(s.getId(), s.getName() + " – "
                + vn.thidua.common.VietnameseDates.format(s.getEffectiveFrom()) + " – "
                + Messages.text(locale, "RuleSetStatus." + s.getStatus().name()))).toList();
    }

    public List<SelectItem> getTitleItems() {
        return getTitles().stream().map(t -> new SelectItem(t.getId(), t.getShortName() + " – " + t.getName())).toList();
    }

    public RuleKind[] getKinds() {
        return RuleKind.values();
    }

    /** The parameters the chosen kind reads, as a hint beside the field. */
    public String getParameterHint() {
        return kind == null ? "" : String.join(", ", kind.requiredParameters())
                + (kind.optionalParameters().isEmpty() ? "" : " [" + String.join(", ", kind.optionalParameters()) + "]");
    }

    // ---- properties

    public Long getSetId() {
        return setId;
    }

    public void setSetId(Long setId) {
        this.setId = setId;
    }

    public Long getSetVersion() {
        return setVersion;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public LocalDate getNewEffectiveFrom() {
        return newEffectiveFrom;
    }

    public void setNewEffectiveFrom(LocalDate newEffectiveFrom) {
        this.newEffectiveFrom = newEffectiveFrom;
    }

    public Long getRuleId() {
        return ruleId;
    }

    public Long getTitleId() {
        return titleId;
    }

    public void setTitleId(Long titleId) {
        this.titleId = titleId;
    }

    public RuleKind getKind() {
        return kind;
    }

    public void setKind(RuleKind kind) {
        this.kind = kind;
    }

    public String getParameters() {
        return parameters;
    }

    public void setParameters(String parameters) {
        this.parameters = parameters;
    }

    public String getAnyGroup() {
        return anyGroup;
    }

    public void setAnyGroup(String anyGroup) {
        this.anyGroup = anyGroup;
    }

    public Integer getOption() {
        return option;
    }

    public void setOption(Integer option) {
        this.option = option;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getLegalReference() {
        return legalReference;
    }

    public void setLegalReference(String legalReference) {
        this.legalReference = legalReference;
    }
}
