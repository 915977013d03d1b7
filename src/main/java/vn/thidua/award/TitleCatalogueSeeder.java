package vn.thidua.award;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Fills an empty catalogue with the titles and the statutory rule set of {@link DefaultRuleSet}, in production as in
 * the demo: the law is reference data every department starts from, and the administrator edits it as new versions.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoDataLoader"})
public class TitleCatalogueSeeder {

    private static final Logger LOG = Logger.getLogger(TitleCatalogueSeeder.class.getName());

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    void seedIfEmpty() {
        if (em.createQuery("SELECT COUNT(t) FROM TitleType t", Long.class).getSingleResult() > 0) {
            return;
        }
        Map<String, TitleType> titles = new HashMap<>();
        List<TitleDefinition> definitions = DefaultRuleSet.titles();
        for (int i = 0; i < definitions.size(); i++) {
            TitleDefinition d = definitions.get(i);
            TitleType title = new TitleType(d.code(), d.name(), d.shortName(), d.subject(), d.category(), d.level(), d.awardingBody(),
                    d.rewardMultiple(), d.legalReference(), i + 1);
            em.persist(title);
            titles.put(d.code(), title);
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        RuleSet set = new RuleSet(DefaultRuleSet.NAME, DefaultRuleSet.EFFECTIVE_FROM,
                "Bộ điều kiện mặc định theo Luật Thi đua, khen thưởng 2022; kiểm tra lại với văn bản chính thức trước khi áp dụng.", now);
        int position = 0;
        for (EligibilityRule rule : DefaultRuleSet.rules()) {
            set.getRules().add(new TitleRule(set, titles.get(rule.titleCode()), rule.kind(), rule.parameters().format(), rule.anyGroup(),
                    rule.option(), rule.enabled(), rule.legalReference(), ++position));
        }
        set.activate(now);
        em.persist(set);
        LOG.info(() -> "Title catalogue seeded: " + titles.size() + " titles, " + set.getRules().size() + " rules");
    }
}
