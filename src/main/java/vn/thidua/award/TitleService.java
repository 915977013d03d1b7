package vn.thidua.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.common.Forms;
import vn.thidua.common.InvalidInputException;
import vn.thidua.common.Messages;
import vn.thidua.common.NotFoundException;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;

/**
 * The title catalogue and the versions of its rule sets. Everyone signed in reads them; only ADMIN edits, and only a
 * draft version: an active set stays as it was, so every past check can be explained by the rules it used.
 */
@ApplicationScoped
public class TitleService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    public List<TitleType> titles() {
        return em.createQuery("SELECT t FROM TitleType t ORDER BY t.position", TitleType.class).getResultList();
    }

    public TitleType title(Long id) {
        TitleType title = id == null ? null : em.find(TitleType.class, id);
        if (title == null) {
            throw new NotFoundException(messages.get("error.notFound.record"));
        }
        return title;
    }

    public TitleNames names() {
        Map<String, String> names = new LinkedHashMap<>();
        titles().forEach(t -> names.put(t.getCode(), t.getShortName()));
        return new TitleNames(names);
    }

    public List<RuleSet> ruleSets() {
        return em.createQuery("SELECT s FROM RuleSet s ORDER BY s.effectiveFrom DESC, s.id DESC", RuleSet.class).getResultList();
    }

    public RuleSet ruleSet(long id) {
        RuleSet set = em.find(RuleSet.class, id);
        if (set == null) {
            throw new NotFoundException(messages.get("error.notFound.record"));
        }
        return set;
    }

    /** The active set in force at the end of the award year; the oldest active set for years before every set. */
    public RuleSet applicableTo(int year) {
        List<RuleSet> active = em.createQuery("SELECT s FROM RuleSet s WHERE s.status = :a ORDER BY s.effectiveFrom DESC, s.id DESC",
                RuleSet.class).setParameter("a", RuleSetStatus.ACTIVE).getResultList();
        if (active.isEmpty()) {
            throw new IllegalStateException("No active rule set");
        }
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        return active.stream().filter(s -> !s.getEffectiveFrom().isAfter(yearEnd)).findFirst().orElse(active.get(active.size() - 1));
    }

    public List<EligibilityRule> rulesOf(RuleSet set, TitleType title) {
        return set.getRules().stream().filter(r -> r.getTitle().getId().equals(title.getId())).map(TitleRule::toRule).toList();
    }

    public List<EligibilityRule> rulesOf(RuleSet set) {
        return set.getRules().stream().map(TitleRule::toRule).toList();
    }

    /** A new draft version copied from an existing set, to be edited and then activated. */
    @Transactional
    public RuleSet newVersion(long fromId, String name, LocalDate effectiveFrom) {
        currentUser.requireAnyRole(Role.ADMIN);
        RuleSet from = ruleSet(fromId);
        String text = Forms.blankToNull(name);
        if (text == null || text.length() > 255) {
            throw InvalidInputException.of("name", messages.get("ruleSet.error.name"));
        }
        if (effectiveFrom == null) {
            throw InvalidInputException.of("effectiveFrom", messages.get("ruleSet.error.effectiveFrom"));
        }
        RuleSet copy = new RuleSet(text, effectiveFrom, from.getNote(), LocalDateTime.now(ZoneOffset.UTC));
        for (TitleRule r : from.getRules()) {
            copy.getRules().add(new TitleRule(copy, r.getTitle(), r.getKind(), r.getParameters(), r.getAnyGroup(), r.getOption(),
                    r.isEnabled(), r.getLegalReference(), r.getPosition()));
        }
        em.persist(copy);
        em.flush();
        return copy;
    }

    public record RuleInput(Long titleId, RuleKind kind, String parameters, String anyGroup, Integer option, boolean enabled,
            String legalReference) {
    }

    @Transactional
    public TitleRule saveRule(long setId, Long ruleId, Long version, RuleInput input) {
        currentUser.requireAnyRole(Role.ADMIN);
        RuleSet set = draft(setId);
        if (input.titleId() == null) {
            throw InvalidInputException.of("titleId", messages.get("titles.error.title"));
        }
        TitleType title = title(input.titleId());
        validate(input);
        TitleRule rule;
        if (ruleId == null) {
            int next = set.getRules().stream().mapToInt(TitleRule::getPosition).max().orElse(0) + 1;
            rule = new TitleRule(set, title, input.kind(), canonical(input.parameters()), group(input.anyGroup()), option(input.option()),
                    input.enabled(), Forms.blankToNull(input.legalReference()), next);
            set.getRules().add(rule);
            em.persist(rule);
        } else {
            rule = ruleOf(set, ruleId);
            Forms.requireVersion(rule.getVersion(), version, messages.get("error.versionRequired"));
            rule.setTitle(title);
            rule.setKind(input.kind());
            rule.setParameters(canonical(input.parameters()));
            rule.setAnyGroup(group(input.anyGroup()));
            rule.setOption(option(input.option()));
            rule.setEnabled(input.enabled());
            rule.setLegalReference(Forms.blankToNull(input.legalReference()));
        }
        em.flush();
        return rule;
    }

    @Transactional
    public void removeRule(long setId, long ruleId, Long version) {
        currentUser.requireAnyRole(Role.ADMIN);
        RuleSet set = draft(setId);
        TitleRule rule = ruleOf(set, ruleId);
        Forms.requireVersion(rule.getVersion(), version, messages.get("error.versionRequired"));
        set.getRules().remove(rule);
        em.remove(rule);
    }

    /** Puts a draft in force from its effective date; every rule must be valid. */
    @Transactional
    public RuleSet activate(long setId, Long version) {
        currentUser.requireAnyRole(Role.ADMIN);
        RuleSet set = draft(setId);
        Forms.requireVersion(set.getVersion(), version, messages.get("error.versionRequired"));
        Set<String> codes = titleCodes();
        for (TitleRule r : set.getRules()) {
            List<String> problems = RuleParameters.parse(r.getParameters()).problems(r.getKind(), codes);
            if (!problems.isEmpty()) {
                throw InvalidInputException.of("rules", messages.get("ruleSet.error.invalidRule", r.getTitle().getShortName(),
                        r.getKind().label(), String.join(" ", problems)));
            }
        }
        set.activate(LocalDateTime.now(ZoneOffset.UTC));
        em.flush();
        return set;
    }

    private void validate(RuleInput input) {
        if (input.kind() == null) {
            throw InvalidInputException.of("kind", messages.get("ruleSet.error.kind"));
        }
        String text = input.parameters() == null ? "" : input.parameters();
        List<String> problems;
        try {
            problems = RuleParameters.parse(text).problems(input.kind(), titleCodes());
        } catch (IllegalArgumentException e) {
            problems = List.of(e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.of("parameters", String.join(" ", problems));
        }
        String group = Forms.blankToNull(input.anyGroup());
        if (group != null && group.length() > 8) {
            throw InvalidInputException.of("anyGroup", messages.get("ruleSet.error.group"));
        }
        if (input.option() != null && (input.option() < 1 || input.option() > 99)) {
            throw InvalidInputException.of("option", messages.get("ruleSet.error.option"));
        }
        if (input.legalReference() != null && input.legalReference().length() > 255) {
            throw InvalidInputException.of("legalReference", messages.get("ruleSet.error.legalReference"));
        }
    }

    private Set<String> titleCodes() {
        return titles().stream().map(TitleType::getCode).collect(Collectors.toSet());
    }

    private static String canonical(String parameters) {
        return RuleParameters.parse(parameters == null ? "" : parameters).format();
    }

    private static String group(String anyGroup) {
        return Forms.blankToNull(anyGroup);
    }

    private static int option(Integer option) {
        return option == null ? 1 : option;
    }

    private RuleSet draft(long setId) {
        RuleSet set = ruleSet(setId);
        if (!set.isEditable()) {
            throw InvalidInputException.of("ruleSet", messages.get("ruleSet.error.active"));
        }
        return set;
    }

    private TitleRule ruleOf(RuleSet set, long ruleId) {
        return set.getRules().stream().filter(r -> r.getId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new NotFoundException(messages.get("error.notFound.record")));
    }
}
